// The diagnosis yardstick: sampled shoppers meeting the engine and the fixed order, and perturbed worlds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareWithFixedOrder } from '../../src/analysis/compare.js';
import { likelihoods, model } from '../../src/analysis/model-queries.js';
import { perturb } from '../../src/analysis/perturb.js';
import { seededRandom } from '../../src/analysis/random.js';
import type { KnowledgeBase } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { action, assertClose, device, question, tinyKnowledgeBase } from './fixtures.js';

const DATES = { today: '2026-11-21', purchaseDate: '2026-05-01' };

describe('the yardstick', () => {
  it('draws the same numbers from the same seed, all in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(
      draws.slice(0, 5),
      Array.from({ length: 5 }, () => b()),
    );
    assert.ok(draws.every((x) => x >= 0 && x < 1));
    assertClose(draws.reduce((sum, x) => sum + x, 0) / draws.length, 0.5, 0.05);
  });

  it('gives hand-checkable figures when every step is certain', () => {
    // y (0.9) is fixed by a 1-minute step, x (0.1) by a 10-minute one; the fixed order does the long one first.
    const kb: KnowledgeBase = tinyKnowledgeBase({
      escalationMinutes: 1000,
      causes: [
        { id: 'x', label: 'X', userFixable: true },
        { id: 'y', label: 'Y', userFixable: true },
      ],
      actions: [action('fix-x', 10, { x: 1 }), action('fix-y', 1, { y: 1 })],
      devices: [device('gadget', { x: 0.1, y: 0.9 })],
      fixedOrder: ['fix-x', 'fix-y'],
    });
    const { overall } = compareWithFixedOrder(kb, { ...DATES, runs: 20 });
    assertClose(overall.engine.handsOn, 0.9 * 1 + 0.1 * 11, 1e-9);
    assertClose(overall.fixed.handsOn, 0.1 * 10 + 0.9 * 11, 1e-9);
    assert.equal(overall.engine.right, 1);
    assert.equal(overall.fixed.right, 1);
    assert.equal(overall.engine.fixableEscalated, 0);
  });

  it('counts refunds for fixable faults that never offered their fix, and the ceiling of every step tried', () => {
    // Inside the return window: fixing x takes a step too long to be worth it, so the engine refunds
    // every x at once; the fixed order tries it and resolves them. z, which nobody fixes, is refunded by both.
    const kb: KnowledgeBase = tinyKnowledgeBase({
      escalationMinutes: 1,
      causes: [
        { id: 'x', label: 'X', userFixable: true },
        { id: 'z', label: 'Z', userFixable: false },
      ],
      actions: [action('fix-x', 500, { x: 1 })],
      devices: [device('gadget', { x: 0.5, z: 0.5 })],
      fixedOrder: ['fix-x'],
    });
    const { overall } = compareWithFixedOrder(kb, { today: '2026-11-21', purchaseDate: '2026-11-11', runs: 20 });
    assertClose(overall.engine.outcomes.refund, 1, 1e-9);
    assertClose(overall.engine.fixableRefunds, 0.5, 1e-9);
    assertClose(overall.engine.refundsNeverOffered, 1, 1e-9);
    assert.equal(overall.fixed.refundsNeverOffered, undefined, 'the fixed order refunds no fixable fault');
    assertClose(overall.engine.right, 0.5, 1e-9);
    assertClose(overall.ceiling, 1, 1e-9);
  });

  it('counts an escalated fixable fault and a right escalation of a hardware one', () => {
    // x is fixable but no step fixes it; z is not: both end in a claim, only z's is right.
    const kb = tinyKnowledgeBase({ actions: [], devices: [device('gadget', { x: 0.25, z: 0.75 })] });
    const { overall } = compareWithFixedOrder(kb, { ...DATES, runs: 10 });
    assertClose(overall.engine.right, 0.75, 1e-9);
    assertClose(overall.engine.fixableEscalated, 1, 1e-9);
    assertClose(overall.fixed.outcomes['warranty-claim'] ?? 0, 1, 1e-9);
  });

  it('lets a shopper skip a step their own answers made impossible, after as long as finding that out takes', () => {
    const kb = tinyKnowledgeBase({
      escalationMinutes: 1000,
      // y, which no shopper here has, keeps "yes" a possible answer (one impossible under every cause is invalid).
      causes: [
        { id: 'x', label: 'X', userFixable: true },
        { id: 'y', label: 'Y', userFixable: true },
      ],
      actions: [action('update', 10, { x: 1 })],
      questions: [
        question(
          'turns-on',
          [
            { id: 'never', label: 'Never', likelihood: { x: 1 }, excludes: ['update'] },
            { id: 'yes', label: 'Yes', likelihood: { x: 0 } },
          ],
          { minutes: 2 },
        ),
      ],
      devices: [device('gadget', { x: 1 })],
      fixedOrder: ['update'],
    });
    const { overall } = compareWithFixedOrder(kb, { ...DATES, runs: 10 });
    // The fixed order never asks, but its shopper finds out in 2 minutes that the update cannot be done.
    assertClose(overall.fixed.handsOn, 2, 1e-9);
    assert.equal(overall.fixed.right, 0);
  });

  it('meets every device of the built-in knowledge base with the same shoppers, reproducibly', () => {
    const a = compareWithFixedOrder(defaultKnowledgeBase, { ...DATES, runs: 20, device: 'shokz-openrun' });
    const b = compareWithFixedOrder(defaultKnowledgeBase, { ...DATES, runs: 20, device: 'shokz-openrun' });
    assert.deepEqual(a, b);
    assert.throws(() => compareWithFixedOrder(defaultKnowledgeBase, { ...DATES, device: 'nope' }), RangeError);
  });
});

describe('a perturbed world', () => {
  const world = perturb(defaultKnowledgeBase, seededRandom(3), 0.3);

  it('keeps priors and each cause’s answer odds adding up to 1, and fix chances within [0, 1]', () => {
    for (const d of world.devices)
      assertClose(
        Object.values(d.priors).reduce((a, b) => a + b, 0),
        1,
        1e-9,
      );
    for (const q of world.questions) {
      for (const cause of world.causes)
        assertClose(
          likelihoods(model(world), q, cause.id).reduce((a, b) => a + b, 0),
          1,
          1e-9,
        );
    }
    for (const a of world.actions) for (const p of Object.values(a.fixes)) assert.ok(p >= 0 && p <= 1, `${a.id}: ${p}`);
  });

  it('moves each probability by at most the spread (before renormalising) and leaves the original alone', () => {
    const original = defaultKnowledgeBase.actions[0]!.fixes.cable!;
    const moved = world.actions[0]!.fixes.cable!;
    assert.ok(moved >= original * 0.7 - 1e-12 && moved <= Math.min(1, original * 1.3) + 1e-12, `${original} → ${moved}`);
    // Ratios of two priors move by at most 1.3 / 0.7 either way.
    const [a, b] = ['cable', 'battery-worn'];
    const ratio = (priors: Record<string, number>) => priors[a]! / priors[b]!;
    const change = ratio(world.devices[0]!.priors) / ratio(defaultKnowledgeBase.devices[0]!.priors);
    assert.ok(change >= 0.7 / 1.3 - 1e-9 && change <= 1.3 / 0.7 + 1e-9, String(change));
    assert.notDeepEqual(world.devices[0]!.priors, defaultKnowledgeBase.devices[0]!.priors);
    assert.equal(defaultKnowledgeBase.actions[0]!.fixes.cable, original);
    assert.deepEqual(perturb(defaultKnowledgeBase, seededRandom(3), 0.3), world);
  });
});
