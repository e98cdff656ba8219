#!/usr/bin/env node
// Compares what two builds of the wasm module make of the same pages, field by field: the
// WCXB dev article pages and Readability's 130 test pages, in one Node process. Use it to prove
// that a refactoring changed nothing a user sees (or to list exactly what it changed).
//
//   npm run build && cp -r dist /tmp/dist-before     # on the old commit
//   ... change, npm run build ...
//   node tools/compare-builds.mjs /tmp/dist-before dist
//
// Each folder holds article-analyzer.mjs and article-analyzer.wasm. Timings are not compared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  READABILITY_PAGES, UsageError, intOption, readPageFile, requireFile, runMain, userPath, wcxbPages,
} from './lib/workspace.mjs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node tools/compare-builds.mjs DIST_A DIST_B [--limit N] [--show N] [--fields a,b]

  DIST_A, DIST_B   folders holding article-analyzer.mjs and article-analyzer.wasm
  --limit N        only the first N pages of each set
  --show N         pages listed for each differing field (default 20)
  --fields LIST    the result fields compared (default: every field but timings)
`;

const WCXB_SPLIT = 'dev';
const WCXB_PAGE_TYPE = 'article';
const DEFAULT_SHOWN = 20;
const IGNORED_FIELDS = new Set(['timings']);

function pageSets(limit) {
  const wcxb = wcxbPages(WCXB_SPLIT, WCXB_PAGE_TYPE).map((p) => ({ ...p, id: `wcxb/${p.id}` }));
  const readability = readdirSync(requireFile(READABILITY_PAGES, 'Readability test pages'))
    .filter((name) => existsSync(join(READABILITY_PAGES, name, 'source.html')))
    .sort()
    .map((name) => ({ id: `readability/${name}`, file: join(READABILITY_PAGES, name, 'source.html') }));
  const cut = (list) => (limit ? list.slice(0, limit) : list);
  return [...cut(wcxb), ...cut(readability)];
}

async function loadBuild(dir) {
  const folder = resolve(userPath(dir));
  const loader = requireFile(join(folder, 'article-analyzer.mjs'), 'module loader');
  const wasm = requireFile(join(folder, 'article-analyzer.wasm'), 'module binary');
  const { default: createModule } = await import(pathToFileURL(loader).href);
  const module = await createModule({ wasmBinary: readFileSync(wasm) });
  return (input) => {
    const reply = module.analyze(input, {});
    return reply.ok ? reply.result : { error: reply.code };
  };
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { limit: { type: 'string' }, show: { type: 'string' }, fields: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(error.message.split('. ')[0]);
  }
  if (parsed.values.help) return void process.stdout.write(USAGE);
  if (parsed.positionals.length !== 2) throw new UsageError('two dist folders are needed');
  const limit = intOption(parsed.values.limit, 'limit', 0);
  const shown = intOption(parsed.values.show, 'show', DEFAULT_SHOWN);
  const onlyFields = parsed.values.fields?.split(',');
  const [a, b] = await Promise.all(parsed.positionals.map(loadBuild));
  const pages = pageSets(limit);
  const differing = new Map();  // field -> page ids
  let identical = 0;
  for (const page of pages) {
    const html = readPageFile(page.file);
    const ra = a(html);
    const rb = b(html);
    const fields = onlyFields ?? [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((f) => !IGNORED_FIELDS.has(f));
    let same = true;
    for (const field of fields) {
      if (JSON.stringify(ra[field]) === JSON.stringify(rb[field])) continue;
      same = false;
      if (!differing.has(field)) differing.set(field, []);
      differing.get(field).push(page.id);
    }
    identical += same;
  }
  console.log(`${identical} of ${pages.length} pages identical`);
  for (const [field, ids] of differing) {
    console.log(`\n${field}: ${ids.length} pages differ`);
    for (const id of ids.slice(0, shown)) console.log(`  ${id}`);
    if (ids.length > shown) console.log(`  (+${ids.length - shown} more)`);
  }
  return differing.size === 0 ? 0 : 1;
}

runMain(main, USAGE);
