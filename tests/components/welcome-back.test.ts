import { expect, html } from '@open-wc/testing';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { FakeClock } from '../fake-clock.js';
import { choose, currentId, describeFocus, heading, isFocused, outcomesKnowledgeBase, settled, step, widget } from './helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A moment on the shopper's own calendar (the browser's time zone): the clock is read in local dates. */
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

function welcome(el: ChargeTroubleshooter): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part="welcome"]');
}

function paragraphs(el: ChargeTroubleshooter): string[] {
  return [...welcome(el)!.querySelectorAll('p')].map((p) => p.textContent!.trim());
}

/** Every button the widget shows, through its shadow roots. */
function buttonTexts(el: ChargeTroubleshooter): string[] {
  const inner = el.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result');
  const roots = [el.shadowRoot!, ...(inner?.shadowRoot ? [inner.shadowRoot] : [])];
  return roots.flatMap((root) => [...root.querySelectorAll('button')].map((b) => b.textContent!.trim()));
}

/**
 * A shopper answers `answers` on a persisted widget at `start`, leaves, and comes back `later` ms on:
 * the widget made again on the same clock, as a reload does.
 */
async function comeBack(options: { start: number; later: number; answers: string[]; device?: string; locale?: string; gizmo?: boolean }) {
  const clock = new FakeClock(options.start);
  const kb = options.gizmo ? outcomesKnowledgeBase() : undefined;
  const markup = () =>
    kb
      ? html`<charge-troubleshooter persist device="gizmo" .knowledgeBase=${kb} .clock=${clock}></charge-troubleshooter>`
      : html`<charge-troubleshooter persist device=${options.device ?? 'shokz-openrun'} locale=${options.locale ?? 'en'} .clock=${clock}></charge-troubleshooter>`;
  const first = await widget(markup());
  for (const answer of options.answers) await choose(first, answer);
  const left = first.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result') as {
    prompt?: { title: string };
  } | null;
  const title = left?.prompt?.title ?? '';
  first.remove();
  clock.advance(options.later);
  return { el: await widget(markup()), title, clock };
}

describe('welcome back', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const [what, start, later, expected] of [
    ['under a minute ago', local(21, 10), 40 * 1000, 'You started just now.'],
    ['3 minutes ago', local(21, 10), 3 * MINUTE, 'You started 3 minutes ago.'],
    ['a minute ago, in the singular', local(21, 10), MINUTE, 'You started 1 minute ago.'],
    ['earlier today (7 h 30 min ago, the same local day)', local(21, 8, 10), 7 * HOUR + 30 * MINUTE, 'You started earlier today.'],
    ['yesterday, across local midnight (8 h 45 min ago)', local(21, 22, 30), 8 * HOUR + 45 * MINUTE, 'You started yesterday.'],
    ['minutes ago, even across midnight', local(21, 23, 50), 30 * MINUTE, 'You started 30 minutes ago.'],
    ['3 days ago by the calendar (2 days 11 h ago)', local(18, 21), 2 * 24 * HOUR + 11 * HOUR, 'You started 3 days ago.'],
  ] as const) {
    it(`says when it was started, in words people use: ${what}`, async () => {
      const { el } = await comeBack({ start, later, answers: ['none'] });
      expect(welcome(el) !== null, 'welcomed back').to.equal(true);
      expect(paragraphs(el)[0]).to.equal(expected);
    });
  }

  for (const [locale, yesterday, threeDays, threeMinutes] of [
    ['de', 'Sie haben gestern begonnen.', 'Sie haben vor 3 Tagen begonnen.', 'Sie haben vor 3 Minuten begonnen.'],
    ['es', 'Empezaste ayer.', 'Empezaste hace 3 días.', 'Empezaste hace 3 minutos.'],
    ['fr', 'Vous avez commencé hier.', 'Vous avez commencé il y a 3 jours.', 'Vous avez commencé il y a 3 minutes.'],
    ['ar', 'بدأت أمس.', 'بدأت قبل 3 أيام.', 'بدأت قبل 3 دقائق.'],
  ] as const) {
    it(`says it in ${locale}, with the language's own "yesterday" and plurals`, async () => {
      for (const [start, later, expected] of [
        [local(21, 22, 30), 10 * HOUR, yesterday],
        [local(18, 21), 2 * 24 * HOUR + 11 * HOUR, threeDays],
        [local(21, 10), 3 * MINUTE, threeMinutes],
      ] as const) {
        localStorage.clear();
        const { el } = await comeBack({ start, later, answers: ['none'], locale });
        expect(paragraphs(el)[0]).to.equal(expected);
        el.remove();
      }
    });
  }

  it('shows the step a Continue resumes: its number and its title', async () => {
    const { el, title } = await comeBack({ start: local(21, 10), later: 5 * MINUTE, answers: ['none', 'suddenly'] });
    expect(title).to.not.equal('');
    expect(paragraphs(el)[1]).to.equal(`You were at step 3: ${title}`);
    welcome(el)!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settled(el);
    expect(step(el).prompt!.title, 'Continue shows that very step').to.equal(title);
    expect(heading(el).textContent).to.contain(title);
    expect(step(el).stepNumber).to.equal(3);
  });

  // A safety stop was for the shopper who saw it. The next one at this computer (or this shopper, days
  // on) starts at the safety question, which leads back to the stop when it still applies.
  it('never offers a saved safety stop to a later session: no stop, no "Continue", the safety question first', async () => {
    const { el } = await comeBack({ start: local(21, 22), later: 11 * HOUR, answers: ['danger'] });
    expect(welcome(el) === null, 'no welcome screen').to.equal(true);
    expect(buttonTexts(el)).to.not.include('Continue');
    expect(el.shadowRoot!.querySelector('charge-troubleshooter-result') === null, 'no stop shown').to.equal(true);
    expect(currentId(el)).to.equal('safety');
    expect(step(el).stepNumber).to.equal(1);
    expect(isFocused(heading(el)), 'no focus is taken on page load').to.equal(false);
    await el.open();
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
  });

  it('does the same for a safety stop reached on another knowledge base', async () => {
    const { el } = await comeBack({ start: local(21, 10), later: 3 * MINUTE, answers: ['danger'], gizmo: true });
    expect(welcome(el) === null, 'no welcome screen').to.equal(true);
    expect(currentId(el)).to.equal('safety');
  });

  it('is clean for axe: the welcome screen', async () => {
    const back = await comeBack({ start: local(21, 10), later: 3 * MINUTE, answers: ['none'] });
    await expect(back.el).to.be.accessible();
  });
});
