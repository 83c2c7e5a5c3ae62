// The kinds tables: one classification of every outcome and step kind, read by everything that asks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endedRight } from '../../src/analysis/metrics.js';
import { ESCALATIONS, OUTCOME_KINDS, OUTCOME_VERDICTS, OUTCOMES } from '../../src/core/index.js';
import { ENGINE_PROMPT_IDS, escalationOutcome, possibleAgeBands, RESERVED_PROMPT_IDS, STEP_KINDS } from '../../src/core/internal.js';

const sentBack = OUTCOMES.filter((outcome) => OUTCOME_VERDICTS[outcome].sentBack);

describe('the kinds tables', () => {
  it('classify every outcome, in the vocabulary’s order', () => {
    assert.deepEqual(Object.keys(OUTCOME_KINDS), [...OUTCOMES]);
  });

  it('send the product back on a refund, a claim, a legal guarantee, a repair and a replacement', () => {
    assert.deepEqual(sentBack, ['refund', 'warranty-claim', 'legal-guarantee', 'repair', 'replace']);
  });

  it('count escalations as everything but a fix and a safety stop; what is sent back is escalated', () => {
    assert.deepEqual(ESCALATIONS, ['refund', 'warranty-claim', 'legal-guarantee', 'repair', 'replace', 'contact-support']);
    for (const outcome of sentBack) assert.ok(ESCALATIONS.includes(outcome as never), outcome);
    // An escalation prices its needless use; the rest have nothing to price.
    for (const outcome of OUTCOMES)
      assert.equal(OUTCOME_KINDS[outcome].needless !== undefined, ESCALATIONS.includes(outcome as never), outcome);
  });

  it('owe each age-bound outcome at the ages the policy gives it', () => {
    const policy = { returnDays: 30, warrantyMonths: 12, legalMonths: 24, presumedMonths: 12, lifespanMonths: 36, repairPays: true };
    for (const band of possibleAgeBands(policy)) {
      const owedAt = OUTCOME_VERDICTS[escalationOutcome(band, policy)].owedAt;
      assert.ok(owedAt === 'any-age' || owedAt.includes(band as never), `${band} → ${escalationOutcome(band, policy)}`);
    }
    assert.deepEqual(OUTCOME_VERDICTS['contact-support'].owedAt, 'any-age', 'an unknown age goes to support');
  });

  it('make the yardstick count a legal-guarantee ending right for a fault nobody at home can fix, as it does a warranty claim', () => {
    assert.equal(endedRight('legal-guarantee', false), true);
    assert.equal(endedRight('warranty-claim', false), true);
    assert.equal(endedRight('contact-support', false), false, 'support: nobody owns the fault yet');
    assert.equal(endedRight('safety-stop', false), false);
    assert.equal(endedRight('get-part', true, true), true, 'get the part: right when the part fixes the true cause');
    for (const outcome of OUTCOMES) assert.equal(endedRight(outcome, true), outcome === 'resolved', outcome);
  });

  it('reserve the engine’s own question ids and the results’ ids from a knowledge base', () => {
    assert.deepEqual(ENGINE_PROMPT_IDS, ['device', 'age', 'return-offer']);
    assert.deepEqual(RESERVED_PROMPT_IDS, [...ENGINE_PROMPT_IDS, ...OUTCOMES]);
    assert.deepEqual(
      Object.entries(STEP_KINDS)
        .filter(([, traits]) => traits.prompt === 'question')
        .map(([kind]) => kind),
      ['device', 'question', 'age', 'return-offer'],
    );
  });
});
