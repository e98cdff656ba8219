// tools/serve.mjs: what it serves, with which types, and what it refuses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/serve.mjs';

let server;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server.close());

/** A raw GET (fetch would normalize "..") returning {status, headers, body}. */
function get(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.port, path, method }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({
        status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'),
      }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

test('listens on 127.0.0.1 on the port asked for (0: any free one)', () => {
  assert.ok(server.port > 0);
  assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
  assert.equal(server.server.address().address, '127.0.0.1');
});

test('/ redirects to the app', async () => {
  const response = await get('/');
  assert.equal(response.status, 302);
  assert.equal(response.headers.location, '/web/app/');
});

test('serves the app with the right types', async () => {
  const page = await get('/web/app/');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html/);
  assert.match(page.body, /<article-analyzer/);
  for (const [path, type] of [['/web/analyzer.mjs', /^text\/javascript/], ['/web/app/app.css', /^text\/css/],
    ['/web/app/sample-article.txt', /^text\/plain/]]) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers['content-type'], type, path);
  }
  assert.equal((await get('/web/app')).headers.location, '/web/app/');
});

test('serves the wasm as application/wasm', { skip: !existsSync(new URL('../../dist/article-analyzer.wasm', import.meta.url)) && 'dist/ is not built' }, async () => {
  const response = await get('/dist/article-analyzer.wasm', 'HEAD');
  assert.equal(response.status, 200);
  assert.equal(response.headers['content-type'], 'application/wasm');
  assert.equal(response.body, '', 'HEAD has no body');
});

test('serves nothing outside /web/ and /dist/', async () => {
  for (const path of ['/package.json', '/tools/serve.mjs', '/tests/helpers.mjs', '/web/../package.json',
    '/web/%2e%2e/package.json', '/web/..%2fpackage.json', '/web/app/%2e%2e/%2e%2e/package.json',
    '/web%2f..%2fpackage.json', '/web/app/..%5c..%5cpackage.json', '/web/no-such-file.mjs', '/web/%zz']) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
  }
});

test('is read-only', async () => {
  const response = await get('/web/app/index.html', 'POST');
  assert.equal(response.status, 405);
});

test('run directly, it serves on PORT and says where', async () => {
  const script = fileURLToPath(new URL('../../tools/serve.mjs', import.meta.url));
  const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [firstChunk] = await once(child.stdout, 'data');
    const line = firstChunk.toString().trim();
    const match = /^Serving the article analyzer at http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(line);
    assert.ok(match, line);
    const response = await fetch(`http://127.0.0.1:${match[1]}/web/app/`);
    assert.equal(response.status, 200);
  } finally {
    child.kill();
  }
});
