// tools/eval-quotes.mjs on a two-document gold file (tests/fixtures/eval-quotes/gold.jsonl,
// made-up text, a flag emoji before each quote: two UTF-16 units, one code point, so a wrong
// offset unit moves every span): its scores are fractions, its predictions index the gold text,
// and a quote found with the right speaker mention counts for quote+speaker.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../helpers.mjs';

const SCRIPT = join(REPO_ROOT, 'tools', 'eval-quotes.mjs');
const GOLD = fileURLToPath(new URL('../fixtures/eval-quotes/gold.jsonl', import.meta.url));
const readJsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const goldDocs = readJsonLines(GOLD);
const assertFraction = (value, what) => assert.ok(Number.isFinite(value) && value >= 0 && value <= 1, `${what} = ${value}, in [0, 1]`);

let workDir;
let run;
let report;
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'aa-eval-quotes-'));
  run = spawnSync(process.execPath, [SCRIPT, GOLD, '--pred', workDir, '--json', join(workDir, 'scores.json')],
    { cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, INIT_CWD: tmpdir() } });
  assert.equal(run.status, 0, `exit status 0\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  report = JSON.parse(readFileSync(join(workDir, 'scores.json'), 'utf8'));
});
after(() => rmSync(workDir, { recursive: true, force: true }));

describe('eval-quotes on a gold file', () => {
  test('prints the summary row and writes fractions as JSON', () => {
    assert.match(run.stdout, /^gold\s+\d\.\d{3}/m, `a summary row for the set in:\n${run.stdout}`);
    const [set] = report.sets;
    assert.equal(set.docs, goldDocs.length);
    assert.equal(set.failures, 0);
    assert.equal(set.textMismatches, 0);
    const { quotes } = set.scores;
    for (const key of ['p', 'r', 'f1']) assertFraction(quotes.lenient[key], `lenient ${key}`);
    assertFraction(quotes.attribution_accuracy, 'attribution accuracy');
  });

  test('predictions index the gold text in UTF-16 units, the speaker as the mention it was read from', () => {
    const predictions = new Map(readJsonLines(join(workDir, 'gold-pred.jsonl')).map((doc) => [doc.id, doc]));
    const found = [];
    for (const doc of goldDocs) {
      const prediction = predictions.get(doc.id);
      assert.equal(prediction.offset_unit, 'utf16');
      for (const quote of prediction.quotes) {
        found.push(doc.text.slice(quote.start, quote.end));
        if (quote.speaker) found.push(`speaker ${doc.text.slice(quote.speaker.start, quote.speaker.end)}`);
      }
    }
    assert.ok(found.includes('Europe must stand together,'), found.join(' | '));
    assert.ok(found.includes('speaker she'), 'the pronoun is the speaker mention');
    assert.ok(found.includes('Nous partirons demain matin vers la frontière'), found.join(' | '));
    assert.ok(found.includes('speaker Jean Dupont'), found.join(' | '));
  });

  test('a quote found with its speaker counts for quote+speaker', () => {
    const { quotes } = report.sets[0].scores;
    assert.equal(quotes.lenient.tp, 2);
    assert.equal(quotes.quote_and_speaker.tp, 2, 'both speakers are the gold mentions');
  });
});
