import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { catalogueKnowledgeBase } from '../../bench/catalogue.mjs';
import { SHOWN_AT_ONCE } from '../../src/components/charge-troubleshooter-step/answer-list.js';
import type { KnowledgeBase } from '../../src/core/index.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { accessibleName, currentId, deepActiveElement, nextEvent, optionButtons, settled, step, widget } from './helpers.js';

// A retailer's catalogue of 5,000 products in the device picker, and attributes a megabyte long.

const catalogue = (): KnowledgeBase => catalogueKnowledgeBase(structuredClone(defaultKnowledgeBase), 5000);

function part(el: ChargeTroubleshooter, name: string): HTMLElement | null {
  return step(el).shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Types into the search box as a shopper would: the value changes and an input event follows. */
async function type(el: ChargeTroubleshooter, text: string): Promise<void> {
  const box = part(el, 'search-input') as HTMLInputElement;
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
}

describe('the device picker of a 5,000-product catalogue', () => {
  it('shows a labelled search box and the first matches only, saying how many there are', async () => {
    const el = await widget(html`<charge-troubleshooter .knowledgeBase=${catalogue()}></charge-troubleshooter>`);
    expect(currentId(el)).to.equal('device');
    const box = part(el, 'search-input') as HTMLInputElement;
    expect(box.type).to.equal('search');
    expect(await accessibleName(box)).to.equal('Find your product by name or brand');
    expect(optionButtons(el)).to.have.length(SHOWN_AT_ONCE);
    expect(part(el, 'search-more')!.textContent).to.equal('Showing 30 of 5,000: type more to narrow the list.');
    expect(part(el, 'search-status')!.getAttribute('role')).to.equal('status');
  });

  it('filters as the shopper types, case and accents aside, by brand and model words, and announces the count', async () => {
    const el = await widget(html`<charge-troubleshooter .knowledgeBase=${catalogue()}></charge-troubleshooter>`);
    await type(el, 'ÓPENRUN prÓ 416');
    expect(optionButtons(el).map((b) => b.value)).to.deep.equal(['shokz-openrun-pro-416']);
    expect(part(el, 'search-status')!.textContent).to.equal('1 product matches');
    expect(part(el, 'search-more')).to.equal(null);
    await type(el, 'shokz 416');
    expect(optionButtons(el).map((b) => b.value)).to.deep.equal([
      'shokz-openrun-416',
      'shokz-openrun-pro-416',
      'shokz-openmove-416',
      'shokz-openswim-416',
      'shokz-aeropex-416',
    ]);
    expect(part(el, 'search-status')!.textContent).to.equal('5 products match');
    await type(el, 'soundcore');
    expect(optionButtons(el)).to.have.length(SHOWN_AT_ONCE);
    expect(part(el, 'search-status')!.textContent).to.equal('1,667 products match');
    expect(part(el, 'search-more')!.textContent).to.equal('Showing 30 of 1,667: type more to narrow the list.');
    await type(el, 'toaster');
    expect(optionButtons(el)).to.have.length(0);
    expect(part(el, 'search-status')!.textContent).to.equal('No product matches');
  });

  it('is usable from the keyboard: down arrow from the box to the first match, which answers', async () => {
    const el = await widget(html`<charge-troubleshooter .knowledgeBase=${catalogue()}></charge-troubleshooter>`);
    await type(el, 'boost 41');
    const box = part(el, 'search-input') as HTMLInputElement;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    const first = optionButtons(el)[0]!;
    expect(deepActiveElement() === first, 'focus on the first match').to.equal(true);
    const answered = nextEvent(el, 'ct-answer');
    first.click();
    expect((await answered).detail).to.deep.equal({ promptId: 'device', optionId: first.value });
    await settled(el);
    expect(currentId(el)).to.equal('safety');
  });

  it('is accessible with the search box, and a short list keeps its plain buttons', async () => {
    const el = await widget(html`<charge-troubleshooter .knowledgeBase=${catalogue()}></charge-troubleshooter>`);
    await type(el, 'openmove');
    await expect(el).to.be.accessible();
    const builtIn = await widget();
    expect(part(builtIn, 'search-input')).to.equal(null);
    expect(optionButtons(builtIn)).to.have.length(defaultKnowledgeBase.devices.length);
  });
});

describe('attributes a megabyte long', () => {
  const long = 'x'.repeat(1_000_000);

  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [attribute, says] of [
    ['device', 'Unknown device'],
    ['locale', 'The language'],
  ] as const) {
    it(`cuts a 1,000,000-character ${attribute} in the text shown and in ct-error, and the page does not scroll sideways`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = document.createElement('charge-troubleshooter');
      const error = nextEvent(el, 'ct-error');
      el.setAttribute(attribute, long);
      document.body.append(el);
      try {
        const { detail } = await error;
        await settled(el);
        // The length first: a failing check on the whole text would print a megabyte.
        expect(detail.message.length).to.be.below(1000);
        expect(detail.message)
          .to.contain(says)
          .and.contain(`"${'x'.repeat(79)}…"`);
        const box = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(box.textContent!.length).to.be.below(1000);
        expect(box.textContent).to.contain('…');
        expect(document.documentElement.scrollWidth).to.be.at.most(390);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(el.getBoundingClientRect().width);
      } finally {
        el.remove();
      }
    });
  }
});
