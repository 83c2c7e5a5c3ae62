import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  createSession,
  isEscalation,
  type KnowledgeBase,
  restoreSession,
  type Session,
  validateKnowledgeBase,
} from '../../src/core/index.js';
import { afterAnswer, afterFailure, fixProbability, modelOf, RULED_OUT } from '../../src/core/internal.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { builtIn } from './fixtures.js';

const TODAY = '2026-11-21';
const RUNS = { numRuns: 150 };

/** Follows `choices` (taken modulo the option count) until a result or the choices run out. */
function play(session: Session, choices: readonly number[]): Session[] {
  const sessions = [session];
  for (const choice of choices) {
    const { current } = sessions.at(-1)!;
    if (current.kind === 'result') break;
    sessions.push(sessions.at(-1)!.answer(current.options[choice % current.options.length]!.id));
  }
  return sessions;
}

/** Every question and action at most once, the engine's own device, age and return-offer questions, then the result. */
function promptBound(kb: KnowledgeBase): number {
  return kb.questions.length + kb.actions.length + 4;
}

const answers = fc.array(fc.nat({ max: 1000 }), { minLength: 60, maxLength: 60 });
const device = fc.constantFrom(...defaultKnowledgeBase.devices.map((d) => d.id));
const purchaseDate = fc.option(fc.constantFrom('2026-11-20', '2026-06-01', '2025-01-01', '2019-05-05'), { nil: undefined });

function start(kb: KnowledgeBase, deviceId: string | undefined, date: string | undefined): Session {
  return createSession({
    knowledgeBase: kb,
    today: TODAY,
    ...(deviceId ? { device: deviceId } : {}),
    ...(date ? { purchaseDate: date } : {}),
  });
}

/** Random valid knowledge bases: 1–6 causes, up to 6 actions, up to 4 questions, 1–2 devices. */
const knowledgeBase: fc.Arbitrary<KnowledgeBase> = fc.integer({ min: 1, max: 6 }).chain((causes) => {
  const weights = (n: number) => fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n });
  const normalised = (w: number[]) => w.map((x) => x / w.reduce((a, b) => a + b, 0));
  const ids = Array.from({ length: causes }, (_, i) => `c${i}`);
  const byCause = (values: number[]) => Object.fromEntries(ids.map((id, i) => [id, values[i]!]));
  return fc
    .record({
      userFixable: fc.array(fc.boolean(), { minLength: causes, maxLength: causes }),
      priors: fc.array(weights(causes), { minLength: 1, maxLength: 2 }),
      actions: fc.array(
        fc.record({
          minutes: fc.integer({ min: 1, max: 30 }),
          fixes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: causes, maxLength: causes }),
          wait: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      // For each question: per cause, weights over its options.
      questions: fc.array(
        fc
          .integer({ min: 2, max: 4 })
          .chain((options) =>
            fc.record({ perCause: fc.array(weights(options), { minLength: causes, maxLength: causes }), gate: fc.boolean() }),
          ),
        { maxLength: 4 },
      ),
      escalationMinutes: fc.integer({ min: 5, max: 500 }),
      returnDays: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ userFixable, priors, actions, questions, escalationMinutes, returnDays }) => ({
      schemaVersion: 1 as const,
      escalationMinutes,
      causes: ids.map((id, i) => ({ id, label: `Cause ${i}`, userFixable: userFixable[i]! })),
      actions: actions.map((a, i) => ({
        id: `a${i}`,
        title: `Action ${i}`,
        steps: ['Do it'],
        minutes: a.minutes,
        ...(a.wait ? { waitMinutes: 10 } : {}),
        fixes: byCause(a.fixes),
      })),
      questions: questions.map((q, i) => {
        const columns = q.perCause.map(normalised);
        return {
          id: `q${i}`,
          title: `Question ${i}`,
          options: columns[0]!.map((_, o) => ({
            id: `o${o}`,
            label: `Option ${o}`,
            likelihood: byCause(columns.map((column) => column[o]!)),
            ...(q.gate && o === 0 ? { outcome: 'safety-stop' as const } : {}),
          })),
        };
      }),
      devices: priors.map((w, i) => ({
        id: `d${i}`,
        brand: 'Brand',
        name: `Device ${i}`,
        kind: 'speaker' as const,
        connector: 'usb-c' as const,
        priors: byCause(normalised(w)),
        warrantyMonths: 12,
        returnDays,
        lifespanMonths: 36,
      })),
    }));
});

