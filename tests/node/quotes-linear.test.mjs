// Hostile pages through the wasm module: analyze() must stay linear in the size of the page.
// Quote attribution once scanned the sentence before each quote, so one long sentence full of
// quotes (a page whose </body> had moved into <title>) took 8.3 s in wasm at 95 KB.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../web/analyzer.mjs';

// Each page is timed at each size in turn: at 200 KB a quadratic attribution already fails
// (seconds), so a regression fails fast instead of running for many minutes at 1 MB.
const SIZES = [200_000, 1_000_000];
// analyze()'s time budget per megabyte of page: it takes 0.7 to 1.4 s per MB today (on a
// loaded 2-core machine), so a slow shared machine has room; the quadratic attribution took
// 2.7 to 75 s at 200 KB.
const SECONDS_PER_MEGABYTE = 8;

/** item(0) item(1) item(2) ... joined by spaces until `bytes` long: one sentence. */
function repeated(bytes, item) {
  const items = [];
  for (let i = 0, length = -1; length < bytes; i += 1) {
    items.push(item(i));
    length += items.at(-1).length + 1;
  }
  return items.join(' ');
}

const PAGES = [
  {
    name: 'the quotes issue\'s page: quoted attribute values in <title> and again in the body',
    page(bytes) {
      const soup = repeated(bytes / 2, (i) => `x${i}="b c"`);
      return `<html><head><title>${soup}</title></head><body><p>${soup}</p></body></html>`;
    },
    check(result) {
      assert.equal(result.quotes.length, 0, 'two words and no cue: none is speech');
    },
  },
  {
    name: 'quotes back to back, with no word between them',
    page: (bytes) => `<html><head><title>Quotes</title></head><body><p>${repeated(bytes, (i) => `"b c d x${i}"`)}</p></body></html>`,
    check(result, bytes) {
      assert.ok(result.quotes.length > bytes / 20, 'four words each: speech without a cue');
    },
  },
  {
    name: 'quotes with a cue and a speaker each, in English',
    page: (bytes) => `<html><head><title>Remarks</title></head><body><p>${
      repeated(bytes, (i) => `Obama said "b c" x${i}`)}</p></body></html>`,
    options: { language: 'en' },
    check(result, bytes) {
      assert.ok(result.quotes.length > bytes / 40);
      assert.equal(result.quotes.at(-1).speaker?.name, 'Obama');
    },
  },
];

let analyzer;
before(async () => {
  analyzer = await createAnalyzer();
});

describe('hostile pages: one sentence of thousands of quotes is analyzed in linear time, up to 1 MB', () => {
  for (const { name, page, options, check } of PAGES) {
    test(name, () => {
      for (const bytes of SIZES) {
        const input = page(bytes);
        const start = performance.now();
        const result = analyzer.analyze(input, options);
        const seconds = (performance.now() - start) / 1000;
        const budget = SECONDS_PER_MEGABYTE * input.length / 1e6;
        assert.ok(seconds < budget, `${input.length} bytes took ${seconds.toFixed(2)} s, over the budget of ${budget.toFixed(2)} s`);
        check(result, bytes);
      }
    });
  }
});
