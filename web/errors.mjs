// Shared by the in-thread analyzer and the worker client, so `instanceof AnalyzerError`
// holds whichever one threw.

/** An analysis that could not be done; `code` says why (e.g. 'invalid-option', 'input-too-large'). */
export class AnalyzerError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = 'AnalyzerError';
    this.code = code;
  }
}
