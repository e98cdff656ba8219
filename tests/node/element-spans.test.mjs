// web/element/spans.mjs: the span trees <article-analyzer> draws, checked without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectSpans, isValidRange, nestSpans, paragraphSpanTrees } from '../../web/element/spans.mjs';

/** A tree as [kind, text, children...] (the root as its children), for readable comparisons. */
function shape(node, text) {
  return node.children.map((child) => [child.kind, text.slice(child.start, child.end), ...shape(child, text)]);
}

const TEXT = 'Marie Curie dit : « Paris\nest belle » à Lyon.';
const SECOND_PARAGRAPH = TEXT.indexOf('est');
const curie = { id: 'e1', type: 'PER', name: 'Marie Curie', mentions: [{ start: 0, end: 11 }] };
const paris = { id: 'e2', type: 'LOC', name: 'Paris', mentions: [{ start: 20, end: 25 }] };
// A mention that starts inside the quote and ends after it cannot nest.
const straddling = { id: 'e3', type: 'ORG', name: 'belle » à', mentions: [{ start: 30, end: 39 }] };
const broken = { id: 'e4', type: 'ORG', name: 'x', mentions: [{ start: 5, end: 5 }, { start: -1, end: 2 }, { start: 0, end: 99 }] };
const quote = { text: '« Paris\nest belle »', start: 18, end: 37, speaker: { name: 'Marie Curie' }, cue: { start: 12, end: 15 } };
const analysis = {
  text: TEXT,
  paragraphs: [{ kind: 'paragraph', start: 0, end: SECOND_PARAGRAPH - 1 }, { kind: 'paragraph', start: SECOND_PARAGRAPH, end: TEXT.length },
    { kind: 'paragraph', start: 40, end: 80 }],
  entities: [curie, paris, straddling, broken],
  quotes: [quote],
};

test('isValidRange takes non-empty integer ranges inside the text only', () => {
  assert.ok(isValidRange(0, 1, 1));
  for (const [start, end] of [[1, 1], [2, 1], [-1, 1], [0, 2], [0.5, 1], [undefined, 1]]) {
    assert.ok(!isValidRange(start, end, 1), `[${start}, ${end})`);
  }
});

test('collectSpans keeps every mention, quote and cue with a valid range', () => {
  const spans = collectSpans(analysis);
  assert.deepEqual(spans.map((span) => [span.kind, span.start, span.end]),
    [['mention', 0, 11], ['mention', 20, 25], ['mention', 30, 39], ['quote', 18, 37], ['cue', 12, 15]]);
  assert.equal(spans.find((span) => span.kind === 'cue').quote, quote, 'a cue knows its quote');
  assert.equal(spans.find((span) => span.kind === 'quote').index, 0);
});

test('nestSpans puts mentions inside quotes, clips to the paragraph and drops what cannot nest', () => {
  const spans = collectSpans(analysis);
  const first = nestSpans(spans, 0, SECOND_PARAGRAPH - 1);
  assert.deepEqual(shape(first, TEXT),
    [['mention', 'Marie Curie'], ['cue', 'dit'], ['quote', '« Paris', ['mention', 'Paris']]]);
  assert.equal(first.children[2].isLastPart, false, 'the quote goes on in the next paragraph');
  const second = nestSpans(spans, SECOND_PARAGRAPH, TEXT.length);
  assert.deepEqual(shape(second, TEXT), [['quote', 'est belle »']], 'the straddling mention is dropped');
  assert.equal(second.children[0].isLastPart, true, 'the speaker goes after the last part');
});

test('at equal extent the quote holds the mention, whatever their order', () => {
  const text = 'Paris';
  const spans = [{ kind: 'mention', start: 0, end: 5 }, { kind: 'quote', start: 0, end: 5 }];
  assert.deepEqual(shape(nestSpans(spans, 0, 5), text), [['quote', 'Paris', ['mention', 'Paris']]]);
  assert.deepEqual(shape(nestSpans(spans.reverse(), 0, 5), text), [['quote', 'Paris', ['mention', 'Paris']]]);
});

test('paragraphSpanTrees gives a tree per paragraph inside the text, and none for the others', () => {
  const trees = paragraphSpanTrees(analysis);
  assert.deepEqual(trees.map(({ paragraph }) => paragraph), analysis.paragraphs.slice(0, 2));
  assert.deepEqual(trees.map(({ tree }) => [tree.start, tree.end]), [[0, SECOND_PARAGRAPH - 1], [SECOND_PARAGRAPH, TEXT.length]]);
});
