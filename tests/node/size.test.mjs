// Size budgets, in deterministic gzip -9 bytes of the built bundles (npm test builds first).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { measure } from '../../scripts/size.mjs';

const budgets = JSON.parse(await readFile(new URL('../../size-budget.json', import.meta.url), 'utf8'));

for (const [file, { target, ceiling }] of Object.entries(budgets).filter(([key]) => !key.startsWith('$'))) {
  test(`${file} stays within its size ceiling`, async () => {
    const { gzip } = await measure(file);
    assert.ok(gzip <= ceiling, `${file} is ${gzip} B gzip, over its ceiling of ${ceiling} B (target ${target} B)`);
    if (gzip > target) console.log(`# ${file}: ${gzip} B gzip, ${gzip - target} B over the ${target} B target`);
  });
}
