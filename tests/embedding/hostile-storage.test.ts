import { expect, oneEvent } from '@open-wc/testing';
import type { KnowledgeBase } from '../../src/core/index.js';
import type { ChargeTroubleshooter, CtResultDetail } from '../../src/index.js';
import { outcomesKnowledgeBase } from '../components/outcomes-knowledge-base.js';
import { FakeClock } from '../fake-clock.js';
import { openFrame } from './frame.js';
import { answer, settled, shown, stepOf } from './widget-page.js';

/**
 * Hostile pages and shared storage, for saved progress and outcome records (the drop-in bundle): a page
 * that patched JSON (Prototype.js 1.6, a date reviver), two shops on one origin, two shoppers on one
 * computer, two tabs, a clock set back, a wall clock that jumps during a wait, a `persist-days` that is
 * no number. Each case runs in pages of its own on 127.0.0.1 (pages/hostile/, whose recorder.js notes
 * uncaught errors, every `ct-error` and console warnings).
 *
 * Elements are compared as booleans (`=== null`): chai describing an element of another window when an
 * assertion fails walks that whole window and never ends.
 */

type Recorded = { pageErrors: string[]; ctErrors: { id: string; message: string }[]; warnings: string[] };
type PageWindow = Window & typeof globalThis & Recorded & { installArrayToJson?: () => void };
type Widget = ChargeTroubleshooter;

const PAGES = '/tests/embedding/pages/hostile/';
const PREFIX = 'charge-troubleshooter:';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Noon, by the local calendar. */
const START = new Date(2026, 10, 21, 12).getTime();

async function openPage(name: string): Promise<PageWindow> {
  const frame = await openFrame(PAGES + name, 'width: 320px; height: 640px; border: 0');
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('charge-troubleshooter');
  return win;
}

async function addWidget(win: PageWindow, attributes: Record<string, string>, properties: Partial<Widget> = {}): Promise<Widget> {
  const widget = win.document.createElement('charge-troubleshooter') as Widget;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  Object.assign(widget, properties);
  win.document.body.append(widget);
  await settled(widget);
  return widget;
}

function currentId(widget: Widget): string {
  return (shown(widget) as unknown as { prompt?: { id: string } } | null)?.prompt?.id ?? '(none)';
}

function welcome(widget: Widget): Element | null {
  return widget.shadowRoot!.querySelector('[part="welcome"]');
}

async function continueFromWelcome(widget: Widget): Promise<void> {
  welcome(widget)!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await settled(widget);
}

/** What the widgets saved on this origin, by key (our keys only). */
function savedKeys(win: PageWindow): string[] {
  return Object.keys(win.localStorage).filter((key) => key.startsWith(PREFIX));
}

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}

/** The widget's error state, and the `ct-error` it sent, both saying `message`. */
function expectSettingError(win: PageWindow, widget: Widget, message: RegExp): void {
  const error = widget.shadowRoot!.querySelector('[part="error"]');
  expect(error !== null, `error state expected; showing: ${widget.shadowRoot!.textContent?.trim().slice(0, 200)}`).to.equal(true);
  expect(error!.textContent).to.match(message);
  expect(shown(widget) === null).to.equal(true);
  expect(win.ctErrors.filter((sent) => sent.id === widget.id).map((sent) => sent.message)).to.satisfy((messages: string[]) =>
    messages.some((m) => message.test(m)),
  );
}

let builtIn: string | undefined;
async function builtInKnowledgeBase(): Promise<KnowledgeBase> {
  builtIn ??= await (await fetch('/dist/cdn/knowledge-base.json')).text();
  return JSON.parse(builtIn) as KnowledgeBase;
}

