// The house rules of the core's layout (README, "How it is built"), checked on the sources'
// #include lines: each third-party library has one includer, and each folder of core/src sees
// only the folders it may use.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(cpp|h|inc)$/;

function sources(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)));
}

/** Every file of the core and the wasm glue with the headers it includes. */
const FILES = [...sources('core'), ...sources('wasm')].map((file) => ({
  file,
  includes: [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*#\s*include\s*[<"]([^>"]+)[>"]/gm)].map((m) => m[1]),
}));

const includers = (pattern) => FILES.filter((f) => f.includes.some((h) => pattern.test(h))).map((f) => f.file).sort();

test('the layout test sees the core', () => {
  assert.ok(FILES.length > 30, `${FILES.length} files`);
  assert.ok(FILES.some((f) => f.file === 'core/src/analyzer.cpp'));
});

test('Emscripten, Gumbo and ICU each have exactly one includer', () => {
  assert.deepEqual(includers(/^emscripten\//), ['wasm/bindings.cpp']);
  assert.deepEqual(includers(/^gumbo\.h$/), ['core/src/html/gumbo_adapter.cpp']);
  assert.deepEqual(includers(/^unicode\/[a-z0-9_]+\.h$/), ['core/src/text/unicode_icu.cpp']);
});

// What each folder of core/src may include of the others (its own folder always).
const MAY_USE = {
  'core/src/text/': ['text/', 'lang/'],
  'core/src/html/': ['html/', 'text/'],
  'core/src/extract/': ['extract/', 'html/dom.h', 'text/', 'lang/'],
  'core/src/nlp/': ['nlp/', 'text/', 'lang/', 'models/'],  // models/: the entity model the build embeds
  'core/src/lang/': ['lang/', 'text/unicode.h', 'text/strings.h'],
};

test('each folder of core/src includes only what it may use', () => {
  const broken = [];
  for (const { file, includes } of FILES) {
    const folder = Object.keys(MAY_USE).find((prefix) => file.startsWith(prefix));
    if (!folder) continue;
    for (const header of includes) {
      if (!header.includes('/') || header.startsWith('article_analyzer/')) continue;  // Standard headers, the public API.
      if (/^(unicode|gumbo|emscripten)\//.test(header)) continue;  // Third parties: the test above.
      if (!MAY_USE[folder].some((allowed) => header.startsWith(allowed))) broken.push(`${file} includes ${header}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the core never includes the tools', () => {
  assert.deepEqual(includers(/(^|\/)tools\//), []);
});
