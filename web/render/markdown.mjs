// Markdown rendering of an Analysis (see index.d.ts): the article, then its entities and
// quotes. A pure function, shared by the CLI's --markdown and anything else that exports it.
import { oneLine, paragraphText } from './text.mjs';

// Backslash-escapes what Markdown would read as markup, raw HTML included: pasted pages are
// hostile, and Markdown output often ends up rendered.
function escapeMarkdown(text) {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** `text` in a code fence longer than any run of backticks inside it (at least three). */
function fenced(text) {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}\n${text}\n${fence}`;
}

function markdownBlock(kind, text) {
  switch (kind) {
    case 'title': return `# ${escapeMarkdown(oneLine(text))}`;
    case 'heading': return `## ${escapeMarkdown(oneLine(text))}`;
    case 'list-item': return `- ${escapeMarkdown(oneLine(text))}`;
    case 'blockquote': return escapeMarkdown(text).split('\n').map((line) => `> ${line}`).join('\n');
    case 'caption':
    case 'credit': return `*${escapeMarkdown(oneLine(text))}*`;
    case 'code':
    case 'table': return fenced(text);
    default: return escapeMarkdown(text);
  }
}

/** The whole article as Markdown (title, every paragraph), then its entities and quotes. */
export function toMarkdown(result) {
  const blocks = [];
  if (result.title && !result.paragraphs.some((paragraph) => paragraph.kind === 'title')) {
    blocks.push(markdownBlock('title', result.title));
  }
  let previousKind = null;
  for (const paragraph of result.paragraphs) {
    const block = markdownBlock(paragraph.kind, paragraphText(result, paragraph));
    // Consecutive list items form one list: no blank line between them.
    if (paragraph.kind === 'list-item' && previousKind === 'list-item') blocks[blocks.length - 1] += `\n${block}`;
    else blocks.push(block);
    previousKind = paragraph.kind;
  }
  if (result.entities.length) {
    const lines = result.entities.map((entity) => {
      const count = entity.mentions.length;
      return `- **${escapeMarkdown(entity.name)}** (${entity.type}), ${count} mention${count === 1 ? '' : 's'}`;
    });
    blocks.push('## Entities', lines.join('\n'));
  }
  if (result.quotes.length) {
    const lines = result.quotes.map((quote) => {
      const speaker = quote.speaker ? escapeMarkdown(quote.speaker.name) : 'unknown speaker';
      return `- “${escapeMarkdown(oneLine(quote.text))}” — ${speaker}`;
    });
    blocks.push('## Quotes', lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
