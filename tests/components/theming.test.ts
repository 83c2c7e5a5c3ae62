import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/components/shared/ct-element.js';
import type { KnowledgeBase } from '../../src/core/index.js';
import { ChargeTroubleshooter } from '../../src/index.js';
import { choose, currentId, finishTransitions, optionButtons, outcomesKnowledgeBase, result, settled, step, widget } from './helpers.js';

/** A colour as sRGB bytes, as the browser paints it. */
function painted(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
}

describe('theming and embedding', () => {
  it('shows --ct-color-accent set on the host on the primary button', async () => {
    const el = await widget(
      html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()} style="--ct-color-accent: rgb(200, 16, 46); --ct-color-on-accent: rgb(255, 255, 255)"></charge-troubleshooter>`,
    );
    await choose(el, 'none');
    // The colours once the answer buttons' fade is over (the fade itself: accessibility.test.ts).
    finishTransitions(el);
    const primary = step(el).shadowRoot!.querySelector('button.primary')!;
    expect(primary.getAttribute('value')).to.equal('fixed');
    // Already readable, so the brand colour is kept (serialised as the derived colour it passed through).
    expect(painted(getComputedStyle(primary).backgroundColor)).to.deep.equal([200, 16, 46]);
    expect(getComputedStyle(primary).color).to.equal('rgb(255, 255, 255)');
  });

  it('takes its font, text and surface colours and radius from tokens', async () => {
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}
      style="--ct-font-family: Georgia, serif; --ct-color-text: rgb(1, 2, 3); --ct-color-surface: rgb(250, 240, 230); --ct-radius: 3px"></charge-troubleshooter>`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
    const title = step(el).shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
  });

  it('exposes its pieces as ::part()s', async () => {
    const style = document.createElement('style');
    style.textContent =
      'charge-troubleshooter::part(option) { letter-spacing: 3px } charge-troubleshooter::part(title) { text-transform: uppercase }';
    document.head.append(style);
    try {
      const el = await widget(
        html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
      );
      expect(getComputedStyle(optionButtons(el)[0]!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(step(el).shadowRoot!.querySelector('h2')!).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('adds no global CSS and no styles reach outside it', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const outside = await fixture<HTMLButtonElement>(html`<button>outside</button>`);
    const before =
      getComputedStyle(outside).cssText ||
      JSON.stringify([
        getComputedStyle(outside).backgroundColor,
        getComputedStyle(outside).fontFamily,
        getComputedStyle(outside).minHeight,
      ]);
    await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    const after =
      getComputedStyle(outside).cssText ||
      JSON.stringify([
        getComputedStyle(outside).backgroundColor,
        getComputedStyle(outside).fontFamily,
        getComputedStyle(outside).minHeight,
      ]);
    expect(after).to.equal(before);
  });

  it('mirrors for right-to-left pages: the Back arrow and the list indent flip', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter></div>`,
    );
    const el = wrapper.querySelector('charge-troubleshooter')!;
    await settled(el);
    await choose(el, 'none');
    const root = step(el).shadowRoot!;
    const arrow = root.querySelector('[part="back"] svg')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const list = root.querySelector('ol')!;
    expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(list).paddingLeft)).to.equal(0);
    // In left-to-right it points the other way.
    wrapper.dir = 'ltr';
    expect(getComputedStyle(arrow).transform).to.equal('none');
  });

  it('renders knowledge-base text as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
    const kb: KnowledgeBase = JSON.parse(
      JSON.stringify(outcomesKnowledgeBase()).replace(/"(label|title|name|brand)":"([^"]*)"/g, `"$1":"$2 ${payload.replace(/"/g, '\\"')}"`),
    );
    kb.actions[0]!.steps = [payload];
    kb.questions[0]!.body = payload;
    kb.questions[0]!.options[0]!.note = payload;
    kb.questions[0]!.options[0]!.links = [{ id: 'recall', label: payload, href: 'https://support.example/recall' }];
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${kb}></charge-troubleshooter>`);
    const scan = () => {
      const root = step(el).shadowRoot ?? null;
      const shadows = [el.shadowRoot!, root, el.shadowRoot!.querySelector('charge-troubleshooter-result')?.shadowRoot].filter(
        Boolean,
      ) as ShadowRoot[];
      for (const shadow of shadows) {
        expect(shadow.querySelector('img, script, b'), 'markup from the knowledge base became elements').to.equal(null);
      }
    };
    expect(step(el).shadowRoot!.textContent).to.contain('<img src=x');
    scan();
    await choose(el, 'none');
    expect(currentId(el)).to.equal('clean');
    expect(step(el).shadowRoot!.querySelector('ol li')!.textContent).to.equal(payload);
    scan();
    el.restart();
    await settled(el);
    await choose(el, 'danger');
    const shown = result(el).shadowRoot!;
    expect(shown.textContent).to.contain('<script>');
    expect(shown.querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('registers each element once: including the script twice does not throw', () => {
    expect(() => defineElement('charge-troubleshooter', ChargeTroubleshooter)).to.not.throw();
    expect(() => defineElement('charge-troubleshooter', class extends ChargeTroubleshooter {})).to.not.throw();
    expect(customElements.get('charge-troubleshooter')).to.equal(ChargeTroubleshooter);
  });

  it('works twice on one page, each with its own session', async () => {
    const [a, b] = await Promise.all([
      widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`),
      widget(html`<charge-troubleshooter device="soundcore-boost"></charge-troubleshooter>`),
    ]);
    await choose(a!, 'none');
    expect(currentId(a!)).to.equal('how-it-started');
    expect(currentId(b!)).to.equal('safety');
    await choose(b!, 'none');
    await choose(b!, 'suddenly');
    expect(currentId(b!)).not.to.equal('how-it-started');
    expect(currentId(a!)).to.equal('how-it-started');
  });
});
