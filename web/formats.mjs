// How a file's name says to read it: the one rule the CLI and the app share.

// Extensions (lower case) that name a format; any other file is left to the core to sniff.
const FORMAT_BY_EXTENSION = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** The `format` option for a file called `name` (a bare name or a path): 'html', 'text' or 'auto'. */
export function formatForFileName(name) {
  const extension = /\.[^./\\]*$/.exec(name ?? '')?.[0].toLowerCase();
  return FORMAT_BY_EXTENSION[extension] ?? 'auto';
}
