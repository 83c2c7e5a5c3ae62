import { expect, fixture, html } from '@open-wc/testing';
import type { KnowledgeBase } from '../../src/core/index.js';
import { type ChargeTroubleshooter, english, loadLocale, registerLocale } from '../../src/index.js';
import { loadTranslation } from '../../src/knowledge-base/index.js';
import { choose, currentId, heading, nextEvent, outcomesKnowledgeBase, rendered, result, settled, step, widget } from './helpers.js';

// The languages' words are loaded by the test only once the widget has loaded them itself, so that no
// language is loaded before the widget asks for it.

/** The built-in knowledge base's safety question, in a shipped language. */
async function safetyTitle(tag: string): Promise<string> {
  return (await loadTranslation(tag)).questions!.safety!.title!;
}

/** Text a sighted shopper can read: everything but visually hidden helpers. */
function visibleText(root: ShadowRoot): string {
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
  copy.querySelectorAll('.visually-hidden, style').forEach((node) => node.remove());
  return copy.textContent!.trim();
}

function base(el: ChargeTroubleshooter): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

function backText(el: ChargeTroubleshooter): string {
  return step(el).shadowRoot!.querySelector('[part="back"]')!.textContent!.trim();
}

describe('localization of the widget', () => {
  // This file runs in a page of its own, so German is not loaded before the first test.
  it('shows no English while a language loads, then speaks it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('charge-troubleshooter');
    el.locale = 'de';
    el.device = 'shokz-openrun';
    container.append(el);
    // Its first render, before the language is here (`updateComplete` would wait for it).
    await rendered(el);
    expect(el.shadowRoot!.querySelector('charge-troubleshooter-step')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    expect(visibleText(el.shadowRoot!)).to.equal('');
    await settled(el);
    expect(heading(el).textContent).to.contain(await safetyTitle('de'));
    expect(base(el).getAttribute('lang')).to.equal('de');
    await choose(el, 'none');
    expect(heading(el).textContent).to.match(/Schritt 2/);
  });

  it('takes the language from the page’s lang, with region fallback (fr-CA → fr)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr-CA"><charge-troubleshooter device="shokz-openrun"></charge-troubleshooter></div>`,
    );
    const el = wrapper.querySelector('charge-troubleshooter')!;
    await settled(el);
    expect(heading(el).textContent).to.contain(await safetyTitle('fr'));
    expect(base(el).getAttribute('lang')).to.equal('fr');
  });

  it('falls back to the browser’s languages, then English', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['pt-BR', 'es-MX'] });
    try {
      const el = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
      expect(heading(el).textContent).to.contain(await safetyTitle('es'));
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP'] });
      const inEnglish = await widget(html`<charge-troubleshooter device="shokz-openrun"></charge-troubleshooter>`);
      expect(heading(inEnglish).textContent).to.contain('Safety check first');
      expect(base(inEnglish).getAttribute('lang')).to.equal('en');
      expect(inEnglish.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
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
    await rendered(el);
    // Arabic is not loaded yet: the English step stays, never a blank box.
    expect(currentId(el)).to.equal(where);
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(backText(el)).to.equal('Back');
    await settled(el);
    expect(base(el).getAttribute('lang')).to.equal('ar');
    expect(currentId(el)).to.equal(where);
    expect(step(el).stepNumber).to.equal(3);
    expect(backText(el)).to.equal((await loadLocale('ar')).ui.back);
    expect(heading(el).textContent, 'the knowledge base’s words switch too').to.match(/[\u0600-\u06FF]{3}/);
    el.locale = 'de';
    await settled(el);
    expect(base(el).getAttribute('lang')).to.equal('de');
    expect(currentId(el)).to.equal(where);
    expect(step(el).stepNumber).to.equal(3);
    expect(backText(el)).to.equal((await loadLocale('de')).ui.back);
  });

  it('lays Arabic out right to left: panel direction, Back on the right, lists and text from the right', async () => {
    const el = await widget(html`<charge-troubleshooter locale="ar" device="shokz-openrun" style="width: 400px"></charge-troubleshooter>`);
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(base(el).getAttribute('lang')).to.equal('ar');
    await choose(el, 'none');
    await choose(el, 'suddenly');
    const root = step(el).shadowRoot!;
    const panel = base(el).getBoundingClientRect();
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

  it('shows the error state and fires ct-error for a language that is neither shipped nor registered', async () => {
    const error = nextEvent(document, 'ct-error');
    const el = await widget(
      html`<charge-troubleshooter locale="it" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    const { detail, target } = await error;
    expect(target).to.equal(el);
    expect(detail.message).to.contain('"it"').and.contain('registerLocale');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('The troubleshooter can’t start').and.contain('"it"');
    expect(el.shadowRoot!.querySelector('charge-troubleshooter-step')).to.equal(null);
  });

  it('uses a custom knowledge base’s own language once the page registers that language', async () => {
    const kb: KnowledgeBase = {
      ...outcomesKnowledgeBase(),
      translations: {
        it: { questions: { safety: { title: 'È gonfio o caldo?', options: { none: { label: 'No' }, danger: { label: 'Sì' } } } } },
      },
    };
    // Italian with the English core and UI words: the knowledge base brings its own Italian text.
    registerLocale({ ...english, tag: 'it' });
    const el = await widget(html`<charge-troubleshooter locale="it" device="gizmo" .knowledgeBase=${kb}></charge-troubleshooter>`);
    expect(heading(el).textContent).to.contain('È gonfio o caldo?').and.contain('Step 1');
    expect(step(el).shadowRoot!.querySelector('button[value="danger"]')!.textContent!.trim()).to.equal('Sì');
    expect(base(el).getAttribute('lang')).to.equal('it');
  });

  it('speaks the built-in knowledge base in Arabic: the safety check’s title and answers', async () => {
    const el = await widget(html`<charge-troubleshooter locale="ar" device="shokz-openrun"></charge-troubleshooter>`);
    const safety = (await loadTranslation('ar')).questions!.safety!;
    expect(heading(el).textContent).to.contain(safety.title!);
    expect(heading(el).textContent).to.match(/[\u0600-\u06FF]/);
    const labels = Object.fromEntries(
      [...step(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('button[value]')].map((b) => [b.value, b.textContent!.trim()]),
    );
    expect(labels).to.deep.equal({
      danger: safety.options!.danger!.label,
      wet: safety.options!.wet!.label,
      none: safety.options!.none!.label,
    });
    for (const label of Object.values(labels)) expect(label, 'no English left').to.not.match(/[A-Za-z]{3}/);
    // The safety stop's actions too.
    await choose(el, 'danger');
    const steps = [...result(el).shadowRoot!.querySelectorAll('[part="steps"] li')].map((li) => li.textContent);
    expect(steps).to.deep.equal(safety.options!.danger!.steps);
  });

  it('does not offer a language the knowledge base has no text in: a German page gets the knowledge base’s English', async () => {
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent).detail.message);
    document.addEventListener('ct-error', onError);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter></div>`,
      );
      const el = wrapper.querySelector('charge-troubleshooter')!;
      await settled(el);
      expect(heading(el).textContent).to.contain('Is it swollen or hot?').and.contain('Step 1');
      expect(base(el).getAttribute('lang')).to.equal('en');
      // The built-in knowledge base does speak German: there the page's language wins.
      const builtIn = await fixture<HTMLDivElement>(
        html`<div lang="de"><charge-troubleshooter device="shokz-openrun"></charge-troubleshooter></div>`,
      );
      const german = builtIn.querySelector('charge-troubleshooter')!;
      await settled(german);
      expect(base(german).getAttribute('lang')).to.equal('de');
      expect(heading(german).textContent).to.contain(await safetyTitle('de'));
    } finally {
      document.removeEventListener('ct-error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('fetches the built-in knowledge base’s translation only for the built-in knowledge base: a shop with its own never does', async () => {
    // Widgets share a fetch per address, so this counts requests made during each part.
    const translationsFetched = () =>
      performance.getEntriesByType('resource').filter((entry) => /\/translations\/\w+\.json$/.test(entry.name)).length;
    const before = translationsFetched();
    const kb: KnowledgeBase = { ...outcomesKnowledgeBase(), language: 'es' };
    const own = await widget(html`<charge-troubleshooter locale="es" device="gizmo" .knowledgeBase=${kb}></charge-troubleshooter>`);
    expect(base(own).getAttribute('lang')).to.equal('es');
    expect(translationsFetched(), 'its own knowledge base').to.equal(before);
    const builtIn = await widget(html`<charge-troubleshooter locale="es" device="shokz-openrun"></charge-troubleshooter>`);
    expect(heading(builtIn).textContent).to.contain(await safetyTitle('es'));
    expect(
      performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/src/knowledge-base/translations/es.json')),
    ).to.equal(true);
  });

  it('shows the error state and fires ct-error when asked by name for a language the knowledge base has no text in', async () => {
    const error = nextEvent(document, 'ct-error');
    const el = await widget(
      html`<charge-troubleshooter locale="de" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    const { detail, target } = await error;
    expect(target).to.equal(el);
    expect(detail.message).to.contain('"de"');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('"de"');
    expect(el.shadowRoot!.querySelector('charge-troubleshooter-step')).to.equal(null);
  });
});
