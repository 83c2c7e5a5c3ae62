// The benchmark's own building blocks: correct inputs and exact arithmetic (no timings here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { throttledAtLeast } from '../../bench/browser.mjs';
import { DIAGNOSIS_SETTINGS, diagnosis, diagnosisGoals } from '../../bench/diagnosis.mjs';
import { performanceGoals } from '../../bench/goals.mjs';
import { LEARNING_SETTINGS, learning, learningGoals } from '../../bench/learning.mjs';
import { learningShift, SHIFT_SETTINGS, shiftGoals } from '../../bench/learning-shift.mjs';
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

test('the learning benchmark learns towards the truth, learns grouped rows alike, and checks its goals against its figures', async () => {
  const settings = { ...LEARNING_SETTINGS, worlds: [42], sizes: [200, 2_000], runs: 20, scaleRecords: 2_000 };
  const { proof, scale, goals } = await learning(settings);
  assert.deepEqual(
    proof.map((p) => p.inspected),
    [0, 0.5],
  );
  for (const p of proof) {
    assert.deepEqual(
      p.sizes.map((row) => row.records),
      [0, 200, 2_000],
    );
    assert.deepEqual(
      p.worlds.map((w) => w.seed),
      [42],
    );
    const [original, , most] = p.sizes;
    assert.equal(original.heldOut, undefined, 'nothing is held out of the authored numbers');
    assert.ok(most.priorError < original.priorError, `prior error ${most.priorError} < ${original.priorError}`);
    assert.ok(most.fixError < original.fixError, `P(fix) error ${most.fixError} < ${original.fixError}`);
    assert.ok(most.heldOut.after > most.heldOut.before, 'learning predicts the held-out sessions better');
    assert.deepEqual(Object.keys(most.engine), ['right', 'fixableEscalated', 'handsOn', 'waiting']);
    assert.ok(p.truth.right > 0 && p.truth.right <= 1);
  }
  assert.equal(scale.raw.sessions, 2_000);
  assert.ok(scale.grouped.rows === scale.raw.paths && scale.grouped.rows < 2_000, 'grouping collapses sessions into paths');
  assert.equal(scale.grouped.identical, true);

  const goal = (start, inspected) => goals.find((g) => g.goal.startsWith(start) && g.inspected === inspected);
  const [plain] = proof;
  assert.equal(goal('learned from 2,000 records', 0).met, plain.sizes[2].engine.right > plain.sizes[0].engine.right);
  assert.equal(goal('2,000 raw records', undefined).met, scale.raw.seconds < 60);
  // Figures that miss a goal are reported as missed.
  const worse = { ...plain, sizes: [plain.sizes[0], plain.sizes[1], { ...plain.sizes[2], priorError: plain.sizes[1].priorError }] };
  const slow = { ...scale, raw: { ...scale.raw, seconds: 60 }, grouped: { ...scale.grouped, identical: false } };
  const missed = learningGoals([worse], slow).filter((g) => !g.met);
  assert.deepEqual(
    missed.map((g) => g.goal.split(' (')[0]).filter((g) => !g.startsWith('learned from')),
    [
      'error of the priors falls at every size',
      '2,000 raw records learned in under 60 s on one core',
      'rows grouped as a warehouse would learn the same knowledge base as the raw records',
    ],
  );
});

test('the shifted-world bench learns from clean, abandoned and poisoned records and judges its goals on its own figures', () => {
  const settings = { ...SHIFT_SETTINGS, records: 1_500, seeds: [1], runs: 5, ages: SHIFT_SETTINGS.ages.slice(0, 1), crafted: 30 };
  const shift = learningShift(settings);
  const { authored, truth, variants, streams } = shift;
  assert.ok(truth.right > authored.right, 'the true numbers do better in their own world');
  // About 39 % give up; lost, they leave fewer records than were begun.
  assert.ok(shift.abandonedShare > 0.3 && shift.abandonedShare < 0.5, `${shift.abandonedShare}`);
  assert.deepEqual(Object.keys(variants), ['clean', 'abandonedLost', 'abandonedRecorded', 'forgedLine', 'crafted']);
  assert.equal(Object.keys(streams[0].clean.devices).length, 12);
  const goals = shiftGoals(shift);
  assert.equal(goals[0].met, variants.clean.right > authored.right);
  assert.equal(goals[2].met, shift.largestDeviceShift.forgedLine <= 0.5);
  // Figures that miss a goal are reported as missed.
  const missed = shiftGoals({ ...shift, largestDeviceShift: { forgedLine: 57, crafted: 1 }, gainKept: { lost: 0.2, recorded: 0.5 } });
  assert.deepEqual(
    missed.filter((g) => !g.met && !g.goal.startsWith('learned from') && !g.goal.startsWith('and within')).map((g) => g.goal.split(' ')[0]),
    ['one', 'with'],
  );
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
