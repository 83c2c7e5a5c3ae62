import { expect, html } from '@open-wc/testing';
import { choose, currentId, outcomesKnowledgeBase, settled, step, widget } from './helpers.js';

const KEY = 'charge-troubleshooter:v1:shokz-openrun';
const persisted = () => html`<charge-troubleshooter persist device="shokz-openrun"></charge-troubleshooter>`;

describe('persist', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('resumes the session after the element is created again (a reload)', async () => {
    const first = await widget(persisted());
    await choose(first, 'none');
    await choose(first, 'suddenly');
    const where = currentId(first);
    expect(JSON.parse(localStorage.getItem(KEY)!).snapshot.history).to.have.length(2);
    first.remove();

    const second = await widget(persisted());
    expect(currentId(second)).to.equal(where);
    expect(step(second).stepNumber).to.equal(3);
  });

  it('keeps one saved session per device, and none without persist', async () => {
    const openrun = await widget(persisted());
    await choose(openrun, 'none');
    const boost = await widget(html`<charge-troubleshooter persist device="soundcore-boost"></charge-troubleshooter>`);
    await choose(boost, 'none');
    await choose(boost, 'suddenly');
    expect(Object.keys(localStorage).sort()).to.deep.equal([
      'charge-troubleshooter:v1:shokz-openrun',
      'charge-troubleshooter:v1:soundcore-boost',
    ]);
    localStorage.clear();
    const plain = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(plain, 'none');
    expect(localStorage.length).to.equal(0);
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
    expect(JSON.parse(localStorage.getItem('charge-troubleshooter:v1:gizmo')!).snapshot.history).to.deep.equal([]);
  });

  for (const [what, stored] of [
    ['not JSON', '{"snapshot": '],
    ['JSON of the wrong shape', '{"snapshot": {"version": 1, "history": "lots"}}'],
    [
      'answers that no longer fit',
      JSON.stringify({
        snapshot: { version: 1, device: 'shokz-openrun', today: '2026-11-21', history: [{ promptId: 'safety', optionId: 'maybe' }] },
      }),
    ],
  ]) {
    it(`discards a corrupt saved session (${what}) with a warning, never a crash`, async () => {
      localStorage.setItem(KEY, stored!);
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await widget(persisted());
        expect(currentId(el)).to.equal('safety');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.match(/discarded the saved session/);
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
    const saved = JSON.parse(localStorage.getItem('charge-troubleshooter:v1:gizmo')!);
    expect(saved.timer).to.deep.equal({ promptId: 'wait', startedAt: start });
    first.remove();

    // Ten minutes pass before the shopper comes back.
    now += 10 * 60_000;
    const second = await widget(markup());
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
