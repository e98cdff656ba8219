#!/usr/bin/env node
// Entity recognition on gold text: runs the analyzer in-process on each gold document's text as
// plain text kept as it is (clean: false, so offsets index the gold text), writes every mention
// of every entity as a prediction span (UTF-16 offsets) and scores them with the shared
// ../shared/bench/ner_eval.mjs (strict: exact span and type). Named sets are converted from
// ../shared/data/ner with ../shared/bench/to_gold.mjs into a cache, so nobody runs it by hand.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { createAnalyzer } from '../web/analyzer.mjs';
import { GOLD_CACHE_DIR, analyzeGoldText, convertedGold, goldDocuments, runScorer } from './lib/gold.mjs';
import {
  SHARED_DATA, UsageError, intOption, readArgsAndFiles, requireFile, runMain, userPath,
  writeJson,
} from './lib/workspace.mjs';

const NER_DATA = join(SHARED_DATA, 'ner');
const DEFAULT_PRED_DIR = join(os.tmpdir(), 'article-analyzer-eval-ner');
// The headline types of issue #8; DATE and the others only when asked for.
const DEFAULT_TYPES = ['PER', 'LOC', 'ORG'];
// Sets of unrelated sentences are cut into documents of this many sentences: a text of one
// sentence is not what the analyzer reads, and one call per sentence is slow on 10,000 of them.
const DEFAULT_DOC_SENTS = 20;
// to_gold.mjs cuts every N sentences before a set's first -DOCSTART- (default 1): with this N, the
// sentences before it (WikiGold's first article) stay one document.
const WHOLE_DOCUMENT_SENTS = 1e9;

// ---------------------------------------------------------------------------------------------
// Readers for the two formats to_gold.mjs cannot read as they are: each gives its "token<TAB>TAG"
// column form, sentences apart by blank lines, documents by -DOCSTART- lines.

/**
 * CoNLL-2003 (token POS chunk TAG): to_gold.mjs reads a first column of digits as an index and
 * takes the next one as the token, which turns every number into its POS tag ("four for CD on
 * Friday"); given as "token<TAB>TAG" the numbers stay numbers.
 */
function conllToColumns(source) {
  return `${source.split(/\r?\n/).map((line) => {
    const cols = line.split(' ');
    return cols.length === 4 && cols[0] !== '-DOCSTART-' ? `${cols[0]}\t${cols[3]}` : line;
  }).join('\n')}\n`;
}

/** UNER (idx token TAG - -): `#` comments dropped, each `# newdoc` starting a document. */
function unerToColumns(source) {
  const out = [];
  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith('# newdoc')) out.push('-DOCSTART-', '');
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) out.push('');
    else {
      const cols = line.split('\t');
      out.push(`${cols[1]}\t${cols[2]}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * HIPE-2022 TSV (NewsEye): TOKEN and NE-COARSE-LIT columns, a document at each
 * `# hipe2022:document_id`, a sentence end at EndOfSentence. A token marked NoSpaceAfter is joined
 * to the next one across an apostrophe or a hyphen ("d ' un" reads "d'un", "Celui - ci"
 * "Celui-ci", as printed) when no entity boundary lies between them, and a line-break hyphen "¬"
 * there is dropped ("con¬ tenu" -> "contenu"). NoSpaceAfter is also set at many line ends
 * ("suspect comme"), so it alone joins nothing; to_gold.mjs spaces the other punctuation.
 */
function hipeToColumns(source) {
  const out = [];
  let pending = null;  // {token, tag, glue}: the token waiting to be joined to the next one
  const flush = () => {
    if (pending) out.push(`${pending.token}\t${pending.tag}`);
    pending = null;
  };
  const continues = (tag, next) => (tag === 'O' ? next === 'O' : next === `I-${tag.slice(2)}`);
  const joins = (token, next) => /['’¬-]$/u.test(token) || /^['’-]/u.test(next);
  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith('# hipe2022:document_id')) {
      flush();
      out.push('', '-DOCSTART-', '');
      continue;
    }
    if (line.startsWith('#') || line.startsWith('TOKEN\t') || !line.trim()) continue;
    const cols = line.split('\t');
    const [token, tag, misc = ''] = [cols[0], cols[1], cols[cols.length - 1]];
    if (pending && pending.glue && continues(pending.tag, tag) && joins(pending.token, token)) {
      pending.token = pending.token.replace(/¬$/u, '') + token;
    } else {
      flush();
      pending = { token, tag };
    }
    pending.glue = misc.split('|').includes('NoSpaceAfter');
    if (misc.split('|').includes('EndOfSentence')) {
      flush();
      out.push('');
    }
  }
  flush();
  return `${out.join('\n')}\n`;
}

