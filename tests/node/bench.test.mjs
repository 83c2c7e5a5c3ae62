// The benchmark's own building blocks: correct inputs and exact arithmetic (no timings here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnosisCost } from '../../bench/cost.mjs';
import { generatedKnowledgeBase } from '../../bench/scaling.mjs';
import { validateKnowledgeBase, defaultKnowledgeBase } from '../../dist/core/index.js';

test('the scaling benchmark generates valid knowledge bases of the asked size', () => {
  for (const n of [10, 100, 1000]) {
    const kb = generatedKnowledgeBase(n);
    assert.equal(validateKnowledgeBase(kb), kb);
    assert.equal(kb.causes.length, n);
    assert.equal(kb.actions.length, n);
    assert.equal(kb.questions.length, Math.max(2, n / 10));
  }
  assert.deepEqual(generatedKnowledgeBase(100), generatedKnowledgeBase(100), 'deterministic');
});

test('the diagnosis cost covers every device with a consistent exact expectation', () => {
  const { rows, overall } = diagnosisCost();
  assert.deepEqual(rows.map((r) => r.device), defaultKnowledgeBase.devices.map((d) => d.id));
  for (const row of rows) {
    for (const strategy of [row.adaptive, row.fixed]) {
      assert.ok(strategy.minutes > 0 && Number.isFinite(strategy.minutes), row.device);
      assert.ok(strategy.prompts >= 1, row.device);
      assert.ok(strategy.correct > 0 && strategy.correct <= 1 + 1e-12, row.device);
    }
    assert.equal(row.ratio, row.adaptive.minutes / row.fixed.minutes);
  }
  // Devices with the same knowledge (the three magnetic Shokz) cost the same.
  const cost = (id) => rows.find((r) => r.device === id).adaptive.minutes;
  assert.equal(cost('shokz-openrun'), cost('shokz-aeropex'));
  assert.ok(overall.ratio < 1, `adaptive should beat the fixed order, got ${overall.ratio}`);
});