describe('hostile storage: saved progress and records (drop-in bundle)', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    clearStorage();
  });

  it('(S1) a page with a date-reviving JSON.parse and Prototype.js 1.6’s toJSON methods: saves, resumes, and sends an intact record', async () => {
    const win = await openPage('json-patches.html');
    // The page's JSON is broken for our data: dates come back as Date objects, arrays as strings.
    expect(win.JSON.parse('{"today":"2026-11-21"}').today).to.be.instanceOf(win.Date);
    // One knowledge base object for both widgets: its model is built once, before Array.prototype.toJSON
    // is in place (building a model under it is the knowledge-base copy's own case, not storage's).
    const knowledgeBase = await builtInKnowledgeBase();
    const attributes = { id: 'patched', device: 'shokz-openrun', persist: '', 'purchase-date': '2026-10-01' };
    const first = await addWidget(win, attributes, { knowledgeBase });
    win.installArrayToJson!();
    expect(win.JSON.stringify({ history: new win.Array() }), 'an array of the page').to.equal('{"history":"[]"}');
    await answer(first, 'none');
    await answer(first, 'suddenly');
    const where = currentId(first);
    const [key] = savedKeys(win);
    const saved = JSON.parse(win.localStorage.getItem(key!)!);
    expect(saved.snapshot.history, 'an array, not a string').to.have.length(2);
    expect(saved.snapshot.purchaseDate).to.equal('2026-10-01');
    first.remove();

    const second = await addWidget(win, attributes, { knowledgeBase });
    expect(win.warnings, 'nothing discarded').to.deep.equal([]);
    expect(welcome(second) !== null, 'welcomed back').to.equal(true);
    await continueFromWelcome(second);
    expect(currentId(second)).to.equal(where);
    expect(stepOf(second).stepNumber).to.equal(3);

    // The record the page is given to send: one line of JSON, whatever the page did to JSON.
    const ended = oneEvent(second, 'ct-result') as Promise<CustomEvent<CtResultDetail>>;
    for (let i = 0; i < 30 && second.shadowRoot!.querySelector('charge-troubleshooter-step'); i++) {
      const prompt = stepOf(second).prompt!;
      await answer(second, prompt.kind === 'action' ? 'not-fixed' : prompt.options.at(-1)!.id);
    }
    const { detail } = await ended;
    expect(JSON.parse(detail.recordJson)).to.deep.equal(JSON.parse(JSON.stringify(detail.record)));
    expect(detail.recordJson).to.not.contain('\\"');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.ctErrors).to.deep.equal([]);
  });

  it('(S1b) Prototype.js 1.6 loaded before the widget (Array.prototype.toJSON from the start): it starts, walks to a result and saves', async () => {
    const win = await openPage('prototype-js-first.html');
    expect(win.JSON.stringify({ history: new win.Array() }), 'an array of the page').to.equal('{"history":"[]"}');
    const widget = await addWidget(win, { id: 'prototype', device: 'shokz-openrun', persist: '', 'purchase-date': '2026-10-01' });
    expect(stepOf(widget).prompt!.id, 'the safety question, not "t.causes.map is not a function"').to.equal('safety');
    const ended = oneEvent(widget, 'ct-result') as Promise<CustomEvent<CtResultDetail>>;
    for (let i = 0; i < 30 && widget.shadowRoot!.querySelector('charge-troubleshooter-step'); i++) {
      const prompt = stepOf(widget).prompt!;
      await answer(widget, prompt.kind === 'action' ? 'not-fixed' : prompt.options.at(-1)!.id);
    }
    const { detail } = await ended;
    expect(JSON.parse(detail.recordJson).device).to.equal('shokz-openrun');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.ctErrors).to.deep.equal([]);
  });

  it('(S2) two shops on one origin (a marketplace): shop B never resumes shop A’s session, and A’s is still there after', async () => {
    const win = await openPage('blank.html');
    const shopA = { device: 'shokz-openrun', persist: '', 'shop-name': 'Shop A', 'support-email': 'help@a.example' };
    const shopB = { device: 'shokz-openrun', persist: '', 'shop-name': 'Shop B', 'support-email': 'help@b.example' };
    const a = await addWidget(win, { id: 'a', ...shopA });
    await answer(a, 'none');
    a.remove();
    const b = await addWidget(win, { id: 'b', ...shopB });
    expect(welcome(b) === null, 'shop B does not offer shop A’s session').to.equal(true);
    expect(currentId(b)).to.equal('safety');
    expect(stepOf(b).stepNumber).to.equal(1);
    b.remove();
    const aAgain = await addWidget(win, { id: 'a-again', ...shopA });
    expect(welcome(aAgain) !== null, 'shop A’s own session is still there').to.equal(true);
    expect(savedKeys(win)).to.have.length(2);
    expect(win.warnings).to.deep.equal([]);
  });

  it('(S3) a shared computer: another order number never resumes the previous shopper’s session, nor reads their order', async () => {
    const win = await openPage('blank.html');
    const first = await addWidget(win, { id: 'first', device: 'shokz-openrun', persist: '', 'order-number': 'A-1001' });
    await answer(first, 'none');
    first.remove();
    const next = await addWidget(win, { id: 'next', device: 'shokz-openrun', persist: '', 'order-number': 'A-1002' });
    expect(welcome(next) === null).to.equal(true);
    expect(currentId(next)).to.equal('safety');
    // The order number is not in storage in clear text.
    for (const key of savedKeys(win)) expect(key + win.localStorage.getItem(key)).to.not.contain('A-1001');
  });

  it('(S4) a safety stop is never offered to a later session: the next visitor starts at the safety question', async () => {
    const win = await openPage('blank.html');
    const first = await addWidget(win, { id: 'first', device: 'shokz-openrun', persist: '' });
    await answer(first, 'danger');
    expect(currentId(first)).to.equal('safety-stop');
    first.remove();
    const later = await addWidget(win, { id: 'later', device: 'shokz-openrun', persist: '' });
    expect(welcome(later) === null).to.equal(true);
    expect(currentId(later)).to.equal('safety');
    expect(later.shadowRoot!.querySelector('charge-troubleshooter-result') === null).to.equal(true);
    expect(win.warnings).to.deep.equal([]);
  });

  it('(S5) two tabs on one session: the other tab follows each step (the storage event), never overwrites it', async () => {
    const [tabA, tabB] = [await openPage('blank.html'), await openPage('blank.html')];
    const attributes = { device: 'shokz-openrun', persist: '' };
    const a = await addWidget(tabA, { id: 'a', ...attributes });
    const b = await addWidget(tabB, { id: 'b', ...attributes });
    const stepsOfB: string[] = [];
    b.addEventListener('ct-step', (event) => stepsOfB.push(event.detail.prompt.id));
    const heardByB = oneEvent(tabB, 'storage');
    await answer(a, 'none');
    await heardByB;
    await settled(b);
    expect(currentId(b)).to.equal(currentId(a));
    expect(stepOf(b).stepNumber).to.equal(2);
    expect(stepsOfB, 'the page heard of the step from the tab it was taken in').to.deep.equal([]);
    expect(b.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Step 2');
    // And the other way.
    const heardByA = oneEvent(tabA, 'storage');
    await answer(b, 'suddenly');
    await heardByA;
    await settled(a);
    expect(currentId(a)).to.equal(currentId(b));
    expect(stepOf(a).stepNumber).to.equal(3);
    const saved = JSON.parse(tabA.localStorage.getItem(savedKeys(tabA)[0]!)!);
    expect(saved.snapshot.history).to.have.length(2);
    expect(saved.revision).to.equal(3);
  });

  it('(S6) a clock set back 2 minutes: the progress is kept, and “You started just now”, not in the future', async () => {
    const win = await openPage('blank.html');
    const clock = new FakeClock(START);
    const attributes = { device: 'shokz-openrun', persist: '' };
    const first = await addWidget(win, { id: 'first', ...attributes }, { clock });
    await answer(first, 'none');
    first.remove();
    clock.jump(-2 * MINUTE);
    const second = await addWidget(win, { id: 'second', ...attributes }, { clock });
    expect(win.warnings, 'not discarded').to.deep.equal([]);
    expect(welcome(second)!.textContent).to.contain('You started just now.');
    await continueFromWelcome(second);
    expect(currentId(second)).to.equal('how-it-started');
  });

  it('(S6b) a wall clock put forward 4 hours during a wait: the timer goes on counting, no “Time’s up” at once', async () => {
    const win = await openPage('blank.html');
    const clock = new FakeClock(START);
    const widget = await addWidget(win, { id: 'waiting', device: 'gizmo', persist: '' }, { knowledgeBase: outcomesKnowledgeBase(), clock });
    await answer(widget, 'none');
    await answer(widget, 'not-fixed');
    expect(currentId(widget)).to.equal('wait');
    stepOf(widget).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
    await settled(widget);
    const timerText = async () => {
      stepOf(widget).requestUpdate();
      await stepOf(widget).updateComplete;
      return stepOf(widget).shadowRoot!.querySelector('[part="timer"] .clock')!.textContent!.trim();
    };
    expect(await timerText()).to.equal('30:00 left');
    clock.advance(MINUTE);
    clock.jump(4 * HOUR);
    expect(await timerText(), 'the wall clock jumped; no time passed').to.equal('29:00 left');
    clock.jump(-6 * HOUR);
    expect(await timerText(), 'nor does one put back stretch the wait').to.equal('29:00 left');
    clock.advance(29 * MINUTE);
    expect(await timerText()).to.equal('Time’s up: how is it now?');
  });

  for (const value of ['abc', '-1', '0', '100000', 'Infinity']) {
    it(`(S7) persist-days="${value}" with persist: the error state naming the attribute, never a session kept for ever`, async () => {
      const win = await openPage('blank.html');
      const widget = await addWidget(win, { id: 'days', device: 'shokz-openrun', persist: '', 'persist-days': value });
      expectSettingError(win, widget, /persist-days/);
      expect(widget.shadowRoot!.textContent).to.not.contain('NaN');
      expect(savedKeys(win), 'nothing saved').to.deep.equal([]);
    });
  }

  it('(S7b) persist-days="2.5" is fine, and a bad persist-days without persist costs nothing', async () => {
    const win = await openPage('blank.html');
    const fine = await addWidget(win, { id: 'fine', device: 'shokz-openrun', persist: '', 'persist-days': '2.5' });
    expect(currentId(fine)).to.equal('safety');
    const unused = await addWidget(win, { id: 'unused', device: 'shokz-openrun', 'persist-days': 'abc' });
    expect(currentId(unused)).to.equal('safety');
    expect(win.ctErrors).to.deep.equal([]);
  });

  it('(S8) progress saved by version 1 (one key per device, for any shop): discarded with a warning, its key removed', async () => {
    const win = await openPage('blank.html');
    const legacy = `${PREFIX}v1:shokz-openrun`;
    const today = new Date().toISOString().slice(0, 10);
    win.localStorage.setItem(
      legacy,
      JSON.stringify({
        snapshot: { version: 1, device: 'shokz-openrun', today, history: [{ promptId: 'safety', optionId: 'none' }] },
        savedAt: Date.now(),
      }),
    );
    const widget = await addWidget(win, { id: 'upgraded', device: 'shokz-openrun', persist: '' });
    expect(welcome(widget) === null).to.equal(true);
    expect(currentId(widget)).to.equal('safety');
    expect(win.localStorage.getItem(legacy)).to.equal(null);
    expect(win.warnings.filter((warning) => /discarded the saved session.*older version/.test(warning))).to.have.length(1);
  });
});