// The named sets: the raw file under ../shared/data/ner and its to_gold.mjs options
// (../shared/data/README.md). `sentences`: no document marks, so --doc-sents groups them.
const SETS = {
  'conll-valid': { file: 'conll2003-en/valid.txt', lang: 'en', reader: conllToColumns },
  'wikiann-fr-test': { file: 'wikiann-fr/test.txt', lang: 'fr', sentences: true, args: ['--strip-lang-prefix'] },
  'wikiann-en-test': { file: 'wikiann-en/test.txt', lang: 'en', sentences: true, args: ['--strip-lang-prefix'] },
  'wikineural-fr-val': { file: 'wikineural-fr/val.conllu', lang: 'fr', sentences: true },
  wikigold: { file: 'wikigold-en/CONLL-format/data/wikigold.conll.txt', lang: 'en' },
  'uner-ewt-test': { file: 'uner-ewt-en/en_ewt-ud-test.iob2', lang: 'en', reader: unerToColumns },
  // HIPE-2022's guidelines put a person's title in its span ("M. Steeg", "Mme Emilien Hannoque").
  'newseye-fr-test': { file: 'newseye-fr/newseye-test-fr.tsv', lang: 'fr', reader: hipeToColumns, titles: true },
};

const USAGE = `Usage: npm run eval:ner -- GOLD.jsonl [options]
       npm run eval:ner -- --set NAME|all [options]

  GOLD.jsonl      gold documents {id, lang, text, entities: [{start, end, type}]} (to_gold.mjs output)
  --set NAME      a set of ../shared/data/ner, converted with to_gold.mjs into ${GOLD_CACHE_DIR}:
                  ${Object.keys(SETS).join(', ')};
                  "all": each of them, then one summary table
  --types LIST    the entity types predicted and scored (default ${DEFAULT_TYPES.join(',')}; add DATE to score dates)
  --titles        a mention's span takes in its title ("President Clinton"), for a GOLD.jsonl whose spans
                  do (the named sets say which: NewsEye's do, the others' do not)
  --limit N       only the first N documents of each set
  --doc-sents N   sentences per document in the sets of unrelated sentences (WikiANN, WikiNEuRal;
                  default ${DEFAULT_DOC_SENTS}): document-level features see these groups
  --pred DIR      where to write the predictions (default ${DEFAULT_PRED_DIR})
  --json FILE     also write the scores (the scorer's JSON for each set) as JSON

Each document is analyzed as {format: 'text', clean: false, language: its lang}: the analysis text
is then the gold text itself, which is checked (offsets are mapped back where the core's decoding
dropped a CR, a NUL or a BOM). Role mentions ("the spokeswoman") are not names and are left out of
the predictions; a mention's title ("President" of "President Clinton") is left out of its span, as
most NER sets do (--titles keeps it). Exit status 1 when a document failed or its text could not be aligned.
`;

const seconds = (start) => (performance.now() - start) / 1000;

/** The gold file of a named set, converted once (convertedGold). */
function goldOfSet(name, docSents) {
  const set = SETS[name];
  const input = requireFile(join(NER_DATA, set.file), `raw data of ${name}`);
  const args = ['--lang', set.lang, '--id', name, ...(set.args ?? []), '--doc-sents', String(set.sentences ? docSents : WHOLE_DOCUMENT_SENTS)];
  return convertedGold(name, { mode: 'conll', input, args, reader: set.reader ?? null });
}

// ---------------------------------------------------------------------------------------------
// Gold documents -> PRED.jsonl

/** Where the name proper of a mention starts: after its title ("President"), which NER sets leave out. */
function nameStart(mention) {
  if (!mention.title) return mention.start;
  const rest = mention.text.slice(mention.title.length);
  return mention.start + mention.title.length + (rest.length - rest.trimStart().length);
}

/** The name proper of every mention of every entity of the scored types, as UTF-16 spans of the gold text. */
function predictionSpans(result, types, map, titles) {
  return result.entities.filter((entity) => types.has(entity.type)).flatMap((entity) => entity.mentions
    .filter((mention) => !mention.role)
    .map((mention) => {
      const start = titles ? mention.start : nameStart(mention);
      return { start: map ? map.start[start] : start, end: map ? map.end[mention.end] : mention.end, type: entity.type };
    }));
}

function predict(analyzer, docs, types, titles, predFile) {
  const lines = [];
  const failures = [];
  const mismatches = [];
  let mapped = 0;
  for (const doc of docs) {
    let entities = [];
    try {
      const { result, map, mismatch } = analyzeGoldText(analyzer, doc);
      if (map) mapped++;
      if (mismatch) mismatches.push(`${doc.id} ${mismatch}`);
      entities = predictionSpans(result, types, map, titles);
    } catch (error) {
      // An empty prediction keeps the document in the score: its gold entities count as missed.
      failures.push(`${doc.id}: ${error.code ?? ''} ${error.message}`);
    }
    lines.push(JSON.stringify({ id: doc.id, offset_unit: 'utf16', entities }));
  }
  writeFileSync(predFile, `${lines.join('\n')}\n`);
  return { failures, mapped, mismatches };
}

