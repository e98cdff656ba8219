// The in-thread analyzer: loads the WebAssembly core and wraps its Embind API in a small,
// exception-based JavaScript API. The core's binding validates the options (one place for the
// in-thread analyzer and the Worker); this file checks the input's type. Works in browsers,
// workers and Node >= 20.
import { AnalyzerError, frozenNames } from './errors.mjs';

export { AnalyzerError };

// Imported when an analyzer is created, so that a missing build shows up as a 'load-failed'
// AnalyzerError rather than as a failure to import this file.
const LOADER_URL = new URL('../dist/article-analyzer.mjs', import.meta.url);
const DEFAULT_WASM_URL = new URL('../dist/article-analyzer.wasm', import.meta.url);
// What the core decodes itself in every build. The wasm core has no tables for the other
// legacy encodings (they would cost hundreds of KB): it sniffs them, and the platform's
// TextDecoder, which browsers and Node have for all of them, decodes (core/src/text/encoding.h).
const CORE_DECODED_ENCODINGS = new Set(['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252']);

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string'
  && typeof window === 'undefined' && typeof importScripts === 'undefined';

/** Returns a string, or a plain Uint8Array (no subclass such as Buffer) for raw bytes. */
function normalizeInput(input) {
  if (typeof input === 'string') return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (input instanceof Uint8Array) {
    return input.constructor === Uint8Array
      ? input
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw new AnalyzerError('invalid-input',
    `input must be a string, a Uint8Array or an ArrayBuffer, not ${describe(input)}`);
}

/** Bytes the core decodes itself stay bytes; others become the string TextDecoder reads. */
function decodeForCore(module, bytes) {
  const encoding = module.sniffEncoding(bytes);
  if (CORE_DECODED_ENCODINGS.has(encoding) || typeof TextDecoder !== 'function') return bytes;
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return bytes;  // No decoder for it here (a Node built with small-icu): the core reads windows-1252.
  }
}

function describe(value) {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}

// The loader is built for web and worker only: under Node it can neither read a file path
// nor fetch a file: URL, so the bytes are handed to it.
async function readWasmInNode(location) {
  const { readFile } = await import('node:fs/promises');
  const { pathToFileURL } = await import('node:url');
  const url = location instanceof URL ? location : new URL(location, pathToFileURL(`${process.cwd()}/`));
  if (url.protocol === 'file:') return readFile(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadModule({ wasmUrl, wasmBinary }) {
  try {
    const moduleArgs = {};
    if (wasmBinary !== undefined) {
      moduleArgs.wasmBinary = wasmBinary instanceof ArrayBuffer ? new Uint8Array(wasmBinary) : wasmBinary;
    } else if (isNode) {
      moduleArgs.wasmBinary = await readWasmInNode(wasmUrl ?? DEFAULT_WASM_URL);
    } else {
      // A relative wasmUrl is resolved against the page (or the worker script), like fetch() does.
      const url = new URL(wasmUrl ?? DEFAULT_WASM_URL, globalThis.location?.href).href;
      moduleArgs.locateFile = (path, prefix) => (path.endsWith('.wasm') ? url : prefix + path);
    }
    const { default: createModule } = await import(LOADER_URL.href);
    return await createModule(moduleArgs);
  } catch (error) {
    throw new AnalyzerError('load-failed', `could not load the WebAssembly core: ${error?.message ?? error}`,
      { cause: error });
  }
}

/**
 * Loads the WebAssembly core and returns a synchronous analyzer.
 * @param {{wasmUrl?: string | URL, wasmBinary?: Uint8Array | ArrayBuffer}} [config]
 */
export async function createAnalyzer({ wasmUrl, wasmBinary } = {}) {
  let module = await loadModule({ wasmUrl, wasmBinary });
  // A trap inside the core (out of memory, a bug) leaves that instance unusable: a fresh one is
  // loaded in the background, and calls made meanwhile fail with 'internal' rather than hang.
  let restarting = null;
  function restart() {
    module = null;
    restarting ??= loadModule({ wasmUrl, wasmBinary }).then(
      (fresh) => { module = fresh; },
      () => {},
    ).finally(() => { restarting = null; });
  }

  function analyze(input, options) {
    const normalizedInput = normalizeInput(input);
    if (!module) throw new AnalyzerError('internal', 'the core is restarting after a failure; try again shortly');
    let reply;
    try {
      const coreInput = typeof normalizedInput === 'string' ? normalizedInput : decodeForCore(module, normalizedInput);
      reply = typeof coreInput === 'string'
        ? module.analyze(coreInput, options)
        : module.analyzeBytes(coreInput, options);
    } catch (error) {
      restart();
      throw new AnalyzerError('internal', `the core failed: ${error?.message ?? error}`, { cause: error });
    }
    if (!reply?.ok) {
      throw new AnalyzerError(reply?.code ?? 'internal', reply?.message ?? 'the core returned no result');
    }
    return reply.result;
  }

  const names = frozenNames(module.names());
  return {
    analyze,
    /** Every name the core may put in a result or an error, and its version: see index.d.ts. */
    names,
    version: names.version,
    /** Heap size and bytes allocated now, to check that memory stays flat across analyses. */
    memoryStats: () => {
      if (!module) throw new AnalyzerError('internal', 'the core is restarting after a failure; try again shortly');
      return module.memoryStats();
    },
  };
}