describe('properties of sessions on the default knowledge base', () => {
  it('reach a result within a bounded number of prompts, never showing a prompt twice', () => {
    fc.assert(
      fc.property(fc.option(device, { nil: undefined }), purchaseDate, answers, (d, date, choices) => {
        const sessions = play(start(defaultKnowledgeBase, d, date), choices);
        const last = sessions.at(-1)!;
        assert.equal(last.current.kind, 'result');
        assert.ok(
          sessions.length <= promptBound(defaultKnowledgeBase),
          `${sessions.length} prompts, more than ${promptBound(defaultKnowledgeBase)}`,
        );
        const ids = sessions.map((s) => s.current.id);
        assert.equal(new Set(ids).size, ids.length);
      }),
      RUNS,
    );
  });

  it('back() undoes answer()', () => {
    fc.assert(
      fc.property(device, purchaseDate, answers, (d, date, choices) => {
        const sessions = play(start(defaultKnowledgeBase, d, date), choices);
        for (let i = 1; i < sessions.length; i++) {
          assert.equal(sessions[i]!.back(), sessions[i - 1]);
          assert.deepEqual(sessions[i]!.back().history, sessions[i]!.history.slice(0, -1));
        }
      }),
      RUNS,
    );
  });

  it('snapshots round-trip through JSON at every step', () => {
    fc.assert(
      fc.property(fc.option(device, { nil: undefined }), purchaseDate, answers, (d, date, choices) => {
        for (const s of play(start(defaultKnowledgeBase, d, date), choices)) {
          const restored = restoreSession(JSON.parse(JSON.stringify(s.snapshot())), { knowledgeBase: defaultKnowledgeBase });
          assert.deepEqual(restored.current, s.current);
          assert.deepEqual(restored.history, s.history);
          assert.equal(restored.summary(), s.summary());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('equal answers give equal prompts', () => {
    fc.assert(
      fc.property(device, purchaseDate, answers, (d, date, choices) => {
        const a = play(start(defaultKnowledgeBase, d, date), choices).map((s) => s.current);
        const b = play(start(defaultKnowledgeBase, d, date), choices).map((s) => s.current);
        assert.deepEqual(a, b);
      }),
      RUNS,
    );
  });

  it('restoring any mangled snapshot either works or throws a clear Error, never anything else', () => {
    const snapshot = fc.tuple(device, answers).map(([d, choices]) =>
      play(start(defaultKnowledgeBase, d, undefined), choices.slice(0, 6))
        .at(-1)!
        .snapshot(),
    );
    const mangle = fc.oneof(
      fc.jsonValue(),
      fc
        .tuple(snapshot, fc.constantFrom('version', 'device', 'today', 'history', 'purchaseDate', 'returnDays'), fc.jsonValue())
        .map(([s, key, value]) => ({ ...s, [key]: value })),
      fc.tuple(snapshot, fc.nat(), fc.jsonValue()).map(([s, i, value]) => {
        const history: unknown[] = [...s.history];
        history[i % (history.length + 1)] = value;
        return { ...s, history };
      }),
    );
    fc.assert(
      fc.property(mangle, (input) => {
        try {
          restoreSession(input, { knowledgeBase: defaultKnowledgeBase });
        } catch (error) {
          assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
          assert.match((error as Error).message, /^Cannot restore session: /);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The posterior after the answers so far, recomputed from the model: what the engine believed when it ended. */
function posteriorAfter(session: Session) {
  const model = modelOf(defaultKnowledgeBase);
  const deviceId = session.snapshot().device ?? session.history.find((h) => h.promptId === 'device')?.optionId;
  let posterior = model.devices.get(deviceId!)!.prior;
  for (const { promptId, optionId } of session.history) {
    const question = model.questions.get(promptId);
    const action = model.actions.get(promptId);
    if (question)
      posterior = afterAnswer(
        posterior,
        question,
        question.question.options.findIndex((o) => o.id === optionId),
      );
    else if (action && optionId === 'not-fixed') posterior = afterFailure(posterior, action);
  }
  return { model, deviceId: deviceId!, posterior };
}

describe('safety and honesty on the default knowledge base, whatever the shopper answers', () => {
  it('never leads a wet device whose drying was refused on to charging', () => {
    fc.assert(
      fc.property(device, purchaseDate, answers, (d, date, choices) => {
        const sessions = play(start(defaultKnowledgeBase, d, date), choices);
        const refused = sessions.findIndex((s) => s.history.some((h) => h.promptId === 'dry-out' && h.optionId === 'skip'));
        if (refused === -1) return;
        const wet = sessions[refused]!.history.some((h) => h.promptId === 'safety' && h.optionId === 'wet');
        if (!wet) return;
        // The refusal ends the session at once: no step after it.
        assert.equal(sessions[refused]!.current.kind, 'result');
        assert.equal((sessions[refused]!.current as { outcome: string }).outcome, 'safety-stop');
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: the walk above reaches a refused drying.
    assert.equal(builtIn({ device: 'shokz-openrun', today: TODAY }).answer('wet').answer('skip').current.kind, 'result');
  });

  it('never escalates before the cheap universal steps, unless a gate ended it or the answers ruled them out', () => {
    fc.assert(
      fc.property(device, purchaseDate, answers, (d, date, choices) => {
        const last = play(start(defaultKnowledgeBase, d, date), choices).at(-1)!;
        if (last.current.kind !== 'result' || !isEscalation(last.current.outcome)) return;
        // A product that never worked, inside the return window: the shopper chose the return, at once or after one quick step.
        if (last.history.some((h) => h.promptId === 'return-offer')) return;
        const { model, deviceId, posterior } = posteriorAfter(last);
        const excluded = new Set(
          last.history.flatMap(
            ({ promptId, optionId }) => model.questions.get(promptId)?.question.options.find((o) => o.id === optionId)?.excludes ?? [],
          ),
        );
        for (const universal of model.devices.get(deviceId)!.actions.filter((a) => a.action.tryBeforeEscalating)) {
          const id = universal.action.id;
          const accounted =
            last.history.some((h) => h.promptId === id) || excluded.has(id) || fixProbability(posterior, universal) < RULED_OUT;
          assert.ok(
            accounted,
            `${deviceId}: escalated to ${last.current.id} without "${id}" (P(fix) ${fixProbability(posterior, universal).toFixed(3)}) after ${last.history.map((h) => `${h.promptId}=${h.optionId}`).join(', ')}`,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never asks a question whose answer the shopper already gave or a step already showed', () => {
    const model = modelOf(defaultKnowledgeBase);
    fc.assert(
      fc.property(device, purchaseDate, answers, (d, date, choices) => {
        const sessions = play(start(defaultKnowledgeBase, d, date), choices);
        const seen = new Set<string>();
        for (const s of sessions) {
          const { current } = s;
          assert.ok(!seen.has(current.id), `"${current.id}" asked again after ${s.history.map((h) => h.promptId).join(', ')}`);
          seen.add(current.id);
          const action = model.actions.get(current.id);
          const answer = sessions[sessions.indexOf(s) + 1]?.history.at(-1)?.optionId;
          if (action && answer === 'not-fixed') for (const revealed of action.action.reveals ?? []) seen.add(revealed);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties of sessions on random knowledge bases', () => {
  it('random knowledge bases validate, and every walk ends in a bounded result without repeats', () => {
    fc.assert(
      fc.property(knowledgeBase, fc.boolean(), answers, (kb, withDate, choices) => {
        assert.equal(validateKnowledgeBase(kb), kb);
        const sessions = play(start(kb, undefined, withDate ? '2026-01-01' : undefined), choices);
        assert.equal(sessions.at(-1)!.current.kind, 'result');
        assert.ok(sessions.length <= promptBound(kb), `${sessions.length} prompts, more than ${promptBound(kb)}`);
        const ids = sessions.map((s) => s.current.id);
        assert.equal(new Set(ids).size, ids.length);
        const restored = restoreSession(JSON.parse(JSON.stringify(sessions.at(-1)!.snapshot())), { knowledgeBase: kb });
        assert.deepEqual(restored.current, sessions.at(-1)!.current);
      }),
      { numRuns: 200 },
    );
  });

  it('result probabilities are a distribution’s head: between 0 and 1, falling, adding up to at most 1', () => {
    fc.assert(
      fc.property(knowledgeBase, answers, (kb, choices) => {
        const { current } = play(start(kb, 'd0', '2026-01-01'), choices).at(-1)!;
        if (current.kind !== 'result') throw new Error('no result');
        const p = current.causes.map((c) => c.probability);
        assert.equal(
          p.every((x) => x >= 0 && x <= 1),
          true,
        );
        assert.deepEqual(
          p,
          [...p].sort((a, b) => b - a),
        );
        const total = p.reduce((a, b) => a + b, 0);
        assert.ok(total <= 1 + 1e-9, `probabilities ${p.join(', ')} add up to ${total}`);
      }),
      { numRuns: 200 },
    );
  });
});
