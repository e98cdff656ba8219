// tools/eval-ner.mjs on a two-document gold file (tests/fixtures/eval-ner/gold.jsonl, made-up
// text): its scores parse and are fractions, and its predictions index the gold text. The
// fixture puts characters outside the BMP (two UTF-16 units, one code point) before the names
// and CRLF line ends in the English document (the analysis text has LF), so a wrong offset unit
// or a missing offset mapping moves every span; a person's title before her name is not in her span.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../web/analyzer.mjs';
import { REPO_ROOT } from '../helpers.mjs';

const SCRIPT = join(REPO_ROOT, 'tools', 'eval-ner.mjs');
const GOLD = fileURLToPath(new URL('../fixtures/eval-ner/gold.jsonl', import.meta.url));
const SCORED_TYPES = ['LOC', 'ORG', 'PER'];

const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const goldDocs = readJsonLines(GOLD);
/** A gold span's text: gold offsets are code points. */
const goldText = (doc, span) => Array.from(doc.text).slice(span.start, span.end).join('');
const assertFraction = (value, what) => assert.ok(Number.isFinite(value) && value >= 0 && value <= 1, `${what} = ${value}, in [0, 1]`);

let workDir;
let run;
let report;
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'aa-eval-ner-'));
  run = spawnSync(process.execPath, [SCRIPT, GOLD, '--pred', workDir, '--json', join(workDir, 'scores.json')],
    { cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, INIT_CWD: tmpdir() } });
  assert.equal(run.status, 0, `exit status 0\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  report = JSON.parse(readFileSync(join(workDir, 'scores.json'), 'utf8'));
});
after(() => rmSync(workDir, { recursive: true, force: true }));

describe('eval-ner on a gold file', () => {
  test('prints the scorer\'s strict table, with percentages', () => {
    const micro = run.stdout.split('\n').find((line) => line.startsWith('micro (strict)'));
    assert.ok(micro, `a "micro (strict)" row in:\n${run.stdout}`);
    const [p, r, f1, tp, pred, gold] = micro.slice('micro (strict)'.length).trim().split(/\s+/).map(Number);
    for (const [value, what] of [[p, 'P'], [r, 'R'], [f1, 'F1']]) assertFraction(value / 100, `printed ${what}`);
    assert.equal(gold, goldDocs.flatMap((doc) => doc.entities).filter((e) => SCORED_TYPES.includes(e.type)).length,
      'every gold PER, LOC and ORG span is counted');
    assert.ok(tp <= pred && tp <= gold);
    for (const type of SCORED_TYPES) assert.match(run.stdout, new RegExp(`^${type} `, 'm'), `a row for ${type}`);
    assert.doesNotMatch(run.stdout, /^DATE /m, 'DATE is not scored unless asked for');
  });

  test('writes the scores as JSON: fractions for every type, each document\'s text its gold text', () => {
    const [set] = report.sets;
    const { strict } = set.scores.entities;
    assert.deepEqual(set.scores.entities.types, SCORED_TYPES);
    for (const key of ['p', 'r', 'f1']) {
      assertFraction(strict.micro[key], `micro ${key}`);
      for (const type of SCORED_TYPES) assertFraction(strict.per_type[type][key], `${type} ${key}`);
    }
    assert.equal(set.docs, goldDocs.length);
    assert.equal(set.failures, 0);
    assert.equal(set.textMismatches, 0, 'the analysis text is the gold text, or aligned with it');
    assert.equal(set.mappedOffsets, 1, 'the CRLF document is mapped back');
  });

  test('a span the analyzer finds is a true positive: predictions index the gold text', async () => {
    const analyzer = await createAnalyzer();
    const predictions = new Map(readJsonLines(join(workDir, 'gold-pred.jsonl')).map((doc) => [doc.id, doc]));
    let personsFound = 0;
    for (const doc of goldDocs) {
      const result = analyzer.analyze(doc.text, { format: 'text', clean: false, language: doc.lang });
      // The name proper of each mention: NER sets leave a title out ("Chancellor Angela Merkel").
      const mentions = result.entities.flatMap((entity) => entity.mentions
        .map((mention) => `${entity.type} ${mention.text.slice(mention.title?.length ?? 0).trimStart()}`));
      const prediction = predictions.get(doc.id);
      assert.equal(prediction.offset_unit, 'utf16');
      for (const span of prediction.entities) {
        assert.ok(SCORED_TYPES.includes(span.type), `${span.type}: only the scored types are predicted`);
        // Offsets are UTF-16 units of the gold text, which is what the scorer reads them as.
        assert.ok(mentions.includes(`${span.type} ${doc.text.slice(span.start, span.end)}`),
          `${doc.id} [${span.start}, ${span.end}) "${doc.text.slice(span.start, span.end)}" is a mention the analyzer found`);
      }
      personsFound += doc.entities.filter((e) => e.type === 'PER' && mentions.includes(`PER ${goldText(doc, e)}`)).length;
    }
    // "Emmanuel Macron", after the flag emoji, and "Angela Merkel", after her title: today's
    // analyzer and any sound tagger find them.
    assert.ok(personsFound >= 2, 'the fixture has persons the analyzer finds');
    assert.equal(report.sets[0].scores.entities.strict.per_type.PER.tp, personsFound,
      'every gold person the analyzer finds is scored as a true positive');
  });
});
