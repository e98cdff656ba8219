// The article column of <article-analyzer>: the paragraphs of an analysis as blocks, with the
// entity mentions, quotes and speech verbs inside them drawn from the span trees of spans.mjs.
import { ATTRIBUTION_NAMES, TYPE_NAMES, element } from './dom.mjs';
import { paragraphSpanTrees } from './spans.mjs';

// The tag of each body paragraph kind; an unknown kind is drawn as a paragraph.
const BLOCK_TAGS = {
  heading: 'h2',
  paragraph: 'p',
  'list-item': 'li',
  blockquote: 'blockquote',
  table: 'div',
  code: 'pre',
};

/**
 * The <article> for `result`. `addHighlightTarget(key, node)` is told of every node a panel
 * button can highlight: 'entity:<id>' for a mention, 'quote:<index>' for a quote.
 */
export function renderArticle(result, addHighlightTarget) {
  const article = element('article', { className: 'article', part: 'article' });
  if (result.language) article.lang = result.language;
  if (result.dir) article.dir = result.dir;
  const text = typeof result.text === 'string' ? result.text : '';
  let titleElement = null;
  let list = null;
  for (const { paragraph, tree } of paragraphSpanTrees(result)) {
    const { block, content } = blockFor(paragraph.kind);
    appendSpans(content, tree, text, addHighlightTarget);
    if (paragraph.kind === 'list-item') {
      list ??= article.appendChild(element('ul', { part: 'list' }));
      list.append(block);
      continue;
    }
    list = null;
    article.append(block);
    if (paragraph.kind === 'title' && !titleElement) titleElement = block;
  }
  if (!titleElement && result.title) {
    titleElement = element('h1', { part: 'title', text: result.title });
    article.prepend(titleElement);
  }
  const meta = renderMeta(result);
  if (meta) {
    if (titleElement) titleElement.after(meta);
    else article.prepend(meta);
  }
  return article;
}

/** The element for one paragraph (`block`) and the one its text goes into (`content`). */
function blockFor(kind) {
  let block;
  if (kind === 'title') block = element('h1', { part: 'title' });
  else if (kind === 'caption') block = element('p', { className: 'caption', part: 'caption' });
  else if (kind === 'credit') block = element('p', { className: 'credit', part: 'caption credit' });
  else block = element(BLOCK_TAGS[kind] ?? 'p', { className: kind === 'table' ? 'table' : undefined, part: `paragraph ${kind}` });
  const content = kind === 'code' ? block.appendChild(element('code')) : block;
  return { block, content };
}

function renderMeta(result) {
  const items = [result.byline, result.published, result.site, result.section, result.canonicalUrl]
    .filter((value) => typeof value === 'string' && value !== '');
  if (items.length === 0) return null;
  // Shown as text, never as a link or an image: pasted metadata may point anywhere.
  return element('p', { className: 'meta', part: 'meta', text: items.join(' · ') });
}

/** Draws a span tree: the text between children as text nodes, each child as its element. */
function appendSpans(target, node, text, addHighlightTarget) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) target.append(text.slice(cursor, child.start));
    const childElement = spanElement(child, addHighlightTarget);
    appendSpans(childElement, child, text, addHighlightTarget);
    appendSpanLabel(childElement, child);
    target.append(childElement);
    cursor = child.end;
  }
  if (node.end > cursor) target.append(text.slice(cursor, node.end));
}

function spanElement(span, addHighlightTarget) {
  if (span.kind === 'mention') {
    const mark = element('mark', { className: 'entity', part: 'entity' });
    mark.dataset.type = span.entity.type;
    mark.dataset.entity = span.entity.id;
    if (span.mention.role) mark.dataset.role = span.mention.role;
    mark.title = `${TYPE_NAMES[span.entity.type] ?? span.entity.type}: ${span.entity.name}`;
    addHighlightTarget(`entity:${span.entity.id}`, mark);
    return mark;
  }
  const isQuote = span.kind === 'quote';
  const node = element('span', { className: isQuote ? 'quote' : 'cue', part: isQuote ? 'quote' : 'cue' });
  const speaker = span.quote.speaker?.name;
  const how = span.quote.how ? ` (${ATTRIBUTION_NAMES[span.quote.how] ?? span.quote.how})` : '';
  node.title = isQuote ? `Quote by ${speaker || 'an unknown speaker'}${how}` : 'Speech verb of a quote';
  if (isQuote) addHighlightTarget(`quote:${span.index}`, node);
  return node;
}

function appendSpanLabel(spanElement, span) {
  if (span.kind === 'mention') {
    spanElement.append(element('span', { className: 'label', part: 'entity-label', text: span.entity.type }));
  } else if (span.kind === 'quote' && span.isLastPart) {
    const name = span.quote.speaker?.name;
    spanElement.append(element('span', {
      className: name ? 'speaker' : 'speaker unknown',
      part: 'speaker',
      text: name || 'unknown speaker',
    }));
  }
}
