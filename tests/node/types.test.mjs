// web/index.d.ts against the core's own names (analyzer.names, read from the core's tables) and
// web/errors.mjs: a name added to the core, or removed, must show in the types.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createAnalyzer } from '../../web/analyzer.mjs';
import { JS_ERROR_CODES } from '../../web/errors.mjs';

const readRepoFile = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const typesSource = readRepoFile('web/index.d.ts').replace(/\/\/[^\n]*|\/\*[^]*?\*\//g, '');

let names;
before(async () => {
  ({ names } = await createAnalyzer());
});

/** The string literals of a union type, `open` true when it also admits any string. */
function literalsOf(union) {
  const literals = [...union.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return { literals, open: /\(string & \{\}\)/.test(union) };
}

/** The literals of `export type NAME = ...;` in index.d.ts. */
function typeAlias(name) {
  const match = typesSource.match(new RegExp(`export type ${name} =([^;]*);`));
  assert.ok(match, `index.d.ts declares type ${name}`);
  return literalsOf(match[1]);
}

/** The literals of the type of `interfaceName.field` in index.d.ts. */
function fieldType(interfaceName, field) {
  const body = typesSource.match(new RegExp(`export interface ${interfaceName}\\b[^{]*\\{([^]*?)\\n\\}`));
  assert.ok(body, `index.d.ts declares interface ${interfaceName}`);
  const match = body[1].match(new RegExp(`\\b${field}\\??:([^;]*);`));
  assert.ok(match, `${interfaceName} has a field ${field}`);
  return literalsOf(match[1]);
}

const sorted = (list) => [...list].sort();

describe('index.d.ts names what the core names', () => {
  test('AnalyzerErrorCode: the core codes and the JavaScript-only ones', () => {
    assert.ok(names.errorCodes.length > 0);
    assert.deepEqual(sorted(typeAlias('AnalyzerErrorCode').literals), sorted([...names.errorCodes, ...JS_ERROR_CODES]));
  });

  test('ParagraphKind', () => {
    assert.deepEqual(typeAlias('ParagraphKind').literals, [...names.paragraphKinds]);
  });

  test('EntityType', () => {
    assert.deepEqual(typeAlias('EntityType').literals, [...names.entityTypes]);
  });

  test('Attribution: every way the core finds a speaker', () => {
    assert.deepEqual(typeAlias('Attribution').literals, [...names.attributions]);
  });

  test('the element names every attribution in words', async () => {
    const { ATTRIBUTION_NAMES } = await import('../../web/element/dom.mjs');
    assert.deepEqual(sorted(Object.keys(ATTRIBUTION_NAMES)), sorted(names.attributions));
  });

  test('Quote.how: an Attribution or null', () => {
    const { literals, open } = fieldType('Quote', 'how');
    assert.deepEqual(literals, []);
    assert.match(typesSource.match(/export interface Quote\b[^{]*\{([^]*?)\n\}/)[1], /how: Attribution \| null;/);
    assert.ok(!open);
  });

  test('RemovedReason', () => {
    assert.deepEqual(typeAlias('RemovedReason').literals, [...names.removalReasons]);
  });

  test('AnalyzeOptions.format: every format', () => {
    const { literals, open } = fieldType('AnalyzeOptions', 'format');
    assert.deepEqual(literals, [...names.formats]);
    assert.ok(!open, 'only the known formats are accepted');
  });

  test('Analysis.format: every format but auto, which is resolved before a result exists', () => {
    assert.ok(names.formats.includes('auto'));
    assert.deepEqual(fieldType('Analysis', 'format').literals, names.formats.filter((format) => format !== 'auto'));
  });

  test('body kinds are paragraph kinds, and the title, captions and credits are not among them', () => {
    assert.ok(names.bodyKinds.length > 0);
    for (const kind of names.bodyKinds) assert.ok(names.paragraphKinds.includes(kind), kind);
    for (const kind of ['title', 'caption', 'credit']) assert.ok(!names.bodyKinds.includes(kind), kind);
  });

  test('the names cannot be changed by a caller', () => {
    assert.ok(Object.isFrozen(names) && Object.isFrozen(names.paragraphKinds));
  });
});

describe('one source for each list', () => {
  test('every removal reason spelled in extraction.h is in removal_reasons()', () => {
    const header = readRepoFile('core/src/extract/extraction.h');
    const block = header.match(/namespace reason \{([^]*?)\}\s*\/\/ namespace reason/);
    assert.ok(block, 'extraction.h has namespace reason');
    const spelled = [...block[1].matchAll(/std::string_view k\w+ = "([^"]*)"/g)].map((match) => match[1]);
    assert.ok(spelled.length > 0);
    assert.deepEqual(sorted(names.removalReasons), sorted(spelled));
  });

  test('web/ throws no error code that is neither the core\'s nor in JS_ERROR_CODES', () => {
    const known = new Set([...names.errorCodes, ...JS_ERROR_CODES]);
    const webDir = new URL('../../web/', import.meta.url);
    const thrown = readdirSync(webDir, { recursive: true })
      .filter((file) => file.endsWith('.mjs'))
      .flatMap((file) => [...readFileSync(new URL(file, webDir), 'utf8').matchAll(/new AnalyzerError\('([^']*)'/g)])
      .map((match) => match[1]);
    assert.ok(thrown.length > 0, 'web/ throws AnalyzerErrors');
    for (const code of thrown) assert.ok(known.has(code), `'${code}' is a known code`);
    for (const code of JS_ERROR_CODES) assert.ok(thrown.includes(code), `'${code}' is still thrown somewhere`);
  });
});
