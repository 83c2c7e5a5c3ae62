import { expect, fixture, html } from '@open-wc/testing';
import { ar as uiAr } from '../../src/components/locales/ar.js';
import { de as uiDe } from '../../src/components/locales/de.js';
import type { KnowledgeBase } from '../../src/core/index.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { de as kbDe } from '../../src/knowledge-base/translations/de.js';
import { es as kbEs } from '../../src/knowledge-base/translations/es.js';
import { fr as kbFr } from '../../src/knowledge-base/translations/fr.js';
import { choose, currentId, heading, outcomesKnowledgeBase, settled, step, widget } from './helpers.js';

/** Waits until the widget shows a step (its language is loaded). */
async function shown(el: ChargeTroubleshooter): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settled(el);
}

/** Text a sighted shopper can read: everything but visually hidden helpers. */
function visibleText(root: ShadowRoot): string {
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
  copy.querySelectorAll('.visually-hidden, style').forEach((node) => node.remove());
  return copy.textContent!.trim();
}

describe('localization of the widget', () => {
  // This file runs in a page of its own, so German is not loaded before the first test.
  it('shows no English while a language loads, then speaks it', async () => {
    const el = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter locale="de" device="shokz-openrun"></charge-troubleshooter>`,
    );
    expect(el.shadowRoot!.querySelector('charge-troubleshooter-step')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    expect(visibleText(el.shadowRoot!)).to.equal('');
    await shown(el);
    expect(heading(el).textContent).to.contain(kbDe.questions!.safety!.title);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de');
    await choose(el, 'none');
    expect(heading(el).textContent).to.match(/Schritt 2/);
  });

  it('takes the language from the page’s lang, with region fallback (fr-CA → fr)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr-CA"><charge-troubleshooter device="shokz-openrun"></charge-troubleshooter></div>`,
    );
    const el = wrapper.querySelector('charge-troubleshooter')!;
    await shown(el);
    expect(heading(el).textContent).to.contain(kbFr.questions!.safety!.title);
  });

  it('falls back to the browser’s languages, then English', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['pt-BR', 'es-MX'] });
    try {
      const el = await fixture<ChargeTroubleshooter>(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
      await shown(el);
      expect(heading(el).textContent).to.contain(kbEs.questions!.safety!.title);
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP'] });
      const english = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
      expect(heading(english).textContent).to.contain('First, a safety check');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('switches language live, keeping the session and the old words until the new ones arrive', async () => {
    const el = await widget(html`<charge-troubleshooter locale="en" device="shokz-openrun"></charge-troubleshooter>`);
    await choose(el, 'none');
    await choose(el, 'suddenly');
    const where = currentId(el);
    el.locale = 'ar';
    await settled(el);
    // Arabic is not loaded yet: the English step stays, never a blank box.
    expect(currentId(el)).to.equal(where);
    for (let i = 0; i < 200 && el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') !== 'ar'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settled(el);
    expect(currentId(el)).to.equal(where);
    expect(step(el).stepNumber).to.equal(3);
    expect(step(el).shadowRoot!.querySelector('[part="back"]')!.textContent!.trim()).to.equal(uiAr.back);
    el.locale = 'de';
    await shown(el);
    for (let i = 0; i < 200 && el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') !== 'de'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settled(el);
    expect(currentId(el)).to.equal(where);
    expect(step(el).shadowRoot!.querySelector('[part="back"]')!.textContent!.trim()).to.equal(uiDe.back);
  });

  it('lays Arabic out right to left: panel direction, Back on the right, lists and text from the right', async () => {
    const el = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter locale="ar" device="shokz-openrun" style="width: 400px"></charge-troubleshooter>`,
    );
    await shown(el);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    await choose(el, 'none');
    await choose(el, 'suddenly');
    const root = step(el).shadowRoot!;
    const panel = base.getBoundingClientRect();
    const back = root.querySelector('[part="back"]')!.getBoundingClientRect();
    // The Back control hugs the right edge and its arrow points right.
    expect(panel.right - back.right).to.be.below(40);
    expect(back.left - panel.left).to.be.above(150);
    expect(getComputedStyle(root.querySelector('[part="back"] svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // Answer texts start at the right.
    const option = root.querySelector<HTMLElement>('button[value]')!;
    expect(getComputedStyle(option).direction).to.equal('rtl');
    const list = root.querySelector('ol');
    if (list) expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('uses a custom knowledge base’s own language even where no UI words ship', async () => {
    const kb: KnowledgeBase = {
      ...outcomesKnowledgeBase(),
      translations: {
        it: { questions: { safety: { title: 'È gonfio o caldo?', options: { none: { label: 'No' }, danger: { label: 'Sì' } } } } },
      },
    };
    const el = await widget(html`<charge-troubleshooter locale="it" device="gizmo" .knowledgeBase=${kb}></charge-troubleshooter>`);
    expect(heading(el).textContent).to.contain('È gonfio o caldo?');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('it');
  });
});
