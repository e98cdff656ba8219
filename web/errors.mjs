// Shared by the in-thread analyzer and the worker client, so `instanceof AnalyzerError`
// holds whichever one threw, and both hand out the core's names the same way.

/**
 * The codes that only the JavaScript side gives an AnalyzerError; the core's own are in
 * `analyzer.names.errorCodes`. tests/node/types.test.mjs checks that web/ throws no other.
 */
export const JS_ERROR_CODES = Object.freeze([
  'invalid-input', // the input is not a string, Uint8Array or ArrayBuffer, or cannot reach the worker
  'load-failed', // the WebAssembly core (or the worker script) could not be loaded
  'terminated', // the worker analyzer was terminated
]);

/** An analysis that could not be done; `code` says why (e.g. 'invalid-option', 'input-too-large'). */
export class AnalyzerError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = 'AnalyzerError';
    this.code = code;
  }
}

/** The core's names (see index.d.ts, AnalyzerNames), frozen with their arrays: callers share them. */
export function frozenNames(names) {
  return Object.freeze(Object.fromEntries(Object.entries(names)
    .map(([key, value]) => [key, Array.isArray(value) ? Object.freeze(value) : value])));
}
