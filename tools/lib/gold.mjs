// What the scripts that score the analyzer on gold text share: converting a shared data set
// with ../shared/bench/to_gold.mjs into a cache, aligning the analysis text with the gold text,
// and running the shared scorer ../shared/bench/ner_eval.mjs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { SHARED_BENCH, readJsonLines, requireFile } from './workspace.mjs';

export const NER_SCORER = join(SHARED_BENCH, 'ner_eval.mjs');
export const TO_GOLD = join(SHARED_BENCH, 'to_gold.mjs');
export const GOLD_CACHE_DIR = join(os.tmpdir(), 'article-analyzer-gold');
// to_gold.mjs writes a document set of several MB to its stdout.
export const MAX_GOLD_BYTES = 512 * 1024 * 1024;

const fileKey = (file) => {
  const stat = statSync(file);
  return `${file}:${stat.size}:${stat.mtimeMs}`;
};

/**
 * The gold JSONL of a shared data set: `node to_gold.mjs MODE INPUT ...args`, converted once for
 * each version of its input, the converter and the options. `reader`, when given, turns the raw
 * file's text into the text to_gold.mjs reads; `inputs` are the files the input depends on (a
 * folder's content: PolNeAR's) and key the cache too.
 */
export function convertedGold(name, { mode, input, args = [], reader = null, inputs = [input] }) {
  const key = createHash('sha256')
    .update(JSON.stringify([inputs.map(fileKey), fileKey(requireFile(TO_GOLD, 'shared gold converter')), mode, args, String(reader ?? '')]))
    .digest('hex').slice(0, 16);
  const gold = join(GOLD_CACHE_DIR, `${name}-${key}.jsonl`);
  if (existsSync(gold)) return gold;

  mkdirSync(GOLD_CACHE_DIR, { recursive: true });
  let source = input;
  if (reader) {
    source = join(GOLD_CACHE_DIR, `${name}-${key}.input.txt`);
    writeFileSync(source, reader(readFileSync(input, 'utf8')));
  }
  // Written beside the cache entry and renamed, so an interrupted run leaves no half file.
  const partial = `${gold}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let run;
  try {
    run = spawnSync(process.execPath, [TO_GOLD, mode, source, ...args],
      { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: MAX_GOLD_BYTES });
  } finally {
    closeSync(fd);
    if (source !== input) rmSync(source, { force: true });
  }
  if (run.error || run.status !== 0) {
    rmSync(partial, { force: true });
    throw run.error ?? new Error(`to_gold.mjs failed on ${input} (status ${run.status}): ${run.stderr}`);
  }
  renameSync(partial, gold);
  console.log(`converted ${input} -> ${gold} (${run.stderr.trim()})`);
  return gold;
}

/** Where two texts first differ, for the report. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, i - 10), i + 10));
  return `at UTF-16 offset ${i}: gold ${around(a)}, analysis ${around(b)}`;
}

/**
 * When the analysis text is not the gold text, the offsets that map its positions back to the
 * gold text's: {start, end} arrays indexed by analysis offset (UTF-16). The core's decoding drops
 * NUL, a leading BOM and the CR of a CRLF, and turns a lone CR into LF (core/src/text/encoding.cpp);
 * for any other change the texts cannot be aligned and this returns null.
 */
export function offsetMap(gold, analysis) {
  const start = new Int32Array(analysis.length + 1), end = new Int32Array(analysis.length + 1);
  let g = 0;
  for (let a = 0; a < analysis.length; a++) {
    while (g < gold.length && gold[g] !== analysis[a]
      && !(gold[g] === '\r' && analysis[a] === '\n' && gold[g + 1] !== '\n')) g++;
    if (g === gold.length) return null;
    start[a] = g;
    end[a + 1] = ++g;
  }
  start[analysis.length] = gold.length;
  return { start, end };
}

/**
 * Analyzes a gold document's text as plain text kept as it is (clean: false), so that the
 * analysis text is the gold text: {result, map} where map (offsetMap) is null when the texts are
 * the same, or {result, mismatch} when they cannot be aligned.
 */
export function analyzeGoldText(analyzer, doc) {
  const options = { format: 'text', clean: false, ...(doc.lang && doc.lang !== 'und' ? { language: doc.lang } : {}) };
  const result = analyzer.analyze(doc.text, options);
  if (result.text === doc.text) return { result, map: null };
  const map = offsetMap(doc.text, result.text);
  return map ? { result, map } : { result, mismatch: firstDifference(doc.text, result.text) };
}

/** Runs ner_eval.mjs on a gold and a prediction file: its tables printed, or its JSON returned. */
export function runScorer(goldFile, predFile, args, capture) {
  const run = spawnSync(process.execPath,
    [requireFile(NER_SCORER, 'shared NER scorer'), goldFile, predFile, ...args, ...(capture ? ['--json'] : [])],
    { encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', maxBuffer: MAX_GOLD_BYTES });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`ner_eval.mjs exited with status ${run.status}`);
  return capture ? JSON.parse(run.stdout) : null;
}

/**
 * The documents of a gold file, the first `limit` only when given, and the gold file to score
 * them against: the scorer counts gold documents without a prediction as missed, so a cut set
 * gets its own cut gold file, written in `predDir`.
 */
export function goldDocuments(goldFile, name, limit, predDir) {
  let docs = readJsonLines(requireFile(goldFile, 'gold file'));
  let scoredGold = goldFile;
  mkdirSync(predDir, { recursive: true });
  if (limit && docs.length > limit) {
    docs = docs.slice(0, limit);
    scoredGold = join(predDir, `${name}-gold-first-${limit}.jsonl`);
    writeFileSync(scoredGold, `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  }
  return { docs, scoredGold };
}
