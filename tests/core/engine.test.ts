import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type KnowledgeBase, type ResultPrompt, type Session } from '../../src/core/index.js';
import { action, assertClose, assertContains, device, question, tinyKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';

function walk(session: Session, answer: (s: Session) => string): Session {
  let s = session;
  for (let i = 0; i < 100 && s.current.kind !== 'result'; i++) s = s.answer(answer(s));
  return s;
}

function resultOf(session: Session): ResultPrompt {
  assert.equal(session.current.kind, 'result');
  return session.current as ResultPrompt;
}

function probabilities(session: Session): Record<string, number> {
  return Object.fromEntries(resultOf(session).causes.map((c) => [c.id, c.probability]));
}

describe('engine: ordering', () => {
  // Certain-fix actions, one per cause, and no questions: optimal order is P(fix)/minutes.
  const kb: KnowledgeBase = {
    schemaVersion: 1,
    escalationMinutes: 10_000,
    causes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id, userFixable: true })),
    actions: [
      action('fix-a', 10, { a: 1 }), // 0.40 / 10 = 0.040
      action('fix-b', 2, { b: 1 }), //  0.25 /  2 = 0.125
      action('fix-c', 1, { c: 1 }), //  0.05 /  1 = 0.050
      action('fix-d', 4, { d: 1 }), //  0.20 /  4 = 0.050 (ties with c: knowledge-base order)
      action('fix-e', 3, { e: 1 }), //  0.10 /  3 = 0.033
    ],
    questions: [],
    devices: [device('gadget', { a: 0.4, b: 0.25, c: 0.05, d: 0.2, e: 0.1 })],
  };

  it('with certain-fix actions and no questions, follows exactly the P(fix)/minutes order', () => {
    const seen: string[] = [];
    walk(createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: TODAY }), (s) => {
      seen.push(s.current.id);
      return 'not-fixed';
    });
    assert.deepEqual(seen, ['fix-b', 'fix-c', 'fix-d', 'fix-a', 'fix-e']);
  });

  it('tells the expected minutes of the actions still to come', () => {
    // b (2 min) always; c (1) if b failed: .75; d (4): .70; a (10): .50; e (3): .10.
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: TODAY });
    assertClose(s.timeLeft.handsOn, 2 + 0.75 * 1 + 0.7 * 4 + 0.5 * 10 + 0.1 * 3, 1e-12);
    // Once b has failed, every later action's chance of being reached is divided by P(b failed) = .75.
    assertClose(s.answer('not-fixed').timeLeft.handsOn, (0.75 * 1 + 0.7 * 4 + 0.5 * 10 + 0.1 * 3) / 0.75, 1e-12);
    const nothingLeft = { expected: 0, mostlyWaiting: false, upTo: 0, handsOn: 0, waiting: 0 };
    assert.deepEqual({ ...s.answer('fixed').timeLeft }, nothingLeft);
    assert.deepEqual({ ...createSession({ knowledgeBase: kb, today: TODAY }).timeLeft }, nothingLeft);
  });

  it('shows the usual time (the median over the plan), the most behind it, and rises only after a failed step', () => {
    // Fixed by b .25, c .05, d .20, a .40, e .10 in that order: ended by d .50, after 2 + 1 + 4 minutes.
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: TODAY });
    assert.deepEqual([s.timeLeft.expected, s.timeLeft.upTo, s.timeLeft.rose], [7, 20, undefined]);
    // b failed: c .05/.75, d .20/.75 (ended .33), a .40/.75 (ended .87): 1 + 4 + 10 = 15, up, and says why.
    const failed = s.answer('not-fixed').timeLeft;
    assert.deepEqual([failed.expected, failed.upTo, failed.rose], [15, 18, 'step-failed']);
    // b skipped: the plan is the same 15 minutes, but nothing failed: held at the 7 shown before.
    const skipped = s.answer('skip').timeLeft;
    assert.deepEqual([skipped.expected, skipped.rose], [7, undefined]);
  });

  it('stops suggesting an action once P(fix) × escalationMinutes no longer beats its minutes', () => {
    // fix-e now fixes e only one time in ten.
    const cheapEscalation = { ...kb, escalationMinutes: 20, actions: [...kb.actions.slice(0, 4), action('fix-e', 3, { e: 0.1 })] };
    const seen: string[] = [];
    const end = walk(createSession({ knowledgeBase: cheapEscalation, device: 'gadget', today: TODAY, purchaseDate: TODAY }), (s) => {
      seen.push(s.current.id);
      return 'not-fixed';
    });
    seen.push(end.current.id);
    // Once b, c, d and a failed only e is left (P = 1), but fix-e fixes it 1 time in 10: 0.1 × 20 < 3 minutes.
    assert.deepEqual(seen, ['fix-b', 'fix-c', 'fix-d', 'fix-a', 'refund']);
  });
});

