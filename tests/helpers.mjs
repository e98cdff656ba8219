// Paths and fixtures shared by the test files; everything resolves from this file so the tests
// run from any clone location and any working directory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_PATH = fileURLToPath(new URL('../bin/article-analyzer.mjs', import.meta.url));
export const SEED_INPUT_PATH = fileURLToPath(new URL('fixtures/seed-article/input.txt', import.meta.url));

export const seedInput = readFileSync(SEED_INPUT_PATH, 'utf8');
export const seedExpected = JSON.parse(
  readFileSync(new URL('fixtures/seed-article/expected.json', import.meta.url), 'utf8'),
);

/** How many times `needle` occurs in `haystack`. */
export function countOccurrences(haystack, needle) {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/**
 * Checks that every offset of an analysis is a UTF-16 range into result.text and that each
 * mention, quote and cue's text is exactly that range. Returns how many spans it checked.
 * An analysis without paragraphs fails: every input the tests give has text.
 */
export function assertSpansMatchText(assert, result) {
  const { text } = result;
  assert.ok(result.paragraphs.length > 0, 'the analysis has paragraphs to check');
  const inRange = (span, what) => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `${what}: [${span.start}, ${span.end}) within a text of length ${text.length}`);
  };
  let checked = 0;
  let previousEnd = 0;
  for (const paragraph of result.paragraphs) {
    inRange(paragraph, `paragraph ${paragraph.kind}`);
    assert.ok(paragraph.start >= previousEnd, 'paragraphs are in order and do not overlap');
    previousEnd = paragraph.end;
    checked += 1;
  }
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      inRange(mention, `mention of ${entity.name}`);
      assert.equal(text.slice(mention.start, mention.end), mention.text, `mention of ${entity.name}`);
      checked += 1;
    }
  }
  for (const quote of result.quotes) {
    inRange(quote, 'quote');
    assert.equal(text.slice(quote.start, quote.end), quote.text, 'quote');
    if (quote.cue) {
      inRange(quote.cue, 'cue');
      assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text, 'cue');
    }
    checked += 1;
  }
  return checked;
}
