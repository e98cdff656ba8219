// web/render/: the Markdown and plain-text renderers of an Analysis, on a small hand-made one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMarkdown } from '../../web/render/markdown.mjs';
import { oneLine, paragraphText, toPlainText } from '../../web/render/text.mjs';

const BODY_KINDS = ['paragraph', 'heading', 'list-item', 'blockquote', 'table', 'code'];

/** An Analysis of the given [kind, text] paragraphs, joined by newlines, offsets computed. */
function analysisOf(blocks, { title = '', entities = [], quotes = [] } = {}) {
  let text = '';
  const paragraphs = blocks.map(([kind, body]) => {
    if (text) text += '\n';
    const start = text.length;
    text += body;
    return { kind, start, end: text.length };
  });
  return { text, title, paragraphs, entities, quotes, removed: [] };
}

const article = analysisOf([
  ['title', 'Le  titre'],
  ['paragraph', 'Marie Curie a dit <b>*non*</b>.\n1. pas une liste'],
  ['caption', 'Une légende'],
  ['credit', 'AFP'],
  ['heading', '# Suite'],
  ['list-item', 'un'],
  ['list-item', 'deux'],
  ['blockquote', 'ligne une\nligne deux'],
  ['code', 'a ``` b'],
], {
  entities: [{ id: 'e1', type: 'PER', name: 'Marie_Curie', mentions: [{ start: 0, end: 1 }, { start: 2, end: 3 }] },
    { id: 'e2', type: 'LOC', name: 'Paris', mentions: [{ start: 0, end: 1 }] }],
  quotes: [{ text: 'non\n merci', start: 0, end: 1, speaker: { name: 'Marie <Curie>' } },
    { text: 'oui', start: 0, end: 1, speaker: null }],
});

test('the text renderer prints the body kinds it is given, a blank line apart', () => {
  assert.equal(toPlainText(article, BODY_KINDS), [
    'Marie Curie a dit <b>*non*</b>.\n1. pas une liste',
    '# Suite',
    'un',
    'deux',
    'ligne une\nligne deux',
    'a ``` b',
  ].join('\n\n') + '\n');
  assert.equal(toPlainText(article, new Set(['title', 'credit'])), 'Le  titre\n\nAFP\n', 'any iterable of kinds');
});

test('the Markdown renderer escapes markup, keeps lists together and lists entities and quotes', () => {
  assert.equal(toMarkdown(article), [
    '# Le titre',
    'Marie Curie a dit \\<b\\>\\*non\\*\\</b\\>.\n1\\. pas une liste',
    '*Une légende*',
    '*AFP*',
    '## \\# Suite',
    '- un\n- deux',
    '> ligne une\n> ligne deux',
    '````\na ``` b\n````',
    '## Entities',
    '- **Marie\\_Curie** (PER), 2 mentions\n- **Paris** (LOC), 1 mention',
    '## Quotes',
    '- “non merci” — Marie \\<Curie\\>\n- “oui” — unknown speaker',
  ].join('\n\n') + '\n');
});

test('the Markdown renderer adds the title when no paragraph is one, and no empty lists', () => {
  const untitled = analysisOf([['paragraph', 'Corps.']], { title: 'Titre  seul' });
  assert.equal(toMarkdown(untitled), '# Titre seul\n\nCorps.\n');
});

test('paragraphText and oneLine', () => {
  assert.equal(paragraphText(article, article.paragraphs[2]), 'Une légende');
  assert.equal(oneLine('  a \n\t b  '), 'a b');
});
