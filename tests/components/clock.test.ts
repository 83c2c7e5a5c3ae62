// One clock for the whole widget: the session's today, the wait timer's ticks, saved progress. A
// FakeClock drives it; no test here replaces a global or waits for real time.
import { expect, html } from '@open-wc/testing';
import type { ResultPrompt } from '../../src/core/index.js';
import { FakeClock } from '../fake-clock.js';
import { choose, currentId, inner, outcomesKnowledgeBase, settled, step, widget } from './helpers.js';

const MINUTE = 60_000;

/** Noon on a day, by the local calendar: the clock's local date is the session's today. */
function noonOn(year: number, month: number, day: number): number {
  return new Date(year, month - 1, day, 12).getTime();
}

describe('the widget’s clock', () => {
  // gizmo: a 30-day return window, a 12-month warranty; bought on 1 November 2026.
  const outcomeOn = async (clock: FakeClock): Promise<ResultPrompt['outcome']> => {
    const el = await widget(
      html`<charge-troubleshooter device="gizmo" purchase-date="2026-11-01" .knowledgeBase=${outcomesKnowledgeBase()} .clock=${clock}></charge-troubleshooter>`,
    );
    for (const answer of ['none', 'not-fixed', 'not-fixed']) await choose(el, answer);
    return (inner(el)!.prompt as ResultPrompt).outcome;
  };

  it('sets the session’s today: inside the return window a refund, after it a warranty claim', async () => {
    expect(await outcomeOn(new FakeClock(noonOn(2026, 11, 21)))).to.equal('refund');
    expect(await outcomeOn(new FakeClock(noonOn(2027, 1, 15)))).to.equal('warranty-claim');
  });

  it('runs the wait timer: it ticks when the clock moves, with no real waiting', async () => {
    const clock = new FakeClock(noonOn(2026, 11, 21));
    const el = await widget(
      html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()} .clock=${clock}></charge-troubleshooter>`,
    );
    await choose(el, 'none');
    await choose(el, 'not-fixed');
    expect(currentId(el)).to.equal('wait');
    step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
    await settled(el);
    const shownTime = () => step(el).shadowRoot!.querySelector('[role="timer"]')?.textContent;
    expect(shownTime()).to.equal('30:00 left');
    clock.advance(MINUTE + 1000);
    await settled(el);
    expect(shownTime()).to.equal('28:59 left');
    clock.advance(30 * MINUTE);
    await settled(el);
    expect(shownTime()).to.equal(undefined);
    expect(clock.pending, 'no tick left waiting once the time is up').to.equal(0);
  });

  it('still takes a bare time source, as before: its time is the session’s today', async () => {
    const el = await widget(
      html`<charge-troubleshooter device="gizmo" purchase-date="2026-11-01" .knowledgeBase=${outcomesKnowledgeBase()} .clock=${() => noonOn(2027, 1, 15)}></charge-troubleshooter>`,
    );
    for (const answer of ['none', 'not-fixed', 'not-fixed']) await choose(el, answer);
    expect((inner(el)!.prompt as ResultPrompt).outcome).to.equal('warranty-claim');
  });
});
