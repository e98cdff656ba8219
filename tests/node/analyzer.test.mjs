// The wasm API through web/analyzer.mjs, under Node.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AnalyzerError, createAnalyzer } from '../../web/analyzer.mjs';
import { assertSpansMatchText, seedInput } from '../helpers.mjs';

const METADATA_FIELDS = ['language', 'dir', 'title', 'byline', 'published', 'site', 'section', 'canonicalUrl', 'image', 'format'];

let analyzer;
before(async () => {
  analyzer = await createAnalyzer();
});

/** True when the value is made only of primitives, plain objects and plain arrays. */
function isPlainData(value) {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Object.values(value).every(isPlainData);
}

const ENGLISH_TEXT = 'The government said on Tuesday that the new rules would come into force next year, '
  + 'after months of talks with the unions and the employers about the way they should be applied.';

/** An article between a menu and a footer, which clean: true removes and clean: false keeps. */
const PAGE_WITH_BOILERPLATE = `<html><head><title>Rules</title></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article><h1>New rules next year</h1><p>${ENGLISH_TEXT}</p><p>${ENGLISH_TEXT.replace('Tuesday', 'Monday')}</p></article>
  <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>`;

function withoutTimings(result) {
  const { timings, ...rest } = result;
  return rest;
}

function mentionsOf(result) {
  return result.entities.flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entity })));
}

/** Latin-1 bytes, the same as windows-1252 for the characters used here. */
function singleByteEncoding(text) {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function assertAnalyzerError(code) {
  return (error) => {
    assert.ok(error instanceof AnalyzerError, `expected an AnalyzerError, got ${error}`);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'AnalyzerError');
    assert.equal(error.code, code, error.message);
    assert.ok(error.message.length > 0);
    return true;
  };
}

describe('loading', () => {
  test('reports the core version, which is the package.json version', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(analyzer.version, version);
    assert.equal(analyzer.names.version, version);
  });

  test('accepts the wasm bytes from the caller', async () => {
    const wasmBinary = await readFile(new URL('../../dist/article-analyzer.wasm', import.meta.url));
    const fromBytes = await createAnalyzer({ wasmBinary });
    assert.equal(fromBytes.version, analyzer.version);
  });

  test('a missing wasm file fails with load-failed', async () => {
    await assert.rejects(createAnalyzer({ wasmUrl: new URL('./no-such-file.wasm', import.meta.url) }),
      assertAnalyzerError('load-failed'));
  });
});

describe('results', () => {
  test('are plain data that survive JSON and structuredClone', () => {
    const result = analyzer.analyze(seedInput, { format: 'text' });
    assert.ok(isPlainData(result), 'only plain objects, arrays and primitives');
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
    assert.deepEqual(structuredClone(result), result);
  });

  test('have the documented shape', () => {
    const result = analyzer.analyze(seedInput, { format: 'text' });
    for (const field of METADATA_FIELDS) assert.equal(typeof result[field], 'string', field);
    assert.equal(result.format, 'text');
    assert.equal(typeof result.text, 'string');
    // The seed has some of everything, so that none of the loops below checks nothing.
    for (const list of ['paragraphs', 'entities', 'quotes', 'removed']) assert.ok(result[list].length > 0, `${list} found`);
    assert.ok(result.quotes.some((quote) => quote.speaker), 'a quote has a speaker');
    for (const paragraph of result.paragraphs) assert.ok(analyzer.names.paragraphKinds.includes(paragraph.kind), paragraph.kind);
    const entityIds = new Set();
    for (const entity of result.entities) {
      assert.ok(analyzer.names.entityTypes.includes(entity.type), entity.type);
      assert.equal(typeof entity.name, 'string');
      assert.ok(entity.mentions.length > 0, `${entity.name} has mentions`);
      assert.ok(!entityIds.has(entity.id), 'entity ids are unique');
      entityIds.add(entity.id);
    }
    for (const quote of result.quotes) {
      if (quote.speaker) {
        assert.equal(typeof quote.speaker.name, 'string');
        assert.ok(quote.speaker.entity === null || entityIds.has(quote.speaker.entity),
          `speaker.entity ${quote.speaker.entity} is an entity id or null`);
      }
    }
    for (const item of result.removed) {
      assert.equal(typeof item.text, 'string');
      assert.ok(analyzer.names.removalReasons.includes(item.reason), item.reason);
    }
    for (const stage of ['total', 'parse', 'extract', 'segment', 'entities', 'coref', 'quotes']) {
      assert.equal(typeof result.timings[stage], 'number', `timings.${stage}`);
    }
  });

  test('every offset of the seed article matches its text', () => {
    const result = analyzer.analyze(seedInput, { format: 'text' });
    assert.ok(result.entities.length > 0 && result.quotes.length > 0, 'the seed has entities and quotes');
    assertSpansMatchText(assert, result);
  });

  test('are the same for the same input', () => {
    const first = analyzer.analyze(seedInput, { format: 'text' });
    const second = analyzer.analyze(seedInput, { format: 'text' });
    assert.deepEqual(withoutTimings(second), withoutTimings(first));
  });
});

