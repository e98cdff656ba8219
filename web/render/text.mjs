// Plain-text rendering of an Analysis (see index.d.ts): pure functions, shared by the CLI's
// --text and anything else that wants the article body as text.

/** The text of one paragraph of `result`. */
export function paragraphText(result, paragraph) {
  return result.text.slice(paragraph.start, paragraph.end);
}

/** `text` with each run of white space made one space, and trimmed. */
export function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The article body: the paragraphs whose kind is one of `bodyKinds` (the kinds that make up the
 * body, not the title, captions or credits), separated by blank lines, with a final newline.
 */
export function toPlainText(result, bodyKinds) {
  const isBody = new Set(bodyKinds);
  const body = result.paragraphs.filter((paragraph) => isBody.has(paragraph.kind));
  return `${body.map((paragraph) => paragraphText(result, paragraph)).join('\n\n')}\n`;
}
