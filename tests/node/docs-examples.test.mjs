// The documentation's marked examples must run as written: extract each by name and run it against the built package.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = await Promise.all(
  ['README.md', ...(await readdir(`${root}/docs`)).map((file) => `docs/${file}`)]
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFile(`${root}/${file}`, 'utf8')),
);
const examples = Object.fromEntries(
  docs
    .flatMap((text) => [
      ...text.matchAll(
        /<!-- The test suite runs this example \(tests\/node\/docs-examples\.test\.mjs\): ([\w-]+) -->\s*```js\n([\s\S]*?)```/g,
      ),
    ])
    .map((m) => [m[1], m[2]]),
);

// Run from the package root so `charge-troubleshooter/core` resolves to this package by its own name.
const run = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

test('the core API example prints what its comments say', () => {
  const output = run(examples['core-api']);
  const lines = output.trimEnd().split('\n');
  assert.equal(lines[0], 'warranty-claim');
  assert.match(
    output,
    /id: 'battery-worn',\s+label: 'Worn-out or failed battery',\s+probability: 0\.91\d*,\s+likelihood: 'very-likely'\s+\}\nhttps:\/\/uk\.shokz\.com\/pages\/warranty-policy\n\[\s+'The serial number: on the box/,
  );
  assert.match(output, /\nDevice: Shokz OpenRun\n/);
  assert.equal(lines.at(-1), 'warranty-claim');
});

test('the example adding a product validates and starts at the safety check', () => {
  assert.equal(run(examples['adding-a-product']).trim(), 'safety');
});

test('the controller example says what its comments say, in German, then French', () => {
  const said = [...examples.controller.matchAll(/\/\/ ((?:answer|language|back) .+)$/gm)].map((m) => m[1]);
  assert.equal(said.length, 3);
  const lines = run(examples.controller).trimEnd().split('\n');
  assert.equal(lines[0], 'start Zuerst eine Sicherheitsprüfung');
  assert.deepEqual(lines.slice(1), said);
});

test('the learn example prints what its comments say', () => {
  const said = [...examples.learn.matchAll(/console\.log\(.*\); \/\/ (.+)$/gm)].map((m) => m[1]);
  assert.equal(said.length, 3);
  const lines = run(examples.learn).trimEnd().split('\n');
  assert.equal(lines[0], said[0]);
  assert.equal(lines[1], said[1].replace(/:.*$/, ''));
  assert.equal(lines[2], said[2]);
});

test('the GA4 path example prints what its comment says', () => {
  const said = examples['ga4-path'].match(/console\.log\(.*\); \/\/ (.+)$/m)[1];
  assert.equal(run(examples['ga4-path']).trim(), said);
});