describe('UTF-16 offsets', () => {
  test('count an emoji before the names as two code units', () => {
    const input = '😀 Emmanuel Macron a dit « bonjour » à Paris.';
    const result = analyzer.analyze(input, { format: 'text' });
    assertSpansMatchText(assert, result);
    const paris = mentionsOf(result).find((mention) => mention.text === 'Paris');
    assert.ok(paris, 'Paris is found');
    assert.equal(paris.start, result.text.indexOf('Paris'));
    assert.ok(mentionsOf(result).some((mention) => mention.text.includes('Macron')), 'Macron is found');
    const quote = result.quotes.find((candidate) => candidate.text.includes('bonjour'));
    assert.ok(quote, 'the quote « bonjour » is found');
    assert.equal(quote.start, result.text.indexOf('bonjour'));
  });

  test('stay right after several emoji inside the sentence', () => {
    const input = 'Vladimir Poutine 🇷🇺🤝🇰🇵 a reçu Choe Son Hui à Moscou mardi. 👩‍👩‍👧 Puis il a rencontré Kim Jong Un.';
    const result = analyzer.analyze(input, { format: 'text' });
    assert.ok(assertSpansMatchText(assert, result) > 1);
    const moscou = mentionsOf(result).find((mention) => mention.text === 'Moscou');
    assert.ok(moscou, 'Moscou is found');
    assert.equal(moscou.start, result.text.indexOf('Moscou'));
  });

  test('stay right with decomposed accents (e + U+0301)', () => {
    const input = 'La ministre He\u0301le\u0300ne Martin a de\u0301clare\u0301 : « nous avons gagne\u0301 ». '
      + 'Elle s\u2019exprimait a\u0300 Montre\u0301al, au Que\u0301bec, le 3 mars 2024.';
    const result = analyzer.analyze(input, { format: 'text' });
    assertSpansMatchText(assert, result);
    const names = mentionsOf(result).map((mention) => mention.text.normalize('NFC'));
    assert.ok(names.some((name) => name.includes('Hélène Martin') || name.includes('Montréal')),
      `a name with an accent is found (found: ${names.join(', ')})`);
    const quote = result.quotes.find((candidate) => candidate.text.normalize('NFC').includes('nous avons gagné'));
    assert.ok(quote, 'the quote is found');
  });
});

