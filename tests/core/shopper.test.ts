import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResultPrompt, Session } from '../../src/core/index.js';
import { defaultKnowledgeBase as kb } from '../../src/knowledge-base/index.js';
import { builtIn } from './fixtures.js';
import { truthfulAnswer } from './shopper.js';

const TODAY = '2026-11-21';

function diagnose(device: string, cause: string, purchaseDate?: string): { session: Session; result: ResultPrompt } {
  let session = builtIn({ device, today: TODAY, ...(purchaseDate ? { purchaseDate } : {}) });
  for (let i = 0; i < 40 && session.current.kind !== 'result'; i++) session = session.answer(truthfulAnswer(kb, cause, session));
  assert.equal(session.current.kind, 'result', `${device} / ${cause}: no result after 40 answers`);
  return { session, result: session.current as ResultPrompt };
}

describe('a truthful simulated shopper on the default knowledge base', () => {
  for (const device of kb.devices) {
    const causes = kb.causes.filter((cause) => (device.priors[cause.id] ?? 0) > 0);

    for (const cause of causes.filter((c) => c.userFixable)) {
      it(`${device.id}: ${cause.id} ends resolved with ${cause.id} credited`, () => {
        const { result } = diagnose(device.id, cause.id);
        assert.equal(result.outcome, 'resolved');
        assert.equal(result.causes[0]!.id, cause.id);
      });
    }

    for (const cause of causes.filter((c) => !c.userFixable)) {
      it(`${device.id}: ${cause.id} ends in a refund, a claim or a replacement by age`, () => {
        const ages: [string, string][] = [
          ['2026-11-11', 'refund'], // 10 days old: inside every return window
          ['2026-05-21', 'warranty-claim'], // 6 months: inside every warranty
          ['2021-11-21', 'replace'], // 5 years: past every warranty and lifespan
        ];
        for (const [purchaseDate, outcome] of ages) {
          const { session, result } = diagnose(device.id, cause.id, purchaseDate);
          assert.equal(result.outcome, outcome, purchaseDate);
          assert.ok(!session.history.map((h) => h.promptId).includes('age'), 'age asked despite a purchase date');
          // Never claims success: the shopper was truthful and nothing the shopper can do fixes this.
          assert.equal(
            session.history.some((h) => h.optionId === 'fixed'),
            false,
          );
        }
      });
    }
  }
});
