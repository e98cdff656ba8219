// The module Worker behind createWorkerAnalyzer(): runs the in-thread analyzer off the page's
// main thread. Protocol (all messages are plain objects):
//   in:  {type: 'init', wasmUrl?}            out: {type: 'ready', names} | {type: 'init-failed', error}
//   in:  {type: 'analyze', id, input, options} out: {type: 'result', id, result} | {type: 'error', id, error}
import { createAnalyzer } from './analyzer.mjs';

let analyzerPromise = null;

function serializeError(error) {
  return { code: error?.code ?? 'internal', message: String(error?.message ?? error) };
}

async function handleInit({ wasmUrl }) {
  analyzerPromise = createAnalyzer(wasmUrl === undefined ? {} : { wasmUrl });
  try {
    const analyzer = await analyzerPromise;
    self.postMessage({ type: 'ready', names: analyzer.names });
  } catch (error) {
    self.postMessage({ type: 'init-failed', error: serializeError(error) });
  }
}

async function handleAnalyze({ id, input, options }) {
  try {
    if (!analyzerPromise) throw new Error('the worker was not initialized');
    const analyzer = await analyzerPromise;
    self.postMessage({ type: 'result', id, result: analyzer.analyze(input, options) });
  } catch (error) {
    self.postMessage({ type: 'error', id, error: serializeError(error) });
  }
}

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type === 'init') handleInit(message);
  else if (message?.type === 'analyze') handleAnalyze(message);
});
