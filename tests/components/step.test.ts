import { expect, fixture, html } from '@open-wc/testing';
import type { ActionPrompt, QuestionPrompt } from '../../src/core/index.js';
import type { ChargeTroubleshooterStep } from '../../src/index.js';
import '../../src/index.js';
import { nextEvent } from './helpers.js';

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

const action: ActionPrompt = {
  kind: 'action',
  id: 'wait',
  title: 'Leave it charging',
  steps: ['Plug it in.', 'Leave it alone.'],
  minutes: 2,
  waitMinutes: 30,
  options: [
    { id: 'fixed', label: 'It’s charging now' },
    { id: 'not-fixed', label: 'Still not charging' },
    { id: 'skip', label: 'I can’t do this' },
  ],
};

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

  it('fires ct-answer and ct-back with the prompt id', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${question} can-go-back></charge-troubleshooter-step>`);
    const answer = nextEvent(el, 'ct-answer');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[value="blink"]')!.click();
    expect((await answer).detail).to.deep.equal({ promptId: 'light', optionId: 'blink' });
    const back = nextEvent(el, 'ct-back');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    expect((await back).detail).to.deep.equal({ promptId: 'light' });
  });

  it('counts down a started waiting timer, and says when the time is up', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action}></charge-troubleshooter-step>`);
    const start = nextEvent(el, 'ct-timer-start');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
    const { detail } = await start;
    expect(detail.promptId).to.equal('wait');
    expect(Math.abs(detail.startedAt - Date.now())).to.be.below(1000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).to.match(/^(30:00|29:59) left$/);
    // Started long enough ago: the time is up, and the answers are still there.
    el.timerStartedAt = Date.now() - 31 * 60_000;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="timer"] [role="status"]')!.textContent).to.equal('Time’s up: how is it now?');
    expect(el.shadowRoot!.querySelectorAll('button[value]')).to.have.length(3);
  });

  it('ticks every second while the timer runs', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action} .timerStartedAt=${Date.now()}></charge-troubleshooter-step>`);
    const clock = () => el.shadowRoot!.querySelector('[role="timer"]')!.textContent;
    expect(clock()).to.equal('30:00 left');
    for (let i = 0; i < 40 && clock() === '30:00 left'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clock()).to.match(/^29:5\d left$/);
  });
});
