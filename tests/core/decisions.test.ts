// How the engine decides when to go on and where it hands over: costs, steps that answer questions,
// answers that rule steps out, required steps, a product that never worked, the legal guarantee, and
// honest outcomes. Hand-worked numbers on small knowledge bases, then the built-in one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type KnowledgeBase, type ResultPrompt, restoreSession, type Session } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { action, assertContains, builtIn, clone, device, question, tinyKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';

/** The tiny knowledge base without its flat `escalationMinutes`, so `costs` (or their defaults) apply. */
function costed(overrides: Partial<KnowledgeBase>): KnowledgeBase {
  const { escalationMinutes: _flat, ...kb } = tinyKnowledgeBase(overrides);
  return kb;
}

function resultOf(session: Session): ResultPrompt {
  assert.equal(session.current.kind, 'result', `expected a result, got ${session.current.kind} "${session.current.id}"`);
  return session.current as ResultPrompt;
}

/** Answers every step "not fixed" and every question with `pick(options)` until the result. */
function toTheEnd(session: Session, pick: (ids: string[]) => string = (ids) => ids.at(-1)!): Session {
  let s = session;
  for (let i = 0; i < 60 && s.current.kind !== 'result'; i++) {
    s = s.answer(s.current.kind === 'action' ? 'not-fixed' : pick(s.current.options.map((o) => o.id)));
  }
  return s;
}

