#!/usr/bin/env node
// End-to-end quality of entities and quotes: runs the analyzer in-process on the French and
// English development pages of ../shared/fixtures/{fr,en}-dev-gold.jsonl, scores each set with the shared
// ../shared/bench/e2e_eval.mjs, lists for each page the entities the gold has that we miss and
// those we invent, then checks the seed article against its `must` and `must_not` lists and its
// `should` role mentions (tests/fixtures/seed-article/expected.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { createAnalyzer } from '../web/analyzer.mjs';
import {
  REPO_ROOT, SHARED_BENCH, SHARED_DATA, SHARED_FIXTURES, readArgs, readJsonLines, requireFile, runMain, userPath, writeJson,
} from './lib/workspace.mjs';

const USAGE = `Usage: npm run eval -- [--pred DIR] [--json FILE]

  --pred DIR      where to write the predictions, one file per language (default ${join(os.tmpdir(), 'article-analyzer-eval')})
  --json FILE     also write the e2e scores, the entities missed and invented per page and the
                  seed-article checks as JSON
`;

// The development gold sets, one per language, each scored on its own.
const GOLD_SETS = [
  { language: 'fr', file: join(SHARED_FIXTURES, 'fr-dev-gold.jsonl') },
  { language: 'en', file: join(SHARED_FIXTURES, 'en-dev-gold.jsonl') },
];
// Gold ids are "readability-pages/<folder>": the page's folder under data/extraction/.
const PAGES_DIR = join(SHARED_DATA, 'extraction');
const PAGE_FILE = 'source.html';
const DEFAULT_PRED_DIR = join(os.tmpdir(), 'article-analyzer-eval');
const SEED_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'seed-article');
const E2E_SCORER = join(SHARED_BENCH, 'e2e_eval.mjs');
const QUOTE_PREVIEW_CHARS = 48;

// ---------------------------------------------------------------------------------------------
// fr-dev gold pages -> PRED.jsonl -> e2e_eval.mjs

/** The analysis in the prediction format the fixture README asks for (no offsets). */
function toPrediction(id, result) {
  return {
    id,
    entities: result.entities.map((entity) => ({
      type: entity.type, name: entity.name, mentions: [...new Set(entity.mentions.map((mention) => mention.text))],
    })),
    quotes: result.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker?.name ?? null })),
  };
}

function predictGoldPages(analyzer, goldFile, predFile) {
  const lines = [];
  console.log(`## Analyzer on ${goldFile}`);
  for (const gold of readJsonLines(requireFile(goldFile, 'development gold'))) {
    // Raw bytes, as the CLI reads a file: the core detects the page's encoding itself.
    const bytes = new Uint8Array(readFileSync(requireFile(join(PAGES_DIR, gold.id, PAGE_FILE), `page of ${gold.id}`)));
    const start = performance.now();
    let prediction;
    try {
      const result = analyzer.analyze(bytes, { format: 'html', ...(gold.url ? { url: gold.url } : {}) });
      prediction = toPrediction(gold.id, result);
      console.log(`${gold.id}: ${(performance.now() - start).toFixed(0)} ms, language ${result.language}, `
        + `${result.text.length} chars, ${result.paragraphs.length} paragraphs, `
        + `${prediction.entities.length} entities, ${prediction.quotes.length} quotes`);
    } catch (error) {
      // An empty prediction keeps the page in the score: every gold item of it counts as missed.
      prediction = { id: gold.id, entities: [], quotes: [] };
      console.log(`${gold.id}: FAILED ${error.code ?? ''} ${error.message}`);
    }
    lines.push(JSON.stringify(prediction));
  }
  mkdirSync(dirname(predFile), { recursive: true });
  writeFileSync(predFile, `${lines.join('\n')}\n`);
  console.log(`predictions: ${predFile}\n`);
}

