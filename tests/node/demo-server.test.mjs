// `npm start` serves the demo on 127.0.0.1: the page, the built bundle, and nothing outside the project.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../demo/serve.mjs', import.meta.url));
let server;
let base;

before(async () => {
  server = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' } });
  const [line] = await once(server.stdout, 'data');
  base = String(line).match(/http:\/\/127\.0\.0\.1:\d+/)[0];
});

after(() => server.kill());

test('serves the demo page and the bundle it loads', async () => {
  const index = await fetch(`${base}/demo/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /text\/html/);
  assert.match(await index.text(), /href="support\.html"/);
  const page = await fetch(`${base}/demo/support.html`);
  assert.match(await page.text(), /<charge-troubleshooter/);
  const bundle = await fetch(`${base}/dist/cdn/charge-troubleshooter.js`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('content-type'), /text\/javascript/);
});

test('answers 404 for missing files and never serves outside the project', async () => {
  assert.equal((await fetch(`${base}/demo/nope.html`)).status, 404);
  const outside = await fetch(`${base}/..%2f..%2f..%2fetc%2fpasswd`);
  assert.ok([403, 404].includes(outside.status), `got ${outside.status}`);
});