describe('engine: posterior', () => {
  const gated = (): KnowledgeBase =>
    tinyKnowledgeBase({
      questions: [
        question('light', [
          { id: 'on', label: 'On', likelihood: { x: 0.9, y: 0.2, z: 0.5 } },
          { id: 'off', label: 'Off', likelihood: { x: 0.1, y: 0.8, z: 0.5 } },
          { id: 'smoke', label: 'Smoke', likelihood: { x: 0, y: 0, z: 0 }, outcome: 'safety-stop' },
        ]),
      ],
      actions: [action('fix-x', 1, { x: 0.8 })],
    });

  it('multiplies by the answer’s likelihood and by 1 − P(fix) after a failed action', () => {
    // Prior (.5, .3, .2); "on": (.45, .06, .10); fix-x fails: (.09, .06, .10) / .25 = (.36, .24, .40).
    let s = createSession({ knowledgeBase: gated(), device: 'gadget', today: TODAY, purchaseDate: TODAY });
    assert.equal(s.current.id, 'light');
    s = s.answer('on');
    assert.equal(s.current.id, 'fix-x');
    s = s.answer('not-fixed');
    const p = probabilities(s);
    assert.deepEqual(Object.keys(p), ['z', 'x', 'y']);
    assertClose(p.z, 0.4, 1e-12);
    assertClose(p.x, 0.36, 1e-12);
    assertClose(p.y, 0.24, 1e-12);
  });

  it('credits a fix to the causes the action could fix, weighted by their probability', () => {
    // Prior (.5, .3, .2) × fixes (.8, .4, 0) = (.40, .12, 0) / .52.
    const kb = tinyKnowledgeBase({ actions: [action('fix-xy', 1, { x: 0.8, y: 0.4 })] });
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY }).answer('fixed');
    const result = resultOf(s);
    assert.equal(result.outcome, 'resolved');
    assert.deepEqual(
      result.causes.map((c) => c.id),
      ['x', 'y'],
    );
    assertClose(result.causes[0]!.probability, 0.4 / 0.52, 1e-12);
    assertClose(result.causes[1]!.probability, 0.12 / 0.52, 1e-12);
    assert.match(result.title, /charging again/);
    assertContains(result.body, 'Cause X');
  });

  it('ends at once on an answer with an outcome, before any action', () => {
    const s = createSession({ knowledgeBase: gated(), device: 'gadget', today: TODAY }).answer('smoke');
    assert.equal(resultOf(s).outcome, 'safety-stop');
    assert.equal(s.current.id, 'safety-stop');
  });

  it('ignores evidence the model calls impossible instead of dividing by zero', () => {
    // Only x can be behind it and fix-x certainly fixes x, yet the shopper says it did not.
    const kb = tinyKnowledgeBase({
      actions: [action('fix-x', 1, { x: 1 })],
      devices: [device('gadget', { x: 1 })],
    });
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: TODAY }).answer('not-fixed');
    assert.deepEqual(probabilities(s), { x: 1 });
  });

  it('treats “skip” as no evidence: the posterior stays as it was', () => {
    const kb = tinyKnowledgeBase({ escalationMinutes: 100 });
    let s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: '2020-01-01' });
    assert.equal(s.current.id, 'fix-x');
    s = s.answer('skip');
    assert.equal(s.current.id, 'fix-y');
    s = s.answer('skip');
    const p = probabilities(s);
    assert.deepEqual(p, { x: 0.5, y: 0.3, z: 0.2 });
    // Steps the shopper could not do are still worth doing, so no repair or replacement is claimed.
    assert.equal(resultOf(s).outcome, 'contact-support');
  });
});

