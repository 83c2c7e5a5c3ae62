import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { englishCore } from '../../dist/core/index.js';

const demo = fileURLToPath(new URL('../../demo/node-session.mjs', import.meta.url));

test('the terminal demo runs the CLI’s walk on the built package: which device, then the safety check, to a result', () => {
  // Device 1, then the safety check's first answer (swollen, hot or smelling: a stop at once).
  const output = execFileSync(process.execPath, [demo], { input: '1\n1\n', encoding: 'utf8', timeout: 20000 });
  assert.ok(output.includes(englishCore.deviceTitle), output);
  assert.ok(output.includes('Safety check first'), output);
  assert.match(output, /\n== .+ ==\n/, 'ends with a result');
});
