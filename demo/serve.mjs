// Serves the project folder on 127.0.0.1 for the demo pages (npm start). No dependencies.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Content types by extension, for every server of this project's files. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a request names inside the project folder, or undefined for one outside it (answered 403). */
export function requestedFile(request) {
  const file = join(root, normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
  return file.startsWith(root) ? file : undefined;
}

async function serveFile(request, response) {
  let file = requestedFile(request);
  if (file === undefined) return response.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

/** Serves the project folder on 127.0.0.1; resolves with the base URL once listening. */
export function startServer(port = 0) {
  const server = createServer(serveFile);
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.env.PORT ?? 8000));
  console.log(`Demo: ${url}/demo/`);
}