describe('engine: questions', () => {
  const kb = (likelihood: { a: Record<string, number>; b: Record<string, number> }): KnowledgeBase =>
    tinyKnowledgeBase({
      actions: [action('fix-x', 20, { x: 1 }), action('fix-y', 20, { y: 1 })],
      devices: [device('gadget', { x: 0.5, y: 0.5 })],
      questions: [
        question('which', [
          { id: 'a', label: 'A', likelihood: likelihood.a },
          { id: 'b', label: 'B', likelihood: likelihood.b },
        ]),
      ],
    });

  it('asks a question when what it tells saves more minutes than it costs', () => {
    const s = createSession({ knowledgeBase: kb({ a: { x: 1, y: 0 }, b: { x: 0, y: 1 } }), device: 'gadget', today: TODAY });
    assert.equal(s.current.id, 'which');
    assert.equal(s.answer('b').current.id, 'fix-y');
  });

  it('never asks a question whose answer cannot change anything', () => {
    const s = createSession({ knowledgeBase: kb({ a: { x: 0.5, y: 0.5 }, b: { x: 0.5, y: 0.5 } }), device: 'gadget', today: TODAY });
    assert.equal(s.current.id, 'fix-x');
    assert.equal(s.answer('not-fixed').current.id, 'fix-y');
  });

  it('finds the one informative question among many (value of information on the most promising few)', () => {
    const useless = Array.from({ length: 11 }, (_, i) =>
      question(`useless-${i}`, [
        { id: 'a', label: 'A', likelihood: {} },
        { id: 'b', label: 'B', likelihood: {} },
      ]),
    );
    const telling = question('telling', [
      { id: 'a', label: 'A', likelihood: { x: 1, y: 0 } },
      { id: 'b', label: 'B', likelihood: { x: 0, y: 1 } },
    ]);
    const base = kb({ a: {}, b: {} });
    base.questions = [...useless.slice(0, 6), telling, ...useless.slice(6)];
    const s = createSession({ knowledgeBase: base, device: 'gadget', today: TODAY });
    assert.equal(s.current.id, 'telling');
    assert.equal(s.answer('a').current.id, 'fix-x');
  });

  it('does what an answer names as next before anything else', () => {
    const base = kb({ a: { x: 1, y: 0 }, b: { x: 0, y: 1 } });
    base.questions[0]!.options[0]!.next = 'fix-y'; // "a" points at x, yet names fix-y as next
    base.questions[0]!.options.push({ id: 'stop', label: 'Stop', likelihood: { x: 0, y: 0 }, outcome: 'safety-stop' });
    const s = createSession({ knowledgeBase: base, device: 'gadget', today: TODAY }).answer('a');
    assert.equal(s.current.id, 'fix-y');
    assert.equal(s.answer('not-fixed').current.id, 'fix-x');
  });
});