describe('options', () => {
  test('clean: false keeps plain text as it is', () => {
    const result = analyzer.analyze(seedInput, { format: 'text', clean: false });
    assert.equal(result.text, seedInput);
  });

  test('clean: false removes nothing that clean: true removes', () => {
    for (const format of ['text', 'html']) {
      const input = format === 'text' ? seedInput : PAGE_WITH_BOILERPLATE;
      const cleaned = analyzer.analyze(input, { format });
      const kept = analyzer.analyze(input, { format, clean: false });
      assert.ok(cleaned.removed.length > 0, `${format}: the cleaned analysis lists what it removed`);
      assert.deepEqual(kept.removed, [], `${format}: clean: false removes nothing`);
      // A removed list is one entry; clean: false keeps its items as paragraphs of their own.
      const keptText = kept.text.replace(/\s+/g, ' ');
      for (const { text } of cleaned.removed) {
        assert.ok(keptText.includes(text), `${format}: "${text}" is kept by clean: false`);
      }
    }
  });

  test('language forces the language of the analysis', () => {
    assert.equal(analyzer.analyze(ENGLISH_TEXT, { format: 'text' }).language, 'en', 'detected without the option');
    assert.equal(analyzer.analyze(ENGLISH_TEXT, { format: 'text', language: 'fr' }).language, 'fr');
  });

  test('url resolves the page\'s relative canonical and image URLs', () => {
    const page = `<html><head><link rel="canonical" href="/news/article.html">
      <meta property="og:image" content="images/photo.jpg"></head><body><p>${ENGLISH_TEXT}</p></body></html>`;
    const result = analyzer.analyze(page, { format: 'html', url: 'https://example.org/section/page?id=1' });
    assert.equal(result.canonicalUrl, 'https://example.org/news/article.html');
    assert.equal(result.image, 'https://example.org/news/images/photo.jpg', 'relative to the canonical URL');
    const unresolved = analyzer.analyze(page, { format: 'html' });
    assert.equal(unresolved.canonicalUrl, '/news/article.html', 'without url, left as the page wrote it');
  });

  test('url is the canonical URL of a page that names none', () => {
    const url = 'https://example.org/2024/story.html';
    assert.equal(analyzer.analyze(ENGLISH_TEXT, { format: 'text', url }).canonicalUrl, url);
    assert.equal(analyzer.analyze(ENGLISH_TEXT, { format: 'text' }).canonicalUrl, '');
  });
});

