// The bench's server sends what a CDN sends: gzip when the browser accepts it, the file as it is
// otherwise, and nothing outside the project.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startServer } from '../../bench/serve.mjs';

let server;
let base;
before(async () => ({ server, url: base } = await startServer()));
after(() => server.close());

/** A raw GET (fetch would decode the gzip and hide it). */
const get = (path, headers = {}) =>
  new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

test('gzips for a browser that accepts it and sends the file as it is otherwise', async () => {
  const file = await readFile(new URL('../../bench/pages/probe.js', import.meta.url));
  const zipped = await get('/bench/pages/probe.js', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(zipped.status, 200);
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.match(zipped.headers['content-type'], /text\/javascript/);
  assert.ok(zipped.body.length < file.length);
  assert.deepEqual(gunzipSync(zipped.body), file);
  const plain = await get('/bench/pages/probe.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, file);
});

test('answers 404 for missing files and never serves outside the project', async () => {
  assert.equal((await get('/bench/pages/nope.html')).status, 404);
  assert.ok([403, 404].includes((await get('/..%2f..%2f..%2fetc%2fpasswd')).status));
});
