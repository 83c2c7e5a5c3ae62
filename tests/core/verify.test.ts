// The path verifier: it proves a knowledge base made to be safe, and finds each invariant broken in
// a knowledge base made to break it, with the situation and the answers that lead there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INVARIANTS } from '../../src/analysis/invariants.js';
import { type VerifyReport, verifyKnowledgeBase } from '../../src/analysis/verify.js';
import type { KnowledgeBase, Question } from '../../src/core/index.js';
import { action, clone, device, question } from './fixtures.js';

const TODAY = '2026-11-21';
const odds = (x: number, y: number, z: number) => ({ x, y, z });

/** Safe by construction: a safety check first, a wet device dried or stopped, a drop disclosed on every promise. */
function safe(): KnowledgeBase {
  return {
    schemaVersion: 1,
    costs: {},
    causes: [
      { id: 'x', label: 'Cause X', userFixable: true },
      { id: 'y', label: 'Cause Y', userFixable: true },
      { id: 'z', label: 'Cause Z', userFixable: false },
    ],
    actions: [
      action('fix-x', 2, { x: 0.8 }, { tryBeforeEscalating: true }),
      action('fix-y', 3, { y: 0.6 }),
      action('dry', 2, { x: 0.1 }, { waitMinutes: 60, whenSkipped: { outcome: 'safety-stop', stop: 'wet', note: 'Water can short it.' } }),
    ],
    questions: [
      question('safety', [
        { id: 'danger', label: 'Swollen or hot', outcome: 'safety-stop', stop: 'battery', likelihood: odds(0.01, 0.01, 0.05) },
        { id: 'wet', label: 'It got wet', next: 'dry', likelihood: odds(0.1, 0.1, 0.1) },
        { id: 'none', label: 'None of these', likelihood: odds(0.89, 0.89, 0.85) },
      ]),
      question('how', [
        {
          id: 'knock',
          label: 'After a drop',
          accident: true,
          note: 'A drop may not be covered.',
          noteWhen: ['refund', 'warranty-claim', 'legal-guarantee', 'contact-support'],
          likelihood: odds(0.1, 0.1, 0.5),
        },
        { id: 'other', label: 'Otherwise', likelihood: odds(0.9, 0.9, 0.5) },
      ]),
    ],
    devices: [device('gadget', { x: 0.4, y: 0.3, z: 0.3 }, { warrantyMonths: 12, returnDays: 30, lifespanMonths: 36 })],
    legalRights: { EU: { name: 'the EU', guaranteeMonths: 24, presumedMonths: 12 } },
  };
}

/** A recall question: a recalled answer that stops, one that goes on, one the shopper cannot tell. */
function recallQuestion(recalled: Partial<Question['options'][number]>, unsure: Partial<Question['options'][number]>): Question {
  return question('recall', [
    {
      id: 'recalled',
      label: 'It is recalled',
      likelihood: odds(0.01, 0.01, 0.02),
      outcome: 'safety-stop',
      stop: 'recall',
      steps: ['Switch it off.'],
      links: [{ id: 'notice', label: 'Recall notice', href: 'https://recall.example/notice' }],
      ...recalled,
    },
    { id: 'fine', label: 'It is not', likelihood: odds(0.95, 0.95, 0.94) },
    { id: 'cannot', label: 'I can’t tell', unsure: true, likelihood: odds(0.04, 0.04, 0.04), ...unsure },
  ]);
}

const verify = (kb: KnowledgeBase): VerifyReport => verifyKnowledgeBase(kb, { today: TODAY });

/** Asserts the report finds `invariant` broken, and returns its first violation. */
function broken(report: VerifyReport, invariant: string) {
  assert.ok(report.violationCounts[invariant]! > 0, `${invariant} is not broken: ${JSON.stringify(report.violationCounts)}`);
  return report.violations.find((v) => v.invariant === invariant)!;
}

