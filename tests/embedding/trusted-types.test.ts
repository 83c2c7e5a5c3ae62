import { expect } from '@open-wc/testing';
import type { ChargeTroubleshooter, CtErrorDetail } from '../../src/index.js';
import { openFrame } from './frame.js';
import { deepText, settled } from './widget-page.js';

/**
 * A Content-Security-Policy of `trusted-types lit-html` (the README's) allows one policy of that name.
 * A second Lit on the page cannot create it: whichever loads second is refused. The widget's copy then
 * shows the fix, and a second copy of the widget's own bundle leaves the first one working.
 */

type PageWindow = Window &
  typeof globalThis & {
    violations: string[];
    pageErrors: string[];
    ctErrors: (CtErrorDetail & { id: string })[];
    shopPolicy?: unknown;
    trustedTypes: { createPolicy(name: string, rules: object): unknown };
  };

/** What the browser reports when a second "lit-html" policy is refused (and the page's report-uri gets). */
const REFUSED_POLICY = 'trusted-types: trusted-types-policy lit-html';

async function openPage(name: string): Promise<{ win: PageWindow; widget: ChargeTroubleshooter }> {
  const frame = await openFrame(`/tests/embedding/pages/hostile/${name}`, 'width: 390px; height: 844px; border: 0');
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('charge-troubleshooter');
  const widget = win.document.querySelector('charge-troubleshooter') as ChargeTroubleshooter;
  // Until the widget shows its step or its error: the knowledge base loads over the network.
  for (let frame = 0; frame < 600 && !widget.shadowRoot?.querySelector('charge-troubleshooter-step, [part="error"]'); frame++) {
    await settled(widget);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  return { win, widget };
}

/** The browser reports a refused policy in a task of its own: waits, frame by frame, until it has. */
async function violationsOf(win: PageWindow): Promise<string[]> {
  for (let frame = 0; frame < 120 && win.violations.length === 0; frame++) {
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  return win.violations;
}

/** The page's policy factory refuses a second "lit-html" again: the widget left no opening behind. */
function expectFactoryAsThePageSaid(win: PageWindow): void {
  expect(() => win.trustedTypes.createPolicy('lit-html', { createHTML: (html: string) => html })).to.throw();
  expect(Object.hasOwn(win.trustedTypes, 'createPolicy'), 'the factory is the browser’s own again').to.equal(false);
}

describe('Trusted Types with one lit-html policy and two copies of Lit', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('the shop’s own Lit loaded first: the error state says to add allow-duplicates, and a ct-error; nothing thrown, never blank', async () => {
    const { win, widget } = await openPage('trusted-types-shop-lit.html');
    expect(win.shopPolicy, 'the shop’s Lit has its policy').to.not.equal(undefined);
    const error = widget.shadowRoot!.querySelector('[part="error"]');
    expect(error, `error state expected; showing: ${deepText(widget).slice(0, 200)}`).to.not.equal(null);
    expect(error!.getAttribute('role')).to.equal('alert');
    expect(error!.textContent).to.contain("trusted-types lit-html 'allow-duplicates'");
    expect(win.ctErrors.map((e) => e.message).join()).to.contain('allow-duplicates');
    expect(win.ctErrors).to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
    expect(await violationsOf(win), 'only the refused policy: nothing rendered through a string sink').to.deep.equal([REFUSED_POLICY]);
    expectFactoryAsThePageSaid(win);
  });

  for (const [page, order] of [
    ['trusted-types-module-then-classic.html', 'the module, then the classic bundle'],
    ['trusted-types-classic-then-module.html', 'the classic bundle, then the module'],
  ] as const) {
    it(`${order}: the first copy’s widget works, the second adds nothing and throws nothing`, async () => {
      const { win, widget } = await openPage(page);
      expect(deepText(widget)).to.contain('Safety check first');
      expect(widget.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(win.pageErrors).to.deep.equal([]);
      expect(await violationsOf(win), 'only the second copy’s refused policy').to.deep.equal([REFUSED_POLICY]);
      expect(win.ctErrors).to.deep.equal([]);
      expectFactoryAsThePageSaid(win);
    });
  }
});
