// The demo page: a paste zone, a file picker and drop target, and the <article-analyzer> element.
// Tests wait for window.__analysisDone (true after each finished analysis, whether it rendered
// or failed) and window.__analysisCount (how many have finished).
import { ArticleAnalyzerElement } from '../element/element.mjs';
import { formatForFileName } from '../formats.mjs';
import { createWorkerAnalyzer } from '../worker-client.mjs';

ArticleAnalyzerElement.define();

const form = document.getElementById('input-form');
const source = document.getElementById('source');
const formatSelect = document.getElementById('format');
const cleanCheckbox = document.getElementById('clean');
const fileInput = document.getElementById('file');
const status = document.getElementById('status');
const analysisView = document.getElementById('analysis');

/** Raw bytes of the opened file while the textarea still shows it unedited; the core sniffs their encoding. */
let openedFile = null;
let latestRun = 0;
window.__analysisDone = false;
window.__analysisCount = 0;

const analyzerReady = loadAnalyzer();

/** Prefers a Worker (the page stays responsive on long pages); falls back to the main thread. */
async function loadAnalyzer() {
  try {
    const analyzer = await createWorkerAnalyzer();
    window.__analysisEngine = 'worker';
    return analyzer;
  } catch (workerError) {
    console.warn('Analyzing on the main thread, the worker failed:', workerError.message);
    const { createAnalyzer } = await import('../analyzer.mjs');
    const analyzer = await createAnalyzer();
    window.__analysisEngine = 'main-thread';
    return { analyze: async (input, options) => analyzer.analyze(input, options), version: analyzer.version };
  }
}

function showStatus(message, { isError = false } = {}) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function countOf(items, singular, plural) {
  return `${items.length} ${items.length === 1 ? singular : plural}`;
}

function describeResult(result, milliseconds) {
  return [
    countOf(result.entities, 'entity', 'entities'),
    countOf(result.quotes, 'quote', 'quotes'),
    `${countOf(result.removed, 'block', 'blocks')} removed`,
    `${Math.round(milliseconds)} ms`,
  ].join(' · ');
}

async function analyzeCurrentInput() {
  const run = ++latestRun;
  window.__analysisDone = false;
  const input = openedFile ? openedFile.bytes : source.value;
  const options = { format: formatSelect.value, clean: cleanCheckbox.checked };
  showStatus('Analyzing…');
  try {
    const analyzer = await analyzerReady;
    const started = performance.now();
    const result = await analyzer.analyze(input, options);
    if (run !== latestRun) return;
    analysisView.result = result;
    showStatus(describeResult(result, performance.now() - started));
  } catch (error) {
    if (run !== latestRun) return;
    analysisView.result = null;
    showStatus(`Could not analyze this input: ${error.message}`, { isError: true });
  } finally {
    if (run === latestRun) {
      window.__analysisDone = true;
      window.__analysisCount += 1;
    }
  }
}

async function openFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  openedFile = { bytes, name: file.name };
  formatSelect.value = formatForFileName(file.name);
  // Only a preview: the analysis gets the bytes, so a windows-1252 page is still read right.
  source.value = new TextDecoder().decode(bytes);
  analyzeCurrentInput();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  analyzeCurrentInput();
});

source.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});

source.addEventListener('input', () => {
  openedFile = null;
});

// A copied web page carries text/html next to text/plain: the HTML keeps the structure the
// core uses to find the article, so it wins. It replaces the whole field, being a whole page.
source.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html');
  openedFile = null;
  if (html) {
    event.preventDefault();
    source.value = html;
    formatSelect.value = 'html';
  } else {
    formatSelect.value = 'text';
  }
  // Let the browser insert plain text first.
  setTimeout(analyzeCurrentInput, 0);
});

fileInput.addEventListener('change', () => {
  const [file] = fileInput.files;
  if (file) openFile(file);
  fileInput.value = '';
});

form.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) {
    event.preventDefault();
    form.classList.add('dragging');
  }
});
form.addEventListener('dragleave', () => form.classList.remove('dragging'));
form.addEventListener('drop', (event) => {
  form.classList.remove('dragging');
  const [file] = event.dataTransfer?.files ?? [];
  if (!file) return;
  event.preventDefault();
  openFile(file);
});

async function analyzeSample() {
  try {
    const response = await fetch(new URL('sample-article.txt', import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    source.value = await response.text();
    formatSelect.value = 'text';
  } catch (error) {
    showStatus(`Could not load the sample article: ${error.message}`, { isError: true });
    return;
  }
  await analyzeCurrentInput();
}

analyzeSample();
