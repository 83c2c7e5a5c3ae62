// The benchmark's own building blocks: correct inputs and exact arithmetic (no timings here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { throttledAtLeast } from '../../bench/browser.mjs';
import { DIAGNOSIS_SETTINGS, diagnosis, diagnosisGoals } from '../../bench/diagnosis.mjs';
import { performanceGoals } from '../../bench/goals.mjs';
import { PHONE } from '../../bench/phone.mjs';
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

test("issue 15's goals are checked against the run's own figures, and say when a figure is missing", () => {
  const pair = (ours, baseline) => ({ ours: { median: ours }, baseline: { median: baseline } });
  const results = (overrides = {}) => ({
    size: { 'CDN launcher entry': { gzip: 3_900 } },
    browser: {
      network: { ours: { gzip: 22_000 } },
      phoneFirstStep: { ...pair(1_250, 1_000), throttled: true },
      stepTime: pair(2, 1),
      memory: pair(300, 100),
    },
    launcher: { entry: 'dist/cdn/charge-troubleshooter-launcher.js', click: { prefetch: { median: 65 }, eager: { median: 50 } } },
    ...overrides,
  });
  const met = (goals) => Object.fromEntries(Object.entries(goals).map(([key, goal]) => [key, goal.met]));
  assert.deepEqual(met(performanceGoals(results())), {
    bytesBeforeFirstStep: true,
    launcherEntry: true,
    clickVsEager: true,
    phoneFirstStep: true,
    stepTime: true,
    heap: false,
  });
  assert.equal(performanceGoals(results()).heap.value, 3);

  const unbuilt = performanceGoals(
    results({ size: { 'CDN launcher entry': null }, launcher: { entry: 'x.js', click: { eager: { median: 50 } } } }),
  );
  for (const key of ['launcherEntry', 'clickVsEager']) {
    assert.equal(unbuilt[key].met, undefined);
    assert.match(unbuilt[key].detail, /launcher entry not built/);
  }

  const base = results();
  const unthrottled = performanceGoals({ ...base, browser: { ...base.browser, phoneFirstStep: { ...pair(1, 1), throttled: false } } });
  assert.equal(unthrottled.phoneFirstStep.met, undefined);
  const slower = performanceGoals({ ...base, browser: { ...base.browser, network: { ours: { gzip: 22_001 } } } });
  assert.equal(slower.bytesBeforeFirstStep.met, false);
  const noBaseline = performanceGoals({ ...base, browser: { ...base.browser, memory: pair(300, -50) } });
  assert.equal(noBaseline.heap.met, undefined, 'a negative baseline heap gives no ratio');
});

test('the phone profile counts as applied only when loads really got slower', () => {
  assert.equal(throttledAtLeast(100), 100 + 2 * PHONE.network.latency);
  assert.equal(PHONE.cpuSlowdown, 4);
  assert.equal(PHONE.network.downloadThroughput, 200_000);
});
