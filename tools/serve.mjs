#!/usr/bin/env node
// A tiny read-only static server for the demo: serves /web/ and /dist/ of the repository,
// nothing else, on 127.0.0.1. Usage: node tools/serve.mjs   (PORT=8080 by default)
import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVED_PREFIXES = ['/web/', '/dist/'];
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function send(response, statusCode, body, headers = {}) {
  response.writeHead(statusCode, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(body);
}

/** The file path for a URL path, or null when the path is outside what is served. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  if (!SERVED_PREFIXES.some((prefix) => decoded.startsWith(prefix))) return null;
  const filePath = join(ROOT, ...segments);
  return filePath.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep) ? filePath : null;
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/') {
    send(response, 302, 'Found\n', { Location: '/web/app/' });
    return;
  }
  const filePath = resolvePath(pathname);
  if (!filePath) {
    send(response, 404, 'Not found\n');
    return;
  }
  let info;
  try {
    info = await stat(filePath);
  } catch {
    send(response, 404, 'Not found\n');
    return;
  }
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) {
      send(response, 301, 'Moved\n', { Location: `${pathname}/` });
      return;
    }
    serveFile(request, response, join(filePath, 'index.html'));
    return;
  }
  serveFile(request, response, filePath, info);
}

async function serveFile(request, response, filePath, knownInfo) {
  let info = knownInfo;
  try {
    info ??= await stat(filePath);
    if (!info.isFile()) throw new Error('not a file');
  } catch {
    send(response, 404, 'Not found\n');
    return;
  }
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * Starts the server and resolves once it listens.
 * @returns {Promise<{server: import('node:http').Server, port: number, url: string, close: () => Promise<void>}>}
 */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actualPort = server.address().port;
      resolve({
        server,
        port: actualPort,
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

function isRunDirectly() {
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a port number, not "${process.env.PORT}"`);
    process.exit(2);
  }
  startServer({ port })
    .then(({ url }) => console.log(`Serving the article analyzer at ${url}`))
    .catch((error) => {
      console.error(`serve: ${error.message}`);
      process.exit(1);
    });
}
