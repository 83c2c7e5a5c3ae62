import { expect, html } from '@open-wc/testing';
import { storageKey } from '../../src/components/charge-troubleshooter/persistence.js';
import type { ChargeTroubleshooter, CtEventMap, CtHandoffDetail, CtStepDetail } from '../../src/index.js';
import { WORN_BATTERY } from '../embedding/built-in-replies.js';
import {
  accessibleName,
  choose,
  currentId,
  describeFocus,
  heading,
  isFocused,
  nextEvent,
  OUTCOME_ANSWERS,
  optionButtons,
  outcomesKnowledgeBase,
  result,
  settled,
  step,
  widget,
} from './helpers.js';

/** Truthful answers for a shopper whose battery is worn out, on the built-in knowledge base. */

/** Answers the current step as that shopper would: every action fails. */
async function answerTruthfully(el: ChargeTroubleshooter): Promise<void> {
  const { prompt } = step(el);
  await choose(el, prompt!.kind === 'action' ? 'not-fixed' : WORN_BATTERY[prompt!.id]!);
}

/** Stops links from leaving the test page (new tabs, mail programs, the shop's pages): only the events matter. */
function stayOnPage(el: Element): void {
  el.addEventListener('click', (event) => {
    if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
  });
}

const PAST = '2020-01-01';

