#!/usr/bin/env node
// Extraction speed, in one Node process, on the WCXB dev article pages: the analyzer's
// analyze() call side by side with Readability on linkedom and on jsdom (the shared adapters
// of ../shared/bench/peers.mjs), then a size series on synthetic 1-8 MB pages to show that
// the time grows linearly with the input. HTML is in memory before a call is timed, and the
// first calls of each extractor run untimed.
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../web/analyzer.mjs';
import {
  REPO_ROOT, SHARED_BENCH, UsageError, WCXB_DEV, intOption, readArgs, readPageFile, requireFile, runMain, wcxbPages,
  writeJson,
} from './lib/workspace.mjs';

const USAGE = `Usage: npm run bench -- [--limit N] [--skip-jsdom] [--sizes 1,2,4,8] [--json FILE]

  --limit N       only the first N article pages (by id)
  --skip-jsdom    leave out Readability + jsdom (about 0.5 s a page)
  --sizes LIST    sizes in MB of the synthetic pages (default 1,2,4,8; "" skips the series)
  --json FILE     also write the per-page times and the summaries as JSON
`;

const SPLIT = 'dev';
const PAGE_TYPE = 'article';
const OURS = 'article-analyzer';
const PEER_LINKEDOM = 'readability-linkedom';
const PEER_JSDOM = 'readability-jsdom';
// ours / peer total time the analyzer aims at: a third of the fast DOM, a twentieth of the full one.
const TARGET_RATIOS = { [PEER_LINKEDOM]: 1 / 3, [PEER_JSDOM]: 1 / 20 };
// The first calls pay for JIT compilation, lazy initialisation and wasm memory growth.
const WARMUP_CALLS = 3;
const HTML_OPTIONS = { format: 'html' };
const MB = 1 << 20;
const DEFAULT_SIZES_MB = [1, 2, 4, 8];
// Median of a few runs per size, so that one garbage collection does not bend the curve...
const SIZE_REPEATS = 3;
// ...unless one run already takes this long: noise is then small and repeats only cost minutes.
const REPEAT_BUDGET_MS = 5000;
// After a run this slow the next (doubled) size would take minutes: the growth is shown already.
const SIZE_RUN_CAP_MS = 60000;
// Paragraphs this short are mostly captions and bylines: poor material for a long article.
const MIN_POOL_PARAGRAPH_CHARS = 120;
// Enough distinct sentences for varied synthetic paragraphs, without keeping every page's text.
const MAX_POOL_SENTENCES = 5000;
const SENTENCES_PER_PARAGRAPH = 3;
const PARAGRAPHS_PER_SECTION = 12;
// Fixed seed: the synthetic pages are the same from one run to the next.
const SYNTHETIC_SEED = 20240116;
// ms per MB at the largest size over ms per MB at the smallest above which growth is called superlinear.
const LINEARITY_TOLERANCE = 1.5;
// The stages of an analysis, as named in result.timings, whose growth the size series follows.
const STAGES = ['parse', 'extract', 'segment', 'entities', 'coref', 'quotes'];
// Our text under this share of Readability's (on a page where Readability finds a real
// article) suggests the extraction kept the wrong part of the page.
const SHORT_TEXT_SHARE = 0.1;
const REAL_ARTICLE_CHARS = 1000;
// Pages listed by name in each "to look at" list; the JSON report has them all.
const PAGES_SHOWN = 8;

// ---------------------------------------------------------------------------------------------
// Pages and statistics

function articlePages(limit) {
  const pages = wcxbPages(SPLIT, PAGE_TYPE);
  return limit ? pages.slice(0, limit) : pages;
}

const readPage = (page) => readPageFile(page.file);

/** Nearest-rank percentile (q in [0, 1]) of a list of numbers. */
function percentile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
const sum = (values) => values.reduce((a, b) => a + b, 0);
const summarize = (values) => ({
  pages: values.length, total: sum(values), median: percentile(values, 0.5), p90: percentile(values, 0.9),
});

// ---------------------------------------------------------------------------------------------
// Timed runs: one pass per extractor over every page, so that one extractor's garbage is not
// collected during another's calls.

