// The hostile-input corpus (tests/hostile/corpus.mjs) through the wasm API and the CLI: every
// case gives a result or a one-line error within a time bound proportional to its size, and an
// input holding readable text gives a result that keeps it. (tests/core/hostile_test.cpp runs
// the same cases through the C++ API.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalyzerError, createAnalyzer } from '../../web/analyzer.mjs';
import { HOSTILE_CASES, timeBoundMs } from '../hostile/corpus.mjs';
import { CLI_PATH } from '../helpers.mjs';

// The CLI prints the whole body of the 50 MB page: spawnSync's default 1 MB buffer is too small.
const CLI_OUTPUT_LIMIT_BYTES = 512 << 20;
// The CLI's CPU time is bounded; its wall time only guards against a hang, so a loaded machine
// (which stretches wall time, not CPU time) cannot fail the test.
const CLI_WALL_TIME_FACTOR = 10;
const REPORT_CPU_PATH = fileURLToPath(new URL('../hostile/report-cpu.mjs', import.meta.url));

/** What a case's analysis text must and must not hold. */
function assertKeepsText(hostileCase, text) {
  if (hostileCase.needle) assert.ok(text.includes(hostileCase.needle), `keeps "${hostileCase.needle}"`);
  if (hostileCase.absent) assert.ok(!text.includes(hostileCase.absent), `holds no "${hostileCase.absent}"`);
}

function assertWithin(t, route, bytes, ms) {
  const bound = timeBoundMs(route, bytes.length);
  t.diagnostic(`${bytes.length} bytes: ${Math.round(ms)} ms (bound ${Math.round(bound)} ms)`);
  assert.ok(ms < bound, `${bytes.length} bytes took ${Math.round(ms)} ms; the bound is ${Math.round(bound)} ms`);
}

/** CPU milliseconds this process has used: unlike the wall clock, not stretched by other jobs. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe('hostile inputs through the wasm API', () => {
  let analyzer;
  before(async () => {
    analyzer = await createAnalyzer();
  });

  for (const hostileCase of HOSTILE_CASES) {
    test(hostileCase.name, (t) => {
      const bytes = hostileCase.make();
      const started = cpuMs();
      let result;
      try {
        result = analyzer.analyze(bytes);
      } catch (error) {
        assert.ok(error instanceof AnalyzerError, `an AnalyzerError, not ${error?.stack ?? error}`);
        assert.equal(hostileCase.expect, 'any', `an input holding text gives a result, not ${error.code}: ${error.message}`);
        assert.ok(error.message && !error.message.includes('\n'), `a one-line message: ${error.message}`);
        return;
      } finally {
        assertWithin(t, 'wasm', bytes, cpuMs() - started);
      }
      assert.equal(typeof result.text, 'string');
      assertKeepsText(hostileCase, result.text);
    });
  }
});

describe('hostile inputs through the CLI', () => {
  let workDir;
  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'aa-hostile-'));
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));

  for (const hostileCase of HOSTILE_CASES) {
    test(hostileCase.name, (t) => {
      const bytes = hostileCase.make();
      // .bin: the CLI takes the format from the content (auto), like the API's default.
      const file = join(workDir, `${hostileCase.name}.bin`);
      writeFileSync(file, bytes);
      const cpuFile = join(workDir, `${hostileCase.name}.cpu`);
      const run = spawnSync(process.execPath, ['--import', REPORT_CPU_PATH, CLI_PATH, '--text', file], {
        cwd: workDir,
        encoding: 'utf8',
        env: { ...process.env, AA_REPORT_CPU_TO: cpuFile },
        timeout: Math.ceil(CLI_WALL_TIME_FACTOR * timeBoundMs('cli', bytes.length)),
        maxBuffer: CLI_OUTPUT_LIMIT_BYTES,
      });
      assert.equal(run.signal, null, `not killed (${run.error?.message ?? ''})`);
      assertWithin(t, 'cli', bytes, Number(readFileSync(cpuFile, 'utf8')));
      if (run.status !== 0) {
        assert.equal(run.status, 1, `exit status 1 for a failed analysis (stderr: ${run.stderr})`);
        assert.equal(hostileCase.expect, 'any', `an input holding text gives a result, not: ${run.stderr}`);
        assert.match(run.stderr, /^article-analyzer: [^\n]+\n$/, 'one line on stderr');
        return;
      }
      assert.equal(run.stderr, '');
      assertKeepsText(hostileCase, run.stdout);
    });
  }
});
