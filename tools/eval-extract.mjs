#!/usr/bin/env node
// Extraction quality of the command-line tool, scored by the shared harness
// (../shared/bench/extract_eval.mjs: AEB shingle P/R/F1, WCXB snippets, per-process time).
// Every page runs `node bin/article-analyzer.mjs --text PAGE` in its own process, so the
// times include Node start-up and loading the WebAssembly core: use tools/bench.mjs for speed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLI, READABILITY_PAGES, SHARED_BENCH, USER_CWD, UsageError, WCXB_DEV, requireFile, runMain, userPath,
} from './lib/workspace.mjs';

const USAGE = `Usage: npm run eval:extract -- [--bench DIR|readability|wcxb-dev] [--split dev] [extract_eval options]

  --bench DIR      benchmark folder (default wcxb-dev = ${WCXB_DEV});
                   "readability" = ${READABILITY_PAGES}
  --split S        WCXB split (default dev; ignored by other layouts)
  Other options go to extract_eval.mjs unchanged, e.g. --page-type article, --limit N,
  --offset N, --worst N, --json FILE, --save-pred FILE, --timeout S.
`;

const BENCH_SHORTHANDS = { 'readability': READABILITY_PAGES, 'wcxb-dev': WCXB_DEV };
const DEFAULT_SPLIT = 'dev';
// Each of these chooses the extractor; this script's whole point is to choose it.
const EXTRACTOR_FLAGS = new Set(['--cmd', '--peer', '--pred']);
// extract_eval labels a --cmd run with the command's last word ("--text") unless named.
const RUN_NAME = 'article-analyzer';

function parseCommandLine(argv) {
  let bench = WCXB_DEV;
  let split;
  const passThrough = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (EXTRACTOR_FLAGS.has(arg)) throw new UsageError(`${arg} is not allowed: the extractor is the analyzer's CLI`);
    if (arg === '--bench' || arg === '--split') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--bench') bench = BENCH_SHORTHANDS[value] ?? userPath(value);
      else split = value;
    } else {
      passThrough.push(arg);
    }
  }
  // Only the WCXB layout (metadata.json) has splits; extract_eval would otherwise print a
  // split the run did not use.
  if (split === undefined && existsSync(join(bench, 'metadata.json'))) split = DEFAULT_SPLIT;
  return { bench, split, passThrough };
}

/** Fails early, with the CLI's own message, when it cannot run (missing file, unbuilt core). */
function checkCli() {
  requireFile(CLI, 'the analyzer CLI (bin/article-analyzer.mjs)');
  const probe = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`the analyzer CLI does not run: ${(probe.stderr || probe.error?.message || '').trim()}`);
  return probe.stdout.trim();
}

async function main() {
  const command = parseCommandLine(process.argv.slice(2));
  if (command.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  requireFile(command.bench, 'benchmark folder');
  const version = checkCli();
  const harness = requireFile(join(SHARED_BENCH, 'extract_eval.mjs'), 'shared extraction harness');
  const args = [harness, '--bench', command.bench, '--cmd', `node ${JSON.stringify(CLI)} --text`,
    ...(command.split ? ['--split', command.split] : []),
    ...(command.passThrough.includes('--name') ? [] : ['--name', RUN_NAME]), ...command.passThrough];
  console.log(`# ${version}`);
  // From the user's directory, so relative --json/--save-pred paths land where they typed them.
  const run = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: USER_CWD });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

runMain(main, USAGE);
