// The highlighted spans of an analysis (entity mentions, quotes, their speech verbs) as trees
// that fit inside one paragraph each. Pure data, no DOM: the element draws these trees, and
// tests/node/element-spans.test.mjs checks them under Node.

// Span kinds, outermost first: at equal extent a quote holds its mentions, not the reverse.
const SPAN_RANK = { quote: 0, cue: 1, mention: 2 };

/** Whether [start, end) is a non-empty range of whole offsets inside a text of `length`. */
export function isValidRange(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/** All the highlighted spans of an analysis, flat, with the data needed to render each. */
export function collectSpans(result) {
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
export function nestSpans(spans, start, end) {
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

/** Each paragraph whose range lies in the text, with the tree of the spans inside it. */
export function paragraphSpanTrees(result) {
  const spans = collectSpans(result);
  return (result.paragraphs ?? [])
    .filter((paragraph) => isValidRange(paragraph.start, paragraph.end, result.text.length))
    .map((paragraph) => ({ paragraph, tree: nestSpans(spans, paragraph.start, paragraph.end) }));
}
