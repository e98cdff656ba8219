// <article-analyzer>: renders an analysis (see index.d.ts, Analysis) in the style of displaCy:
// the cleaned article with its entity mentions coloured and labelled by type, quotes underlined
// with their speaker, a list of entities, and the removed boilerplate.
//
// The text comes from pasted, possibly hostile pages: every node is built with createElement and
// filled with textContent. Nothing here parses markup.

const TYPE_NAMES = { PER: 'Person', ORG: 'Organization', LOC: 'Location', DATE: 'Date' };
const BODY_KINDS = {
  heading: 'h2',
  paragraph: 'p',
  'list-item': 'li',
  blockquote: 'blockquote',
  table: 'div',
  code: 'pre',
};
// Span kinds, outermost first: at equal extent a quote holds its mentions, not the reverse.
const SPAN_RANK = { quote: 0, cue: 1, mention: 2 };

const STYLES = `
:host {
  display: block;
  container-type: inline-size;
  font: inherit;
  line-height: 1.6;
}
:host([hidden]) { display: none; }
.analysis { display: grid; gap: 1.5rem; }
@container (min-width: 52rem) {
  .analysis { grid-template-columns: minmax(0, 1fr) 18rem; align-items: start; }
  .sidebar { position: sticky; top: 1rem; }
}
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.4em; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
p, blockquote, ul, pre, .table { margin: 0 0 0.9em; }
p { white-space: pre-line; }
blockquote { border-inline-start: 3px solid color-mix(in srgb, currentColor 30%, transparent); padding-inline-start: 1em; }
pre, .table { white-space: pre-wrap; overflow-x: auto; }
pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
.meta { color: color-mix(in srgb, currentColor 65%, transparent); font-size: 0.9em; margin-bottom: 1.2em; }
.caption, .credit { font-size: 0.9em; font-style: italic; color: color-mix(in srgb, currentColor 75%, transparent); }
.credit { font-size: 0.8em; }

.entity {
  --aa-color: var(--aa-other, #ddd);
  background: var(--aa-color);
  color: #111;
  padding: 0.1em 0.3em;
  border-radius: 0.35em;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}
.entity[data-type="PER"] { --aa-color: var(--aa-per, #c9b8ff); }
.entity[data-type="ORG"] { --aa-color: var(--aa-org, #8ee6e6); }
.entity[data-type="LOC"] { --aa-color: var(--aa-loc, #ffc48a); }
.entity[data-type="DATE"] { --aa-color: var(--aa-date, #c6e8b8); }
.entity[data-role] { background: transparent; box-shadow: inset 0 0 0 2px var(--aa-color); color: inherit; }
.label {
  font-size: 0.62em;
  font-weight: 700;
  letter-spacing: 0.03em;
  vertical-align: middle;
  margin-inline-start: 0.4em;
  user-select: none;
  -webkit-user-select: none;
}
.quote {
  text-decoration: underline 2px var(--aa-quote, #d0453a);
  text-underline-offset: 0.25em;
  text-decoration-skip-ink: none;
}
.speaker {
  display: inline-block;
  font-size: 0.72em;
  font-weight: 600;
  line-height: 1.3;
  margin-inline-start: 0.3em;
  padding: 0 0.35em;
  border-radius: 0.3em;
  color: #fff;
  background: var(--aa-quote, #d0453a);
  text-decoration: none;
  user-select: none;
  -webkit-user-select: none;
}
.speaker.unknown { background: color-mix(in srgb, var(--aa-quote, #d0453a) 55%, gray); }
.cue { text-decoration: underline dotted 1px var(--aa-quote, #d0453a); text-underline-offset: 0.25em; }
.active { outline: 2px solid var(--aa-quote, #d0453a); outline-offset: 1px; }

.legend { display: flex; flex-wrap: wrap; gap: 0.4em 0.8em; font-size: 0.85em; margin-bottom: 1em; }
.legend .label { margin: 0; }
.sidebar { display: grid; gap: 1.2rem; font-size: 0.92em; }
.sidebar h2 { font-size: 1em; margin: 0 0 0.5em; }
.sidebar h3 { font-size: 0.85em; margin: 0.8em 0 0.3em; text-transform: uppercase; letter-spacing: 0.05em; }
.sidebar ul { list-style: none; padding: 0; margin: 0; }
.sidebar li { margin: 0.15em 0; }
.entity-button, .quote-button {
  font: inherit;
  text-align: start;
  width: 100%;
  border: 1px solid transparent;
  border-radius: 0.35em;
  background: none;
  color: inherit;
  padding: 0.15em 0.3em;
  cursor: pointer;
}
.entity-button { display: flex; gap: 0.5em; align-items: baseline; }
.entity-button:hover, .quote-button:hover { border-color: color-mix(in srgb, currentColor 25%, transparent); }
.entity-button[aria-pressed="true"], .quote-button[aria-pressed="true"] { border-color: var(--aa-quote, #d0453a); }
.entity-button .name { flex: 1; }
.count { font-variant-numeric: tabular-nums; opacity: 0.7; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 0.2em; background: var(--aa-color); }
.removed summary { cursor: pointer; font-weight: 600; }
.removed li { margin: 0.5em 0; }
.removed .reason { display: inline-block; font-size: 0.8em; font-weight: 600; margin-inline-end: 0.4em; opacity: 0.8; }
.removed .text { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

let sharedSheet = null;
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLES);
  }
  return sharedSheet;
}

/** Creates an element with optional class, part and text; the only way this file makes nodes. */
function element(tag, { className, part, text } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

function isValidRange(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/** All the highlighted spans of an analysis, flat, with the data needed to render each. */
function collectSpans(result) {
  const length = result.text.length;
  const spans = [];
  for (const entity of result.entities ?? []) {
    for (const mention of entity.mentions ?? []) {
      if (isValidRange(mention.start, mention.end, length)) {
        spans.push({ kind: 'mention', start: mention.start, end: mention.end, entity, mention });
      }
    }
  }
  (result.quotes ?? []).forEach((quote, index) => {
    if (isValidRange(quote.start, quote.end, length)) {
      spans.push({ kind: 'quote', start: quote.start, end: quote.end, quote, index });
    }
    if (quote.cue && isValidRange(quote.cue.start, quote.cue.end, length)) {
      spans.push({ kind: 'cue', start: quote.cue.start, end: quote.cue.end, quote, index });
    }
  });
  return spans;
}

/**
 * Nests the spans that fall within [start, end) into a tree. Spans are clipped to the block,
 * so a quote running over several paragraphs is drawn in each. A span that crosses the end of
 * the span it starts in cannot nest and is dropped (the text itself is never lost: it is drawn
 * from the gaps between spans).
 */
function nestSpans(spans, start, end) {
  const clipped = [];
  for (const span of spans) {
    const clippedStart = Math.max(span.start, start);
    const clippedEnd = Math.min(span.end, end);
    if (clippedStart < clippedEnd) {
      clipped.push({ ...span, start: clippedStart, end: clippedEnd, isLastPart: clippedEnd === span.end, children: [] });
    }
  }
  clipped.sort((a, b) => a.start - b.start || b.end - a.end || SPAN_RANK[a.kind] - SPAN_RANK[b.kind]);
  const root = { start, end, children: [] };
  const open = [root];
  for (const span of clipped) {
    while (open.length > 1 && open[open.length - 1].end <= span.start) open.pop();
    const parent = open[open.length - 1];
    if (span.end > parent.end) continue;
    parent.children.push(span);
    open.push(span);
  }
  return root;
}

export class ArticleAnalyzerElement extends HTMLElement {
  static #registered = new WeakSet();

  /** Registers the element under `tag` (once per tag) and returns its constructor. */
  static define(tag = 'article-analyzer') {
    const existing = customElements.get(tag);
    if (existing) return existing;
    // A constructor can back one tag name only; further names get a subclass.
    const constructor = ArticleAnalyzerElement.#registered.has(this) ? class extends this {} : this;
    customElements.define(tag, constructor);
    ArticleAnalyzerElement.#registered.add(this);
    return constructor;
  }

  #result = null;
  #text = '';
  /** Highlight key ('entity:<id>' or 'quote:<index>') -> the rendered elements for it. */
  #highlightTargets = new Map();
  #activeKey = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    root.append(element('slot'));
    root.addEventListener('click', (event) => this.#onClick(event));
  }

  connectedCallback() {
    // A `result` set on the element before it was upgraded is an own property that shadows the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'result')) {
      const pending = this.result;
      delete this.result;
      this.result = pending;
    }
  }

  get result() {
    return this.#result;
  }

  set result(value) {
    this.#result = value ?? null;
    this.#render();
  }

  #render() {
    const root = this.shadowRoot;
    this.#highlightTargets = new Map();
    this.#activeKey = null;
    const result = this.#result;
    if (!result) {
      root.replaceChildren(element('slot'));
      return;
    }
    this.#text = typeof result.text === 'string' ? result.text : '';
    const analysis = element('div', { className: 'analysis' });
    const main = element('div', { className: 'main' });
    main.append(this.#renderLegend(), this.#renderArticle(result));
    analysis.append(main, this.#renderSidebar(result));
    root.replaceChildren(analysis);
  }

  #renderLegend() {
    const legend = element('div', { className: 'legend', part: 'legend' });
    legend.setAttribute('role', 'note');
    legend.setAttribute('aria-label', 'Legend');
    for (const [type, name] of Object.entries(TYPE_NAMES)) {
      const item = element('span', { className: 'entity', text: name });
      item.dataset.type = type;
      item.append(element('span', { className: 'label', text: type }));
      legend.append(item);
    }
    const quote = element('span', { className: 'quote', text: 'Quote' });
    quote.append(element('span', { className: 'speaker', text: 'speaker' }));
    legend.append(quote);
    return legend;
  }

  #renderArticle(result) {
    const article = element('article', { className: 'article', part: 'article' });
    if (result.language) article.lang = result.language;
    if (result.dir) article.dir = result.dir;
    const spans = collectSpans(result);
    const length = this.#text.length;
    let titleElement = null;
    let list = null;
    for (const paragraph of result.paragraphs ?? []) {
      if (!isValidRange(paragraph.start, paragraph.end, length)) continue;
      const { block, content } = this.#blockFor(paragraph.kind);
      this.#appendSpans(content, nestSpans(spans, paragraph.start, paragraph.end));
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
    const meta = this.#renderMeta(result);
    if (meta) {
      if (titleElement) titleElement.after(meta);
      else article.prepend(meta);
    }
    return article;
  }

  /** The element for one paragraph (`block`) and the one its text goes into (`content`). */
  #blockFor(kind) {
    let block;
    if (kind === 'title') block = element('h1', { part: 'title' });
    else if (kind === 'caption') block = element('p', { className: 'caption', part: 'caption' });
    else if (kind === 'credit') block = element('p', { className: 'credit', part: 'caption credit' });
    else block = element(BODY_KINDS[kind] ?? 'p', { className: kind === 'table' ? 'table' : undefined, part: `paragraph ${kind}` });
    const content = kind === 'code' ? block.appendChild(element('code')) : block;
    return { block, content };
  }

  #renderMeta(result) {
    const items = [result.byline, result.published, result.site, result.section, result.canonicalUrl]
      .filter((value) => typeof value === 'string' && value !== '');
    if (items.length === 0) return null;
    // Shown as text, never as a link or an image: pasted metadata may point anywhere.
    return element('p', { className: 'meta', part: 'meta', text: items.join(' · ') });
  }

  /** Draws a span tree: the text between children as text nodes, each child as its element. */
  #appendSpans(target, node) {
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) target.append(this.#text.slice(cursor, child.start));
      const childElement = this.#spanElement(child);
      this.#appendSpans(childElement, child);
      this.#appendSpanLabel(childElement, child);
      target.append(childElement);
      cursor = child.end;
    }
    if (node.end > cursor) target.append(this.#text.slice(cursor, node.end));
  }

  #spanElement(span) {
    if (span.kind === 'mention') {
      const mark = element('mark', { className: 'entity', part: 'entity' });
      mark.dataset.type = span.entity.type;
      mark.dataset.entity = span.entity.id;
      if (span.mention.role) mark.dataset.role = span.mention.role;
      mark.title = `${TYPE_NAMES[span.entity.type] ?? span.entity.type}: ${span.entity.name}`;
      this.#addHighlightTarget(`entity:${span.entity.id}`, mark);
      return mark;
    }
    const isQuote = span.kind === 'quote';
    const node = element('span', { className: isQuote ? 'quote' : 'cue', part: isQuote ? 'quote' : 'cue' });
    const speaker = span.quote.speaker?.name;
    node.title = isQuote ? `Quote by ${speaker || 'an unknown speaker'}` : 'Speech verb of a quote';
    if (isQuote) this.#addHighlightTarget(`quote:${span.index}`, node);
    return node;
  }

  #appendSpanLabel(spanElement, span) {
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

  #addHighlightTarget(key, node) {
    const targets = this.#highlightTargets.get(key);
    if (targets) targets.push(node);
    else this.#highlightTargets.set(key, [node]);
  }

  #renderSidebar(result) {
    const sidebar = element('aside', { className: 'sidebar' });
    sidebar.append(this.#renderEntityList(result.entities ?? []));
    if ((result.quotes ?? []).length) sidebar.append(this.#renderQuoteList(result.quotes));
    if ((result.removed ?? []).length) sidebar.append(this.#renderRemoved(result.removed));
    return sidebar;
  }

  #renderEntityList(entities) {
    const section = element('section', { className: 'entities', part: 'entities' });
    section.append(element('h2', { text: `Entities (${entities.length})` }));
    const byType = new Map();
    for (const entity of entities) {
      if (!byType.has(entity.type)) byType.set(entity.type, []);
      byType.get(entity.type).push(entity);
    }
    const typeOrder = [...Object.keys(TYPE_NAMES), ...[...byType.keys()].filter((type) => !TYPE_NAMES[type])];
    for (const type of typeOrder) {
      const group = byType.get(type);
      if (!group) continue;
      section.append(element('h3', { text: TYPE_NAMES[type] ?? type }));
      const list = element('ul');
      const byMentions = [...group].sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0)
        || String(a.name).localeCompare(String(b.name)));
      for (const entity of byMentions) {
        const count = entity.mentions?.length ?? 0;
        const button = element('button', { className: 'entity-button', part: 'entity-button' });
        button.type = 'button';
        button.dataset.highlight = `entity:${entity.id}`;
        button.setAttribute('aria-pressed', 'false');
        button.title = [...new Set((entity.mentions ?? []).map((mention) => mention.text))].join(' · ');
        const swatch = element('span', { className: 'entity swatch' });
        swatch.dataset.type = entity.type;
        button.append(swatch, element('span', { className: 'name', text: entity.name }),
          element('span', { className: 'count', text: String(count) }));
        button.setAttribute('aria-label', `${entity.name}, ${count} mention${count === 1 ? '' : 's'}`);
        const item = element('li');
        item.append(button);
        list.append(item);
      }
      section.append(list);
    }
    return section;
  }

  #renderQuoteList(quotes) {
    const section = element('section', { className: 'quotes', part: 'quotes' });
    section.append(element('h2', { text: `Quotes (${quotes.length})` }));
    const list = element('ul');
    quotes.forEach((quote, index) => {
      const button = element('button', { className: 'quote-button' });
      button.type = 'button';
      button.dataset.highlight = `quote:${index}`;
      button.setAttribute('aria-pressed', 'false');
      button.append(element('span', { text: `“${quote.text}” ` }),
        element('strong', { text: `— ${quote.speaker?.name || 'unknown speaker'}` }));
      const item = element('li');
      item.append(button);
      list.append(item);
    });
    section.append(list);
    return section;
  }

  #renderRemoved(removed) {
    const details = element('details', { className: 'removed', part: 'removed' });
    details.append(element('summary', { text: `Removed (${removed.length})` }));
    const list = element('ul');
    for (const item of removed) {
      const entry = element('li');
      entry.append(element('span', { className: 'reason', text: item.reason }),
        element('span', { className: 'text', text: item.text }));
      list.append(entry);
    }
    details.append(list);
    return details;
  }

  #onClick(event) {
    const button = event.target.closest?.('[data-highlight]');
    if (!button) return;
    const key = button.dataset.highlight;
    this.#setActive(this.#activeKey === key ? null : key);
  }

  /** Marks the mentions of one entity (or one quote) and scrolls the first into view. */
  #setActive(key) {
    for (const node of this.#highlightTargets.get(this.#activeKey) ?? []) node.classList.remove('active');
    for (const button of this.shadowRoot.querySelectorAll('[data-highlight]')) {
      button.setAttribute('aria-pressed', String(button.dataset.highlight === key));
    }
    this.#activeKey = key;
    const targets = this.#highlightTargets.get(key) ?? [];
    for (const node of targets) node.classList.add('active');
    targets[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
