import { expect, html } from '@open-wc/testing';
import type { CtStepDetail } from '../../src/index.js';
import { choose, currentId, heading, nextEvent, optionButtons, outcomesKnowledgeBase, result, settled, step, widget } from './helpers.js';

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
    expect(heading(el).textContent).to.match(/Step 2\s*:\s*How did the problem start\?/);
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

  it('shows progress: the minutes of likely steps left', async () => {
    const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    await choose(el, 'none');
    const meta = step(el).shadowRoot!.querySelector('[part="meta"]')!;
    expect(meta.textContent).to.match(/^About \d+ minutes of steps left$/);
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
      expect(detail.summary).to.contain('Device: Acme Gizmo (gizmo)');
      return detail.prompt;
    }

    it('resolved', async () => {
      const el = await start();
      const prompt = await finish(el, ['none', 'fixed']);
      expect(prompt.outcome).to.equal('resolved');
      expect(result(el).shadowRoot!.querySelector('[part="causes"]')!.textContent).to.match(/Dirt\s*100%/);
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
});
