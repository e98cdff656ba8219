// Where the measuring scripts find the repository and the shared benchmark folder, and the
// small pieces all of them need (argument parsing, user paths, JSON reports).
// Everything is resolved from this file's location, so any clone placed beside shared/ works.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const SHARED_BENCH = resolve(SHARED_DIR, 'bench');
export const SHARED_DATA = resolve(SHARED_DIR, 'data');
export const SHARED_FIXTURES = resolve(SHARED_DIR, 'fixtures');
export const WCXB_DEV = resolve(SHARED_DATA, 'extraction', 'wcxb-dev');
export const READABILITY_PAGES = resolve(SHARED_DATA, 'extraction', 'readability-pages');
export const CLI = resolve(REPO_ROOT, 'bin', 'article-analyzer.mjs');

/** The WCXB pages of one split and page type, sorted by id: [{id, file}] (the file is gzip'd HTML). */
export function wcxbPages(split, pageType) {
  const metadata = JSON.parse(readFileSync(requireFile(join(WCXB_DEV, 'metadata.json'), 'WCXB metadata'), 'utf8'));
  return Object.entries(metadata.files)
    .filter(([, file]) => file.split === split && file.page_type === pageType)
    .map(([id]) => id)
    .sort()
    .map((id) => ({ id, file: join(WCXB_DEV, split, 'html', `${id}.html.gz`) }))
    .filter((page) => existsSync(page.file));
}

/** The records of a JSON Lines file, blank lines skipped. */
export const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim())
  .map((line) => JSON.parse(line));

/** The text of a page file, gunzipped when its name ends in .gz. */
export function readPageFile(file) {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** A mistake in how a script was called: printed with its usage, exit status 2. */
export class UsageError extends Error {}

/** Fails with a clear message when a file the script relies on is missing. */
export function requireFile(path, what) {
  if (!existsSync(path)) throw new Error(`${what} not found: ${path}`);
  return path;
}

// `npm run` starts scripts in the package root; paths the user typed are meant from where
// they typed them, which npm keeps in INIT_CWD.
export const USER_CWD = process.env.INIT_CWD || process.cwd();
export const userPath = (path) => resolve(USER_CWD, path);

/** node:util parseArgs with strict checking, turning its errors into UsageErrors. */
export function readArgs(options, argv = process.argv.slice(2)) {
  return readArgsAndFiles(options, argv, false).values;
}

/** readArgs that also takes positional arguments (file names): {values, positionals}. */
export function readArgsAndFiles(options, argv = process.argv.slice(2), allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error.message.split('. ')[0]);
  }
}

/** Parses a non-negative integer option, or returns `fallback` when it was not given. */
export function intOption(value, name, fallback) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${name} expects a whole number, not "${value}"`);
  return number;
}

export function writeJson(path, data) {
  const file = userPath(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  return file;
}

/** Runs `main`, printing usage errors with the usage text (status 2) and other errors (status 1). */
export function runMain(main, usage) {
  main().then(
    (status) => { process.exitCode = status ?? 0; },
    (error) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n\n${usage}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`${error.stack ?? error}\n`);
        process.exitCode = 1;
      }
    },
  );
}
