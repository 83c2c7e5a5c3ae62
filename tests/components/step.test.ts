import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type {
  StepAnswerEvent,
  StepBackEvent,
  StepTimerStartEvent,
} from '../../src/components/charge-troubleshooter-step/charge-troubleshooter-step.component.js';
import type { PromptImage, QuestionPrompt, TimeLeft } from '../../src/core/index.js';
import type { ChargeTroubleshooterStep } from '../../src/index.js';
import '../../src/index.js';
import { FakeClock } from '../fake-clock.js';
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

/** A session's `timeLeft` that usually takes `expected` minutes and at most as long. */
function clockOf(expected: number): TimeLeft {
  return { expected, mostlyWaiting: false, upTo: expected, handsOn: expected, waiting: 0 };
}

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
      html`<charge-troubleshooter-step .prompt=${question} step-number="3" .timeLeft=${clockOf(7)}></charge-troubleshooter-step>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 3: What does the light do?');
    expect(root.querySelector('[part="meta"]')!.textContent).to.equal('Usually about 7 minutes');
    expect(root.querySelector('[part="body"]')!.textContent).to.equal('Watch it for a minute.');
    const buttons = [...root.querySelectorAll('button[value]')].map((b) => [b.getAttribute('value'), b.textContent!.trim()]);
    expect(buttons).to.deep.equal([
      ['off', 'Nothing'],
      ['blink', 'It blinks'],
    ]);
    expect(root.querySelector('ol')).to.equal(null);
    expect(root.querySelector('[part="back"]')).to.equal(null);
    expect(root.querySelector('[part="start-over"]'), 'nothing to start over from on the first step').to.equal(null);
  });

  it('renders an action: its instructions as an ordered list and a primary first answer', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action} can-go-back></charge-troubleshooter-step>`);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['Plug it in.', 'Leave it alone.']);
    expect(root.querySelector('button.primary')!.getAttribute('value')).to.equal('fixed');
    expect(root.querySelector('[part="back"]')).to.exist;
  });

  it('says with an action what the core says with it: inside the return window, that the return is still open', async () => {
    const body = 'You can still return it: it’s within the return period of 30 days. This step may fix it first.';
    const el = await shown(html`<charge-troubleshooter-step .prompt=${{ ...action, body }} step-number="2"></charge-troubleshooter-step>`);
    const said = el.shadowRoot!.querySelector('[part="body"]')!;
    expect(said.textContent).to.equal(body);
    // Under the title, before the instructions.
    expect(
      said.compareDocumentPosition(el.shadowRoot!.querySelector('[part="instructions"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    const without = await shown(html`<charge-troubleshooter-step .prompt=${action} step-number="2"></charge-troubleshooter-step>`);
    expect(without.shadowRoot!.querySelector('[part="body"]')).to.equal(null);
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

  it('tells its owner of an answer first: an owner that cancels it announces the answer itself, so the step fires no ct-answer', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${question}></charge-troubleshooter-step>`);
    const heard: string[] = [];
    el.addEventListener('answer', (event) => {
      const answer = event as StepAnswerEvent;
      heard.push(`answer:${answer.detail.optionId}:${answer.bubbles}:${answer.composed}`);
      answer.preventDefault();
    });
    el.addEventListener('ct-answer', () => heard.push('ct-answer'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[value="blink"]')!.click();
    expect(heard).to.deep.equal(['answer:blink:false:false']);
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

  it('ticks every second while the timer runs, on its clock, and stops when the time is up', async () => {
    const clock = new FakeClock(START);
    const el = await shown(
      html`<charge-troubleshooter-step .prompt=${action} .clock=${clock} .timerStartedAt=${START}></charge-troubleshooter-step>`,
    );
    const shownTime = () => el.shadowRoot!.querySelector('[role="timer"]')?.textContent;
    expect(shownTime()).to.equal('30:00 left');
    expect(clock.pending, 'one tick waiting on the clock').to.equal(1);
    clock.advance(1000);
    await el.updateComplete;
    expect(shownTime()).to.equal('29:59 left');
    clock.advance(18_000);
    await el.updateComplete;
    expect(shownTime()).to.equal('29:41 left');
    clock.advance(30 * 60_000);
    await el.updateComplete;
    expect(shownTime()).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="timer"] [role="status"]')!.textContent).to.equal('Time’s up: how is it now?');
    expect(clock.pending, 'the ticker stops once the time is up').to.equal(0);
  });

  it('stops ticking when it leaves the page, and ticks on from the clock when it is back', async () => {
    const clock = new FakeClock(START);
    const el = await shown(
      html`<charge-troubleshooter-step .prompt=${action} .clock=${clock} .timerStartedAt=${START}></charge-troubleshooter-step>`,
    );
    const parent = el.parentElement!;
    el.remove();
    expect(clock.pending).to.equal(0);
    clock.advance(10 * 60_000);
    parent.append(el);
    expect(clock.pending).to.equal(1);
    clock.advance(1000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).to.equal('19:59 left');
  });

  describe('time left', () => {
    for (const [expected, mostlyWaiting, said] of [
      [7, false, 'Usually about 7 minutes'],
      [30, false, 'Usually about 30 minutes'],
      [35, true, 'Usually about 35 minutes, mostly waiting'],
      [120, true, 'Usually about 2 hours, mostly waiting'],
      [0, false, undefined],
    ] as const) {
      it(`${expected} minutes${mostlyWaiting ? ', mostly waiting' : ''}: ${said ?? 'nothing (under a minute)'}`, async () => {
        const el = await shown(
          html`<charge-troubleshooter-step .prompt=${question} .timeLeft=${{ ...clockOf(expected), mostlyWaiting }}></charge-troubleshooter-step>`,
        );
        expect(el.shadowRoot!.querySelector('[part="meta"]')?.textContent).to.equal(said);
      });
    }
  });

  it('shows how far along the session is as a <progress>', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${question} .progress=${0.42}></charge-troubleshooter-step>`);
    const bar = el.shadowRoot!.querySelector<HTMLProgressElement>('[part="progress-bar"]')!;
    expect(bar.tagName).to.equal('PROGRESS');
    expect([bar.max, bar.value]).to.deep.equal([100, 42]);
    expect(bar.getAttribute('aria-label')).to.equal('Progress');
    el.progress = 0.9;
    await el.updateComplete;
    expect(bar.value).to.equal(90);
  });

  it('says a waiting action’s wait before its timer starts, and no longer once it runs', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${action} .clock=${() => START}></charge-troubleshooter-step>`);
    const timer = () => el.shadowRoot!.querySelector('[part="timer"]')!;
    expect(timer().querySelector('p')!.textContent).to.equal('This step takes 30 minutes of waiting: you can do something else meanwhile.');
    expect(timer().querySelector('[part="timer-start"]')!.textContent).to.equal('Start a timer for 30 minutes');
    el.timerStartedAt = START;
    await el.updateComplete;
    expect(timer().textContent).to.not.contain('This step takes');
    expect(timer().querySelector('[role="timer"]')).to.exist;
  });

  it('offers "Start over" beside Back after the first step, and fires restart on itself only', async () => {
    const el = await shown(html`<charge-troubleshooter-step .prompt=${question} can-go-back></charge-troubleshooter-step>`);
    const startOver = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="start-over"]')!;
    expect(startOver.textContent!.trim()).to.equal('Start over');
    expect(startOver.parentElement).to.equal(el.shadowRoot!.querySelector('[part="back"]')!.parentElement);
    const restart = oneEvent(el, 'restart');
    startOver.click();
    const event = await restart;
    expect([event.bubbles, event.composed]).to.deep.equal([false, false]);
  });

  describe('pictures', () => {
    const drawing = (svg: string): PromptImage => ({ svg, alt: 'The port, circled' });
    const SVG = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"';

    it('shows a step’s drawing as an image with its words for those who cannot see it', async () => {
      const el = await shown(
        html`<charge-troubleshooter-step .prompt=${{ ...question, image: drawing(`<svg ${SVG}><circle cx="5" cy="5" r="4" fill="none" stroke="currentColor"/></svg>`) }}></charge-troubleshooter-step>`,
      );
      const pictures = el.shadowRoot!.querySelectorAll('[part="picture"]');
      expect(pictures).to.have.length(1);
      const picture = pictures[0]!;
      expect(picture.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(picture.localName).to.equal('svg');
      expect(picture.getAttribute('role')).to.equal('img');
      expect(picture.getAttribute('aria-label')).to.equal('The port, circled');
      expect(picture.getAttribute('viewBox')).to.equal('0 0 10 10');
      expect(picture.querySelector('circle')!.getAttribute('r')).to.equal('4');
      expect(picture.getBoundingClientRect().width).to.be.above(0);
    });

    it('draws nothing of a drawing with anything but plain shapes: no script, handler, foreign content, link or style', async () => {
      // The same reader as the validator's: what it would refuse is not drawn at all, not salvaged.
      const hostileParts = [
        ` onload="window.__pictureHacked = 1"`,
        '<script>window.__pictureHacked = 2</script>',
        '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" onclick="window.__pictureHacked = 3">hi</div></foreignObject>',
        '<a href="javascript:window.__pictureHacked = 4"><circle cx="1" cy="1" r="1"/></a>',
        '<image href="https://evil.example/b.png" width="5" height="5"/>',
        '<use href="#kept"/>',
        '<rect x="1" y="1" width="4" height="4" style="fill: red"/>',
        '<rect x="1" y="1" width="4" height="4" fill="url(https://evil.example/d.png)"/>',
        '<rect x="1" y="1" width="4" height="4" onclick="window.__pictureHacked = 5"/>',
      ];
      for (const [i, part] of hostileParts.entries()) {
        const markup = i === 0 ? `<svg ${SVG}${part}><path d="M1 1h8"/></svg>` : `<svg ${SVG}><path d="M1 1h8"/>${part}</svg>`;
        const el = await shown(
          html`<charge-troubleshooter-step .prompt=${{ ...question, image: drawing(markup) }}></charge-troubleshooter-step>`,
        );
        expect(el.shadowRoot!.querySelector('[part="picture"]'), part).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('script, svg foreignObject, svg a, svg image, svg use, svg div')).to.have.length(0);
      }
      // The same drawing without the hostile part is drawn, with its allowed attributes.
      const el = await shown(
        html`<charge-troubleshooter-step .prompt=${{ ...question, image: drawing(`<svg ${SVG}><rect x="1" y="1" width="4" height="4" stroke="currentColor"/><path d="M1 1h8"/></svg>`) }}></charge-troubleshooter-step>`,
      );
      const picture = el.shadowRoot!.querySelector('[part="picture"]')!;
      expect([...picture.children].map((child) => child.localName)).to.deep.equal(['rect', 'path']);
      expect(picture.querySelector('rect')!.getAttribute('stroke')).to.equal('currentColor');
      expect((window as { __pictureHacked?: number }).__pictureHacked).to.equal(undefined);
    });

    it('shows nothing for markup that is not an SVG drawing', async () => {
      const el = await shown(
        html`<charge-troubleshooter-step .prompt=${{ ...question, image: drawing('<img src=x onerror="window.__pictureHacked = 6">') }}></charge-troubleshooter-step>`,
      );
      expect(el.shadowRoot!.querySelector('[part="picture"], img')).to.equal(null);
      expect((window as { __pictureHacked?: number }).__pictureHacked).to.equal(undefined);
    });

    // A node can be in one place only: a picture object shared by several places (the step's own and
    // its answers', or two answers') must still show in each, with the role each place needs.
    it('draws a picture object used in several places in each of them', async () => {
      const shared = drawing(`<svg ${SVG}><rect width="4" height="4"/></svg>`);
      const prompt: QuestionPrompt = {
        ...question,
        image: shared,
        options: [
          { id: 'a', label: 'One light', image: shared },
          { id: 'b', label: 'Two lights', image: shared },
        ],
      };
      const el = await shown(html`<charge-troubleshooter-step .prompt=${prompt}></charge-troubleshooter-step>`);
      const own = [...el.shadowRoot!.querySelectorAll('[part="picture"]')].filter((picture) => !picture.closest('button'));
      expect(
        own.map((picture) => picture.getAttribute('role')),
        'the step’s own picture',
      ).to.deep.equal(['img']);
      const inButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[value]')].map((button) => {
        const picture = button.querySelector('[part="picture"]');
        return picture
          ? `${button.value}: aria-hidden=${picture.getAttribute('aria-hidden')}, role=${picture.getAttribute('role')}`
          : `${button.value}: none`;
      });
      expect(inButtons).to.deep.equal(['a: aria-hidden=true, role=null', 'b: aria-hidden=true, role=null']);
    });

    it('draws each picture once: a re-render (a timer tick) keeps the same node', async () => {
      const el = await shown(
        html`<charge-troubleshooter-step .prompt=${{ ...action, image: drawing(`<svg ${SVG}><rect width="4" height="4"/></svg>`) }} .clock=${() => START}></charge-troubleshooter-step>`,
      );
      const before = el.shadowRoot!.querySelector('[part="picture"]');
      el.timerStartedAt = START;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="picture"]')).to.equal(before);
    });
  });

  it('shows a colour an answer is about as a circle beside it, hidden from screen readers', async () => {
    const withSwatch: QuestionPrompt = {
      ...question,
      options: [
        { id: 'red', label: 'A red light', swatch: '#d93025' },
        { id: 'none', label: 'No light' },
      ],
    };
    const el = await shown(html`<charge-troubleshooter-step .prompt=${withSwatch}></charge-troubleshooter-step>`);
    const swatches = el.shadowRoot!.querySelectorAll('[part="swatch"]');
    expect(swatches).to.have.length(1);
    const swatch = swatches[0]!;
    expect(swatch.closest('button')!.value).to.equal('red');
    expect(swatch.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(swatch.querySelector('circle')!).fill).to.equal('rgb(217, 48, 37)');
    expect(swatch.getBoundingClientRect().width).to.be.above(8);
    expect(swatch.closest('button')!.textContent!.trim()).to.equal('A red light');
  });

  it('groups answers with a group under a heading each, the group’s name left off the buttons but kept in their names', async () => {
    const picker: QuestionPrompt = {
      kind: 'question',
      id: 'device',
      title: 'Which product won’t charge?',
      options: [
        { id: 'a1', label: 'Acme One', group: 'Acme' },
        { id: 'a2', label: 'Acme Two', group: 'Acme' },
        { id: 'z', label: 'Zeta Speaker', group: 'Zeta' },
      ],
    };
    const el = await shown(html`<charge-troubleshooter-step .prompt=${picker}></charge-troubleshooter-step>`);
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group"]')];
    expect(groups.map((group) => group.querySelector('h3')!.textContent)).to.deep.equal(['Acme', 'Zeta']);
    for (const group of groups) {
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-labelledby')).to.equal(group.querySelector('h3')!.id);
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)).to.equal(group.querySelector('h3'));
    }
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[value]')];
    expect(buttons.map((b) => [b.value, b.textContent!.trim(), b.getAttribute('aria-label')])).to.deep.equal([
      ['a1', 'One', 'Acme One'],
      ['a2', 'Two', 'Acme Two'],
      ['z', 'Speaker', 'Zeta Speaker'],
    ]);
    // Not grouped without groups: one group of answers labelled by the step's heading.
    const plain = await shown(html`<charge-troubleshooter-step .prompt=${question}></charge-troubleshooter-step>`);
    expect(plain.shadowRoot!.querySelector('[part="group"]')).to.equal(null);
    expect(plain.shadowRoot!.querySelector('[part="options"]')!.getAttribute('role')).to.equal('group');
  });
});