describe('costs: waiting and escalation in one unit', () => {
  // x and y equally likely; fix-x certain but 30 minutes of waiting, fix-y half as likely and no wait.
  const kb = (waitingWeight: number): KnowledgeBase =>
    costed({
      costs: { waitingWeight, outcomes: { 'warranty-claim': { minutes: 1000, days: 0 } } },
      actions: [action('fix-x', 1, { x: 1 }, { waitMinutes: 30 }), action('fix-y', 1, { y: 0.5 })],
      devices: [device('gadget', { x: 0.5, y: 0.5 })],
    });

  it('counts waiting at its weight when ordering steps', () => {
    // Free waiting: fix-x 0.5/1 beats fix-y 0.25/1. At 0.1: 0.5/(1 + 3) = 0.125 < 0.25.
    assert.equal(createSession({ knowledgeBase: kb(0), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }).current.id, 'fix-x');
    assert.equal(createSession({ knowledgeBase: kb(0.1), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }).current.id, 'fix-y');
  });

  it('stops when the expected saving of a step no longer beats its cost', () => {
    // One cause z nobody at home can fix, and a long shot at x: P(x) × P(fix) × escalation cost against the step's cost.
    const longShot = (claimMinutes: number): KnowledgeBase =>
      costed({
        costs: { needlessEscalation: 0, outcomes: { 'warranty-claim': { minutes: claimMinutes, days: 0 } } },
        actions: [action('fix-x', 10, { x: 1 })],
        devices: [device('gadget', { x: 0.05, z: 0.95 })],
      });
    const start = (claimMinutes: number) =>
      createSession({ knowledgeBase: longShot(claimMinutes), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' });
    assert.equal(start(199).current.kind, 'result'); // 0.05 × 199 = 9.95 < 10
    assert.equal(start(200).current.id, 'fix-x'); // 0.05 × 200 = 10
  });

  it('weighs a needless claim for a fault the shopper could have fixed', () => {
    // 0.05 × (150 + 50) = 10: worth trying only with the needless-escalation cost on top.
    const kb2 = (needlessEscalation: number) =>
      costed({
        costs: { needlessEscalation, outcomes: { 'warranty-claim': { minutes: 150, days: 0 } } },
        actions: [action('fix-x', 10, { x: 1 })],
        devices: [device('gadget', { x: 0.05, z: 0.95 })],
      });
    const first = (n: number) =>
      createSession({ knowledgeBase: kb2(n), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }).current;
    assert.equal(first(0).kind, 'result');
    assert.equal(first(50).id, 'fix-x');
  });

  it('prices a claim in days without the product and a replacement in money', () => {
    const kb3 = costed({
      costs: { dayWithoutProduct: 10, moneyUnit: 2, needlessEscalation: 0, outcomes: { replace: { minutes: 0, days: 0 } } },
      actions: [action('fix-x', 100, { x: 1 })],
      devices: [device('gadget', { x: 0.5, z: 0.5 }, { warrantyMonths: 0, returnDays: 0, lifespanMonths: 1, price: 99 })],
    });
    // Past the lifespan: replacing costs 2 × 99 = 198, so a 100-minute step at P(fix) 0.5 (saving 99) is not worth it…
    assert.equal(createSession({ knowledgeBase: kb3, device: 'gadget', today: TODAY, purchaseDate: '2020-01-01' }).current.kind, 'result');
    // …and at a price of 101 (saving 101) it is. (A copy: a knowledge base is read once, when first validated.)
    const kb4 = clone(kb3);
    kb4.devices[0]!.price = 101;
    assert.equal(createSession({ knowledgeBase: kb4, device: 'gadget', today: TODAY, purchaseDate: '2020-01-01' }).current.id, 'fix-x');
  });
});

describe('steps every support desk asks for', () => {
  const kb = (extra: Partial<KnowledgeBase> = {}): KnowledgeBase =>
    tinyKnowledgeBase({
      actions: [action('other-cable', 3, { x: 1 }, { tryBeforeEscalating: true }), action('fix-y', 1, { y: 0.5 })],
      devices: [device('gadget', { x: 0.02, y: 0.08, z: 0.9 })],
      escalationMinutes: 10,
      ...extra,
    });

  it('tries them before escalating even when the costs alone would not', () => {
    // 0.02 × 10 = 0.2 < 3 minutes, yet the cable is tried before the claim.
    const s = createSession({ knowledgeBase: kb(), device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' });
    const ids = toTheEnd(s).history.map((h) => h.promptId);
    assert.ok(ids.includes('other-cable'), ids.join(', '));
  });

  it('leaves out one the answers rule out, by exclusion or to under 1 %', () => {
    const excluding = kb({
      questions: [
        question('checked', [
          { id: 'cable-works', label: 'The cable works', likelihood: { x: 0.001 }, excludes: ['other-cable'] },
          { id: 'no', label: 'No', likelihood: {} },
        ]),
      ],
    });
    const excluded = toTheEnd(
      createSession({ knowledgeBase: excluding, device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }),
      (ids) => (ids.includes('cable-works') ? 'cable-works' : ids[0]!),
    );
    assert.ok(!excluded.history.some((h) => h.promptId === 'other-cable'), excluded.history.map((h) => h.promptId).join(', '));
    const unlikely = kb({ devices: [device('gadget', { x: 0.005, y: 0.095, z: 0.9 })] });
    const ruledOut = toTheEnd(createSession({ knowledgeBase: unlikely, device: 'gadget', today: TODAY, purchaseDate: '2026-05-01' }));
    assert.ok(!ruledOut.history.some((h) => h.promptId === 'other-cable'), ruledOut.history.map((h) => h.promptId).join(', '));
  });
});

describe('what the shopper already said', () => {
  const light = question('light', [
    { id: 'none', label: 'No light', likelihood: { x: 0.9, y: 0.1 } },
    { id: 'on', label: 'Light', likelihood: { x: 0.1, y: 0.9 } },
  ]);

  it('never asks a question whose answer a step already showed, and asks it first when it is worth it', () => {
    // Watching it charge (1 min) shows the light; the light (2 min) tells which 20-minute fix is needed.
    const kb = (reveals?: string[]) =>
      tinyKnowledgeBase({
        actions: [
          action('watch-it-charge', 1, { x: 0.5, y: 0.5 }, reveals ? { reveals } : {}),
          action('fix-x', 20, { x: 1 }),
          action('fix-y', 20, { y: 1 }),
        ],
        questions: [{ ...light, minutes: 2 }],
        devices: [device('gadget', { x: 0.5, y: 0.5 })],
      });
    // Without `reveals`: the quick step first (1 + ½ × (2 + 20) = 12 beats 2 + 1 + ½ × 20 = 13), the light after it.
    const plain = createSession({ knowledgeBase: kb(), device: 'gadget', today: TODAY });
    assert.equal(plain.current.id, 'watch-it-charge');
    assert.equal(plain.answer('not-fixed').current.id, 'light');
    // With it, the light could not be asked after the step (1 + ½ × (20 + ½ × 20) = 16): it comes first, and only once.
    const revealing = createSession({ knowledgeBase: kb(['light']), device: 'gadget', today: TODAY });
    assert.equal(revealing.current.id, 'light');
    const afterStep = revealing.answer('none').answer('not-fixed');
    assert.equal(afterStep.current.id, 'fix-x');
  });

  it('never offers a step an answer made impossible', () => {
    // A speaker that never turns on cannot take a firmware update.
    for (const deviceId of ['generic-speaker', 'soundcore-boost', 'soundcore-flare-2']) {
      const end = toTheEnd(builtIn({ device: deviceId, today: TODAY, purchaseDate: '2026-05-01' }).answer('none'), (ids) =>
        ids.includes('never') ? 'never' : ids.includes('other-model') ? 'other-model' : ids[0]!,
      );
      const ids = end.history.map((h) => h.promptId);
      const asked = ids.indexOf('works-when-plugged');
      assert.ok(asked >= 0, `${deviceId}: ${ids.join(', ')}`);
      assert.ok(!ids.slice(asked).includes('update-firmware'), `${deviceId}: ${ids.join(', ')}`);
    }
  });
});

describe('a wet device', () => {
  const wet = (deviceId = 'shokz-openrun') => builtIn({ device: deviceId, today: TODAY, purchaseDate: '2026-05-01' }).answer('wet');

  it('is dried first, after every gate, and a shopper who cannot dry it is told to dry it, never led on to charging', () => {
    const dryingSteps = defaultKnowledgeBase.actions.find((a) => a.id === 'dry-out')!.steps;
    for (const { id } of defaultKnowledgeBase.devices) {
      let s = wet(id);
      // Where a recall can apply, its check comes first: a wet recalled speaker is not dried and then charged.
      if (s.current.id === 'recall-check') s = s.answer('not-recalled');
      if (s.current.id === 'recall-label') s = s.answer('other-model');
      assert.equal(s.current.id, 'dry-out', id);
      const stop = resultOf(s.answer('skip'));
      assert.equal(stop.outcome, 'safety-stop', id);
      assert.equal(stop.stop, 'wet', id);
      assert.equal(stop.title, 'Dry it before you charge it');
      assertContains(stop.body, 'Dry it completely first, then start the troubleshooter again');
      assert.deepEqual(stop.steps, dryingSteps, `${id}: what to do now is the drying`);
      // Sweat or a swim is not a battery fire, a warranty claim or a reason to recycle it.
      const words = [stop.body, ...stop.steps, ...stop.afterSteps].join(' ');
      assert.doesNotMatch(words, /fire|warranty|claim|manufacturing|collection point|recycl/i, id);
      assert.deepEqual([stop.afterSteps, stop.contacts, stop.links], [[], [], []], id);
    }
  });

  it('on a possibly recalled speaker, checks the recall before drying it', () => {
    for (const [device, recall] of [
      ['soundcore-a3102', 'recall-check'],
      ['generic-speaker', 'recall-label'],
    ] as const) {
      const s = wet(device);
      assert.equal(s.current.id, recall, device);
      assert.equal(resultOf(s.answer('recalled')).stop, 'recall', device);
      assert.equal(resultOf(s.answer(recall === 'recall-check' ? 'cannot-check' : 'cannot-find')).stop, 'recall-unknown', device);
    }
  });

  it('goes on troubleshooting once dried', () => {
    assert.notEqual(wet().answer('not-fixed').current.kind, 'result');
  });
});

describe('a product that never worked', () => {
  const neverWorked = (options: { purchaseDate?: string } = {}) =>
    builtIn({ device: 'shokz-openrun', today: TODAY, ...options })
      .answer('none')
      .answer('never-worked');

  it('inside the return window offers the return at once, or the likely fixes first, each saying the return is still open', () => {
    const s = neverWorked({ purchaseDate: '2026-11-10' });
    assert.equal(s.current.id, 'return-offer');
    assert.deepEqual(
      s.current.options.map((o) => o.id),
      ['return-now', 'try-first'],
    );
    assert.equal(resultOf(s.answer('return-now')).outcome, 'refund');
    let trying = s.answer('try-first');
    assert.equal(trying.current.kind, 'action');
    assert.equal(resultOf(trying.answer('fixed')).outcome, 'resolved');
    // The cheap steps every support desk asks for come before the refund, and none hides the return.
    const tried: string[] = [];
    while (trying.current.kind === 'action') {
      assertContains(trying.current.body ?? '', 'You can still return it: it’s within the return period of 30 days.');
      tried.push(trying.current.id);
      trying = trying.answer('not-fixed');
    }
    for (const step of ['try-another-cable', 'try-another-power-source', 'restart-reset'])
      assert.ok(tried.includes(step), tried.join(', '));
    assert.equal(resultOf(toTheEnd(trying)).outcome, 'refund');
  });

  it('asks the age right away when only it decides whether the window is open', () => {
    const s = neverWorked();
    assert.equal(s.current.id, 'age');
    assert.equal(s.answer('return').current.id, 'return-offer');
    assert.notEqual(s.answer('warranty').current.id, 'return-offer');
  });

  it('past the return window is troubleshot as usual', () => {
    const s = neverWorked({ purchaseDate: '2026-05-01' });
    assert.equal(s.current.kind, 'action');
    assert.notEqual(s.current.id, 'dry-out', 'no drying for a shopper who never said it got wet');
  });
});

describe('the shopper’s legal rights', () => {
  // Generic headphones: a 12-month maker's warranty, a 36-month lifespan.
  const at = (purchaseDate: string, options: { region?: string; legalGuaranteeMonths?: number; returnDays?: number } = {}) =>
    resultOf(
      toTheEnd(
        builtIn({ device: 'generic-headphones', today: TODAY, purchaseDate, ...options })
          .answer('none')
          .answer('gradually'),
        (ids) => ids[1] ?? ids[0]!,
      ),
    );

  it('past the maker’s warranty but inside the EU’s two years: the seller must put it right', () => {
    const result = at('2025-05-21', { region: 'EU' });
    assert.equal(result.outcome, 'legal-guarantee');
    assertContains(result.body, 'within 2 years of delivery');
    assertContains(result.body, 'the EU');
    assertContains(result.body, 'within 1 year of delivery is presumed');
    assert.ok(!result.links.some((link) => link.href.includes('support.example')), 'the maker is not the way here');
  });

  it('without a region, the same age is the maker’s repair-or-replace decision', () => {
    assert.notEqual(at('2025-05-21').outcome, 'legal-guarantee');
  });

  it('the retailer can state the guarantee itself, and a warranty claim mentions it', () => {
    const stated = at('2024-05-21', { legalGuaranteeMonths: 30 });
    assert.equal(stated.outcome, 'legal-guarantee');
    assertContains(stated.body, 'Under the consumer law of your country');
    const claim = at('2026-05-21', { region: 'EU' });
    assert.equal(claim.outcome, 'warranty-claim');
    assertContains(claim.body, 'The consumer law of the EU applies as well');
  });

  it('the UK’s 30-day right to reject beats a shorter shop return window', () => {
    assert.equal(at('2026-10-30', { region: 'UK', returnDays: 14 }).outcome, 'refund');
    assert.equal(at('2026-10-30', { returnDays: 14 }).outcome, 'warranty-claim');
  });

  it('rejects a region the knowledge base does not know, naming the ones it does', () => {
    assert.throws(
      () => builtIn({ device: 'generic-headphones', today: TODAY, region: 'Mars' }),
      (error: Error) => {
        assert.ok(error instanceof RangeError);
        assertContains(error.message, 'EU, UK');
        return true;
      },
    );
    assert.throws(() => builtIn({ today: TODAY, legalGuaranteeMonths: -1 }), RangeError);
  });

  it('survives a snapshot', () => {
    const s = builtIn({ device: 'generic-headphones', today: TODAY, region: 'UK', legalGuaranteeMonths: 40 }).answer('none');
    const snapshot = JSON.parse(JSON.stringify(s.snapshot()));
    assert.equal(snapshot.region, 'UK');
    assert.equal(snapshot.legalGuaranteeMonths, 40);
    assert.deepEqual(restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase, today: snapshot.today }).snapshot(), s.snapshot());
  });
});

describe('honest outcomes', () => {
  it('never sends a Shokz owner to a repair Shokz does not offer', () => {
    const result = resultOf(
      toTheEnd(
        builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2024-06-21' }).answer('none').answer('gradually'),
        (ids) => ids[1] ?? ids[0]!,
      ),
    );
    assert.equal(result.outcome, 'replace');
    assertContains(result.body, 'Shokz offers no repair service');
  });

  it('advises a repair only where it costs less than a new one', () => {
    const kb = (price: number): KnowledgeBase =>
      costed({
        actions: [],
        devices: [device('gadget', { z: 1 }, { warrantyMonths: 12, returnDays: 0, lifespanMonths: 48, price, repairPrice: 50 })],
      });
    const outcome = (price: number) =>
      resultOf(createSession({ knowledgeBase: kb(price), device: 'gadget', today: TODAY, purchaseDate: '2024-11-21' }));
    // Repair: 30 min + 10 days × 10 + 50 × 2 = 230; replace: 20 + 2 × 10 + 2 × price.
    assert.equal(outcome(150).outcome, 'repair'); // replace 340
    const cheap = outcome(80); // replace 200
    assert.equal(cheap.outcome, 'replace');
    assertContains(cheap.body, 'a repair typically costs as much as a new one, or more');
  });

  it('weighs a repair at the middle of its price range, not its floor', () => {
    const kb = (repairPriceMax?: number): KnowledgeBase =>
      costed({
        actions: [],
        devices: [
          device(
            'gadget',
            { z: 1 },
            {
              warrantyMonths: 12,
              returnDays: 0,
              lifespanMonths: 48,
              price: 100,
              repairPrice: 50,
              ...(repairPriceMax ? { repairPriceMax } : {}),
            },
          ),
        ],
      });
    const outcome = (max?: number) =>
      resultOf(createSession({ knowledgeBase: kb(max), device: 'gadget', today: TODAY, purchaseDate: '2024-11-21' })).outcome;
    // Replace: 20 + 2 × 10 + 100 × 2 = 240. Repair at its floor: 30 + 100 + 50 × 2 = 230, so a repair;
    // at the middle of 50–250: 30 + 100 + 150 × 2 = 430, so a new one.
    assert.equal(outcome(), 'repair');
    assert.equal(outcome(250), 'replace');
  });

  it('says a worn battery may be refused under a warranty that excludes wear, and where the law still helps', () => {
    const worn = (purchaseDate: string, region?: string) =>
      resultOf(
        toTheEnd(
          builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate, ...(region ? { region } : {}) })
            .answer('none')
            .answer('gradually'),
          (ids) => (ids.includes('red-light') ? 'red-light' : ids.includes('looks-fine') ? 'looks-fine' : ids[0]!),
        ),
      );
    const claim = worn('2026-03-21');
    assert.equal(claim.outcome, 'warranty-claim');
    assertContains(claim.body, 'Shokz’s warranty covers manufacturing faults, not normal wear and tear');
    assert.doesNotMatch(claim.body, /consumer law/);
    assertContains(
      worn('2026-03-21', 'UK').body,
      'a battery that wears out sooner than one like it can reasonably be expected to last counts as one',
    );
    const legal = worn('2024-05-21', 'UK');
    assert.equal(legal.outcome, 'legal-guarantee');
    assertContains(legal.body, 'counts as a fault only if it lasted less than one like it can reasonably be expected to');
    // A maker whose warranty is not known to exclude wear gets no such words.
    const soundcore = resultOf(
      toTheEnd(builtIn({ device: 'soundcore-boost', today: TODAY, purchaseDate: '2026-03-21' }).answer('none').answer('gradually')),
    );
    assert.equal(soundcore.outcome, 'warranty-claim');
    assert.doesNotMatch(soundcore.body, /wear and tear/);
  });

  it('says a return or a claim may be refused when it stopped after a knock, on every result that offers one', () => {
    const knocked = (purchaseDate: string) =>
      builtIn({ device: 'soundcore-boost', today: TODAY, purchaseDate }).answer('none').answer('after-knock');
    const damage = (ids: string[]) => (ids.includes('damage') ? 'damage' : ids[0]!);
    const claim = resultOf(toTheEnd(knocked('2026-05-01'), damage));
    assert.equal(claim.outcome, 'warranty-claim');
    assertContains(claim.body, 'may refuse a return or a claim');
    // A drop ten days after buying it: the refund says so too, never just "say it doesn't charge".
    const refund = resultOf(toTheEnd(knocked('2026-11-11'), damage));
    assert.equal(refund.outcome, 'refund');
    assertContains(refund.body, 'may refuse a return or a claim');
    assertContains(refund.body, 'Say honestly what happened');
    let fixed = knocked('2026-05-01');
    while (fixed.current.kind !== 'action') fixed = fixed.answer(fixed.current.options[0]!.id);
    assert.ok(!resultOf(fixed.answer('fixed')).body.includes('refuse'));
  });

  it('tells the shopper a return must be complete and resalable', () => {
    const refund = resultOf(
      builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-11-10' })
        .answer('none')
        .answer('never-worked')
        .answer('return-now'),
    );
    assertContains(refund.body, 'resalable condition');
  });

  it('names near-tied causes, not one guess', () => {
    const kb = tinyKnowledgeBase({
      actions: [action('swap-both', 1, { x: 1, y: 1 })],
      devices: [device('gadget', { x: 0.45, y: 0.4, z: 0.15 })],
    });
    const fixed = resultOf(createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY }).answer('fixed'));
    assertContains(fixed.body, 'The likely cause: Cause X or Cause Y.');
  });

  it('stops a speaker whose recall status is unknown, and says how to find the code', () => {
    for (const [device, recall, unsure] of [
      ['generic-speaker', 'recall-label', 'cannot-find'],
      ['soundcore-a3102', 'recall-check', 'cannot-check'],
    ] as const) {
      const s = builtIn({ device, today: TODAY, purchaseDate: '2026-05-01' }).answer('none');
      assert.equal(s.current.id, recall);
      const stop = resultOf(s.answer(unsure));
      assert.deepEqual([stop.outcome, stop.stop, stop.title], ['safety-stop', 'recall-unknown', 'Check the recall before you charge it']);
      assertContains(stop.body, 'Until you know it isn’t, don’t charge it or use it.');
      assertContains(stop.steps.join(' '), 'SN code');
      assert.equal(stop.action?.href, 'https://us.soundcore.com/pages/a3102-recall', 'the recall page is the way on');
      assert.deepEqual(stop.afterSteps, [], 'no battery-fault remedy: nothing is known to be faulty yet');
      assert.notEqual(s.answer(recall === 'recall-check' ? 'not-recalled' : 'other-model').current.kind, 'result');
    }
  });

  it('gives a recalled speaker the recall’s remedy at any age, never the warranty or recycling', () => {
    for (const purchaseDate of ['2026-11-11', '2026-03-21', '2024-05-21']) {
      const stop = resultOf(builtIn({ device: 'soundcore-a3102', today: TODAY, purchaseDate }).answer('none').answer('recalled'));
      assert.deepEqual([stop.stop, stop.title], ['recall', 'Stop: it’s part of a safety recall'], purchaseDate);
      assertContains(stop.body, 'The recall’s remedy applies whatever its age or warranty');
      assertContains(stop.body, 'Anker replaces recalled speakers free of charge');
      const words = [stop.body, ...stop.steps, ...stop.afterSteps].join(' ');
      assert.doesNotMatch(words, /collection point|warranty of|refund|manufacturing fault/i, purchaseDate);
      assert.equal(stop.action?.href, 'https://us.soundcore.com/pages/a3102-recall', purchaseDate);
    }
  });

  it('gives a battery in danger the fire-safety stop and what the shop or maker owes by age', () => {
    const stop = resultOf(builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-03-21' }).answer('danger'));
    assert.deepEqual([stop.stop, stop.title], ['battery', 'Stop: don’t use or charge it']);
    assertContains(stop.body, 'can catch fire');
    assertContains(stop.afterSteps.join(' '), 'the warranty of 2 years covers those');
  });

  it('reads the Shokz light as the seed does: red is charging (a flat pair too), red and blue is pairing mode', () => {
    const question = defaultKnowledgeBase.questions.find((q) => q.id === 'charging-light-shokz')!;
    const red = question.options.find((o) => o.id === 'red-light')!;
    assertContains(red.label, 'flashing');
    assertContains(question.body!, 'Red and blue flashing in turn is pairing mode, not charging');
    assert.ok(question.options.some((o) => o.id === 'red-blue'));
    // "Red" is the light of a charging pair: a flat battery shows it as readily as a worn one, a broken cable hardly.
    assert.ok(red.likelihood['deep-discharge']! >= 0.6 * red.likelihood['battery-worn']!);
    assert.ok(red.likelihood['battery-worn']! > red.likelihood.cable! * 10);
    assert.ok(defaultKnowledgeBase.questions.find((q) => q.id === 'charging-light')!.devices!.every((d) => !d.startsWith('shokz-')));
  });

  it('does not escalate a flat Shokz battery on a red light before the long charge', () => {
    // A flat pair shows red after a while on the charger: even after a battery that faded gradually,
    // the shopper who says so is led to charge it untouched before a return or a claim.
    for (const purchaseDate of ['2026-11-11', '2026-03-21']) {
      let s = builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate }).answer('none').answer('gradually');
      const seen: string[] = [];
      for (let i = 0; i < 30 && s.current.kind !== 'result'; i++) {
        seen.push(s.current.id);
        if (s.current.id === 'charge-untouched') break;
        const ids = s.current.options.map((o) => o.id);
        s = s.answer(
          s.current.kind === 'action'
            ? 'not-fixed'
            : ids.includes('red-light')
              ? 'red-light'
              : ids.includes('looks-fine')
                ? 'looks-fine'
                : ids[0]!,
        );
      }
      assert.equal(s.current.id, 'charge-untouched', `${purchaseDate}: ${seen.join(', ')}`);
    }
  });
});