describe('engine: age and outcome', () => {
  const hardware = (): KnowledgeBase =>
    tinyKnowledgeBase({
      actions: [action('fix-x', 1, { x: 1 })],
      devices: [device('gadget', { x: 0.5, z: 0.5 }, { returnDays: 30, warrantyMonths: 12, lifespanMonths: 36 })],
    });

  const ending = (purchaseDate?: string, returnDays?: number) =>
    createSession({
      knowledgeBase: hardware(),
      device: 'gadget',
      today: TODAY,
      ...(purchaseDate ? { purchaseDate } : {}),
      ...(returnDays === undefined ? {} : { returnDays }),
    }).answer('not-fixed');

  it('asks the age only when self-help is over and the outcome depends on it', () => {
    const s = ending();
    assert.equal(s.current.id, 'age');
    assert.deepEqual(
      s.current.options.map((o) => o.id),
      ['return', 'warranty', 'lifespan', 'past-lifespan', 'unknown'],
    );
    assert.deepEqual(
      s.current.options.map((o) => o.label),
      ['In the last 30 days', 'Between 30 days and 1 year ago', 'Between 1 year and 3 years ago', 'More than 3 years ago', 'I’m not sure'],
    );
    const outcomes = s.current.options.map((o) => resultOf(s.answer(o.id)).outcome);
    assert.deepEqual(outcomes, ['refund', 'warranty-claim', 'repair', 'replace', 'contact-support']);
  });

  it('never asks the age when the purchase date was given', () => {
    const cases: [string, string][] = [
      ['2026-10-22', 'refund'], // 30 days: the last day of the return window
      ['2026-10-21', 'warranty-claim'], // 31 days
      ['2025-11-21', 'warranty-claim'], // exactly 12 months: the warranty's last day
      ['2025-11-20', 'repair'],
      ['2023-11-21', 'repair'], // exactly 36 months
      ['2023-11-20', 'replace'],
    ];
    for (const [purchaseDate, outcome] of cases) {
      const s = ending(purchaseDate);
      const promptIds = s.history.map((h) => h.promptId);
      assert.ok(!promptIds.includes('age'), `${purchaseDate}: age asked in ${promptIds.join(', ')}`);
      assert.equal(resultOf(s).outcome, outcome, purchaseDate);
    }
  });

  it('lets the retailer’s return window override the device’s', () => {
    assert.equal(resultOf(ending('2026-10-01', 60)).outcome, 'refund');
    assert.equal(resultOf(ending('2026-11-20', 0)).outcome, 'warranty-claim');
    assert.deepEqual(
      ending(undefined, 0).current.options.map((o) => o.id),
      ['warranty', 'lifespan', 'past-lifespan', 'unknown'],
    );
  });

  it('does not ask the age when every age leads to the same outcome', () => {
    // A step the shopper could not do that is likelier the fix than a hardware fault means support, at any age.
    const likelyFixable = tinyKnowledgeBase({
      actions: [action('fix-x', 1, { x: 1 })],
      devices: [device('gadget', { x: 0.7, z: 0.3 }, { returnDays: 30, warrantyMonths: 12, lifespanMonths: 36 })],
    });
    const s = createSession({ knowledgeBase: likelyFixable, device: 'gadget', today: TODAY }).answer('skip');
    assert.equal(resultOf(s).outcome, 'contact-support');
    assert.equal(s.history.length, 1);
  });

  it('keeps the verdict the answers support when the shopper cannot do a step', () => {
    // 0.5 fixable by the skipped step against 0.5 nobody at home can fix: the hardware verdict stands.
    const s = createSession({ knowledgeBase: hardware(), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }).answer('skip');
    assert.equal(resultOf(s).outcome, 'warranty-claim');
  });

  it('never asks the age of a resolved session', () => {
    const s = createSession({ knowledgeBase: hardware(), device: 'gadget', today: TODAY }).answer('fixed');
    assert.equal(resultOf(s).outcome, 'resolved');
  });

  it('links the warranty page for a claim and a repair, and the maker’s support as a contact', () => {
    const claim = resultOf(ending('2026-01-01'));
    assert.equal(claim.claim?.href, 'https://support.example/acme/warranty');
    assert.deepEqual(
      claim.contacts.map((c) => [c.from, c.href]),
      [['maker', 'https://support.example/acme']],
    );
    assert.deepEqual(
      resultOf(ending('2024-01-01')).links.map((l) => l.label),
      ['Acme warranty'],
    );
    assert.deepEqual(resultOf(ending('2020-01-01')).links, [], 'a replacement needs no warranty page');
    assert.deepEqual(
      resultOf(ending('2020-01-01')).contacts.map((c) => c.label),
      ['Acme support'],
    );
  });

  it('hands on the device’s support address when it has one', () => {
    assert.ok(!resultOf(ending('2026-01-01')).contacts.some((c) => c.kind === 'email'));
    const kb = hardware();
    kb.devices[0]!.supportEmail = 'help@support.example';
    const s = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY, purchaseDate: '2026-01-01' }).answer('not-fixed');
    assert.deepEqual(
      resultOf(s)
        .contacts.filter((c) => c.kind === 'email')
        .map((c) => c.href),
      ['mailto:help@support.example'],
    );
  });
});