describe('the path verifier', () => {
  it('proves a safe knowledge base on every path, for every age band, the age asked, and every region', () => {
    const report = verify(safe());
    assert.deepEqual(report.violations, []);
    assert.equal(report.exhaustive, true);
    assert.deepEqual(
      report.invariants.map((i) => i.id),
      INVARIANTS.map((i) => i.id),
    );
    // No region: return, warranty, lifespan, past it, asked; the EU adds its 2-year guarantee.
    assert.deepEqual(
      report.situations.map((s) => `${s.region ?? '-'} ${s.band}`),
      [
        '- return',
        '- warranty',
        '- lifespan',
        '- past-lifespan',
        '- asked',
        'EU return',
        'EU warranty',
        'EU legal',
        'EU lifespan',
        'EU past-lifespan',
        'EU asked',
      ],
    );
    for (const s of report.situations.filter((s) => s.purchaseDate)) assert.ok(s.purchaseDate! < TODAY, JSON.stringify(s));
    assert.ok(report.paths > 100 && report.prompts > report.paths, `${report.paths} paths, ${report.prompts} prompts`);
  });

  it('stops, unproven, at its limit', () => {
    const report = verifyKnowledgeBase(safe(), { today: TODAY, maxPrompts: 50 });
    assert.equal(report.exhaustive, false);
    assert.equal(report.prompts, 50);
  });

  it('refuses an invalid knowledge base', () => {
    const kb = safe();
    kb.actions[0]!.minutes = 0;
    assert.throws(() => verify(kb), /actions\[0\]\.minutes/);
  });

  it('finds a recall question asked after a step (safety-first)', () => {
    // An "I can't tell" answer makes it a safety question, but with no answer that stops, the engine
    // does not treat it as a gate.
    const kb = safe();
    const recall = recallQuestion({}, {});
    const { outcome: _outcome, stop: _stop, steps: _steps, links: _links, ...recalled } = recall.options[0]!;
    recall.options[0] = recalled;
    kb.questions.push(recall);
    const found = broken(verify(kb), 'safety-first');
    assert.match(found.message, /step "[\w-]+" comes before the safety or recall question "recall"/);
    assert.ok(found.path[0]?.startsWith('safety:'), found.path.join(' → '));
  });

  it('finds a step after an unsure recall answer (no-step-unsure)', () => {
    const kb = safe();
    kb.questions.push(recallQuestion({}, {}));
    const found = broken(verify(kb), 'no-step-unsure');
    assert.match(found.message, /comes after the unsure answer recall:cannot/);
    // Stopping the unsure answer closes it (a copy: a knowledge base is read once, when first used).
    const stopped = clone(kb);
    stopped.questions[2] = recallQuestion(
      {},
      {
        outcome: 'safety-stop',
        stop: 'recall-unknown',
        steps: ['Find the code.'],
        links: [{ id: 'check', label: 'Check it', href: 'https://recall.example/check' }],
      },
    );
    assert.equal(verify(stopped).violationCounts['no-step-unsure'], 0);
  });

  it('finds a required step the shopper cannot do that leads on to charging (required-step)', () => {
    const kb = safe();
    delete kb.actions[2]!.whenSkipped;
    const found = broken(verify(kb), 'required-step');
    assert.match(found.message, /could not do the required step "dry", and the session goes on to/);
    assert.deepEqual(found.path.slice(0, 2), ['safety:wet', 'dry:skip']);
  });

  it('finds a safety stop with no reason (stop-reason)', () => {
    const kb = safe();
    delete kb.questions[0]!.options[0]!.stop;
    assert.deepEqual(broken(verify(kb), 'stop-reason').path, ['safety:danger']);
  });

  it('finds a stop without its reason’s remedy (stop-remedy)', () => {
    const kb = safe();
    kb.questions.push(
      recallQuestion(
        { links: [] },
        {
          outcome: 'safety-stop',
          stop: 'recall-unknown',
          steps: ['Find the code.'],
          links: [{ id: 'check', label: 'Check it', href: 'https://recall.example/check' }],
        },
      ),
    );
    const found = broken(verify(kb), 'stop-remedy');
    assert.equal(found.message, 'a "recall" stop lacks the recall’s own page');
    const noSteps = clone(kb);
    const { steps: _steps, ...withoutSteps } = noSteps.questions[2]!.options[0]!;
    noSteps.questions[2]!.options[0] = { ...withoutSteps, links: [{ id: 'n', label: 'Notice', href: 'https://recall.example/n' }] };
    assert.equal(broken(verify(noSteps), 'stop-remedy').message, 'a "recall" stop gives no steps to do now');
  });

  it('finds results the facts do not back: a refund out of the window, "fixed" without a fix (outcome-facts)', () => {
    const kb = safe();
    kb.questions[1]!.options.push({ id: 'arrived-broken', label: 'It arrived broken', outcome: 'refund', likelihood: {} });
    const found = broken(verify(kb), 'outcome-facts');
    assert.match(found.message, /"refund" for a product whose age is in the "warranty" band \(owed only in: return\)/);
    const resolved = safe();
    resolved.questions[1]!.options.push({ id: 'works-now', label: 'It works now', outcome: 'resolved', likelihood: {} });
    assert.match(broken(verify(resolved), 'outcome-facts').message, /"resolved" without a step the shopper said fixed it/);
  });

  it('finds a return or support that hides a drop (accident-disclosed)', () => {
    const kb = safe();
    kb.questions[1]!.options[0]!.noteWhen = ['warranty-claim'];
    const found = broken(verify(kb), 'accident-disclosed');
    assert.match(found.message, /after how:knock does not say an accident may not be covered/);
    assert.ok(found.path.includes('how:knock'));
  });
});
