// Pasted pages are hostile: the web code builds DOM nodes with createElement and textContent
// only. This guards against an HTML-parsing sink slipping in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|DOMParser|srcdoc|setHTMLUnsafe|parseHTMLUnsafe)\b/;

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(mjs|js|html|ts)$/.test(entry.name)) yield path;
  }
}

test('web/ uses no HTML-parsing DOM API', () => {
  const files = [...sourceFiles(WEB_DIR)];
  assert.ok(files.length >= 6, 'the web sources are found');
  for (const module of ['element/element.mjs', 'element/article.mjs', 'element/panels.mjs', 'element/dom.mjs']) {
    assert.ok(files.includes(join(WEB_DIR, module)), `the element's ${module} is checked`);
  }
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      assert.doesNotMatch(line, HTML_SINKS, `${file}:${index + 1}`);
    });
  }
});