function timeOurs(analyzer, pages) {
  for (const page of pages.slice(0, WARMUP_CALLS)) {
    try { analyzer.analyze(readPage(page), HTML_OPTIONS); } catch { /* reported by the timed pass */ }
  }
  return pages.map((page) => {
    const html = readPage(page);
    const start = performance.now();
    try {
      const result = analyzer.analyze(html, HTML_OPTIONS);
      const ms = performance.now() - start;
      return {
        id: page.id, bytes: Buffer.byteLength(html), ms,
        core: result.timings.total, ...Object.fromEntries(STAGES.map((stage) => [stage, result.timings[stage]])),
        textChars: result.text.trim().length, paragraphs: result.paragraphs, text: result.text,
      };
    } catch (error) {
      return { id: page.id, bytes: Buffer.byteLength(html), error: `${error.code ?? ''} ${error.message}`.trim() };
    }
  });
}

async function timePeer(peers, name, pages) {
  await peers.warm(name);
  for (const page of pages.slice(0, WARMUP_CALLS)) {
    try { await peers.PEERS[name](readPage(page)); } catch { /* reported by the timed pass */ }
  }
  const rows = [];
  for (const page of pages) {
    const html = readPage(page);
    const start = performance.now();
    try {
      const { text } = await peers.PEERS[name](html);
      rows.push({ id: page.id, ms: performance.now() - start, textChars: (text ?? '').trim().length });
    } catch (error) {
      rows.push({ id: page.id, error: String(error?.message ?? error).slice(0, 200) });
    }
  }
  return rows;
}

async function loadPeers() {
  // peers.mjs loads Readability, linkedom and jsdom from $PEERS_DIR/node_modules, read when it
  // is imported: the repository's devDependencies unless the caller chose another folder.
  process.env.PEERS_DIR ??= REPO_ROOT;
  return import(pathToFileURL(requireFile(join(SHARED_BENCH, 'peers.mjs'), 'shared peer adapters')).href);
}

// ---------------------------------------------------------------------------------------------
// Synthetic pages for the size series

