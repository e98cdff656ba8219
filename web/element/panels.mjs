// The panels of <article-analyzer> around the article: the legend above it, and beside it the
// entity list, the quote list and the removed blocks. Each list button carries the highlight
// key ('entity:<id>' or 'quote:<index>') of what it marks in the article (see article.mjs).
import { ATTRIBUTION_NAMES, TYPE_NAMES, element } from './dom.mjs';

/** One sample of each entity type and of a quote, so colour is never the only cue. */
export function renderLegend() {
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

/** The sidebar: entities always, quotes and removed blocks when there are any. */
export function renderSidebar(result) {
  const sidebar = element('aside', { className: 'sidebar' });
  sidebar.append(renderEntityList(result.entities ?? []));
  if ((result.quotes ?? []).length) sidebar.append(renderQuoteList(result.quotes));
  if ((result.removed ?? []).length) sidebar.append(renderRemoved(result.removed));
  return sidebar;
}

/** A toggle button for the highlight `key`, not pressed. */
function highlightButton(key, { className, part }) {
  const button = element('button', { className, part });
  button.type = 'button';
  button.dataset.highlight = key;
  button.setAttribute('aria-pressed', 'false');
  return button;
}

/** A <ul> with one <li> per row, each row an array of the nodes it holds. */
function listOf(rows) {
  const list = element('ul');
  for (const nodes of rows) {
    const item = element('li');
    item.append(...nodes);
    list.append(item);
  }
  return list;
}

function renderEntityList(entities) {
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
    const byMentions = [...group].sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0)
      || String(a.name).localeCompare(String(b.name)));
    section.append(listOf(byMentions.map((entity) => [entityButton(entity)])));
  }
  return section;
}

function entityButton(entity) {
  const count = entity.mentions?.length ?? 0;
  const button = highlightButton(`entity:${entity.id}`, { className: 'entity-button', part: 'entity-button' });
  button.title = [...new Set((entity.mentions ?? []).map((mention) => mention.text))].join(' · ');
  const swatch = element('span', { className: 'entity swatch' });
  swatch.dataset.type = entity.type;
  button.append(swatch, element('span', { className: 'name', text: entity.name }),
    element('span', { className: 'count', text: String(count) }));
  button.setAttribute('aria-label', `${entity.name}, ${count} mention${count === 1 ? '' : 's'}`);
  return button;
}

function renderQuoteList(quotes) {
  const section = element('section', { className: 'quotes', part: 'quotes' });
  section.append(element('h2', { text: `Quotes (${quotes.length})` }));
  section.append(listOf(quotes.map((quote, index) => {
    const button = highlightButton(`quote:${index}`, { className: 'quote-button' });
    button.append(element('span', { text: `“${quote.text}” ` }),
      element('strong', { text: `— ${quote.speaker?.name || 'unknown speaker'}` }));
    if (quote.how) button.append(element('span', { className: 'how', part: 'how', text: ` (${ATTRIBUTION_NAMES[quote.how] ?? quote.how})` }));
    return [button];
  })));
  return section;
}

function renderRemoved(removed) {
  const details = element('details', { className: 'removed', part: 'removed' });
  details.append(element('summary', { text: `Removed (${removed.length})` }));
  details.append(listOf(removed.map((item) => [
    element('span', { className: 'reason', text: item.reason }),
    element('span', { className: 'text', text: item.text }),
  ])));
  return details;
}
