// bin/article-analyzer.mjs, run as a child process the way a user runs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI_PATH, REPO_ROOT, SEED_INPUT_PATH, assertSpansMatchText, countOccurrences, seedExpected, seedInput,
} from '../helpers.mjs';

/** Runs the CLI from a neutral directory; returns {status, stdout, stderr}. */
function runCli(args, { input } = {}) {
  const run = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd: tmpdir(), input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function assertUsageError(run) {
  assert.equal(run.status, 2, `exit status 2 (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0], /^article-analyzer: /);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

let workDir;
before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'aa-cli-'));
});
after(() => rmSync(workDir, { recursive: true, force: true }));

describe('--text (the default)', () => {
  let output;
  before(() => {
    const run = runCli(['--text', SEED_INPUT_PATH]);
    assert.equal(run.status, 0, run.stderr);
    output = run.stdout;
  });

  test('prints every body paragraph, in order, separated by blank lines', () => {
    const paragraphs = output.trimEnd().split('\n\n');
    const expectedStarts = seedExpected.body_paragraphs_first_words;
    assert.equal(paragraphs.length, expectedStarts.length,
      `${expectedStarts.length} body paragraphs, got:\n${paragraphs.map((p) => `  ${p.slice(0, 60)}`).join('\n')}`);
    expectedStarts.forEach((start, index) => assert.ok(paragraphs[index].startsWith(start),
      `paragraph ${index + 1} starts with "${start}", got "${paragraphs[index].slice(0, 80)}"`));
  });

  test('leaves out boilerplate, title, caption and credit', () => {
    for (const line of seedExpected.boilerplate_lines) assert.ok(!output.includes(line), `no "${line}"`);
    assert.ok(!output.includes('Rechercher'));
    assert.ok(!output.includes('Dernières Infos - Diplomatie'));
    assert.ok(!output.includes(seedExpected.title), 'no title');
    assert.ok(!output.includes(seedExpected.caption.text), 'no caption');
    assert.ok(!output.includes(seedExpected.caption.credit), 'no credit');
    assert.ok(!output.includes('SHEMETOV'), 'no part of the credit');
  });

  test('holds the lead paragraph once (the truncated teaser is gone)', () => {
    const lead = seedExpected.body_paragraphs_first_words[0];
    assert.equal(countOccurrences(seedInput, lead), 2, 'the input repeats the lead');
    assert.equal(countOccurrences(output, lead), 1);
    assert.ok(!output.includes('campagne militaire,...'), 'no teaser ending');
  });

  test('is the default output and reads standard input given "-"', () => {
    const fromFile = runCli([SEED_INPUT_PATH]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.equal(fromFile.stdout, output);
    const fromStdin = runCli(['--format', 'text', '-'], { input: seedInput });
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, output);
  });
});

describe('--json', () => {
  test('prints the whole analysis as JSON', () => {
    const run = runCli(['--json', SEED_INPUT_PATH]);
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.format, 'text', 'a .txt file is read as text');
    assert.ok(Array.isArray(result.paragraphs) && Array.isArray(result.entities) && Array.isArray(result.quotes));
    assert.ok(result.entities.length > 0);
    assertSpansMatchText(assert, result);
  });

  test('passes --url, --language and --no-clean to the core', () => {
    const run = runCli(['--json', '--no-clean', '--language', 'fr', '--url', 'https://example.org/a', SEED_INPUT_PATH]);
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.text, seedInput, '--no-clean keeps the text as it is');
    assert.equal(result.language, 'fr');
  });
});

describe('--markdown', () => {
  test('prints the title, the body, the caption in italics, then entities and quotes', () => {
    const run = runCli(['--markdown', SEED_INPUT_PATH]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `# ${seedExpected.title}`);
    assert.ok(lines.includes(`*${seedExpected.caption.text}*`), 'the caption, in italics');
    assert.ok(run.stdout.includes(seedExpected.body_paragraphs_first_words[1]));
    const entitiesAt = lines.indexOf('## Entities');
    const quotesAt = lines.indexOf('## Quotes');
    assert.ok(entitiesAt > 0 && quotesAt > entitiesAt, 'entity and quote lists at the end');
    assert.ok(lines.slice(entitiesAt).some((line) => line.startsWith('- **Sergueï Lavrov** (PER)')));
  });

  test('escapes markup from the page', () => {
    const run = runCli(['--markdown', '--format', 'text', '-'], {
      input: 'Titre\n\nUn paragraphe avec <img src=x onerror=alert(1)> et *étoiles* dedans.\n',
    });
    assert.equal(run.status, 0, run.stderr);
    const body = run.stdout.split('\n## ')[0];
    assert.doesNotMatch(body, /(^|[^\\])[<*]/m, 'every < and * of the page is escaped');
    assert.ok(run.stdout.includes('\\<img src=x onerror=alert(1)\\>'), run.stdout);
  });
});

describe('--jsonl', () => {
  const htmlPage = '<!doctype html><html><head><title>Visite</title></head><body><article>'
    + '<h1>Visite à Moscou</h1><p>Vladimir Poutine a reçu Kim Jong Un à Moscou, a indiqué le Kremlin.</p>'
    + '</article></body></html>';

  test('analyzes each line with one module and reports bad lines without stopping', () => {
    const file = join(workDir, 'batch.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'seed', text: seedInput }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'neither' }),
      '',
      JSON.stringify({ id: 7, html: htmlPage, url: 'https://example.org/visite' }),
    ].join('\n'));
    const run = runCli(['--jsonl', file]);
    assert.equal(run.status, 1, 'some lines failed');
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((record) => record.id), ['seed', null, 'neither', 7]);
    assert.equal(records[0].format, 'text');
    assert.ok(records[0].entities.length > 0);
    assertSpansMatchText(assert, records[0]);
    assert.match(records[1].error, /line 2/);
    assert.match(records[2].error, /"html" or "text"/);
    assert.equal(records[3].format, 'html');
    assert.ok(records[3].text.includes('Vladimir Poutine'));
    assert.equal(run.stderr, '');
  });

  test('exits 0 when every line succeeds, and reads standard input', () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Emmanuel Macron est à Paris.' })}\n`;
    const run = runCli(['--jsonl', '-'], { input });
    assert.equal(run.status, 0, run.stderr);
    const [record] = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.equal(record.id, 'a');
    assert.ok(record.text.includes('Paris'));
  });
});

describe('user mistakes', () => {
  test('a missing file', () => {
    const run = runCli(['--text', join(workDir, 'no-such-file.html')]);
    assertUsageError(run);
    assert.match(run.stderr, /no-such-file\.html/);
  });

  test('a directory as input', () => assertUsageError(runCli([REPO_ROOT])));
  test('an unknown flag', () => assertUsageError(runCli(['--frobnicate', SEED_INPUT_PATH])));
  test('an unknown format', () => assertUsageError(runCli(['--format', 'pdf', SEED_INPUT_PATH])));
  test('no input file', () => assertUsageError(runCli([])));
  test('two output modes', () => assertUsageError(runCli(['--json', '--markdown', SEED_INPUT_PATH])));
  test('a missing JSON-lines file', () => assertUsageError(runCli(['--jsonl', join(workDir, 'none.jsonl')])));

  test('--help prints the usage', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: article-analyzer/);
    assert.equal(run.stderr, '');
  });
});

test('the CLI is executable', () => {
  assert.ok(statSync(CLI_PATH).mode & 0o111, 'chmod +x bin/article-analyzer.mjs');
});