describe('<charge-troubleshooter>', () => {
  // Every fetch of this page, from before its first widget.
  const fetched: string[] = [];
  const realFetch = window.fetch;
  before(() => {
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    }) as typeof window.fetch;
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('fetches the built-in knowledge base from beside its module, once for all its widgets on the page', async () => {
    const [any, headphones] = await Promise.all([
      widget(),
      widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`),
    ]);
    expect(currentId(any)).to.equal('device');
    expect(currentId(headphones)).to.equal('safety');
    expect(fetched).to.deep.equal([new URL('/src/knowledge-base/knowledge-base.json', location.href).href]);
  });

  it('shows the device question first, one real button per device', async () => {
    const el = await widget();
    expect(currentId(el)).to.equal('device');
    const buttons = optionButtons(el);
    expect(buttons.map((b) => b.value)).to.include.members(['shokz-openrun', 'soundcore-boost', 'generic-speaker']);
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.type === 'button')).to.equal(true);
    expect(heading(el).textContent).to.match(/Step 1\s*:\s*Which product won’t charge\?/);
  });

  it('starts at the safety check when the device is given, and moves on when answered', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    expect(currentId(el)).to.equal('safety');
    await choose(el, 'none');
    expect(currentId(el)).to.equal('how-it-started');
    expect(heading(el).textContent).to.match(/Step 2\s*:\s*How did it start\?/);
  });

  it('fires ct-answer, then ct-step, for a shopper’s answer, with typed details', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    const seen: string[] = [];
    let stepDetail: CtStepDetail | undefined;
    el.addEventListener('ct-answer', (e) => seen.push(`answer:${e.detail.promptId}=${e.detail.optionId}`));
    el.addEventListener('ct-step', (e) => {
      stepDetail = e.detail;
      seen.push(`step:${e.detail.prompt.id}`);
    });
    await choose(el, 'none');
    expect(seen).to.deep.equal(['answer:safety=none', 'step:how-it-started']);
    expect(stepDetail!.stepNumber).to.equal(2);
    expect(stepDetail!.prompt.kind).to.equal('question');
  });

  it('lets each answer reach the page once: one ct-answer in the capture phase and one in the bubble phase', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    const heard: string[] = [];
    const capture = (e: CtEventMap['ct-answer']) =>
      heard.push(`capture:${e.detail.promptId}=${e.detail.optionId}:${(e.target as Element).localName}`);
    const bubble = (e: CtEventMap['ct-answer']) =>
      heard.push(`bubble:${e.detail.promptId}=${e.detail.optionId}:${(e.target as Element).localName}`);
    document.addEventListener('ct-answer', capture, { capture: true });
    document.addEventListener('ct-answer', bubble);
    try {
      await choose(el, 'none');
      await choose(el, optionButtons(el)[0]!.value);
      const second = `${heard[2]?.split(':')[1]}`;
      expect(heard).to.deep.equal([
        'capture:safety=none:charge-troubleshooter',
        'bubble:safety=none:charge-troubleshooter',
        `capture:${second}:charge-troubleshooter`,
        `bubble:${second}:charge-troubleshooter`,
      ]);
      expect(second.startsWith('how-it-started=')).to.equal(true);
    } finally {
      document.removeEventListener('ct-answer', capture, { capture: true });
      document.removeEventListener('ct-answer', bubble);
    }
  });

  it('does not fire events for its own start or a programmatic restart', async () => {
    const events: string[] = [];
    const listener = (e: Event) => events.push(e.type);
    document.addEventListener('ct-step', listener);
    try {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      el.restart();
      await settled(el);
      expect(events).to.deep.equal([]);
    } finally {
      document.removeEventListener('ct-step', listener);
    }
  });

  it('fires ct-step for the first prompt after the shopper’s "Start over"', async () => {
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`);
    await choose(el, 'danger');
    const event = nextEvent(el, 'ct-step');
    result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
    const { detail } = await event;
    expect(detail.prompt.id).to.equal('safety');
    expect(detail.stepNumber).to.equal(1);
    await settled(el);
    expect(currentId(el)).to.equal('safety');
  });

  it('keeps its inner elements’ own events (back, timer-start, restart) off the page', async () => {
    const names = ['back', 'timer-start', 'restart', 'ct-back', 'ct-timer-start', 'ct-restart'];
    const heard: string[] = [];
    const listener = (e: Event) => heard.push(e.type);
    for (const name of names) document.addEventListener(name, listener, { capture: true });
    try {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      await choose(el, 'none');
      await choose(el, 'not-fixed');
      expect(currentId(el)).to.equal('wait');
      step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
      await settled(el);
      expect(step(el).shadowRoot!.querySelector('[role="timer"]'), 'the widget started the timer').to.exist;
      step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
      await settled(el);
      expect(currentId(el)).to.equal('clean');
      await choose(el, 'not-fixed');
      await choose(el, 'not-fixed');
      await choose(el, 'unknown');
      result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
      await settled(el);
      expect(currentId(el)).to.equal('safety');
      expect(heard).to.deep.equal([]);
    } finally {
      for (const name of names) document.removeEventListener(name, listener, { capture: true });
    }
  });

  it('goes back with the Back control, to the previous prompt and step number', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    expect(step(el).shadowRoot!.querySelector('[part="back"]')).to.equal(null);
    await choose(el, 'none');
    const back = step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!;
    expect(back.textContent!.trim()).to.equal('Back');
    const event = nextEvent(el, 'ct-step');
    back.click();
    expect((await event).detail.stepNumber).to.equal(1);
    await settled(el);
    expect(currentId(el)).to.equal('safety');
  });

  it('restarts cleanly when the device or the knowledge base changes', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(el, 'none');
    el.device = 'soundcore-boost';
    await settled(el);
    expect(currentId(el)).to.equal('safety');
    await choose(el, 'none');
    expect(currentId(el)).to.equal('how-it-started');
    el.knowledgeBase = outcomesKnowledgeBase();
    el.device = 'gizmo';
    await settled(el);
    expect(currentId(el)).to.equal('safety');
    expect(heading(el).textContent).to.contain('Is it swollen or hot?');
  });

  it('restart() goes back to the first prompt', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(el, 'none');
    el.restart();
    await settled(el);
    expect(currentId(el)).to.equal('safety');
  });

  it('shows the usual time left, waits included, and says when it is mostly waiting', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(el, 'none');
    const { expected, mostlyWaiting } = step(el).timeLeft;
    expect(expected, 'the likely steps ahead take time').to.be.above(1);
    const meta = step(el).shadowRoot!.querySelector('[part="meta"]')!;
    const duration = '\\d+ (minutes|hours?)( \\d+ minutes)?';
    expect(meta.textContent).to.match(
      new RegExp(mostlyWaiting ? `^Usually about ${duration}, mostly waiting$` : `^Usually about ${duration}$`),
    );
  });

  describe('click-through to every outcome', () => {
    const start = (purchaseDate?: string) =>
      widget(
        html`<charge-troubleshooter device="gizmo" purchase-date=${purchaseDate ?? ''} .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );

    async function finish(el: Awaited<ReturnType<typeof start>>, answers: string[]) {
      const resultEvent = nextEvent(el, 'ct-result');
      for (const answer of answers) await choose(el, answer);
      const detail = (await resultEvent).detail;
      expect(result(el).prompt).to.equal(detail.prompt);
      // Words for a support agent, not internal ids.
      expect(detail.summary).to.contain('Device: Acme Gizmo');
      expect(detail.summary).to.not.match(/\bgizmo\b/);
      // The record to log: every answer in order, the outcome, ids only and no dates.
      const { record } = detail;
      expect(record.path.split(' ').map((pair) => pair.split(':')[1])).to.deep.equal(answers);
      expect(record).to.include({ record: 1, device: 'gizmo', outcome: detail.prompt.outcome });
      expect(record.id).to.match(/^[0-9a-f]{16}$/);
      expect(JSON.stringify(record)).to.not.match(/\d{4}-\d{2}-\d{2}/);
      return detail.prompt;
    }

    it('resolved', async () => {
      const el = await start();
      const resultEvent = nextEvent(el, 'ct-result');
      const prompt = await finish(el, ['none', 'fixed']);
      expect(prompt.outcome).to.equal('resolved');
      const { record } = (await resultEvent).detail;
      expect(record.fixedBy).to.equal(record.path.split(' ')[1]!.split(':')[0]);
      // The cause in words, never a percentage on screen.
      const causes = result(el).shadowRoot!.querySelector('[part="causes"]')!.textContent!;
      expect(causes).to.contain('Dirt: very likely');
      expect(causes).to.not.contain('%');
      // Starting over is another session, with an id of its own.
      el.restart();
      await settled(el);
      const again = nextEvent(el, 'ct-result');
      await finish(el, ['danger']);
      expect((await again).detail.record.id).to.not.equal(record.id);
    });

    it('safety-stop, as an urgent alert before anything else', async () => {
      const el = await start();
      await finish(el, ['danger']);
      const section = result(el).shadowRoot!.querySelector('[part="result"]')!;
      expect(section.getAttribute('role')).to.equal('alert');
      expect(section.firstElementChild!.tagName).to.equal('H2');
      expect(section.classList.contains('safety-stop')).to.equal(true);
    });

    for (const [age, outcome] of [
      ['return', 'refund'],
      ['warranty', 'warranty-claim'],
      ['lifespan', 'repair'],
      ['past-lifespan', 'replace'],
      ['unknown', 'contact-support'],
    ]) {
      it(`${outcome} (age answered: ${age})`, async () => {
        const prompt = await finish(await start(), ['none', 'not-fixed', 'not-fixed', age!]);
        expect(prompt.outcome).to.equal(outcome);
      });
    }

    it('passes the shop’s returns page to a refund result', async () => {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" return-url="https://shop.example/returns" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      for (const answer of ['none', 'not-fixed', 'not-fixed', 'return']) await choose(el, answer);
      const link = result(el).shadowRoot!.querySelector<HTMLAnchorElement>('[part~="return"]')!;
      expect(link.href).to.equal('https://shop.example/returns');
    });

    it('legal-guarantee (age answered: between the warranty and the legal guarantee, with region="EU")', async () => {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" region="EU" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      const resultEvent = nextEvent(el, 'ct-result');
      for (const answer of ['none', 'not-fixed', 'not-fixed', 'legal']) await choose(el, answer);
      const { prompt } = (await resultEvent).detail;
      expect(prompt.outcome).to.equal('legal-guarantee');
      expect(result(el).shadowRoot!.querySelector('[part="body"]')!.textContent).to.contain('Under the consumer law of the EU');
    });

    it('shows the error state for a region the knowledge base does not know', async () => {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" region="Mars" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('Unknown region "Mars"');
    });

    it('contact-support when the shopper could do none of the steps', async () => {
      const prompt = await finish(await start(PAST), ['none', 'skip', 'skip']);
      expect(prompt.outcome).to.equal('contact-support');
    });
  });

  it('shows the device picker grouped by brand under headings, each product with a decorative pictogram', async () => {
    const el = await widget();
    const root = step(el).shadowRoot!;
    const groups = [...root.querySelectorAll<HTMLElement>('[part="group"]')];
    expect(groups.map((group) => group.querySelector('h3')!.textContent)).to.deep.equal(['Shokz', 'Soundcore', 'Other']);
    for (const group of groups) {
      expect(group.getAttribute('role')).to.equal('group');
      expect(root.getElementById(group.getAttribute('aria-labelledby')!)).to.equal(group.querySelector('h3'));
    }
    const buttons = optionButtons(el);
    expect(buttons).to.have.length(12);
    for (const button of buttons) {
      const picture = button.querySelector('[part="picture"]')!;
      expect(picture, button.value).to.exist;
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      expect(picture.hasAttribute('aria-label')).to.equal(false);
    }
    const openrun = buttons.find((b) => b.value === 'shokz-openrun')!;
    expect(openrun.textContent!.trim()).to.equal('OpenRun');
    expect(await accessibleName(openrun)).to.equal('Shokz OpenRun');
    expect(await accessibleName(openrun.closest('[part="group"]')!)).to.equal('Shokz');
    expect(openrun.closest('[part="group"]')!.querySelector('h3')!.textContent).to.equal('Shokz');
    const other = buttons.find((b) => b.value === 'generic-speaker')!;
    expect(await accessibleName(other)).to.equal('Other Bluetooth speaker');
    expect(other.textContent!.trim()).to.equal('Bluetooth speaker');
    await choose(el, 'shokz-openrun');
    expect(currentId(el)).to.equal('safety');
  });

  it('titles the built-in steps shortly', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    const titles: string[] = [];
    while (el.shadowRoot!.querySelector('charge-troubleshooter-step')) {
      titles.push(
        heading(el)
          .textContent!.replace(/\s+/g, ' ')
          .replace(/^ ?Step \d+ ?: ?/, '')
          .trim(),
      );
      await answerTruthfully(el);
    }
    expect(titles).to.include.members([
      'Safety check first',
      'How did it start?',
      'What does the light do?',
      'Try another cable',
      'Clean the contacts',
    ]);
    for (const title of titles) expect(title.length, title).to.be.below(40);
  });

  it('shows a step’s picture from the knowledge base, described for those who cannot see it', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    for (let i = 0; i < 12 && !step(el).prompt!.image; i++) await answerTruthfully(el);
    const { image } = step(el).prompt!;
    expect(image, 'a step of the walk has a picture').to.exist;
    const picture = step(el).shadowRoot!.querySelector('[part="picture"]')!;
    expect(picture.localName).to.equal('svg');
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.equal(image!.alt);
    expect(image!.alt.length).to.be.above(10);
    expect(picture.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon').length).to.be.above(0);
  });

  it('moves the progress bar only forward while the shopper answers, and back with Back', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    const bar = () => step(el).shadowRoot!.querySelector<HTMLProgressElement>('[part="progress-bar"]')!.value;
    const seen = [bar()];
    while (el.shadowRoot!.querySelector('charge-troubleshooter-step')) {
      await answerTruthfully(el);
      if (el.shadowRoot!.querySelector('charge-troubleshooter-step')) seen.push(bar());
    }
    expect(seen.length, 'a walk of several steps').to.be.at.least(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i], `step ${i + 1} after ${seen.slice(0, i)}`).to.be.at.least(seen[i - 1]!);
    expect(seen.at(-1)).to.be.above(seen[0]!);
    // Back shows the bar as it was on that step.
    expect(result(el).prompt!.outcome).to.equal('warranty-claim');
    result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="restart"]')!.click();
    await settled(el);
    await answerTruthfully(el);
    await answerTruthfully(el);
    const later = bar();
    step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await settled(el);
    expect(bar()).to.equal(seen[1]);
    expect(bar()).to.be.at.most(later);
  });

  it('shows the built-in safety stop: an alert with its five numbered actions, then what is owed', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun" purchase-date="2026-01-10"></charge-troubleshooter>`);
    await choose(el, 'danger');
    const root = result(el).shadowRoot!;
    expect(root.querySelector('[part="result"]')!.getAttribute('role')).to.equal('alert');
    const steps = [...root.querySelectorAll('[part="steps"] > li')].map((li) => li.textContent!);
    expect(steps).to.have.length(5);
    expect(steps[0]).to.equal('Stop using it, and don’t charge it again.');
    const owed = root.querySelector('[part="steps"]')!.nextElementSibling!;
    expect(owed.tagName).to.equal('P');
    expect(owed.textContent).to.contain('battery safety fault');
  });

  it('"Done" on a resolved result: the closing words with "Start over", and the saved progress forgotten', async () => {
    localStorage.clear();
    try {
      const el = await widget(
        html`<charge-troubleshooter persist device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      for (const answer of OUTCOME_ANSWERS.resolved) await choose(el, answer);
      const done = result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="done"]')!;
      expect(done.textContent!.trim()).to.equal('Done');
      done.click();
      await settled(el);
      const finished = el.shadowRoot!.querySelector('[part="finished"]')!;
      expect(finished.querySelector('h2')!.textContent).to.equal('Glad it’s charging again.');
      expect(isFocused(finished.querySelector('h2')), describeFocus()).to.equal(true);
      expect(el.shadowRoot!.querySelector('charge-troubleshooter-result')).to.equal(null);
      expect(JSON.parse(localStorage.getItem(storageKey('gizmo', undefined, undefined))!).snapshot.history).to.deep.equal([]);
      const startOver = finished.querySelector('button')!;
      expect(startOver.textContent!.trim()).to.equal('Start over');
      const shown = nextEvent(el, 'ct-step');
      startOver.click();
      expect((await shown).detail.prompt.id).to.equal('safety');
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="finished"]')).to.equal(null);
      expect(currentId(el)).to.equal('safety');
    } finally {
      localStorage.clear();
    }
  });

  it('open() in inline mode puts focus on the current heading', async () => {
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`);
    expect(isFocused(heading(el))).to.equal(false);
    await el.open();
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
    await choose(el, 'danger');
    (document.activeElement as HTMLElement | null)?.blur();
    await el.open();
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
  });

  describe('ct-handoff: the ways on from a result', () => {
    async function shopWidget(): Promise<ChargeTroubleshooter> {
      const el = await widget(html`<charge-troubleshooter
        device="gizmo"
        region="EU"
        shop-name="Fjord Outdoor"
        support-email="help@fjord.example"
        support-phone="+44 20 7946 0000"
        support-url="https://fjord.example/help"
        return-url="https://fjord.example/returns"
        accessories=${JSON.stringify({ dirt: { label: 'Cleaning kits', href: 'https://fjord.example/cleaning' } })}
        .knowledgeBase=${outcomesKnowledgeBase()}
      ></charge-troubleshooter>`);
      stayOnPage(el);
      return el;
    }

    const cases: [keyof typeof OUTCOME_ANSWERS, string, CtHandoffDetail['kind']][] = [
      ['repair', '[part~="contact"][part~="email"]', 'email'],
      ['repair', '[part~="contact"][part~="phone"]', 'phone'],
      ['repair', '[part~="contact"][part~="link"]', 'link'],
      ['repair', '[part="links"] a', 'link'],
      ['repair', '[part~="copy"]', 'copy'],
      ['refund', '[part~="return"]', 'return'],
      ['warranty-claim', '[part~="claim"]', 'claim'],
      ['resolved', '[part~="accessory"]', 'link'],
    ];
    for (const [outcome, selector, kind] of cases) {
      it(`${kind} from ${selector} on ${outcome}`, async () => {
        const el = await shopWidget();
        for (const answer of OUTCOME_ANSWERS[outcome]) await choose(el, answer);
        const original = navigator.clipboard.writeText;
        navigator.clipboard.writeText = async () => undefined;
        try {
          const handoff = nextEvent(document, 'ct-handoff');
          const target = result(el).shadowRoot!.querySelector<HTMLElement>(selector);
          expect(target, selector).to.exist;
          target!.click();
          const event = await handoff;
          expect(event.target).to.equal(el);
          expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
          expect(event.detail).to.deep.equal({ kind, outcome });
        } finally {
          navigator.clipboard.writeText = original;
        }
      });
    }

    it('none for "Start over" or "Done"', async () => {
      const el = await shopWidget();
      const heard: string[] = [];
      const listener = (event: Event) => heard.push(event.type);
      document.addEventListener('ct-handoff', listener);
      try {
        for (const answer of OUTCOME_ANSWERS.resolved) await choose(el, answer);
        result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="restart"]')!.click();
        await settled(el);
        for (const answer of OUTCOME_ANSWERS.resolved) await choose(el, answer);
        result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="done"]')!.click();
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part="finished"]')).to.exist;
        expect(heard).to.deep.equal([]);
      } finally {
        document.removeEventListener('ct-handoff', listener);
      }
    });
  });
});
