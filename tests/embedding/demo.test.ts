import { expect } from '@open-wc/testing';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { domChange } from '../components/helpers.js';
import { openFrame } from './frame.js';

/**
 * Loads a demo page in an iframe and waits until its widgets have loaded and rendered; errors after
 * load are recorded, and a failed start shows as no widget.
 */
async function loadDemo(path: string): Promise<{ doc: Document; errors: string[] }> {
  const frame = await openFrame(`/demo/${path}`, 'width: 1000px; height: 800px');
  const errors: string[] = [];
  const win = frame.contentWindow!;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const doc = frame.contentDocument!;
  // A launcher entry's widget is not defined until a shopper asks for it.
  const widgets = [...doc.querySelectorAll('charge-troubleshooter')].filter(
    (widget) => !widget.querySelector('charge-troubleshooter-lazy-launcher'),
  );
  if (widgets.length > 0) await win.customElements.whenDefined('charge-troubleshooter');
  for (const widget of widgets) {
    await (widget as ChargeTroubleshooter).updateComplete;
    const shown = widget.shadowRoot!.querySelector(
      'charge-troubleshooter-step, charge-troubleshooter-result, charge-troubleshooter-launcher',
    );
    await (shown as ChargeTroubleshooter | null)?.updateComplete;
  }
  return { doc, errors };
}

/** Widgets showing a step inline, or a launcher's floating button. */
const widgetsShowingAPrompt = (doc: Document) =>
  [...doc.querySelectorAll('charge-troubleshooter')].filter(
    (el) =>
      el.shadowRoot?.querySelector('charge-troubleshooter-step') ||
      el.shadowRoot?.querySelector('charge-troubleshooter-launcher')?.shadowRoot?.querySelector('[part="launcher"]'),
  );

describe('demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('product page: the launcher entry’s button in the corner, the widget for the product on the page on click', async () => {
    const { doc, errors } = await loadDemo('product.html');
    const win = doc.defaultView!;
    const widget = doc.querySelector('charge-troubleshooter') as ChargeTroubleshooter;
    expect(widget.hasAttribute('launcher')).to.equal(true);
    expect(widget.getAttribute('device')).to.equal('shokz-openrun');
    await win.customElements.whenDefined('charge-troubleshooter-lazy-launcher');
    const standIn = widget
      .querySelector('charge-troubleshooter-lazy-launcher')!
      .shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!;
    expect(standIn.textContent!.trim()).to.equal('Charging help');
    const opened = new Promise((resolve) => widget.addEventListener('ct-open', resolve, { once: true }));
    standIn.click();
    await opened;
    expect(widgetsShowingAPrompt(doc)).to.have.length(1);
    const links = [...doc.querySelectorAll('.site-header nav a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['product.html', 'support.html', 'theming.html', 'core-api.html']);
    expect(doc.querySelector('[aria-current="page"]')!.getAttribute('href')).to.equal('product.html');
    expect(errors).to.deep.equal([]);
  });

  it('support page: the widget inline, the shopper picks the product', async () => {
    const { doc, errors } = await loadDemo('support.html');
    const step = doc.querySelector('charge-troubleshooter')!.shadowRoot!.querySelector('charge-troubleshooter-step')!;
    expect((step as unknown as { prompt: { id: string } }).prompt.id).to.equal('device');
    expect(errors).to.deep.equal([]);
  });

  it('theming page: three themed widgets, themed by tokens only', async () => {
    const { doc, errors } = await loadDemo('theming.html');
    expect(widgetsShowingAPrompt(doc)).to.have.length(3);
    const accents = [...doc.querySelectorAll('charge-troubleshooter')].map((el) =>
      getComputedStyle(el).getPropertyValue('--ct-color-accent').trim(),
    );
    expect(new Set(accents).size).to.equal(3);
    const css = await (await fetch('/demo/theming.css')).text();
    const properties = [...css.matchAll(/^\s+(--?[\w-]+):/gm)].map((m) => m[1]!);
    expect(properties.length).to.be.greaterThan(20);
    expect(properties.every((p) => p.startsWith('--ct-'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('core API page: a chat built on the core alone', async () => {
    const { doc, errors } = await loadDemo('core-api.html');
    expect(doc.querySelector('charge-troubleshooter')).to.equal(null);
    // The page draws its chat once it has the knowledge base.
    const chat = doc.querySelector('#chat')!;
    await domChange(chat, () => chat.querySelector('li') !== null);
    expect(chat.querySelector('li')!.textContent).to.contain('Which product won’t charge?');
    doc.querySelector<HTMLButtonElement>('#replies button')!.click();
    expect(doc.querySelectorAll('#chat li')).to.have.length(3);
    expect(errors).to.deep.equal([]);
  });
});
