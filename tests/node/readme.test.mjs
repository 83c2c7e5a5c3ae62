// The README's core example must run as written: extract it and run it against the built package.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the README core example runs and prints what its comments say', async () => {
  const readme = await readFile(`${root}/README.md`, 'utf8');
  const example = readme.match(/<!-- The test suite runs this example[^>]*-->\s*```js\n([\s\S]*?)```/)?.[1];
  assert.ok(example, 'README has the marked example');
  // Run from the package root so `charge-troubleshooter/core` resolves to this package by its own name.
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', example], { cwd: root, encoding: 'utf8' });
  const lines = output.trimEnd().split('\n');
  assert.equal(lines[0], 'warranty-claim');
  assert.match(output, /id: 'battery-worn',\s+label: 'Worn-out or failed battery',\s+probability: 0\.88\d*\s+\}\nhttps:\/\/uk\.shokz\.com\/pages\/warranty-policy\n/);
  assert.match(output, /\nDevice: Shokz OpenRun \(shokz-openrun\)\n/);
  assert.equal(lines.at(-1), 'warranty-claim');
});
