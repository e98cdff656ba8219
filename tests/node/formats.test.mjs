// web/formats.mjs: the file-name-to-format rule the CLI and the app share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatForFileName } from '../../web/formats.mjs';

test('.html and .htm are read as HTML, .txt as text, in any case', () => {
  for (const name of ['page.html', 'PAGE.HTM', '/tmp/a.b/page.Html']) assert.equal(formatForFileName(name), 'html', name);
  for (const name of ['notes.txt', 'C:\\docs\\NOTES.TXT', 'archive.html.txt']) assert.equal(formatForFileName(name), 'text', name);
});

test('any other name, or none, is left to the core', () => {
  for (const name of ['page', 'page.xhtml', 'page.html.gz', 'dir.txt/page', 'page.', '-', '', undefined]) {
    assert.equal(formatForFileName(name), 'auto', String(name));
  }
});
