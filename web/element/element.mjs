// <article-analyzer>: renders an analysis (see index.d.ts, Analysis) in the style of displaCy:
// the cleaned article with its entity mentions coloured and labelled by type, quotes underlined
// with their speaker, a list of entities, and the removed boilerplate. This is the shell: the
// shadow root, the `result` property and the highlighting; article.mjs draws the article,
// panels.mjs the rest, from the pure span trees of spans.mjs, with the styles of element.css.
//
// The text comes from pasted, possibly hostile pages: every node is built by dom.mjs's `element`
// and filled with textContent. Nothing here parses markup.
import { renderArticle } from './article.mjs';
import { defineElement } from './define.mjs';
import { element } from './dom.mjs';
import { renderLegend, renderSidebar } from './panels.mjs';

const STYLESHEET_URL = new URL('./element.css', import.meta.url);

// One sheet for every instance, fetched once from beside this module and adopted: a constructed
// sheet needs no 'unsafe-inline' under a Content-Security-Policy, and it adds no node to the
// shadow root. The module waits for it, so no instance is ever drawn unstyled.
const styleSheet = await loadStyleSheet(STYLESHEET_URL);

async function loadStyleSheet(url) {
  const sheet = new CSSStyleSheet();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    sheet.replaceSync(await response.text());
  } catch (error) {
    // The analysis is still all there as text; only its colours and layout are missing.
    console.warn(`<article-analyzer>: could not load ${url} (${error.message}); drawing without styles`);
  }
  return sheet;
}

export class ArticleAnalyzerElement extends HTMLElement {
  /** Registers the element under `tag` (once per tag) and returns its constructor. */
  static define(tag) {
    return defineElement(this, tag);
  }

  #result = null;
  /** Highlight key ('entity:<id>' or 'quote:<index>') -> the rendered elements for it. */
  #highlightTargets = new Map();
  #activeKey = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet];
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
    const analysis = element('div', { className: 'analysis' });
    const main = element('div', { className: 'main' });
    main.append(renderLegend(), renderArticle(result, (key, node) => this.#addHighlightTarget(key, node)));
    analysis.append(main, renderSidebar(result));
    root.replaceChildren(analysis);
  }

  #addHighlightTarget(key, node) {
    const targets = this.#highlightTargets.get(key);
    if (targets) targets.push(node);
    else this.#highlightTargets.set(key, [node]);
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
