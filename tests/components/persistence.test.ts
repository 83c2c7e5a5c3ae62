import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { storageKey } from '../../src/components/charge-troubleshooter/persistence.js';
import { progressScope } from '../../src/core/index.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import {
  choose,
  currentId,
  describeFocus,
  heading,
  isFocused,
  nextEvent,
  outcomesKnowledgeBase,
  settled,
  step,
  widget,
} from './helpers.js';

const KEY = storageKey('shokz-openrun', undefined, undefined);
/** The header the widget writes: the built-in knowledge base, no shop, a first revision. */
const HEADER = { scope: progressScope(defaultKnowledgeBase, undefined), revision: 1 };
const persisted = () => html`<charge-troubleshooter persist device="shokz-openrun"></charge-troubleshooter>`;

/** A fixed moment for the widgets' clock: the tests move time on by hand. */
const START = Date.UTC(2026, 10, 21, 12);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function welcome(el: ChargeTroubleshooter): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part="welcome"]');
}

function welcomeButton(el: ChargeTroubleshooter, text: string): HTMLButtonElement {
  const button = [...welcome(el)!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no "${text}" on the welcome screen`);
  return button;
}

function bar(el: ChargeTroubleshooter): number {
  return step(el).shadowRoot!.querySelector<HTMLProgressElement>('[part="progress-bar"]')!.value;
}

/** What the shopper had saved: the snapshot's answers. */
function savedHistory(key = KEY): unknown[] {
  return JSON.parse(localStorage.getItem(key)!).snapshot.history;
}

describe('persist', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('resumes after a reload: "Welcome back" says since when and how far, then Continue shows that step', async () => {
    let now = START;
    const markup = () => html`<charge-troubleshooter persist device="shokz-openrun" .clock=${() => now}></charge-troubleshooter>`;
    const first = await widget(markup());
    await choose(first, 'none');
    await choose(first, 'suddenly');
    const where = currentId(first);
    const title = step(first).prompt!.title;
    const progress = bar(first);
    expect(progress).to.be.above(0);
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.snapshot.history).to.have.length(2);
    expect(saved.savedAt, 'saved by the widget’s clock').to.equal(START);
    first.remove();

    now += 5 * MINUTE;
    const second = await widget(markup());
    expect(second.shadowRoot!.querySelector('charge-troubleshooter-step'), 'not dropped into the middle').to.equal(null);
    const screen = welcome(second)!;
    expect(screen.querySelector('h2')!.textContent).to.equal('Welcome back');
    expect([...screen.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'You started 5 minutes ago.',
      `You were at step 3: ${title}`,
    ]);
    expect([...screen.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Continue', 'Start again']);
    expect(isFocused(screen.querySelector('h2')), 'no focus is taken on page load').to.equal(false);
    // open() brings the shopper to it.
    await second.open();
    expect(isFocused(screen.querySelector('h2')), describeFocus()).to.equal(true);

    welcomeButton(second, 'Continue').click();
    await settled(second);
    expect(welcome(second)).to.equal(null);
    expect(currentId(second)).to.equal(where);
    expect(step(second).stepNumber).to.equal(3);
    expect(bar(second), 'the progress bar where it was').to.equal(progress);
    expect(isFocused(heading(second)), describeFocus()).to.equal(true);
  });

  // Every save moves `savedAt` on (each answer, the timer); "You started …" must come from when the
  // session began, or a shopper who started hours ago and answered a minute ago "started a minute ago".
  it('says when the shopper started, not when they last answered', async () => {
    // 9:00 on the shopper's own calendar: two hours on is still today, in any time zone.
    let now = new Date(2026, 10, 21, 9).getTime();
    const markup = () => html`<charge-troubleshooter persist device="shokz-openrun" .clock=${() => now}></charge-troubleshooter>`;
    const first = await widget(markup());
    await choose(first, 'none');
    now += 2 * 60 * MINUTE;
    await choose(first, 'suddenly');
    first.remove();
    now += 5 * MINUTE;
    const second = await widget(markup());
    expect(welcome(second)!.querySelector('p')!.textContent).to.equal('You started earlier today.');
  });

  it('"Start again" on the welcome screen shows the first prompt and forgets the saved answers', async () => {
    const first = await widget(persisted());
    await choose(first, 'none');
    first.remove();
    const second = await widget(persisted());
    expect(welcome(second)).to.exist;
    const shown = nextEvent(second, 'ct-step');
    welcomeButton(second, 'Start again').click();
    expect((await shown).detail.prompt.id).to.equal('safety');
    await settled(second);
    expect(welcome(second)).to.equal(null);
    expect(currentId(second)).to.equal('safety');
    expect(step(second).stepNumber).to.equal(1);
    expect(savedHistory()).to.deep.equal([]);
  });

  it('welcomes nobody back who had answered nothing', async () => {
    const first = await widget(persisted());
    expect(localStorage.getItem(KEY)).to.not.equal(null);
    first.remove();
    const second = await widget(persisted());
    expect(welcome(second)).to.equal(null);
    expect(currentId(second)).to.equal('safety');
  });

  it('says how long ago in days for a shopper back days later', async () => {
    let now = START;
    const markup = () => html`<charge-troubleshooter persist device="shokz-openrun" .clock=${() => now}></charge-troubleshooter>`;
    const first = await widget(markup());
    await choose(first, 'none');
    first.remove();
    now += 3 * DAY;
    const second = await widget(markup());
    expect(welcome(second)!.querySelector('p')!.textContent).to.equal('You started 3 days ago.');
  });

  for (const [days, attribute, after, kept] of [
    [14, '', 13 * DAY, true],
    [14, '', 15 * DAY, false],
    [2, '2', 1 * DAY, true],
    [2, '2', 3 * DAY, false],
  ] as const) {
    it(`${kept ? 'keeps' : 'forgets, silently,'} progress ${after / DAY} days old with persist-days ${attribute || 'left at its default'} (${days})`, async () => {
      let now = START;
      const markup = () =>
        html`<charge-troubleshooter persist persist-days=${attribute || nothing} device="shokz-openrun" .clock=${() => now}></charge-troubleshooter>`;
      const first = await widget(markup());
      await choose(first, 'none');
      first.remove();
      now += after;
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const second = await widget(markup());
        if (kept) {
          expect(welcome(second)).to.exist;
        } else {
          expect(welcome(second)).to.equal(null);
          expect(currentId(second)).to.equal('safety');
          expect(savedHistory()).to.deep.equal([]);
        }
        expect(warnings, 'no warning: nothing was wrong with it').to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('keeps one saved session per device, and none without persist', async () => {
    const openrun = await widget(persisted());
    await choose(openrun, 'none');
    const boost = await widget(html`<charge-troubleshooter persist device="soundcore-boost"></charge-troubleshooter>`);
    await choose(boost, 'none');
    await choose(boost, 'suddenly');
    expect(Object.keys(localStorage).sort()).to.deep.equal([KEY, storageKey('soundcore-boost', undefined, undefined)].sort());
    localStorage.clear();
    const plain = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(plain, 'none');
    expect(localStorage.length).to.equal(0);
  });

  it('"Start over" on a step goes back to the first prompt and forgets the saved answers', async () => {
    const el = await widget(persisted());
    await choose(el, 'none');
    await choose(el, 'suddenly');
    expect(savedHistory()).to.have.length(2);
    const shown = nextEvent(el, 'ct-step');
    step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="start-over"]')!.click();
    const { detail } = await shown;
    expect([detail.prompt.id, detail.stepNumber]).to.deep.equal(['safety', 1]);
    await settled(el);
    expect(currentId(el)).to.equal('safety');
    expect(savedHistory()).to.deep.equal([]);
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
  });

  it('starts afresh on "Start over" and forgets the saved session', async () => {
    const el = await widget(
      html`<charge-troubleshooter persist device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    await choose(el, 'danger');
    expect(currentId(el)).to.equal('safety-stop');
    el.shadowRoot!.querySelector('charge-troubleshooter-result')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
    await settled(el);
    expect(currentId(el)).to.equal('safety');
    expect(JSON.parse(localStorage.getItem(storageKey('gizmo', undefined, undefined))!).snapshot.history).to.deep.equal([]);
  });

  for (const [what, stored, why] of [
    ['not JSON', '{"snapshot": ', /not valid JSON/],
    [
      'JSON of the wrong shape',
      JSON.stringify({ snapshot: { version: 1, device: 'shokz-openrun', history: 'lots' }, savedAt: START, ...HEADER }),
      /Cannot restore session/,
    ],
    [
      'another device’s session under this one’s key',
      JSON.stringify({
        snapshot: { version: 1, device: 'soundcore-boost', today: '2026-11-21', history: [{ promptId: 'safety', optionId: 'none' }] },
        savedAt: START,
        ...HEADER,
      }),
      /another device \(soundcore-boost\)/,
    ],
    [
      'answers that no longer fit',
      JSON.stringify({
        snapshot: { version: 1, device: 'shokz-openrun', today: '2026-11-21', history: [{ promptId: 'safety', optionId: 'maybe' }] },
        savedAt: START,
        ...HEADER,
      }),
      /Cannot restore session/,
    ],
    [
      'no date: saved before sessions were dated',
      JSON.stringify({
        snapshot: { version: 1, device: 'shokz-openrun', today: '2026-11-21', history: [{ promptId: 'safety', optionId: 'none' }] },
        ...HEADER,
      }),
      /no date/,
    ],
    [
      'a date that is no date',
      JSON.stringify({
        snapshot: { version: 1, device: 'shokz-openrun', today: '2026-11-21', history: [{ promptId: 'safety', optionId: 'none' }] },
        savedAt: 'yesterday',
        ...HEADER,
      }),
      /no date/,
    ],
  ] as const) {
    it(`discards a corrupt saved session (${what}) with a warning, never a crash`, async () => {
      localStorage.setItem(KEY, stored);
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await widget(
          html`<charge-troubleshooter persist device="shokz-openrun" .clock=${() => START + MINUTE}></charge-troubleshooter>`,
        );
        expect(welcome(el), 'nobody is welcomed back to a corrupt session').to.equal(null);
        expect(currentId(el)).to.equal('safety');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0]))
          .to.match(/discarded the saved session/)
          .and.match(why);
        // The corrupt data is gone: what is kept now is the fresh session.
        expect(localStorage.getItem(KEY)).to.not.equal(stored);
        expect(JSON.parse(localStorage.getItem(KEY)!).snapshot.history).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('starts afresh, silently, when the page now gives another purchase date', async () => {
    const first = await widget(persisted());
    await choose(first, 'none');
    const second = await widget(
      html`<charge-troubleshooter persist device="shokz-openrun" purchase-date="2026-01-01"></charge-troubleshooter>`,
    );
    expect(currentId(second)).to.equal('safety');
  });

  it('works when storage throws (private mode, sandboxed iframes)', async () => {
    const { getItem, setItem, removeItem } = Storage.prototype;
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    Storage.prototype.removeItem = blocked;
    try {
      const el = await widget(persisted());
      await choose(el, 'none');
      await choose(el, 'suddenly');
      el.restart();
      await settled(el);
      expect(currentId(el)).to.equal('safety');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });

  it('keeps an action’s timer counting when the element is created again', async () => {
    const kb = outcomesKnowledgeBase();
    const start = Date.UTC(2026, 10, 21, 12);
    let now = start;
    const markup = () =>
      html`<charge-troubleshooter persist device="gizmo" .knowledgeBase=${kb} .clock=${() => now}></charge-troubleshooter>`;
    const first = await widget(markup());
    await choose(first, 'none');
    await choose(first, 'not-fixed');
    expect(currentId(first)).to.equal('wait');
    step(first).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
    await settled(first);
    // The widget starts the timer, by its clock, and saves it.
    expect(step(first).timerStartedAt).to.equal(start);
    expect(step(first).shadowRoot!.querySelector('[role="timer"]')!.textContent).to.equal('30:00 left');
    const saved = JSON.parse(localStorage.getItem(storageKey('gizmo', undefined, undefined))!);
    expect(saved.timer).to.deep.equal({ promptId: 'wait', startedAt: start });
    first.remove();

    // Ten minutes pass before the shopper comes back.
    now += 10 * 60_000;
    const second = await widget(markup());
    expect(welcome(second)!.textContent).to.contain('You started 10 minutes ago.').and.contain('You were at step 3: Charge it untouched');
    welcomeButton(second, 'Continue').click();
    await settled(second);
    expect(currentId(second)).to.equal('wait');
    expect(step(second).shadowRoot!.querySelector('[role="timer"]')!.textContent).to.equal('20:00 left');
    // Twenty-one more: the time is up.
    now += 21 * 60_000;
    step(second).requestUpdate();
    await settled(second);
    expect(step(second).shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
    expect(step(second).shadowRoot!.querySelector('[part="timer"] [role="status"]')!.textContent).to.equal('Time’s up: how is it now?');
    // The shopper can still answer.
    await choose(second, 'fixed');
    expect(currentId(second)).to.equal('resolved');
  });
});
