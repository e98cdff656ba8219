// The demo app (web/app/) in headless Chromium, served by tools/serve.mjs in this process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { seedExpected, seedInput } from '../helpers.mjs';

const CHROMIUM_PATH = '/usr/bin/chromium';
const SCREENSHOT_PATH = '/tmp/aa-screenshot.png';
const skipReason = existsSync(CHROMIUM_PATH)
  ? false
  : `${CHROMIUM_PATH} is not installed (apt-get install chromium): browser tests skipped`;

// Runs in the page: what an <article-analyzer> element shows, read from its shadow DOM.
// Label and speaker badges are left out of the text, so the text is the article's own.
function readRenderedAnalysis(selector = 'article-analyzer') {
  const ELEMENTS_THE_VIEW_MAKES = new Set(['div', 'article', 'aside', 'section', 'header', 'h1', 'h2', 'h3', 'p',
    'span', 'mark', 'ul', 'li', 'blockquote', 'pre', 'code', 'button', 'strong', 'details', 'summary', 'slot']);
  const root = document.querySelector(selector).shadowRoot;
  const ownText = (node) => [...node.childNodes]
    .filter((child) => !(child.classList?.contains('label') || child.classList?.contains('speaker')))
    .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : ownText(child)))
    .join('');
  const isVisible = (node) => {
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      && Number(style.opacity) > 0;
  };
  const article = root.querySelector('article');
  return {
    marks: [...root.querySelectorAll('article mark.entity')].map((mark) => ({
      type: mark.dataset.type,
      entity: mark.dataset.entity,
      text: ownText(mark),
      // Its own label: a role mention holds the marks of the names inside it ("du Kremlin").
      label: mark.querySelector(':scope > .label')?.textContent ?? null,
      labelVisible: mark.querySelector(':scope > .label') ? isVisible(mark.querySelector(':scope > .label')) : false,
      background: getComputedStyle(mark).backgroundColor,
      outline: getComputedStyle(mark).boxShadow,
      role: mark.dataset.role ?? null,
      insideQuote: Boolean(mark.closest('.quote')),
      active: mark.classList.contains('active'),
    })),
    quotes: [...root.querySelectorAll('article .quote')].map((quote) => ({
      text: ownText(quote),
      speaker: quote.querySelector('.speaker')?.textContent ?? null,
    })),
    articleText: article ? ownText(article) : '',
    allText: root.textContent,
    entityButtons: [...root.querySelectorAll('.entity-button .name')].map((name) => name.textContent),
    removed: [...root.querySelectorAll('.removed li .text')].map((item) => item.textContent),
    foreignElements: [...root.querySelectorAll('*')].map((node) => node.localName)
      .filter((name) => !ELEMENTS_THE_VIEW_MAKES.has(name)),
  };
}

