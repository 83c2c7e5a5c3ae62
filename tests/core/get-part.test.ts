// Issue 23, point 2: a step the shopper cannot do for want of a part (another cable, a charger) ends
// in "get the part" when the part is the likely fix; the age comes before the fixes when the answers
// point at wear.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endedRight } from '../../src/analysis/metrics.js';
import { loadLocale, type ResultPrompt, type Session, validateKnowledgeBase } from '../../src/core/index.js';
import { builtIn, clone, defaultKnowledgeBase, translatedKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';
const CABLES = { label: 'USB-C cables', href: 'https://shop.example/cables' };
const SHOP = { email: 'help@shop.example', accessories: { cable: CABLES } };

/** Walks with `answers` (actions not named: "not fixed"); returns the session and the prompts shown. */
function walk(session: Session, answers: Record<string, string>): { session: Session; shown: string[] } {
  const shown: string[] = [];
  while (session.current.kind !== 'result' && shown.length < 40) {
    shown.push(session.current.id);
    session = session.answer(
      answers[session.current.id] ?? (session.current.kind === 'action' ? 'not-fixed' : session.current.options[0]!.id),
    );
  }
  return { session, shown };
}

/** No spare cable: a generic headphone whose light and contacts look fine, bought on a date not given. */
const NO_SPARE_CABLE = { safety: 'none', 'how-it-started': 'suddenly', 'contacts-look': 'looks-fine', 'try-another-cable': 'skip' };

describe('get the part', () => {
  it('ends in "get the part" with the shop’s cable page as the main way on, not thirteen screens and support', () => {
    const { session, shown } = walk(builtIn({ device: 'generic-headphones', today: TODAY, shop: SHOP }), NO_SPARE_CABLE);
    const result = session.current as ResultPrompt;
    assert.equal(result.outcome, 'get-part');
    // Before: 14 prompts, then "Contact support". The gate came first; the cable was then 45 % likely.
    assert.deepEqual(shown, [
      'safety',
      'how-it-started',
      'contacts-look',
      'try-another-power-source',
      'try-another-cable',
      'restart-reset',
    ]);
    assert.deepEqual({ ...result.action }, CABLES);
    assert.deepEqual({ ...result.part }, { cause: 'cable', label: 'a USB-C charging cable' });
    assert.equal(result.title, 'The likely fix: a USB-C charging cable');
    assert.match(result.steps[0]!, /^Borrow a USB-C cable/);
    assert.deepEqual(result.steps.slice(1), defaultKnowledgeBase.actions.find((a) => a.id === 'try-another-cable')!.steps);
    assert.deepEqual(result.contacts, [], 'nobody to contact first');
    assert.equal(result.afterSteps.length, 1);
    assert.equal(session.record().outcome, 'get-part');
    assert.match(session.summary(), /try-another-cable|another cable/i);
  });

  it('names this model’s part: the OpenSwim cradle, the Shokz magnetic cable, a charger', () => {
    const openSwim = walk(builtIn({ device: 'shokz-openswim', today: TODAY }), { ...NO_SPARE_CABLE, 'charging-light-shokz': 'no-light' });
    if (openSwim.session.current.kind === 'result' && openSwim.session.current.outcome === 'get-part')
      assert.equal((openSwim.session.current as ResultPrompt).part?.label, 'an OpenSwim charging cradle');
    const charger = walk(builtIn({ device: 'generic-headphones', today: TODAY }), {
      ...NO_SPARE_CABLE,
      'try-another-cable': 'fixed',
      'try-another-power-source': 'skip',
    });
    assert.notEqual((charger.session.current as ResultPrompt).outcome, 'get-part', 'the charger was not the likely fix');
  });

  it('goes on when the part is not the likely fix', () => {
    // The cable charges another device: the cable is all but ruled out, so skipping it ends nothing.
    const { shown } = walk(builtIn({ device: 'generic-headphones', today: TODAY, purchaseDate: '2026-03-21' }), {
      ...NO_SPARE_CABLE,
      'cable-on-other-device': 'yes',
      'contacts-look': 'dirt',
    });
    assert.ok(shown.indexOf('try-another-cable') < shown.length - 1);
  });

  it('speaks the part in the session’s language', async () => {
    const de = await loadLocale('de');
    const session = walk(
      builtIn({ device: 'generic-headphones', today: TODAY, shop: SHOP, knowledgeBase: translatedKnowledgeBase, locale: de }),
      NO_SPARE_CABLE,
    ).session;
    const result = session.current as ResultPrompt;
    assert.equal(result.title, 'Die wahrscheinliche Lösung: ein USB-C-Ladekabel');
    assert.match(result.steps[0]!, /^Leihen Sie sich ein USB-C-Kabel/);
  });

  it('is judged right when the part fixes the true cause, never an escalation', () => {
    assert.equal(endedRight('get-part', true, true), true);
    assert.equal(endedRight('get-part', true, false), false);
    assert.equal(endedRight('get-part', false, false), false);
  });

  it('validates the part: its cause must be one the action fixes, with the JSON path', () => {
    const kb = clone(defaultKnowledgeBase);
    kb.actions[0]!.needs = { cause: 'battery-worn', part: 'a battery', borrow: 'No.' };
    assert.throws(
      () => validateKnowledgeBase(kb),
      (error: { problems: { path: string; message: string }[] }) =>
        error.problems.some((p) => p.path === 'actions[0].needs.cause' && /does not fix "battery-worn"/.test(p.message)),
    );
  });
});

describe('the age before the fixes when wear is likely', () => {
  it('asks the age right after "the battery lasted less and less", before any fix', () => {
    const session = builtIn({ device: 'generic-headphones', today: TODAY }).answer('none').answer('gradually');
    // Before: the light, the contacts, then eight fixes before the age.
    assert.equal(session.current.id, 'age');
  });

  it('does not ask it early when the answers do not point at wear', () => {
    const session = builtIn({ device: 'generic-headphones', today: TODAY }).answer('none').answer('suddenly');
    assert.notEqual(session.current.id, 'age');
  });
});
