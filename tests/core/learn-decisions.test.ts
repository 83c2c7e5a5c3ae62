// The decision-level report: what shipping learned numbers changes, judged where they are true and where they are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { structuredShift } from '../../src/analysis/structured-shift.js';
import type { KnowledgeBase } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { decisionReport } from '../../src/learn/decisions.js';

const TODAY = '2026-11-21';
const BETTER = { before: -4.6, after: -4.5 };
const RUNS = 10;

/** The knowledge base with one step's P(fix) for one cause replaced. */
function withFix(kb: KnowledgeBase, action: string, cause: string, p: number): KnowledgeBase {
  return { ...kb, actions: kb.actions.map((a) => (a.id === action ? { ...a, fixes: { ...a.fixes, [cause]: p } } : a)) };
}

describe('decisionReport', () => {
  it('goes for numbers that are right: the engine does better where they are true, the first steps show how', () => {
    const truth = structuredShift(defaultKnowledgeBase);
    const report = decisionReport(defaultKnowledgeBase, truth, { today: TODAY, runs: RUNS, heldOutLogLikelihood: BETTER });
    assert.equal(report.go, true, report.reasons.join('\n'));
    const { inLearnedWorld } = report.overall;
    assert.ok(inLearnedWorld.learned.right > inLearnedWorld.authored.right);
    // A batch of bad cables for this speaker: another cable comes first.
    const flare = report.devices.find((d) => d.device === 'soundcore-flare-2')!;
    assert.equal(flare.firstSteps.learned[0], 'try-another-cable');
    assert.notDeepEqual(flare.firstSteps.learned, flare.firstSteps.authored);
    assert.deepEqual(report.agesInMonths, [0, 8, 30]);
    assert.equal(report.devices.length, defaultKnowledgeBase.devices.length);
  });

  it('does not go when the learned numbers would lose more than half a point if the authored ones were right', () => {
    // Records that (wrongly) say another cable never helps: the engine would stop offering it.
    const misled = withFix(defaultKnowledgeBase, 'try-another-cable', 'cable', 0.01);
    const report = decisionReport(defaultKnowledgeBase, misled, { today: TODAY, runs: RUNS, heldOutLogLikelihood: BETTER });
    assert.equal(report.go, false);
    assert.match(report.reasons[2]!, /^no: where the authored numbers are true/);
    const { inAuthoredWorld } = report.overall;
    assert.ok(inAuthoredWorld.authored.right - inAuthoredWorld.learned.right > 0.005);
  });

  it('does not go without held-out sessions, or when they are predicted worse, and says so', () => {
    const same = decisionReport(defaultKnowledgeBase, defaultKnowledgeBase, { today: TODAY, runs: 5 });
    assert.equal(same.go, false);
    assert.match(same.reasons[0]!, /^no: too few sessions to hold any back/);
    // The same numbers: the same first steps, the same figures in both worlds.
    for (const device of same.devices) {
      assert.deepEqual(device.firstSteps.learned, device.firstSteps.authored);
      assert.deepEqual(device.inLearnedWorld.learned, device.inLearnedWorld.authored);
    }
    const worse = decisionReport(defaultKnowledgeBase, defaultKnowledgeBase, {
      today: TODAY,
      runs: 5,
      heldOutLogLikelihood: { before: -4.5, after: -4.6 },
    });
    assert.match(worse.reasons[0]!, /^no: sessions kept back are predicted worse/);
  });
});
