// What the element's nodes are made of. The text comes from pasted, possibly hostile pages: every
// node is built by `element` below and filled with textContent (or appended as a string, which
// makes a text node). Nothing in web/element/ parses markup.

/** The names shown for the entity types, in the order the legend and the entity list use. */
export const TYPE_NAMES = { PER: 'Person', ORG: 'Organization', LOC: 'Location', DATE: 'Date' };
/** How each quote's speaker was found, in words (Quote.how: the core's attribution names). */
export const ATTRIBUTION_NAMES = {
  named: 'named beside the speech verb',
  role: 'by a role',
  pronoun: 'by a pronoun',
  continuation: 'still speaking',
  interview: 'interview answer',
  colon: 'introduces the quote',
  organization: 'an organization',
};

/** Creates an element with optional class, part and text; the only way the element makes nodes. */
export function element(tag, { className, part, text } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}