/** mulberry32: a tiny seeded PRNG, so the synthetic pages do not change between runs. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Sentences of the body paragraphs the analyzer kept on the real pages. */
function sentencePool(ourRows) {
  const pool = [];
  for (const row of ourRows) {
    for (const paragraph of row.paragraphs ?? []) {
      if (paragraph.kind !== 'paragraph' || paragraph.end - paragraph.start < MIN_POOL_PARAGRAPH_CHARS) continue;
      const text = row.text.slice(paragraph.start, paragraph.end).replace(/\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
        if (pool.length >= MAX_POOL_SENTENCES) return pool;
        pool.push(sentence);
      }
    }
  }
  return pool;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One article page of at least `bytes` bytes: a header and footer around an <article> of
 * real sentences recombined at random. The paragraph number closing each paragraph makes
 * every one distinct, so the analyzer's removal of repeated blocks keeps them all.
 */
function syntheticPage(pool, bytes, random) {
  const head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>A long synthetic article</title></head>'
    + '<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
    + '<main><article><h1>A long synthetic article</h1>\n';
  const tail = '</article></main><footer><p>© Example News</p></footer></body></html>\n';
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let n = 0; size < bytes; n++) {
    if (n > 0 && n % PARAGRAPHS_PER_SECTION === 0) parts.push(`<h2>Part ${n / PARAGRAPHS_PER_SECTION + 1}</h2>\n`);
    const sentences = Array.from({ length: SENTENCES_PER_PARAGRAPH }, () => pool[Math.floor(random() * pool.length)]);
    const paragraph = `<p>${escapeHtml(sentences.join(' '))} (${n + 1})</p>\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  parts.push(tail);
  return parts.join('');
}

function sizeSeries(analyzer, pool, sizesMb) {
  const random = seededRandom(SYNTHETIC_SEED);
  const rows = [];
  // untimed: the largest input grows the wasm memory once, to what every size needs, and
  // compiles the rarely used paths; growing it inside a timed run would bend the curve
  analyzer.analyze(syntheticPage(pool, Math.max(...sizesMb) * MB, random), HTML_OPTIONS);
  for (const mb of sizesMb) {
    if (rows.length && rows[rows.length - 1].ms > SIZE_RUN_CAP_MS) {
      rows.push({ mb, skipped: true });
      continue;
    }
    const html = syntheticPage(pool, mb * MB, random);
    const runs = [];
    let result;
    do {
      const start = performance.now();
      result = analyzer.analyze(html, HTML_OPTIONS);
      runs.push({ ms: performance.now() - start, ...result.timings });
    } while (runs.length < SIZE_REPEATS && runs[runs.length - 1].ms < REPEAT_BUDGET_MS);
    const median = (key) => percentile(runs.map((run) => run[key]), 0.5);
    rows.push({
      mb: Buffer.byteLength(html) / MB, runs: runs.length, ms: median('ms'),
      ...Object.fromEntries(STAGES.map((stage) => [stage, median(stage)])),
      textChars: result.text.length, entityCount: result.entities.length, quoteCount: result.quotes.length,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function report(pages, ours, peerRows) {
  const ok = (rows) => rows.filter((row) => !row.error);
  const oursOk = ok(ours);
  const series = {
    [`${OURS} analyze()`]: summarize(oursOk.map((row) => row.ms)),
    '  core timings.parse (Gumbo, the floor)': summarize(oursOk.map((row) => row.parse)),
    '  core timings.extract': summarize(oursOk.map((row) => row.extract)),
    '  core parse + extract': summarize(oursOk.map((row) => row.parse + row.extract)),
    // The entity tagger and the date rules: they must take less time than Gumbo's parse.
    '  core timings.entities (tagger, dates)': summarize(oursOk.map((row) => row.entities)),
    '  core timings.coref': summarize(oursOk.map((row) => row.coref)),
    // Quote spans and attribution: at most a tenth of the whole analysis (issue #9).
    '  core timings.quotes': summarize(oursOk.map((row) => row.quotes)),
    // Copying the input in and the result out through Embind, which timings.total does not see.
    '  outside the core (analyze() - timings.total)': summarize(oursOk.map((row) => row.ms - row.core)),
  };
  for (const [name, rows] of Object.entries(peerRows)) series[name] = summarize(ok(rows).map((row) => row.ms));

  console.log(`\n## Extraction time, ${pages.length} WCXB ${SPLIT} ${PAGE_TYPE} pages (in-process, ${WARMUP_CALLS} untimed warm-up calls each)`);
  printTable(['extractor', 'pages', 'total ms', 'median ms/page', 'p90 ms/page'],
    Object.entries(series).map(([name, s]) => [name, s.pages, fmt(s.total, 0), fmt(s.median), fmt(s.p90)]));

  console.log(`\nquotes / analyze() over all pages: ${fmt(sum(oursOk.map((row) => row.quotes)) / sum(oursOk.map((row) => row.ms)), 3)}`);
  const entitiesFaster = oursOk.filter((row) => row.entities < row.parse).length;
  console.log(`\nentities < parse on ${entitiesFaster} of ${oursOk.length} pages; `
    + `entities / parse over all pages: ${fmt(sum(oursOk.map((row) => row.entities)) / sum(oursOk.map((row) => row.parse)))}`);

  // Ratios over the pages every compared extractor handled, so a failure does not flatter anyone.
  const ratios = {};
  const ratioRows = [];
  for (const [name, rows] of Object.entries(peerRows)) {
    const peerMs = new Map(ok(rows).map((row) => [row.id, row.ms]));
    const shared = oursOk.filter((row) => peerMs.has(row.id));
    const peerTotal = sum(shared.map((row) => peerMs.get(row.id)));
    const call = sum(shared.map((row) => row.ms)) / peerTotal;
    const extraction = sum(shared.map((row) => row.parse + row.extract)) / peerTotal;
    const floor = sum(shared.map((row) => row.parse)) / peerTotal;
    const target = TARGET_RATIOS[name];
    const verdict = (ratio) => (ratio <= target ? 'met' : 'NOT met');
    ratios[name] = {
      pages: shared.length, target, analyze: call, parseExtract: extraction, parse: floor,
      met: call <= target, parseExtractMet: extraction <= target,
    };
    ratioRows.push([`ours / ${name}`, shared.length, `<= ${fmt(target, 3)} (1/${Math.round(1 / target)})`,
      fmt(call, 3), verdict(call), fmt(extraction, 3), verdict(extraction), fmt(floor, 3)]);
  }
  if (ratioRows.length) {
    console.log('\n## Ratios of total time (analyze() includes entities and quotes; parse + extract is the extraction alone;'
      + ' parse alone is the floor no extraction on Gumbo can go below)');
    printTable(['comparison', 'pages', 'target', 'analyze()', 'met?', 'parse+extract', 'met?', 'parse alone'], ratioRows);
  }
  return { series, ratios };
}

function reportAnomalies(ours, peerRows) {
  console.log('\n## Pages to look at');
  const errors = ours.filter((row) => row.error);
  console.log(`${OURS} errors: ${errors.length}${errors.map((row) => `\n  ${row.id}: ${row.error}`).join('')}`);
  for (const [name, rows] of Object.entries(peerRows)) {
    const peerErrors = rows.filter((row) => row.error);
    if (peerErrors.length) console.log(`${name} errors: ${peerErrors.length} (${peerErrors.map((row) => row.id).join(' ')})`);
  }
  const empty = ours.filter((row) => !row.error && row.textChars === 0);
  console.log(`${OURS} empty text: ${empty.length}${empty.length ? ` (${empty.map((row) => row.id).join(' ')})` : ''}`);

  const linkedomOk = (peerRows[PEER_LINKEDOM] ?? []).filter((row) => !row.error);
  const linkedomMs = new Map(linkedomOk.map((row) => [row.id, row.ms]));
  const linkedomChars = new Map(linkedomOk.map((row) => [row.id, row.textChars]));
  const short = ours.filter((row) => !row.error && linkedomChars.get(row.id) >= REAL_ARTICLE_CHARS
    && row.textChars < SHORT_TEXT_SHARE * linkedomChars.get(row.id));
  if (linkedomChars.size) {
    console.log(`${OURS} text under ${SHORT_TEXT_SHARE * 100}% of ${PEER_LINKEDOM}'s: ${short.length}`
      + short.map((row) => ` ${row.id} (${row.textChars} vs ${linkedomChars.get(row.id)} chars)`).join(''));
  }
  const timed = ours.filter((row) => !row.error);
  const pageTable = (rows) => printTable(['id', 'KB', 'ms', 'ms/MB', ...STAGES.map((stage) => `${stage} ms`), `${PEER_LINKEDOM} ms`],
    rows.map((row) => [row.id, fmt(row.bytes / 1024, 0), fmt(row.ms), fmt(row.ms / (row.bytes / MB), 0),
      ...STAGES.map((stage) => fmt(row[stage])), fmt(linkedomMs.get(row.id))]));
  console.log(`slowest ${PAGES_SHOWN} pages for ${OURS}:`);
  pageTable([...timed].sort((a, b) => b.ms - a.ms).slice(0, PAGES_SHOWN));
  console.log(`slowest ${PAGES_SHOWN} pages per MB:`);
  pageTable([...timed].sort((a, b) => b.ms / b.bytes - a.ms / a.bytes).slice(0, PAGES_SHOWN));

  const slower = {};
  if (linkedomMs.size) {
    const compared = timed.filter((row) => linkedomMs.has(row.id));
    const ratio = (row, ms) => ms / linkedomMs.get(row.id);
    for (const [label, ms] of [['analyze()', (row) => row.ms], ['parse + extract', (row) => row.parse + row.extract]]) {
      const rows = compared.filter((row) => ratio(row, ms(row)) > 1).sort((a, b) => ratio(b, ms(b)) - ratio(a, ms(a)));
      slower[label] = rows.map((row) => row.id);
      const worst = rows.slice(0, PAGES_SHOWN).map((row) => `${row.id} (${fmt(ratio(row, ms(row)), 1)}x)`);
      console.log(`${label} slower than ${PEER_LINKEDOM} on ${rows.length} of ${compared.length} pages`
        + `${worst.length ? `; worst: ${worst.join(' ')}` : ''}`);
    }
  }
  const ids = (rows) => rows.map((row) => row.id);
  return { errors: ids(errors), empty: ids(empty), shortText: ids(short), slowerThanLinkedom: slower };
}

function reportSizeSeries(rows) {
  console.log(`\n## Size series: synthetic article pages of real sentences (median of up to ${SIZE_REPEATS} runs each)`);
  const measured = rows.filter((row) => !row.skipped);
  printTable(['MB', 'runs', 'analyze() ms', 'ms/MB', ...STAGES.map((stage) => `${stage} ms/MB`), 'text chars/MB', 'entities', 'quotes'],
    measured.map((row) => [fmt(row.mb, 2), row.runs, fmt(row.ms, 0), fmt(row.ms / row.mb, 0),
      ...STAGES.map((stage) => fmt(row[stage] / row.mb, 0)), fmt(row.textChars / row.mb, 0), row.entityCount, row.quoteCount]));
  for (const row of rows.filter((r) => r.skipped)) {
    console.log(`${row.mb} MB skipped: the size before it took over ${SIZE_RUN_CAP_MS / 1000} s`);
  }
  const first = measured[0];
  const last = measured[measured.length - 1];
  // Growth of the time per MB from the smallest to the largest page: 1 means linear.
  const growth = Object.fromEntries(['ms', ...STAGES].map((key) => [key, (last[key] / last.mb) / (first[key] / first.mb)]));
  const superlinear = Object.keys(growth).filter((key) => growth[key] > LINEARITY_TOLERANCE);
  const label = (key) => (key === 'ms' ? 'analyze()' : key);
  console.log(`ms/MB at ${fmt(last.mb, 2)} MB over ms/MB at ${fmt(first.mb, 2)} MB (1 = linear, tolerance ${LINEARITY_TOLERANCE}): `
    + Object.entries(growth).map(([key, value]) => `${label(key)} ${fmt(value, 2)}`).join(', '));
  console.log(superlinear.length ? `SUPERLINEAR: ${superlinear.map(label).join(', ')}` : 'linear in every stage');
  return { rows, growth, superlinear: superlinear.map(label) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = readArgs({
    limit: { type: 'string' }, 'skip-jsdom': { type: 'boolean' }, sizes: { type: 'string' }, json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const sizesMb = args.sizes === undefined ? DEFAULT_SIZES_MB : args.sizes.split(',').filter(Boolean).map(Number);
  if (sizesMb.some((mb) => !(mb > 0))) throw new UsageError(`--sizes expects MB values such as 1,2,4,8, not "${args.sizes}"`);
  const pages = articlePages(intOption(args.limit, 'limit', 0));
  if (pages.length === 0) throw new Error(`no ${PAGE_TYPE} pages found under ${WCXB_DEV}`);
  const analyzer = await createAnalyzer();
  const [load1, load5] = os.loadavg();
  console.log(`# ${OURS} core ${analyzer.version}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, `
    + `load average ${fmt(load1, 2)} / ${fmt(load5, 2)} (1 / 5 min)`);

  const peerNames = [PEER_LINKEDOM, ...(args['skip-jsdom'] ? [] : [PEER_JSDOM])];
  const peers = await loadPeers();
  console.log(`timing ${OURS} on ${pages.length} pages...`);
  const ours = timeOurs(analyzer, pages);
  // The size series runs before the peers: their garbage (jsdom's above all) would otherwise
  // weigh on the large runs and bend the curve with collection pauses that are not ours.
  let sizeRows = null;
  if (sizesMb.length) {
    const pool = sentencePool(ours);
    if (pool.length < SENTENCES_PER_PARAGRAPH) throw new Error('too little article text to build the synthetic pages');
    console.log(`timing synthetic pages of ${sizesMb.join(', ')} MB...`);
    sizeRows = sizeSeries(analyzer, pool, sizesMb);
  }
  const peerRows = {};
  for (const name of peerNames) {
    console.log(`timing ${name}...`);
    peerRows[name] = await timePeer(peers, name, pages);
  }

  const summary = report(pages, ours, peerRows);
  const anomalies = reportAnomalies(ours, peerRows);
  const sizes = sizeRows && reportSizeSeries(sizeRows);

  if (args.json) {
    const peerById = Object.fromEntries(peerNames.map((name) => [name, new Map(peerRows[name].map((row) => [row.id, row]))]));
    const perPage = ours.map(({ paragraphs, text, ...row }) => ({
      ...row, ...Object.fromEntries(peerNames.map((name) => [name, peerById[name].get(row.id)])),
    }));
    console.log(`\nwrote ${writeJson(args.json, { node: process.version, version: analyzer.version, ...summary, anomalies, sizes, perPage })}`);
  }
  return 0;
}

runMain(main, USAGE);
