import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type {
  StepBackEvent,
  StepTimerStartEvent,
} from '../../src/components/charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import type { QuestionPrompt } from '../../src/core/index.js';
import type { ChargeTroubleshooterStep } from '../../src/index.js';
import '../../src/index.js';
import { nextEvent, waitingAction } from './helpers.js';

const question: QuestionPrompt = {
  kind: 'question',
  id: 'light',
  title: 'What does the light do?',
  body: 'Watch it for a minute.',
  options: [
    { id: 'off', label: 'Nothing' },
    { id: 'blink', label: 'It blinks' },
  ],
};

const action = waitingAction;

/** A fixed moment for the step's clock: the tests move time on by hand. */
const START = Date.UTC(2026, 10, 21, 12);

async function shown(markup: ReturnType<typeof html>): Promise<ChargeTroubleshooterStep> {
  const el = await fixture<ChargeTroubleshooterStep>(markup);
  await el.updateComplete;
  return el;
}

describe('<charge-troubleshooter-step>', () => {
  it('renders a question: "Step n" in the heading, its body, one button per option', async () => {
    const el = await shown(
      html`<charge-troubleshooter-step .prompt=${question} step-number="3" minutes-left="12.4"></charge-troubleshooter-step>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 3: What does the light do?');
    expect(root.querySelector('[part="meta"]')!.textContent).to.equal('About 12 minutes of steps left');
    expect(root.querySelector('[part="body"]')!.textContent).to.equal('Watch it for a minute.');
    const buttons = [...root.querySelectorAll('button[value]')].map((b) => [b.getAttribute('value'), b.textContent!.trim()]);
    expect(buttons).to.deep.equal([
      ['off', 'Nothing'],
      ['blink', 'It blinks'],
    ]);
    expect(root.querySelector('ol')).to.equal(null);
    expect(root.querySelector('[part="back"]')).to.equal(null);
  });

  it('renders an action: its instructions as an ordered list and a primary first answer', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action} can-go-back></charge-troubleshooter-step>`);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['Plug it in.', 'Leave it alone.']);
    expect(root.querySelector('button.primary')!.getAttribute('value')).to.equal('fixed');
    expect(root.querySelector('[part="back"]')).to.exist;
  });

  it('fires ct-answer for the page, and back on itself only, with the prompt id', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${question} can-go-back></charge-troubleshooter-step>`);
    const answer = nextEvent(el, 'ct-answer');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[value="blink"]')!.click();
    const answered = await answer;
    expect(answered.detail).to.deep.equal({ promptId: 'light', optionId: 'blink' });
    expect([answered.bubbles, answered.composed]).to.deep.equal([true, true]);
    const back = oneEvent(el, 'back') as Promise<StepBackEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    const went = await back;
    expect(went.detail).to.deep.equal({ promptId: 'light' });
    expect([went.bubbles, went.composed], 'back is for the element showing the step, not the page').to.deep.equal([false, false]);
  });

  it('asks its owner to start the waiting timer, counts down from when it started, and says when the time is up', async () => {
    let now = START;
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action} .clock=${() => now}></charge-troubleshooter-step>`);
    const start = oneEvent(el, 'timer-start') as Promise<StepTimerStartEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
    const started = await start;
    expect(started.detail).to.deep.equal({ promptId: 'wait' });
    expect([started.bubbles, started.composed]).to.deep.equal([false, false]);
    // The owner (the widget) starts the timer; the step does not start it by itself.
    await el.updateComplete;
    expect(el.timerStartedAt).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="timer-start"]')).to.exist;
    el.timerStartedAt = now;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="timer-start"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).to.equal('30:00 left');
    // Long enough later: the time is up, and the answers are still there.
    now += 31 * 60_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="timer"] [role="status"]')!.textContent).to.equal('Time’s up: how is it now?');
    expect(el.shadowRoot!.querySelectorAll('button[value]')).to.have.length(3);
  });

  it('ticks every second while the timer runs, by its clock, and stops when the time is up', async () => {
    let now = START;
    // The step's own ticker, recorded so the test can tick it instead of waiting for real seconds.
    const { setInterval: realSetInterval, clearInterval: realClearInterval } = window;
    const tickers = new Map<number, { tick: () => void; every: number | undefined }>();
    window.setInterval = ((handler: () => void, every?: number) => {
      const id = realSetInterval(handler, every);
      tickers.set(id, { tick: handler, every });
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) tickers.delete(id);
      realClearInterval(id);
    }) as typeof window.clearInterval;
    try {
      const el = await shown(
        html`<charge-troubleshooter-step .prompt=${action} .clock=${() => now} .timerStartedAt=${now}></charge-troubleshooter-step>`,
      );
      const clock = () => el.shadowRoot!.querySelector('[role="timer"]')?.textContent;
      expect(clock()).to.equal('30:00 left');
      expect([...tickers.values()].map((ticker) => ticker.every)).to.deep.equal([1000]);
      const [ticker] = [...tickers.values()];
      now += 1000;
      ticker!.tick();
      await el.updateComplete;
      expect(clock()).to.equal('29:59 left');
      now += 18_000;
      ticker!.tick();
      await el.updateComplete;
      expect(clock()).to.equal('29:41 left');
      now = START + 30 * 60_000;
      ticker!.tick();
      await el.updateComplete;
      expect(clock()).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[part="timer"] [role="status"]')!.textContent).to.equal('Time’s up: how is it now?');
      expect(tickers.size, 'the ticker stops once the time is up').to.equal(0);
    } finally {
      window.setInterval = realSetInterval;
      window.clearInterval = realClearInterval;
    }
  });
});
