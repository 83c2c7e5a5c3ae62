// The benchmark's own building blocks: correct inputs and exact arithmetic (no timings here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGNOSIS_SETTINGS, diagnosis, diagnosisGoals } from '../../bench/diagnosis.mjs';
import { generatedKnowledgeBase } from '../../bench/scaling.mjs';
import { validateKnowledgeBase } from '../../dist/core/index.js';
import { defaultKnowledgeBase } from '../../dist/knowledge-base/index.js';

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

test('the diagnosis benchmark covers every device and checks each goal against its own figures', () => {
  const result = diagnosis({ ...DIAGNOSIS_SETTINGS, runs: 20, noiseWorlds: 1 });
  assert.deepEqual(
    result.plain.devices.map((d) => d.device),
    defaultKnowledgeBase.devices.map((d) => d.id),
  );
  const goal = (start) => result.goals.find((g) => g.goal.startsWith(start));
  const { engine, fixed } = result.plain.overall;
  assert.equal(goal('ends right ≥ the fixed order + 2').met, engine.right >= fixed.right + 0.02);
  assert.equal(goal('hands-on').met, engine.handsOn <= 0.85 * fixed.handsOn);
  assert.equal(goal('still ahead').met, result.noise.overall.engine.right > result.noise.overall.fixed.right);
  // A goal the figures miss is reported as missed.
  const worse = { ...result.plain, overall: { engine: { ...engine, waiting: fixed.waiting + 1 }, fixed } };
  assert.equal(diagnosisGoals({ plain: worse, noise: undefined }).find((g) => g.goal.startsWith('waiting')).met, false);
});
