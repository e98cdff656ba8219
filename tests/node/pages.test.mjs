// The golden pages (tests/pages/<slug>/source.* + expected.json, made by tools/add-page.mjs):
// each source is analyzed as BYTES through the wasm module, so the browser path (the core
// sniffs, TextDecoder decodes the legacy encodings) is what is held to each expected field.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../web/analyzer.mjs';
import { PAGES_DIR, analyzePage } from '../../tools/add-page.mjs';

const pages = readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const folder = join(PAGES_DIR, entry.name);
    const source = readdirSync(folder).find((name) => name.startsWith('source.'));
    return { slug: entry.name, source: source && join(folder, source), expected: join(folder, 'expected.json') };
  })
  .sort((a, b) => a.slug.localeCompare(b.slug));

let analyzer;
before(async () => {
  analyzer = await createAnalyzer();
});

describe('golden pages', () => {
  test('there are pages, each with a source and an expected.json', () => {
    assert.ok(pages.length >= 10, `${pages.length} pages in ${PAGES_DIR}`);
    for (const page of pages) {
      assert.ok(page.source, `${page.slug}: no source.*`);
      assert.ok(existsSync(page.expected), `${page.slug}: no expected.json`);
    }
  });

  for (const page of pages) {
    test(page.slug, () => {
      const expected = JSON.parse(readFileSync(page.expected, 'utf8'));
      const result = analyzePage(analyzer, page.source);
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(result[field], value, `${page.slug}: ${field}`);
    });
  }
});
