// The fuzzers kept as property tests: hostile knowledge bases, snapshots, answers and saved progress
// get the documented error types or a session that works; never NaN, a hang, or another error.
// `npm run fuzz -- 6000` runs the same cases in bulk and counts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createSession, restoreSession } from '../../src/core/index.js';
import {
  answerProblem,
  badAnswer,
  knowledgeBaseProblem,
  mangledSnapshot,
  mutatedKnowledgeBase,
  PROTOTYPE_NAMES,
  pollution,
  pollutionProblem,
  progressProblem,
  snapshotProblem,
  tamperedProgress,
} from '../fuzz/cases.js';
import { clone, defaultKnowledgeBase } from './fixtures.js';

const RUNS = { numRuns: 300 };
const TODAY = '2026-11-21';
const choices = fc.array(fc.nat(20), { minLength: 80, maxLength: 80 });

describe('hostile input to the core', () => {
  it('a mutated knowledge base is refused with every problem’s path, or works for every device', () => {
    fc.assert(
      fc.property(mutatedKnowledgeBase, choices, ({ kb, what }, walk) => {
        const problem = knowledgeBaseProblem(kb, walk);
        assert.equal(problem, undefined, `${what}: ${problem}`);
      }),
      RUNS,
    );
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`a cause named "${name}" works like any other, or is refused with its path`, () => {
      const kb = JSON.parse(JSON.stringify(defaultKnowledgeBase).replaceAll('"cable"', JSON.stringify(name)));
      assert.equal(knowledgeBaseProblem(kb, Array(80).fill(0)), undefined);
      assert.equal(knowledgeBaseProblem(kb, Array(80).fill(1)), undefined);
    });
  }

  it('a page that polluted Object.prototype and Array.prototype changes nothing a session advises', () => {
    fc.assert(
      fc.property(pollution, fc.constantFrom('shokz-openrun', 'soundcore-a3102', 'generic-speaker'), choices, (polluted, device, walk) => {
        const problem = pollutionProblem(polluted, device, walk);
        assert.equal(problem, undefined, problem);
      }),
      { numRuns: 40 },
    );
  });

  it('a mangled snapshot restores into a working session or says "Cannot restore session"', () => {
    fc.assert(
      fc.property(mangledSnapshot, ({ snapshot, what }) => {
        const problem = snapshotProblem(snapshot);
        assert.equal(problem, undefined, `${what}: ${problem}`);
      }),
      RUNS,
    );
  });

  it('a bad answer is a RangeError naming the valid ids, and changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 8 }), badAnswer, (walk, answer) => {
        assert.equal(answerProblem(walk, answer), undefined, typeof answer);
      }),
      RUNS,
    );
  });

  it('tampered saved progress never resumes another device’s session or an impossible timer', async () => {
    await fc.assert(
      fc.asyncProperty(tamperedProgress, fc.constantFrom('shokz-openrun', 'soundcore-boost', 'generic-speaker'), async (saved, device) => {
        const problem = await progressProblem(saved, device, Date.UTC(2026, 10, 21));
        assert.equal(problem, undefined, problem);
      }),
      { numRuns: 100 },
    );
  });

  it('cyclic and bigint values are a KnowledgeBaseError or "Cannot restore session", never a TypeError', () => {
    const cyclic = clone(defaultKnowledgeBase) as unknown as Record<string, unknown> & { causes: { label: unknown }[] };
    cyclic.causes[0]!.label = cyclic;
    assert.equal(knowledgeBaseProblem(cyclic, []), undefined);
    const big = clone(defaultKnowledgeBase) as unknown as { escalationMinutes: unknown };
    big.escalationMinutes = 10n;
    assert.equal(knowledgeBaseProblem(big, []), undefined);
    const snapshot = builtInSnapshot() as Record<string, unknown>;
    assert.equal(snapshotProblem({ ...snapshot, returnDays: 10n }), undefined);
    assert.equal(snapshotProblem({ ...snapshot, device: cyclicObject() }), undefined);
  });

  it('changing a knowledge base after a session has read it never reaches the session', () => {
    const kb = clone(defaultKnowledgeBase);
    const session = createSession({ knowledgeBase: kb, device: 'shokz-openrun', today: TODAY }).answer('none');
    for (const device of kb.devices) device.supportUrl = 'javascript:alert(1)';
    kb.questions.find((q) => q.id === 'how-it-started')!.title = 'changed';
    const later = createSession({ knowledgeBase: kb, device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-01-01' }).answer('danger');
    assert.equal(session.current.title, 'How did it start?');
    assert.ok(
      later.current.kind === 'result' && later.current.contacts.every((c) => !c.href.startsWith('javascript:')),
      JSON.stringify(later.current),
    );
    const restored = restoreSession(session.snapshot(), { knowledgeBase: kb });
    assert.equal(restored.current.title, 'How did it start?');
  });
});

function builtInSnapshot(): unknown {
  return JSON.parse(
    JSON.stringify(createSession({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun', today: TODAY }).snapshot()),
  );
}

function cyclicObject(): unknown {
  const value: Record<string, unknown> = {};
  value.self = value;
  return value;
}
