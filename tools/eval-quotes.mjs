#!/usr/bin/env node
// Direct quotes and their speakers on gold text: runs the analyzer in-process on each gold
// document's text as plain text kept as it is (clean: false, so offsets index the gold text),
// writes each quote with the mention its speaker was read from (UTF-16 offsets) and scores them
// with the shared ../shared/bench/ner_eval.mjs: lenient quote match, attribution accuracy (all
// matched quotes, and those whose gold speaker is a name), quote+speaker F1. The named sets are
// converted from ../shared/data/quotes with ../shared/bench/to_gold.mjs into a cache.
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { createAnalyzer } from '../web/analyzer.mjs';
import { GOLD_CACHE_DIR, analyzeGoldText, convertedGold, goldDocuments, runScorer } from './lib/gold.mjs';
import {
  SHARED_DATA, UsageError, intOption, readArgsAndFiles, runMain, userPath, writeJson,
} from './lib/workspace.mjs';

const QUOTES_DATA = join(SHARED_DATA, 'quotes');
const DEFAULT_PRED_DIR = join(os.tmpdir(), 'article-analyzer-eval-quotes');
const POLNEAR_DEV = join(QUOTES_DATA, 'polnear', 'dev');
const AADS = join(QUOTES_DATA, 'aads-french', 'corpus-train-val.json');
/** The folder's files, for the cache key of a set converted from a folder. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name)).sort();

// The named sets (../shared/data/README.md): how to_gold.mjs converts each.
const SETS = {
  'polnear-dev': () => ({ mode: 'polnear', input: POLNEAR_DEV, args: ['--id', 'polnear-dev'], inputs: filesUnder(POLNEAR_DEV) }),
  'aads-val': () => ({ mode: 'aads', input: AADS, args: ['--split', 'val', '--lang', 'fr'] }),
};

const USAGE = `Usage: npm run eval:quotes -- GOLD.jsonl [options]
       npm run eval:quotes -- --set NAME|all [options]

  GOLD.jsonl      gold documents {id, lang, text, quotes: [{start, end, speaker}]} (to_gold.mjs output)
  --set NAME      a set of ../shared/data/quotes, converted with to_gold.mjs into ${GOLD_CACHE_DIR}:
                  ${Object.keys(SETS).join(', ')}; "all": each of them, then one summary table
  --limit N       only the first N documents of each set
  --pred DIR      where to write the predictions (default ${DEFAULT_PRED_DIR})
  --json FILE     also write the scores (the scorer's JSON for each set) as JSON

Each document is analyzed as {format: 'text', clean: false, language: its lang}. A quote's
predicted speaker is the mention the attribution was read from (a name, a role or a pronoun),
with the speaker's entity name beside it. Exit status 1 when a document failed or its text could
not be aligned with the analysis text.
`;

const seconds = (start) => (performance.now() - start) / 1000;

/** A quote as the scorer reads it: UTF-16 spans of the gold text. */
function predictionQuote(quote, map) {
  const at = (span) => (map ? { start: map.start[span.start], end: map.end[span.end] } : { start: span.start, end: span.end });
  const speaker = quote.speaker;
  return {
    ...at(quote),
    speaker: speaker ? at(speaker) : null,
    speaker_name: speaker ? speaker.name : null,
  };
}

function predict(analyzer, docs, predFile) {
  const lines = [];
  const failures = [];
  const mismatches = [];
  for (const doc of docs) {
    let quotes = [];
    try {
      const { result, map, mismatch } = analyzeGoldText(analyzer, doc);
      if (mismatch) mismatches.push(`${doc.id} ${mismatch}`);
      quotes = result.quotes.map((quote) => predictionQuote(quote, map));
    } catch (error) {
      failures.push(`${doc.id}: ${error.code ?? ''} ${error.message}`);
    }
    lines.push(JSON.stringify({ id: doc.id, offset_unit: 'utf16', quotes }));
  }
  writeFileSync(predFile, `${lines.join('\n')}\n`);
  return { failures, mismatches };
}

function evaluate(analyzer, name, goldFile, { limit, predDir, quiet }) {
  const { docs, scoredGold } = goldDocuments(goldFile, name, limit, predDir);
  const predFile = join(predDir, `${name}-pred.jsonl`);
  const start = performance.now();
  const { failures, mismatches } = predict(analyzer, docs, predFile);
  const time = seconds(start);
  console.log(`${name}: ${docs.length} documents analyzed in ${time.toFixed(1)} s; predictions: ${predFile}`);
  if (failures.length) console.log(`FAILED on ${failures.length} documents, first: ${failures[0]}`);
  if (mismatches.length) {
    console.log(`WARNING: in ${mismatches.length} documents the analysis text is not the gold text; first: ${mismatches[0]}`);
  }
  if (!quiet) runScorer(scoredGold, predFile, [], false);
  const scores = runScorer(scoredGold, predFile, [], true);
  return { name, gold: scoredGold, pred: predFile, docs: docs.length, seconds: time,
    failures: failures.length, textMismatches: mismatches.length, scores };
}

function printSummary(rows) {
  const f3 = (x) => (x === undefined || x === null ? '  -  ' : x.toFixed(3));
  const width = Math.max(3, ...rows.map((row) => row.name.length));
  console.log('\n## Quotes (lenient match) and speakers (../shared/bench/ner_eval.mjs)');
  console.log(`${'set'.padEnd(width)}  quote F1  attribution  named  quote+speaker F1  docs`);
  for (const row of rows) {
    const q = row.scores.quotes;
    console.log(`${row.name.padEnd(width)}  ${f3(q.lenient?.f1).padStart(8)}  ${f3(q.attribution_accuracy).padStart(11)}  `
      + `${f3(q.attribution_accuracy_named).padStart(5)}  ${f3(q.quote_and_speaker?.f1).padStart(16)}  ${String(row.docs).padStart(4)}`);
  }
}

async function main() {
  const { values: args, positionals } = readArgsAndFiles({
    set: { type: 'string' }, limit: { type: 'string' }, pred: { type: 'string' }, json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (Boolean(args.set) === Boolean(positionals.length) || positionals.length > 1) {
    throw new UsageError('give one gold file or one --set');
  }
  if (args.set && args.set !== 'all' && !SETS[args.set]) throw new UsageError(`unknown set "${args.set}"`);
  const limit = intOption(args.limit, 'limit', 0);
  const predDir = args.pred ? userPath(args.pred) : DEFAULT_PRED_DIR;

  const start = performance.now();
  const analyzer = await createAnalyzer();
  const options = { limit, predDir, quiet: args.set === 'all' };
  const rows = [];
  if (args.set) {
    for (const name of args.set === 'all' ? Object.keys(SETS) : [args.set]) {
      if (!options.quiet) console.log(`## ${name}`);
      rows.push(evaluate(analyzer, name, convertedGold(name, SETS[name]()), options));
    }
  } else {
    const file = userPath(positionals[0]);
    rows.push(evaluate(analyzer, basename(file).replace(/\.jsonl$/, ''), file, options));
  }
  printSummary(rows);
  console.log(`\ntotal ${seconds(start).toFixed(1)} s (analyzer ${analyzer.version})`);
  if (args.json) console.log(`wrote ${writeJson(args.json, { version: analyzer.version, limit, sets: rows })}`);
  return rows.some((row) => row.textMismatches || row.failures) ? 1 : 0;
}

runMain(main, USAGE);
