// What `learn` writes has four decimals, as promised, and still validates: no float noise
// (0.009000000000000001), and every distribution adds up to exactly 10,000 ten-thousandths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { perturb } from '../../src/analysis/perturb.js';
import { seededRandom } from '../../src/analysis/random.js';
import { simulatedRecords } from '../../src/analysis/simulated-records.js';
import { type KnowledgeBase, validateKnowledgeBase } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { learn } from '../../src/learn/index.js';
import { rounded, roundedDistribution } from '../../src/learn/write.js';

/** As JSON.stringify writes it: 0, 1, or 0. and at most four digits. */
const FOUR_DECIMALS = /^(0|1|0\.\d{0,3}[1-9])$/;

/** Every probability a knowledge base writes: priors, P(fix | cause), P(answer | cause). */
function probabilities(kb: KnowledgeBase): { where: string; p: number }[] {
  return [
    ...kb.devices.flatMap((d) => Object.entries(d.priors).map(([c, p]) => ({ where: `${d.id}.priors.${c}`, p }))),
    ...kb.actions.flatMap((a) => Object.entries(a.fixes).map(([c, p]) => ({ where: `${a.id}.fixes.${c}`, p }))),
    ...kb.questions.flatMap((q) =>
      q.options.flatMap((o) => Object.entries(o.likelihood ?? {}).map(([c, p]) => ({ where: `${q.id}.${o.id}.${c}`, p }))),
    ),
  ];
}

/** Whole ten-thousandths: exact for a number with four decimals. */
const units = (p: number) => Math.round(p * 10_000);

describe('learn: the numbers written', () => {
  it('rounds to four decimals without float noise (property)', () => {
    assert.equal(String(rounded(0.009)), '0.009');
    assert.equal(String(rounded(0.00899999)), '0.009');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const r = rounded(p);
        assert.match(JSON.stringify(r), FOUR_DECIMALS);
        assert.ok(Math.abs(r - p) <= 0.00005 + 1e-12, `${p} → ${r}`);
      }),
    );
  });

  it('a rounded distribution keeps four decimals, keeps what was possible possible, and adds up to exactly 1 (property)', () => {
    const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        weights.filter((w) => w.some((x) => x > 0)),
        (w) => {
          const total = w.reduce((a, b) => a + b, 0);
          const out = roundedDistribution(w.map((x) => x / total));
          out.forEach((p, i) => {
            assert.match(JSON.stringify(p), FOUR_DECIMALS);
            assert.equal(p > 0, w[i]! > 0, `entry ${i}: ${w[i]} → ${p}`);
          });
          assert.equal(
            out.reduce((sum, p) => sum + units(p), 0),
            10_000,
          );
        },
      ),
    );
  });

  it('every probability of a learned knowledge base has at most four decimals, and it validates (property over worlds and strengths)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(1, 30, 300, 3000), (seed, strength) => {
        const world = perturb(defaultKnowledgeBase, seededRandom(seed), 0.5);
        const records = [
          ...simulatedRecords(defaultKnowledgeBase, { count: 80, world, seed, today: '2026-11-21', purchaseDate: '2026-03-21' }),
        ];
        const { knowledgeBase, report } = learn(defaultKnowledgeBase, records, { strength });
        const noisy = probabilities(knowledgeBase).filter(({ p }) => !FOUR_DECIMALS.test(JSON.stringify(p)));
        assert.deepEqual(noisy, []);
        validateKnowledgeBase(JSON.parse(JSON.stringify(knowledgeBase)));
        for (const device of knowledgeBase.devices) {
          assert.equal(
            Object.values(device.priors).reduce((sum, p) => sum + units(p), 0),
            10_000,
            device.id,
          );
        }
        for (const c of report.changes) for (const p of [c.before, c.after, c.uncertainty]) assert.match(JSON.stringify(p), FOUR_DECIMALS);
      }),
      { numRuns: 8 },
    );
  });
});