describe('the app in Chromium', { skip: skipReason }, () => {
  let server;
  let context;
  let page;
  let profileDir;
  const consoleErrors = [];
  const foreignRequests = [];

  /** Runs `action` and waits for the app to finish the analysis it starts. */
  async function analysisAfter(action) {
    const finishedBefore = await page.evaluate(() => window.__analysisCount);
    await action();
    await page.waitForFunction((count) => window.__analysisCount > count, finishedBefore, { timeout: 30_000 });
    return page.evaluate(readRenderedAnalysis);
  }

  async function analyzeTyped(text, format) {
    return analysisAfter(async () => {
      await page.fill('#source', text);
      await page.selectOption('#format', format);
      await page.click('#analyze');
    });
  }

  /** Dispatches a real paste event whose clipboard holds the given types. */
  async function paste(clipboard) {
    return analysisAfter(() => page.evaluate((data) => {
      const source = document.getElementById('source');
      source.value = '';
      source.focus();
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      // A synthetic paste inserts nothing by itself: do what the browser does for plain text.
      if (source.dispatchEvent(event)) source.value = data['text/plain'] ?? '';
    }, clipboard));
  }

  before(async () => {
    server = await startServer({ port: 0 });
    profileDir = mkdtempSync(join(tmpdir(), 'aa-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    context.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__analysisCount >= 1, null, { timeout: 60_000 });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  test('loads with no console errors and analyzes the sample in a worker', async () => {
    assert.deepEqual(consoleErrors, []);
    const state = await page.evaluate(() => ({
      engine: window.__analysisEngine,
      done: window.__analysisDone,
      status: document.getElementById('status').textContent,
      statusIsError: document.getElementById('status').classList.contains('error'),
    }));
    assert.equal(state.done, true);
    assert.equal(state.statusIsError, false, state.status);
    assert.equal(state.engine, 'worker');
  });

  test('highlights the sample at once, each mention coloured and labelled by type', async () => {
    const view = await page.evaluate(readRenderedAnalysis);
    await page.screenshot({ path: SCREENSHOT_PATH, fullPage: true });
    assert.ok(view.marks.length > 0, 'entity mentions are highlighted');
    for (const mark of view.marks) {
      assert.ok(['PER', 'ORG', 'LOC', 'DATE'].includes(mark.type), mark.type);
      assert.equal(mark.label, mark.type, `${mark.text} carries its type label`);
      assert.ok(mark.labelVisible, `the label of ${mark.text} is visible`);
      // A role mention ("le porte-parole du Kremlin") is outlined in its type's colour, a name filled.
      if (mark.role) assert.ok(mark.outline.includes('rgb'), `${mark.text} is outlined`);
      else assert.notEqual(mark.background, 'rgba(0, 0, 0, 0)', `${mark.text} is coloured`);
    }
    assert.ok(view.marks.some((mark) => mark.role), 'role mentions are highlighted');
    const backgroundsByType = new Map(view.marks.filter((mark) => !mark.role).map((mark) => [mark.type, mark.background]));
    assert.equal(new Set(backgroundsByType.values()).size, backgroundsByType.size, 'one colour per type');
    assert.ok(view.quotes.length > 0, 'quotes are marked');
    assert.ok(view.quotes.every((quote) => quote.speaker), 'each quote shows its speaker (or "unknown speaker")');
    assert.ok(!view.articleText.includes('Rechercher'), 'boilerplate is not in the article');
    assert.ok(view.removed.length > 0, 'the removed list is filled');
  });

  test('pasting the seed shows the names of its people', async () => {
    const view = await paste({ 'text/plain': seedInput });
    const personNames = new Set(view.marks.filter((mark) => mark.type === 'PER').map((mark) => mark.text));
    const expectedPeople = seedExpected.entities.must.filter((entity) => entity.type === 'PER');
    const missing = expectedPeople.filter((entity) => !entity.mentions.some((mention) => personNames.has(mention)));
    assert.deepEqual(missing.map((entity) => entity.name), [],
      `highlighted as PER: ${[...personNames].join(', ')}`);
    for (const entity of expectedPeople) {
      assert.ok(view.entityButtons.includes(entity.name), `${entity.name} is in the entity list`);
    }
  });

  test('clicking an entity in the list highlights its mentions', async () => {
    const button = page.locator('article-analyzer .entity-button').first();
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const entityId = await button.evaluate((node) => node.dataset.highlight.replace(/^entity:/, ''));
    const view = await page.evaluate(readRenderedAnalysis);
    const activeMarks = view.marks.filter((mark) => mark.active);
    assert.ok(activeMarks.length > 0);
    assert.ok(activeMarks.every((mark) => mark.entity === entityId));
    assert.equal(activeMarks.length, view.marks.filter((mark) => mark.entity === entityId).length);
    await button.click();
    assert.equal((await page.evaluate(readRenderedAnalysis)).marks.filter((mark) => mark.active).length, 0);
  });

  test('hostile text stays text', async () => {
    const payload = '<img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script> Emmanuel Macron';
    const view = await analyzeTyped(payload, 'text');
    await page.waitForTimeout(300); // an image error handler would have run by now
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(view.foreignElements, []);
    assert.ok(view.allText.includes('<img src=x onerror=window.__pwned=1>'), 'the markup shows as text');
    assert.ok(view.allText.includes('<script>window.__pwned=2</script>'), 'the script shows as text');
  });

  test('a hostile page pasted as HTML never runs and never loads anything', async () => {
    const html = '<html><head><title>&lt;script&gt;window.__pwned=6&lt;/script&gt; Titre</title></head><body>'
      + '<article><h1>Un titre</h1><p>Le texte &lt;img src=x onerror=window.__pwned=5&gt; reste du texte, '
      + 'a déclaré Emmanuel Macron à Paris.</p><img src=x onerror="window.__pwned=3">'
      + '<script>window.__pwned=4</script><iframe src="https://example.org/"></iframe>'
      + '<p onclick="window.__pwned=7">Un second paragraphe assez long pour faire partie de l\'article.</p>'
      + '</article></body></html>';
    const view = await paste({ 'text/html': html, 'text/plain': 'Un titre' });
    assert.equal(await page.locator('#format').inputValue(), 'html', 'the HTML flavour is preferred');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(view.foreignElements, []);
    assert.ok(view.allText.includes('<img src=x onerror=window.__pwned=5>'), 'escaped markup shows as text');
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(consoleErrors, []);
  });

  test('an opened file is analyzed from its bytes, whatever its encoding', async () => {
    const page1252 = '<html><head><meta charset="windows-1252"><title>Visite</title></head><body><article>'
      + '<p>Le président Emmanuel Macron est arrivé à Paris mardi, a indiqué l\'Elysée.</p></article></body></html>';
    const view = await analysisAfter(() => page.setInputFiles('#file', {
      name: 'visite.html', mimeType: 'text/html', buffer: Buffer.from(page1252, 'latin1'),
    }));
    assert.equal(await page.locator('#format').inputValue(), 'html');
    assert.ok(view.articleText.includes('Le président Emmanuel Macron est arrivé'), view.articleText);
  });

  test('the element nests mentions in quotes and keeps all text when spans overlap', async () => {
    const text = 'Anna Berg a dit « Carla Dietz viendra demain » hier.';
    await page.evaluate((articleText) => {
      const at = (part) => ({
        start: articleText.indexOf(part), end: articleText.indexOf(part) + part.length, text: part,
      });
      const view = document.createElement('article-analyzer');
      view.id = 'synthetic';
      document.body.append(view);
      view.result = {
        language: 'fr', dir: 'ltr', title: '', byline: '', published: '', site: '', section: '',
        canonicalUrl: '', image: '', format: 'text', text: articleText,
        paragraphs: [{ start: 0, end: articleText.length, kind: 'paragraph' }],
        entities: [
          { id: 'e1', type: 'PER', name: 'Anna Berg', mentions: [at('Anna Berg')] },
          { id: 'e2', type: 'PER', name: 'Carla Dietz', mentions: [at('Carla Dietz')] },
          // Crosses the end of the quote: cannot nest, so it is dropped.
          { id: 'e3', type: 'DATE', name: 'demain » hier', mentions: [at('demain » hier')] },
        ],
        quotes: [{ ...at('Carla Dietz viendra demain'), speaker: { name: 'Anna Berg', entity: 'e1' }, cue: at('a dit') }],
        removed: [{ text: '<b onmouseover=alert(1)>Menu</b>', reason: 'boilerplate' }],
        timings: { total: 0, parse: 0, extract: 0, segment: 0, entities: 0, coref: 0, quotes: 0 },
      };
    }, text);
    const view = await page.evaluate(readRenderedAnalysis, '#synthetic');
    await page.evaluate(() => document.getElementById('synthetic').remove());
    assert.equal(view.articleText, text, 'no text is lost or duplicated');
    assert.deepEqual(view.marks.map((mark) => [mark.entity, mark.insideQuote]), [['e1', false], ['e2', true]]);
    assert.deepEqual(view.quotes, [{ text: 'Carla Dietz viendra demain', speaker: 'Anna Berg' }]);
    assert.deepEqual(view.removed, ['<b onmouseover=alert(1)>Menu</b>']);
    assert.deepEqual(view.foreignElements, []);
  });

  test('the in-thread analyzer works in the page, under its Content-Security-Policy', async () => {
    const outcome = await page.evaluate(async () => {
      const { createAnalyzer, AnalyzerError } = await import('/web/analyzer.mjs');
      const analyzer = await createAnalyzer();
      const result = analyzer.analyze('Emmanuel Macron est arrivé à Paris.', { format: 'text' });
      let error = null;
      try {
        analyzer.analyze('x', { format: 'pdf' });
      } catch (caught) {
        error = { isAnalyzerError: caught instanceof AnalyzerError, code: caught.code };
      }
      return { text: result.text, version: analyzer.version, error };
    });
    assert.equal(outcome.text, 'Emmanuel Macron est arrivé à Paris.');
    assert.equal(typeof outcome.version, 'string');
    assert.deepEqual(outcome.error, { isAnalyzerError: true, code: 'invalid-option' });
    assert.deepEqual(consoleErrors, []);
  });

  // Last: loading a missing .wasm on purpose logs errors to the console.
  test('the worker client rejects with AnalyzerError', async () => {
    const outcome = await page.evaluate(async () => {
      const { createWorkerAnalyzer, AnalyzerError } = await import('/web/worker-client.mjs');
      const describeError = (error) => ({ isAnalyzerError: error instanceof AnalyzerError, code: error.code });
      const analyzer = await createWorkerAnalyzer();
      const badFormat = await analyzer.analyze('x', { format: 'pdf' }).catch(describeError);
      const badInput = await analyzer.analyze(42).catch(describeError);
      const pending = analyzer.analyze('Emmanuel Macron est arrivé à Paris.');
      analyzer.terminate();
      const terminated = await pending.then(() => 'resolved', describeError);
      const afterTerminate = await analyzer.analyze('x').catch(describeError);
      const missingWasm = await createWorkerAnalyzer({ wasmUrl: '/dist/no-such-file.wasm' })
        .then(() => 'resolved', describeError);
      return { badFormat, badInput, terminated, afterTerminate, missingWasm };
    });
    assert.deepEqual(outcome, {
      badFormat: { isAnalyzerError: true, code: 'invalid-option' },
      badInput: { isAnalyzerError: true, code: 'invalid-input' },
      terminated: { isAnalyzerError: true, code: 'terminated' },
      afterTerminate: { isAnalyzerError: true, code: 'terminated' },
      missingWasm: { isAnalyzerError: true, code: 'load-failed' },
    });
  });
});
