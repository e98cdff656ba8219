#!/usr/bin/env node
// Adds a golden page: copies FILE (raw bytes, in whatever encoding it is) to
// tests/pages/SLUG/source.html (or source.txt) and writes tests/pages/SLUG/expected.json with
// the chosen fields of what the wasm module makes of it, read as bytes as a browser's file
// drop would be. A person reviews expected.json before committing it: the file records what
// the analyzer does, and tests/node/pages.test.mjs then holds it to that.
//
//   node tools/add-page.mjs greek-iso-8859-7 ~/greek.html [--fields title,language,text]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../web/analyzer.mjs';
import { REPO_ROOT, UsageError, runMain, userPath } from './lib/workspace.mjs';

export const PAGES_DIR = join(REPO_ROOT, 'tests', 'pages');
const DEFAULT_FIELDS = ['language', 'title', 'text'];
// The source's extension says what it is, as for a dropped file.
const FORMAT_BY_EXTENSION = { '.html': 'html', '.txt': 'text' };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const USAGE = `Usage: node tools/add-page.mjs SLUG FILE [--fields a,b,...]

  SLUG           the page's folder under tests/pages (lower case words joined by "-")
  FILE           an .html or .txt file, copied byte for byte
  --fields LIST  the analysis fields expected.json holds (default: ${DEFAULT_FIELDS.join(',')})
`;

/** The analysis of a golden page's source, read as bytes. */
export function analyzePage(analyzer, sourcePath) {
  const format = FORMAT_BY_EXTENSION[extname(sourcePath)];
  if (!format) throw new UsageError(`${sourcePath}: only ${Object.keys(FORMAT_BY_EXTENSION).join(' and ')} files`);
  return analyzer.analyze(new Uint8Array(readFileSync(sourcePath)), { format });
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { fields: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(error.message.split('. ')[0]);
  }
  if (parsed.values.help) return void process.stdout.write(USAGE);
  if (parsed.positionals.length !== 2) throw new UsageError('a slug and a file are needed');
  const [slug, file] = parsed.positionals;
  if (!SLUG.test(slug)) throw new UsageError(`"${slug}" is not a slug: lower case words joined by "-"`);
  const fields = parsed.values.fields?.split(',') ?? DEFAULT_FIELDS;

  const source = userPath(file);
  const analysis = analyzePage(await createAnalyzer(), source);
  const missing = fields.filter((field) => !(field in analysis));
  if (missing.length) throw new UsageError(`no such field in an analysis: ${missing.join(', ')}`);

  const folder = join(PAGES_DIR, slug);
  const copy = join(folder, `source${extname(source)}`);
  mkdirSync(folder, { recursive: true });
  copyFileSync(source, copy);
  const expected = Object.fromEntries(fields.map((field) => [field, analysis[field]]));
  writeFileSync(join(folder, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  process.stdout.write(`${copy}\n${join(folder, 'expected.json')}: review it before committing\n`);
  return 0;
}

// Run, not imported (tests/node/pages.test.mjs imports analyzePage).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) runMain(main, USAGE);