/** Analyzes and scores one gold file; prints the scorer's tables unless `quiet`. */
function evaluate(analyzer, name, goldFile, { types, titles, limit, predDir, quiet }) {
  const { docs, scoredGold } = goldDocuments(goldFile, name, limit, predDir);
  const predFile = join(predDir, `${name}-pred.jsonl`);
  const start = performance.now();
  const { failures, mapped, mismatches } = predict(analyzer, docs, types, titles, predFile);
  const time = seconds(start);
  const chars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  console.log(`${name}: ${docs.length} documents, ${(chars / 1e6).toFixed(2)} M chars, analyzed in ${time.toFixed(1)} s`
    + ` (${(docs.length / time).toFixed(0)} documents/s); predictions: ${predFile}`);
  if (failures.length) console.log(`FAILED on ${failures.length} documents, first: ${failures[0]}`);
  if (mapped) console.log(`${mapped} documents had CR, NUL or a BOM, which the analysis text drops: their offsets were mapped back`);
  if (mismatches.length) {
    console.log(`WARNING: in ${mismatches.length} documents the analysis text is not the gold text and cannot be aligned `
      + `with it, so their offsets do not index it and their scores are wrong; first: ${mismatches[0]}`);
  }
  const scorerArgs = ['--types', [...types].join(',')];
  if (!quiet) runScorer(scoredGold, predFile, scorerArgs, false);
  const scores = runScorer(scoredGold, predFile, scorerArgs, true);
  return { name, gold: scoredGold, pred: predFile, docs: docs.length, seconds: time,
    failures: failures.length, mappedOffsets: mapped, textMismatches: mismatches.length, scores };
}

function printSummary(rows, types) {
  const f3 = (x) => (x === undefined ? '  -  ' : x.toFixed(3));
  const typeList = [...types].sort();
  const width = Math.max(3, ...rows.map((row) => row.name.length));
  console.log(`\n## Strict micro P/R/F1 over ${typeList.join('+')} (../shared/bench/ner_eval.mjs)`);
  console.log(`${'set'.padEnd(width)}    P      R      F1   ${typeList.map((t) => `${t} F1`.padStart(7)).join('')}   docs  seconds`);
  for (const row of rows) {
    const strict = row.scores.entities.strict;
    console.log(`${row.name.padEnd(width)}  ${f3(strict.micro.p)}  ${f3(strict.micro.r)}  ${f3(strict.micro.f1)} `
      + `${typeList.map((t) => f3(strict.per_type[t]?.f1).padStart(7)).join('')}  ${String(row.docs).padStart(5)}  `
      + `${row.seconds.toFixed(1).padStart(7)}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values: args, positionals } = readArgsAndFiles({
    set: { type: 'string' }, types: { type: 'string' }, limit: { type: 'string' }, 'doc-sents': { type: 'string' },
    pred: { type: 'string' }, json: { type: 'string' }, titles: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (Boolean(args.set) === Boolean(positionals.length) || positionals.length > 1) {
    throw new UsageError('give one gold file or one --set');
  }
  if (args.set && args.set !== 'all' && !SETS[args.set]) throw new UsageError(`unknown set "${args.set}"`);
  const types = new Set((args.types ?? DEFAULT_TYPES.join(',')).split(',').map((t) => t.trim().toUpperCase()).filter(Boolean));
  if (!types.size) throw new UsageError('--types needs at least one type');
  const limit = intOption(args.limit, 'limit', 0);
  const docSents = intOption(args['doc-sents'], 'doc-sents', DEFAULT_DOC_SENTS) || DEFAULT_DOC_SENTS;
  const predDir = args.pred ? userPath(args.pred) : DEFAULT_PRED_DIR;

  const start = performance.now();
  const analyzer = await createAnalyzer();
  const options = { types, limit, predDir, quiet: args.set === 'all' };
  const rows = [];
  if (args.set) {
    for (const name of args.set === 'all' ? Object.keys(SETS) : [args.set]) {
      if (!options.quiet) console.log(`## ${name}`);
      rows.push(evaluate(analyzer, name, goldOfSet(name, docSents), { ...options, titles: Boolean(SETS[name].titles) }));
    }
  } else {
    const file = userPath(positionals[0]);
    rows.push(evaluate(analyzer, basename(file).replace(/\.jsonl$/, ''), file, { ...options, titles: Boolean(args.titles) }));
  }
  if (args.set === 'all') {
    printSummary(rows, types);
    console.log(`(${Object.keys(SETS).filter((name) => SETS[name].sentences).join(', ')}: documents of ${docSents} unrelated `
      + 'sentences, which document-level features see together; seconds: the analysis alone)');
  }
  console.log(`\ntotal ${seconds(start).toFixed(1)} s (analyzer ${analyzer.version})`);
  if (args.json) {
    console.log(`wrote ${writeJson(args.json, { version: analyzer.version, types: [...types], limit, docSents, sets: rows })}`);
  }
  return rows.some((row) => row.textMismatches || row.failures) ? 1 : 0;
}

runMain(main, USAGE);
