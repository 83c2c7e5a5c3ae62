// The README's marked examples must run as written: extract each and run it against the built package.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = await readFile(`${root}/README.md`, 'utf8');
const examples = [...readme.matchAll(/<!-- The test suite runs this example[^>]*-->\s*```js\n([\s\S]*?)```/g)].map((m) => m[1]);

// Run from the package root so `charge-troubleshooter/core` resolves to this package by its own name.
const run = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

test('the core API example prints what its comments say', () => {
  const output = run(examples[0]);
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
  assert.equal(run(examples[2]).trim(), 'safety');
});

test('the controller example says what its comments say, in German, then French', () => {
  const said = [...examples[1].matchAll(/\/\/ ((?:answer|language|back) .+)$/gm)].map((m) => m[1]);
  assert.equal(said.length, 3);
  const lines = run(examples[1]).trimEnd().split('\n');
  assert.equal(lines[0], 'start Zuerst eine Sicherheitsprüfung');
  assert.deepEqual(lines.slice(1), said);
});

test('the learn example prints what its comments say', () => {
  const said = [...examples[3].matchAll(/console\.log\(.*\); \/\/ (.+)$/gm)].map((m) => m[1]);
  assert.equal(said.length, 3);
  const lines = run(examples[3]).trimEnd().split('\n');
  assert.equal(lines[0], said[0]);
  assert.equal(lines[1], said[1].replace(/:.*$/, ''));
  assert.equal(lines[2], said[2]);
});