describe('byte input', () => {
  test('windows-1252 bytes are decoded', () => {
    // é is the single byte 0xE9 here, which is not valid UTF-8.
    const result = analyzer.analyze(singleByteEncoding('Le président Emmanuel Macron est arrivé à Paris.'),
      { format: 'text' });
    assert.ok(result.text.includes('Le président'), result.text);
    assert.ok(result.text.includes('arrivé'), result.text);
  });

  test('UTF-8 with a BOM is decoded and the BOM dropped', () => {
    const bytes = new TextEncoder().encode('\uFEFFLe président Emmanuel Macron est arrivé à Paris.');
    const result = analyzer.analyze(bytes, { format: 'text' });
    assert.ok(result.text.startsWith('Le président'), result.text);
  });

  test('ArrayBuffer, Uint8Array views and Node Buffers give the same analysis', () => {
    const encoded = new TextEncoder().encode(seedInput);
    const padded = new Uint8Array(encoded.length + 8);
    padded.set(encoded, 4);
    const view = padded.subarray(4, 4 + encoded.length);
    const expected = withoutTimings(analyzer.analyze(seedInput, { format: 'text' }));
    for (const input of [encoded, encoded.buffer, view, Buffer.from(encoded)]) {
      assert.deepEqual(withoutTimings(analyzer.analyze(input, { format: 'text' })), expected);
    }
  });

  test('the html charset declared in a meta tag is used', () => {
    // "Αθήνα" in ISO-8859-7: the windows-1252 fallback would read these bytes as "Áèÿíá".
    const greek = Uint8Array.of(0xC1, 0xE8, 0xDE, 0xED, 0xE1);
    const page = (declaration) => Uint8Array.of(
      ...new TextEncoder().encode(`<html><head>${declaration}<title>T</title></head><body><p>`), ...greek,
      ...new TextEncoder().encode('</p></body></html>'));
    for (const declaration of ['<meta charset="iso-8859-7">', '<meta charset=greek>',
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-7">']) {
      const result = analyzer.analyze(page(declaration), { format: 'html' });
      assert.ok(result.text.includes('Αθήνα'), `${declaration}: ${result.text}`);
    }
  });

  test('a multi-byte charset declared in a meta tag is decoded (Shift_JIS)', () => {
    // "東京" in Shift_JIS, which is not valid UTF-8.
    const bytes = Uint8Array.of(...new TextEncoder().encode('<meta charset="x-sjis"><p>'), 0x93, 0x8C, 0x8B, 0x9E,
      ...new TextEncoder().encode('</p>'));
    assert.ok(analyzer.analyze(bytes, { format: 'html' }).text.includes('東京'));
  });

  test('a string is already decoded: its meta charset is not applied again', () => {
    const html = '<html><head><meta charset="windows-1252"><title>T</title></head><body><p>Caf\u00e9 crème</p></body></html>';
    const result = analyzer.analyze(html, { format: 'html' });
    assert.ok(result.text.includes('Café crème'), result.text);
  });
});

describe('errors', () => {
  test('an unknown format is an invalid-option AnalyzerError that lists the formats', () => {
    assert.throws(() => analyzer.analyze('x', { format: 'pdf' }), assertAnalyzerError('invalid-option'));
    assert.throws(() => analyzer.analyze('x', { format: 'pdf' }),
      { message: `option "format" must be one of ${analyzer.names.formats.join(', ')}, not "pdf"` });
  });

  test('wrongly typed or unknown options are invalid-option, and the message names the option', () => {
    const refused = [
      [{ clean: 'no' }, 'option "clean" must be a boolean'],
      [{ url: 42 }, 'option "url" must be a string'],
      [{ language: null }, 'option "language" must be a string'],
      [{ format: 1 }, 'option "format" must be a string'],
      [{ fromat: 'text' }, 'unknown option "fromat"'],
      ['text', 'options must be an object'],
      [['text'], 'options must be an object'],
    ];
    for (const [options, message] of refused) {
      assert.throws(() => analyzer.analyze('x', options), assertAnalyzerError('invalid-option'), message);
      assert.throws(() => analyzer.analyze('x', options), { message });
    }
  });

  test('options that are undefined, or an undefined value, are the defaults', () => {
    const expected = withoutTimings(analyzer.analyze(seedInput));
    for (const options of [undefined, null, {}, { format: undefined, clean: undefined }]) {
      assert.deepEqual(withoutTimings(analyzer.analyze(seedInput, options)), expected);
    }
  });

  test('input that is neither a string nor bytes is invalid-input', () => {
    for (const input of [42, null, undefined, {}, ['a'], new Uint16Array(2), true]) {
      assert.throws(() => analyzer.analyze(input), assertAnalyzerError('invalid-input'), String(input));
    }
  });

  test('the analyzer still works after errors', () => {
    assert.throws(() => analyzer.analyze(7));
    assert.ok(analyzer.analyze(seedInput, { format: 'text' }).text.length > 0);
  });
});

describe('memory', () => {
  test('stays flat over 1,000 analyses of the seed', () => {
    const analyzeSeed = () => analyzer.analyze(seedInput, { format: 'text' });
    for (let i = 0; i < 20; i += 1) analyzeSeed();
    const before = analyzer.memoryStats();
    assert.ok(before.used > 0 && before.heapSize >= before.used, 'memoryStats reports the heap');
    for (let i = 0; i < 1000; i += 1) analyzeSeed();
    const after = analyzer.memoryStats();
    const growth = after.used - before.used;
    assert.ok(growth < 64 * 1024, `heap use grew by ${growth} bytes over 1,000 analyses`);
  });
});
