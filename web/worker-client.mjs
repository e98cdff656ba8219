// Runs the analyzer in a module Worker so that a long page never freezes the UI.
// Each request carries an id; the worker answers each id once.
import { AnalyzerError, frozenNames } from './errors.mjs';

export { AnalyzerError };

const DEFAULT_WORKER_URL = new URL('./worker.mjs', import.meta.url);

/**
 * Starts the worker and resolves once its WebAssembly core is loaded, so a failure to load
 * shows up here (callers can then fall back to the in-thread analyzer).
 * @param {{workerUrl?: string | URL, wasmUrl?: string | URL}} [config]
 */
export async function createWorkerAnalyzer({ workerUrl, wasmUrl } = {}) {
  const base = globalThis.location?.href;
  const worker = new Worker(new URL(workerUrl ?? DEFAULT_WORKER_URL, base), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  let failure = null;
  let settleReady;

  const ready = new Promise((resolve, reject) => { settleReady = { resolve, reject }; });

  function fail(error) {
    if (failure) return;
    failure = error;
    worker.terminate();
    settleReady.reject(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'ready') {
      settleReady.resolve(frozenNames(message.names));
    } else if (message.type === 'init-failed') {
      fail(new AnalyzerError(message.error.code, message.error.message));
    } else if (message.type === 'result' || message.type === 'error') {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      if (message.type === 'result') request.resolve(message.result);
      else request.reject(new AnalyzerError(message.error.code, message.error.message));
    }
  });
  // A worker script that fails to load or throws at the top level reports here, without details.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new AnalyzerError('load-failed', `the analyzer worker failed${event.message ? `: ${event.message}` : ''}`));
  });
  worker.addEventListener('messageerror', () => {
    fail(new AnalyzerError('internal', 'a message from the analyzer worker could not be read'));
  });

  worker.postMessage({
    type: 'init',
    wasmUrl: wasmUrl === undefined ? undefined : new URL(wasmUrl, base).href,
  });
  const names = await ready;

  function analyze(input, options) {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ type: 'analyze', id, input, options });
      } catch (error) {
        // Values that cannot be cloned (functions, DOM nodes…) are never valid input or options.
        pending.delete(id);
        reject(new AnalyzerError('invalid-input', `input or options cannot be sent to the worker: ${error.message}`));
      }
    });
  }

  function terminate() {
    fail(new AnalyzerError('terminated', 'the analyzer worker was terminated'));
  }

  return { analyze, terminate, names, version: names.version };
}
