#!/usr/bin/env node
// Command-line front end of the article analyzer: one file (or stdin) in, the article body,
// the full analysis as JSON, or Markdown out; or a JSON-lines batch through one core instance.
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AnalyzerError } from '../web/errors.mjs';
import { formatForFileName } from '../web/formats.mjs';
import { toMarkdown } from '../web/render/markdown.mjs';
import { oneLine, toPlainText } from '../web/render/text.mjs';

const PROGRAM = 'article-analyzer';
const HELP = `Usage: ${PROGRAM} [--text | --json | --markdown] [options] FILE|-
       ${PROGRAM} --jsonl IN.jsonl|- [options]

Reads a web page (HTML) or a plain-text article and prints its cleaned text, named entities and
quotes. FILE is read as raw bytes, so its encoding is detected (BOM; UTF-8 if valid; else its
<meta charset>, http-equiv or XML declaration; else windows-1252). "-" reads standard input.

Output (one of):
  --text            the article body only: paragraphs, headings, list items, block quotes,
                    tables and code, separated by blank lines (the default)
  --json            the whole analysis as JSON
  --markdown        the article as Markdown, then its entities and quotes

Options:
  --format F        html, text or auto (default: text for .txt files, html for .html/.htm,
                    otherwise auto)
  --url U           the page's address (helps with metadata and relative links)
  --language L      the article's language (e.g. fr, en), if known
  --no-clean        keep boilerplate (menus, captions, repeated teasers...)
  --jsonl IN        batch mode: each line of IN is {"id", "html" | "text", "url"?}; each output
                    line is {"id", ...analysis}, or {"id", "error"} for a line that fails
  --version         print the version
  -h, --help        print this help

Exit status: 0 on success, 1 when an analysis (or any batch line) failed, 2 on a usage error.
`;

const ARGUMENT_SPEC = {
  text: { type: 'boolean' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  format: { type: 'string' },
  url: { type: 'string' },
  language: { type: 'string' },
  'no-clean': { type: 'boolean' },
  jsonl: { type: 'string' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** A mistake in how the program was called: reported in one line, exit status 2. */
class UsageError extends Error {}

function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: ARGUMENT_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages go on with advice about "--"; the first sentence is the useful part.
    throw new UsageError(`${error.message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  const outputModes = ['text', 'json', 'markdown'].filter((mode) => values[mode]);
  if (outputModes.length > 1) throw new UsageError(`choose one of --${outputModes.join(', --')}`);
  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('--jsonl takes its input file as its value; no FILE is expected');
    if (values.text || values.markdown) throw new UsageError('--jsonl always writes JSON lines');
    if (values.format !== undefined) throw new UsageError('--format does not apply to --jsonl: each line says "html" or "text"');
  } else if (!values.help && !values.version) {
    if (positionals.length === 0) throw new UsageError('no input file given (use - for standard input; see --help)');
    if (positionals.length > 1) throw new UsageError(`one input file expected, got ${positionals.length}`);
  }
  return { values, file: positionals[0], mode: outputModes[0] ?? 'text' };
}

function optionsFrom(values) {
  const options = {};
  if (values.url !== undefined) options.url = values.url;
  if (values.language !== undefined) options.language = values.language;
  if (values['no-clean']) options.clean = false;
  return options;
}

async function readInput(file) {
  try {
    if (file === '-') {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return new Uint8Array(Buffer.concat(chunks));
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeFileError(error)}`);
  }
}

function describeFileError(error) {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory';
  if (error.code === 'EACCES') return 'permission denied';
  return error.message;
}

function render(result, mode, names) {
  if (mode === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (mode === 'markdown') return toMarkdown(result);
  return toPlainText(result, names.bodyKinds);
}

/** Writes to stdout, waiting when the pipe is full so a large batch does not pile up in memory. */
async function writeOut(chunk) {
  if (!process.stdout.write(chunk)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

async function loadAnalyzer() {
  try {
    const { createAnalyzer } = await import('../web/analyzer.mjs');
    return await createAnalyzer();
  } catch (error) {
    throw new Error(`${error.message} (was the WebAssembly module built? see tools/build.sh)`);
  }
}

async function analyzeFile({ values, file, mode }) {
  const bytes = await readInput(file);
  const analyzer = await loadAnalyzer();
  const result = analyzer.analyze(bytes, { ...optionsFrom(values), format: values.format ?? formatForFileName(file) });
  await writeOut(render(result, mode, analyzer.names));
  return 0;
}

/** Analyzes one JSON line; every failure becomes an {id, error} record so the batch goes on. */
function analyzeRecord(analyzer, line, lineNumber, baseOptions) {
  let record;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: not valid JSON (${error.message})` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, error: `line ${lineNumber}: expected a JSON object` };
  }
  const id = record.id ?? null;
  const hasHtml = typeof record.html === 'string';
  const hasText = typeof record.text === 'string';
  if (hasHtml === hasText) {
    return { id, error: `line ${lineNumber}: expected exactly one of "html" or "text" as a string` };
  }
  if (record.url !== undefined && typeof record.url !== 'string') {
    return { id, error: `line ${lineNumber}: "url" must be a string` };
  }
  const options = { ...baseOptions, format: hasHtml ? 'html' : 'text' };
  if (record.url !== undefined) options.url = record.url;
  try {
    return { id, ...analyzer.analyze(hasHtml ? record.html : record.text, options) };
  } catch (error) {
    const message = error instanceof AnalyzerError ? `${error.code}: ${error.message}` : error.message;
    return { id, error: `line ${lineNumber}: ${message}` };
  }
}

async function analyzeJsonLines({ values }) {
  let input;
  if (values.jsonl === '-') {
    input = process.stdin;
  } else {
    try {
      input = (await open(values.jsonl)).createReadStream();
    } catch (error) {
      throw new UsageError(`cannot read ${values.jsonl}: ${describeFileError(error)}`);
    }
  }
  const analyzer = await loadAnalyzer();
  const baseOptions = optionsFrom(values);
  let failures = 0;
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      const output = analyzeRecord(analyzer, line, lineNumber, baseOptions);
      if ('error' in output) failures += 1;
      await writeOut(`${JSON.stringify(output)}\n`);
    }
  } catch (error) {
    // A directory or an unreadable stream only fails once reading starts.
    if (error.code) throw new UsageError(`cannot read ${values.jsonl}: ${describeFileError(error)}`);
    throw error;
  }
  return failures ? 1 : 0;
}

async function main(argv) {
  const command = parseCommandLine(argv);
  if (command.values.help) {
    await writeOut(HELP);
    return 0;
  }
  if (command.values.version) {
    const analyzer = await loadAnalyzer();
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    await writeOut(`${PROGRAM} ${version} (core ${analyzer.version})\n`);
    return 0;
  }
  return command.values.jsonl !== undefined ? analyzeJsonLines(command) : analyzeFile(command);
}

// Output cut short by a closed pipe (e.g. `| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (status) => { process.exitCode = status; },
  (error) => {
    const isUsage = error instanceof UsageError
      || (error instanceof AnalyzerError && error.code === 'invalid-option');
    const prefix = error instanceof AnalyzerError ? `${error.code}: ` : '';
    process.stderr.write(`${PROGRAM}: ${prefix}${oneLine(String(error.message))}\n`);
    process.exitCode = isUsage ? 2 : 1;
  },
);