function runScorer(goldFile, predFile, extraArgs, capture) {
  const run = spawnSync(process.execPath, [requireFile(E2E_SCORER, 'shared e2e scorer'), goldFile, predFile, ...extraArgs],
    { encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`e2e_eval.mjs exited with status ${run.status}`);
  return run.stdout;
}

// ---------------------------------------------------------------------------------------------
// Per page: the entities missed and invented

// The scorer prints counts, not names. Its normalization and matching code, the part of its source
// between these two markers, is loaded as it is, so the lists below match exactly as it scores.
const MATCHER_START = '// ---------- normalization ----------';
const MATCHER_END = '// ---------- scoring ----------';

function loadScorerMatcher() {
  const source = readFileSync(E2E_SCORER, 'utf8');
  const start = source.indexOf(MATCHER_START), end = source.indexOf(MATCHER_END);
  if (start < 0 || end < start) throw new Error(`${E2E_SCORER} no longer has the sections "${MATCHER_START}" … "${MATCHER_END}"`);
  return new Function(`${source.slice(start, end)}\nreturn { TYPES, HEAD, typeOf, entSet, greedy, entScore };`)();
}

/** For each type, the gold entities no prediction matches and the predictions no gold entity matches. */
function pageErrors(matcher, gold, pred) {
  const prepare = (list) => (list ?? []).map((entity) => ({ entity, type: matcher.typeOf(entity.type) }))
    .filter((item) => item.type)
    .map((item) => ({ ...item, set: matcher.entSet(item.entity, item.type),
      anyType: new Set([...matcher.entSet(item.entity, 'PER'), ...matcher.entSet(item.entity, 'ORG')]) }))
    .filter((item) => item.set.size);
  const golds = prepare(gold.entities), preds = prepare(pred?.entities);
  const byType = {};
  for (const type of matcher.TYPES) {
    const g = golds.filter((item) => item.type === type), p = preds.filter((item) => item.type === type);
    const pairs = matcher.greedy(g, p, matcher.entScore);
    byType[type] = { matched: pairs.length,
      missed: g.filter((_, i) => !pairs.some(([gi]) => gi === i)), invented: p.filter((_, j) => !pairs.some(([, pj]) => pj === j)) };
  }
  // An invented entity that shares a string with a missed one of another type was found but mistyped.
  const missed = matcher.TYPES.flatMap((type) => byType[type].missed);
  const goldTypeOf = (item) => missed.find((other) => other.type !== item.type && [...item.anyType].some((key) => other.anyType.has(key)))?.type;
  return { byType, goldTypeOf };
}

/** Prints the lists; returns them, per page and type, for the JSON report. */
function printPageErrors(matcher, goldFile, predFile, scores) {
  const preds = new Map(readJsonLines(predFile).map((pred) => [pred.id, pred]));
  console.log('## Entities per page: missed (in the gold, not found) and invented (found, not in the gold)');
  const golds = readJsonLines(goldFile);
  return golds.map((gold, index) => {
    const { byType, goldTypeOf } = pageErrors(matcher, gold, preds.get(gold.id));
    const head = matcher.HEAD.reduce((sum, type) => sum + byType[type].matched, 0);
    const perDoc = scores.per_doc[index];
    // The scorer's own per-page counts: any difference means the lists above are not its matching.
    if (perDoc.id !== gold.id || perDoc.entities.tp !== head || perDoc.date.tp !== byType.DATE.matched) {
      console.log(`WARNING: ${gold.id}: these lists disagree with e2e_eval.mjs's counts (${perDoc.entities.tp} PER+ORG+LOC and ${perDoc.date.tp} DATE matched)`);
    }
    const list = (key, describe) => matcher.TYPES.filter((type) => byType[type][key].length)
      .map((type) => `${type}: ${byType[type][key].map(describe).join(', ')}`).join(' · ') || '-';
    console.log(`${gold.id} (matched ${head} ${matcher.HEAD.join('+')}, ${byType.DATE.matched} DATE)`);
    console.log(`  missed    ${list('missed', (item) => item.entity.name)}`);
    console.log(`  invented  ${list('invented', (item) => {
      const goldType = goldTypeOf(item);
      return goldType ? `${item.entity.name} (gold ${goldType})` : item.entity.name;
    })}`);
    const names = (key) => Object.fromEntries(matcher.TYPES.map((type) => [type, byType[type][key].map((item) => item.entity.name)]));
    return { id: gold.id, missed: names('missed'), invented: names('invented') };
  });
}

// ---------------------------------------------------------------------------------------------
// Seed article: must / must_not

/** Loose text key: the gold is matched by text, so typography and case must not matter. */
const fold = (text) => String(text ?? '').normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'")
  .replace(/\s+/g, ' ').trim().toLowerCase();
/** A quote's words without the quote marks and punctuation around them. */
const quoteKey = (text) => fold(text).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
const preview = (text) => (text.length > QUOTE_PREVIEW_CHARS ? `${text.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : text);
const surfaceForms = (entity) => [entity.name, ...entity.mentions.map((mention) => mention.text)];
const describeEntity = (entity) => `${entity.type} "${entity.name}"`;

/** A must entity is found when an entity of its type has its name and every must mention. */
function checkEntity(gold, entities) {
  const found = entities.find((entity) => entity.type === gold.type && fold(entity.name) === fold(gold.name));
  if (!found) {
    const elsewhere = entities.filter((entity) => surfaceForms(entity).some((form) => fold(form) === fold(gold.name)));
    return { found: false, note: elsewhere.length ? `named otherwise: ${elsewhere.map(describeEntity).join(', ')}` : 'not found' };
  }
  const mentions = new Set(found.mentions.map((mention) => fold(mention.text)));
  const missing = gold.mentions.filter((mention) => !mentions.has(fold(mention)));
  if (!missing.length) return { found: true, note: '' };
  const where = (mention) => {
    const other = entities.find((entity) => entity !== found && surfaceForms(entity).some((form) => fold(form) === fold(mention)));
    return other ? `"${mention}" (in ${describeEntity(other)})` : `"${mention}"`;
  };
  return { found: false, note: `missing mention ${missing.map(where).join(', ')}` };
}

/** A must quote is found when a quote has its words and its speaker. */
function checkQuote(gold, quotes) {
  const key = quoteKey(gold.text);
  const same = quotes.find((quote) => quoteKey(quote.text) === key);
  if (!same) {
    const overlapping = quotes.find((quote) => quoteKey(quote.text).includes(key) || key.includes(quoteKey(quote.text)));
    return { found: false, note: overlapping ? `cut differently: "${preview(overlapping.text)}"` : 'not found' };
  }
  const speaker = same.speaker?.name ?? null;
  if (fold(speaker) === fold(gold.speaker)) return { found: true, note: '' };
  return { found: false, note: `speaker ${speaker === null ? 'none' : `"${speaker}"`}` };
}

/** A should role mention is found when the entity of that name has it as a mention with a role. */
function checkRoleMention(gold, text, entities) {
  const entity = entities.find((e) => e.type === gold.type && fold(e.name) === fold(gold.name));
  if (!entity) return { found: false, note: 'entity not found' };
  const mention = entity.mentions.find((m) => fold(m.text) === fold(text));
  if (mention) return mention.role ? { found: true, note: `role "${mention.role}"` } : { found: false, note: 'no role set' };
  const elsewhere = entities.find((e) => e.mentions.some((m) => fold(m.text) === fold(text)));
  return { found: false, note: elsewhere ? `in ${describeEntity(elsewhere)}` : 'not found' };
}

/** A must_not string is violated when an entity has it as its name or as a mention. */
function checkForbidden(text, entities) {
  const offenders = entities.filter((entity) => surfaceForms(entity).some((form) => fold(form) === fold(text)));
  return { violated: offenders.length > 0, note: offenders.map(describeEntity).join(', ') };
}

function checkSeed(analyzer) {
  const input = readFileSync(requireFile(join(SEED_DIR, 'input.txt'), 'seed article'), 'utf8');
  const expected = JSON.parse(readFileSync(requireFile(join(SEED_DIR, 'expected.json'), 'seed gold'), 'utf8'));
  const result = analyzer.analyze(input, { format: 'text' });
  const rows = [
    ...expected.entities.must.map((gold) => ({ kind: 'must entity', item: `${gold.type} ${gold.name}`, ...checkEntity(gold, result.entities) })),
    ...expected.quotes.must.map((gold) => ({ kind: 'must quote', item: `"${preview(gold.text)}" — ${gold.speaker ?? 'no speaker'}`, ...checkQuote(gold, result.quotes) })),
    ...expected.entities.should.flatMap((gold) => (gold.role_mentions ?? []).map((text) => ({
      kind: 'should role', item: `${gold.name}: "${text}"`, ...checkRoleMention(gold, text, result.entities),
    }))),
    ...expected.entities.must_not.map((text) => {
      const { violated, note } = checkForbidden(text, result.entities);
      return { kind: 'must_not', item: `"${text}"`, found: !violated, note };
    }),
  ];
  const count = (kind) => {
    const of = rows.filter((row) => row.kind === kind);
    return { ok: of.filter((row) => row.found).length, of: of.length };
  };
  const counts = { entities: count('must entity'), quotes: count('must quote'), roles: count('should role'), mustNot: count('must_not') };

  console.log(`\n## Seed article (${SEED_DIR})`);
  const widths = ['kind', 'item'].map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
  const okLabel = (row) => (row.kind === 'must_not' ? (row.found ? 'ok' : 'VIOLATED') : (row.found ? 'found' : row.kind === 'should role' ? 'missing' : 'MISSING'));
  for (const row of [{ kind: 'kind', item: 'item', status: 'status', note: 'note' }, ...rows]) {
    console.log(`${row.kind.padEnd(widths[0])}  ${row.item.padEnd(widths[1])}  ${(row.status ?? okLabel(row)).padEnd(8)}  ${row.note}`.trimEnd());
  }
  console.log(`must entities ${counts.entities.ok}/${counts.entities.of}, must quotes ${counts.quotes.ok}/${counts.quotes.of}, `
    + `must_not violations ${counts.mustNot.of - counts.mustNot.ok}/${counts.mustNot.of}, `
    + `should role mentions ${counts.roles.ok}/${counts.roles.of}`);
  return { counts, rows };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = readArgs({ pred: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const predDir = args.pred ? userPath(args.pred) : DEFAULT_PRED_DIR;
  const analyzer = await createAnalyzer();
  const sets = GOLD_SETS.map((set) => ({ ...set, pred: join(predDir, `${set.language}-dev-pred.jsonl`) }));
  const matcher = loadScorerMatcher();
  const e2e = {};
  const entityErrors = {};
  for (const set of sets) {
    predictGoldPages(analyzer, set.file, set.pred);
    runScorer(set.file, set.pred, ['--per-doc'], false);
    console.log('');
    // The scorer's own JSON, so the figures saved are exactly the ones it printed.
    e2e[set.language] = JSON.parse(runScorer(set.file, set.pred, ['--per-doc', '--json'], true));
    entityErrors[set.language] = printPageErrors(matcher, set.file, set.pred, e2e[set.language]);
    console.log('');
  }
  const seed = checkSeed(analyzer);
  if (args.json) {
    console.log(`\nwrote ${writeJson(args.json, { version: analyzer.version, pred: predDir, e2e, entity_errors: entityErrors, seed })}`);
  }
  return 0;
}

runMain(main, USAGE);
