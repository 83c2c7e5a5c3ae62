// The step's clock (issue 23, point 3): the usual time, not the whole plan; how long at most only for
// the shopper who opens it; why it went up when it did; one way of writing each amount.
import { expect, fixture, html } from '@open-wc/testing';
import type { ActionPrompt, KnowledgeBase, QuestionPrompt, TimeLeft } from '../../src/core/index.js';
import type { ChargeTroubleshooterStep } from '../../src/index.js';
import '../../src/index.js';
import { choose, step, widget } from './helpers.js';

const question: QuestionPrompt = {
  kind: 'question',
  id: 'light',
  title: 'What does the light do?',
  options: [
    { id: 'off', label: 'Nothing' },
    { id: 'blink', label: 'It blinks' },
  ],
};

/** A cable fix usually does it, but a long charge may be needed: the whole plan's expectation is far longer. */
const likelyCableFix: TimeLeft = { expected: 5, mostlyWaiting: false, upTo: 90, handsOn: 15, waiting: 70 };

async function stepWith(timeLeft: TimeLeft, prompt: QuestionPrompt | ActionPrompt = question): Promise<ChargeTroubleshooterStep> {
  const el = await fixture<ChargeTroubleshooterStep>(
    html`<charge-troubleshooter-step .prompt=${prompt} .timeLeft=${timeLeft}></charge-troubleshooter-step>`,
  );
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('the step’s clock', () => {
  it('shows the usual time to the end, not the whole plan’s', async () => {
    const el = await stepWith(likelyCableFix);
    expect(part(el, 'meta')!.textContent).to.equal('Usually about 5 minutes');
    expect(el.shadowRoot!.textContent).not.to.contain('1.5 hours');
  });

  it('shows how long at most only once the shopper opens it, in a native disclosure', async () => {
    const el = await stepWith(likelyCableFix);
    const details = part(el, 'at-most') as HTMLDetailsElement;
    const upTo = details.querySelector('p')!;
    expect(details.tagName).to.equal('DETAILS');
    expect(details.open).to.equal(false);
    expect(upTo.checkVisibility(), 'hidden until opened').to.equal(false);
    const toggle = part(el, 'at-most-toggle')!;
    expect([toggle.tagName, toggle.textContent]).to.deep.equal(['SUMMARY', 'How long at most?']);
    toggle.click();
    expect(details.open).to.equal(true);
    expect(upTo.checkVisibility()).to.equal(true);
    expect(upTo.textContent).to.equal('Up to 1 hour 30 minutes if none of the likely steps fixes it.');
    el.timeLeft = { ...likelyCableFix, upTo: 5 };
    await el.updateComplete;
    expect(part(el, 'at-most'), 'no "at most" when it is no more than the usual time').to.equal(null);
  });

  it('says why the time went up when it did', async () => {
    const el = await stepWith({ ...likelyCableFix, expected: 15, rose: 'step-failed' });
    expect(part(el, 'longer')!.textContent).to.equal('Longer now: that step didn’t fix it.');
    expect(part(el, 'meta')!.textContent).to.equal('Usually about 15 minutes Longer now: that step didn’t fix it.');
    el.timeLeft = { ...likelyCableFix, expected: 15 };
    await el.updateComplete;
    expect(part(el, 'longer'), 'no reason when it did not rise').to.equal(null);
  });

  it('writes 60 minutes as "1 hour" everywhere: the time left, the wait, the timer', async () => {
    const hourWait: ActionPrompt = {
      kind: 'action',
      id: 'charge',
      title: 'Charge it untouched',
      steps: ['Plug it in.'],
      minutes: 1,
      waitMinutes: 60,
      options: [
        { id: 'fixed', label: 'It’s charging now' },
        { id: 'not-fixed', label: 'Still not charging' },
      ],
    };
    const el = await stepWith({ expected: 60, mostlyWaiting: true, upTo: 90, handsOn: 1, waiting: 59 }, hourWait);
    expect(part(el, 'meta')!.textContent).to.equal('Usually about 1 hour, mostly waiting');
    expect(part(el, 'timer-start')!.textContent).to.equal('Start a timer for 1 hour');
    expect(part(el, 'timer')!.textContent).to.contain('This step takes 1 hour of waiting');
    expect(el.shadowRoot!.textContent).not.to.match(/60 minutes|1\.5 hours/);
    // 58 minutes rounds to the same hour, never to "60 minutes".
    el.timeLeft = { expected: 58, mostlyWaiting: false, upTo: 58, handsOn: 58, waiting: 0 };
    await el.updateComplete;
    expect(part(el, 'meta')!.textContent).to.equal('Usually about 1 hour');
  });
});

describe('the widget’s clock over a session', () => {
  // Each step fixes one cause for certain. By P(fix)/minutes: b (2 min, .25), c (1, .05), d (4, .20),
  // a (10, .40), e (3, .10): half the shoppers are done after d, 7 minutes in; all five take 20.
  const action = (id: string, minutes: number) => ({ id, title: `Do ${id}`, steps: [`Step of ${id}`], minutes, fixes: { [id]: 1 } });
  const kb: KnowledgeBase = {
    schemaVersion: 1,
    escalationMinutes: 10_000,
    causes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id, userFixable: true })),
    actions: [action('a', 10), action('b', 2), action('c', 1), action('d', 4), action('e', 3)],
    questions: [],
    devices: [
      {
        id: 'gadget',
        brand: 'Acme',
        name: 'Gadget',
        kind: 'speaker',
        connector: 'usb-c',
        priors: { a: 0.4, b: 0.25, c: 0.05, d: 0.2, e: 0.1 },
        warrantyMonths: 12,
        returnDays: 30,
        lifespanMonths: 36,
      },
    ],
  };
  const meta = (el: Element) => part(step(el as never), 'meta')!.textContent;

  it('starts at the usual time, rises only after a failed step and says why, and holds after a skipped one', async () => {
    const el = await widget(
      html`<charge-troubleshooter device="gadget" purchase-date="2026-01-01" .knowledgeBase=${kb}></charge-troubleshooter>`,
    );
    expect(meta(el)).to.equal('Usually about 7 minutes');
    expect(part(step(el), 'at-most')!.textContent).to.contain('Up to 20 minutes');
    // b failed: of those left, half are done after c, d and a: 15 minutes, and the step says why.
    await choose(el, 'not-fixed');
    expect(meta(el)).to.equal('Usually about 15 minutes Longer now: that step didn’t fix it.');
    // b could not be done instead: the same plan, but nothing failed, so the clock holds at 7.
    step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await choose(el, 'skip');
    expect(meta(el)).to.equal('Usually about 7 minutes');
  });
});
