import { expect } from '@open-wc/testing';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { fetchedPaths, openFrame } from './frame.js';

type PageWindow = Window &
  typeof globalThis & { violations: string[]; pageErrors: string[]; widgetErrors: { id: string; message: string }[] };

/** Loads a test page in an iframe on 127.0.0.1 and waits until its widgets are done loading. */
async function loadPage(path: string): Promise<{ win: PageWindow; doc: Document }> {
  const frame = await openFrame(`/tests/embedding/pages/${path}`, 'width: 600px; height: 900px');
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('charge-troubleshooter');
  for (const widget of win.document.querySelectorAll<ChargeTroubleshooter>('charge-troubleshooter')) {
    await widget.updateComplete;
    await (widget.shadowRoot!.querySelector('charge-troubleshooter-step') as ChargeTroubleshooter | null)?.updateComplete;
  }
  return { win, doc: win.document };
}

describe('a one-language classic-script bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('speaks its language, and shows the error state for a language it does not carry', async () => {
    const { win, doc } = await loadPage('german-iife.html');

    const german = doc.getElementById('german')!;
    expect(german.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de');
    const step = german.shadowRoot!.querySelector('charge-troubleshooter-step')!;
    expect(step.shadowRoot!.querySelector('h2')!.textContent).to.contain('Zuerst eine Sicherheitsprüfung');

    const french = doc.getElementById('french')!;
    expect(french.shadowRoot!.querySelector('charge-troubleshooter-step') === null, 'French shows no step').to.equal(true);
    const box = french.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('"fr"').and.contain('charge-troubleshooter.fr.iife.js');
    expect(win.widgetErrors.map(({ id }) => id)).to.deep.equal(['french']);
    expect(win.widgetErrors[0]!.message).to.contain('charge-troubleshooter.fr.iife.js');

    // The words came in the one script: no language chunk was fetched; the built-in knowledge base's
    // German is beside it, fetched for the language spoken only.
    const requests = fetchedPaths(win);
    expect(requests.sort()).to.deep.equal([
      '/dist/cdn/charge-troubleshooter.de.iife.js',
      '/dist/cdn/knowledge-base.json',
      '/dist/cdn/translations/de.json',
      '/tests/embedding/pages/record-violations.js',
      '/tests/embedding/pages/record-widget-errors.js',
    ]);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
