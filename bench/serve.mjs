// Serves the project folder on 127.0.0.1 for the benchmark the way a CDN does: gzip -9 when the
// browser accepts it, cacheable. So a throttled load moves the bytes the size rows count, not the
// uncompressed files (the demo server, demo/serve.mjs, sends those). No dependencies.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, requestedFile } from '../demo/serve.mjs';

/** Each file read and compressed once: the bench serves the same few files hundreds of times. */
const cache = new Map();

async function load(path) {
  if (!cache.has(path)) {
    const body = await readFile(path);
    cache.set(path, { body, gzip: gzipSync(body, { level: 9 }) });
  }
  return cache.get(path);
}

async function serveFile(request, response) {
  const path = requestedFile(request);
  if (path === undefined) return response.writeHead(403).end();
  let file;
  try {
    file = await load(path);
  } catch {
    return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'max-age=3600',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(gzip ? file.gzip : file.body);
}

/** Resolves with the base URL once listening on a free port of 127.0.0.1. */
export function startServer() {
  const server = createServer(serveFile);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}
