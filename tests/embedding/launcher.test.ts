import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChargeTroubleshooter, ChargeTroubleshooterLauncher, CtErrorDetail } from '../../src/index.js';
import { openFrame } from './frame.js';

/**
 * The launcher entry (dist/cdn/charge-troubleshooter-launcher.js) on product pages (pages/launcher/, a
 * strict CSP with Trusted Types): a button that looks like the widget's own, nothing else until the
 * shopper shows intent, the whole widget on click. The recorder notes page errors, CSP violations
 * and `ct-error`s.
 */

type PageWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[]; ctErrors: (CtErrorDetail & { id: string })[] };

const PAGES = '/tests/embedding/pages/launcher/';
const frames: HTMLIFrameElement[] = [];

async function openPage(name: string): Promise<PageWindow> {
  const frame = await openFrame(PAGES + name, 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0');
  frames.push(frame);
  return frame.contentWindow as PageWindow;
}

const host = (win: PageWindow) => win.document.getElementById('shop') as ChargeTroubleshooter;

/** The lazy launcher's button, once its element has drawn it. */
async function standInButton(win: PageWindow): Promise<HTMLButtonElement> {
  await win.customElements.whenDefined('charge-troubleshooter-lazy-launcher');
  const button = host(win).querySelector('charge-troubleshooter-lazy-launcher')?.shadowRoot?.querySelector('button');
  if (!button) throw new Error('no lazy launcher button');
  return button;
}

/** The widget's own launcher button (the whole widget running). */
async function widgetButton(win: PageWindow): Promise<HTMLButtonElement> {
  await win.customElements.whenDefined('charge-troubleshooter');
  await host(win).updateComplete;
  const launcher = host(win).shadowRoot!.querySelector('charge-troubleshooter-launcher') as ChargeTroubleshooterLauncher;
  await launcher.updateComplete;
  return launcher.shadowRoot!.querySelector('button.launcher') as HTMLButtonElement;
}

const fetched = (win: PageWindow) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** After the browser has been idle in the page: what an idle prefetch would have started by then. */
const idle = (win: PageWindow) => new Promise((resolve) => win.requestIdleCallback(() => win.requestIdleCallback(resolve)));

/** Resolves when a `<link>` for `file` is in the page's head and has loaded. */
function linkLoaded(win: PageWindow, file: string): Promise<HTMLLinkElement> {
  const find = () => [...win.document.head.querySelectorAll('link')].find((link) => link.href.endsWith(file));
  return new Promise((resolve, reject) => {
    const wait = (link: HTMLLinkElement) => {
      if (win.performance.getEntriesByName(link.href).length > 0) resolve(link);
      else {
        link.addEventListener('load', () => resolve(link), { once: true });
        link.addEventListener('error', () => reject(new Error(`${file} failed`)), { once: true });
      }
    };
    const link = find();
    if (link) return wait(link);
    const watcher = new MutationObserver(() => {
      const added = find();
      if (added) {
        watcher.disconnect();
        wait(added);
      }
    });
    watcher.observe(win.document.head, { childList: true });
  });
}

function cleanPage(win: PageWindow): void {
  expect(win.pageErrors, 'page errors').to.deep.equal([]);
  expect(win.violations, 'CSP violations').to.deep.equal([]);
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('the launcher entry', () => {
  it('is all a product page runs until the shopper shows intent', async () => {
    const win = await openPage('product.html');
    const button = await standInButton(win);
    await idle(win);
    expect(button.textContent?.trim()).to.equal('Charging help');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getBoundingClientRect().width).to.be.greaterThan(40);
    const files = fetched(win);
    expect(files).to.include('/dist/cdn/charge-troubleshooter-launcher.js');
    expect(files.filter((file) => file.includes('charge-troubleshooter.js') || file.endsWith('.json'))).to.deep.equal([]);
    expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
    cleanPage(win);
  });

  for (const [lazyPage, eagerPage, look] of [
    ['product.html', 'eager.html', 'light, at its automatic size'],
    ['german.html', 'eager-german.html', 'dark, compact, in German'],
  ] as const) {
    it(`looks like the widget's own button, so the swap cannot be seen (${look})`, async () => {
      const lazy = await standInButton(await openPage(lazyPage));
      const eager = await widgetButton(await openPage(eagerPage));
      const looks = (button: HTMLButtonElement) => {
        const style = getComputedStyle(button);
        const { x, y, width, height } = button.getBoundingClientRect();
        return {
          box: [x, y, width, height].map(Math.round),
          colours: [style.color, style.backgroundColor, style.borderColor, style.boxShadow],
          shape: [style.borderRadius, style.fontFamily, style.fontSize, style.fontWeight],
          name: button.textContent?.trim(),
        };
      };
      expect(looks(lazy)).to.deep.equal(looks(eager));
    });
  }

  it('downloads the widget and its knowledge base when pointed at, without running it', async () => {
    const win = await openPage('product.html');
    const button = await standInButton(win);
    button.dispatchEvent(new PointerEvent('pointerenter'));
    const module = await linkLoaded(win, '/dist/cdn/charge-troubleshooter.js');
    expect(module.rel).to.equal('modulepreload');
    expect((await linkLoaded(win, '/dist/cdn/knowledge-base.json')).rel).to.equal('preload');
    expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
    cleanPage(win);
  });

  it('prefetches at low priority once the page is idle, unless prefetch="none"', async () => {
    const win = await openPage('prefetch.html');
    const module = await linkLoaded(win, '/dist/cdn/charge-troubleshooter.js');
    expect(module.fetchPriority).to.equal('low');
    expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
    cleanPage(win);
  });

  it('opens the whole widget at its first step on click, and goes', async () => {
    const win = await openPage('product.html');
    const button = await standInButton(win);
    const opened = new Promise((resolve) => host(win).addEventListener('ct-open', resolve, { once: true }));
    button.click();
    await opened;
    const widget = host(win);
    const launcher = widget.shadowRoot!.querySelector('charge-troubleshooter-launcher') as ChargeTroubleshooterLauncher;
    expect(launcher.isOpen).to.equal(true);
    const step = widget.shadowRoot!.querySelector('charge-troubleshooter-step') as HTMLElement & { prompt: { id: string } };
    expect(step.prompt.id).to.equal('safety');
    expect(widget.querySelector('charge-troubleshooter-lazy-launcher')).to.equal(null);
    // Closing gives focus to the widget's own button, where the stand-in was.
    const closed = new Promise((resolve) => widget.addEventListener('ct-close', resolve, { once: true }));
    widget.close();
    await closed;
    expect(launcher.shadowRoot!.activeElement).to.equal(await widgetButton(win));
    cleanPage(win);
  });

  it('opens from the keyboard', async () => {
    const win = await openPage('product.html');
    const button = await standInButton(win);
    const opened = new Promise((resolve) => host(win).addEventListener('ct-open', resolve, { once: true }));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await opened;
    cleanPage(win);
  });

  it('speaks the widget’s language', async () => {
    const button = await standInButton(await openPage('german.html'));
    expect(button.textContent?.trim()).to.equal('Hilfe bei Ladeproblemen');
  });

  it('loads an inline widget at once: it is on screen from the start', async () => {
    const win = await openPage('inline.html');
    await win.customElements.whenDefined('charge-troubleshooter');
    await host(win).updateComplete;
    expect(host(win).shadowRoot!.querySelector('charge-troubleshooter-step')).to.not.equal(null);
    expect(host(win).querySelector('charge-troubleshooter-lazy-launcher')).to.equal(null);
    cleanPage(win);
  });

  it('reports a widget it cannot download as a ct-error, keeps the button and throws nothing at the page', async () => {
    const win = await openPage('broken.html');
    const button = await standInButton(win);
    const failed = new Promise<CustomEvent<CtErrorDetail>>((resolve) =>
      host(win).addEventListener('ct-error', (event) => resolve(event as CustomEvent<CtErrorDetail>), { once: true }),
    );
    button.click();
    expect((await failed).detail.message).to.match(/^Cannot load the troubleshooter: /);
    expect(button.isConnected).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal(null);
    expect(win.pageErrors).to.deep.equal([]);
  });
});

/** The widget's dialog, once the whole widget runs: whether it is open, and the step it shows. */
async function dialogState(win: PageWindow): Promise<{ open: boolean; step: string | undefined }> {
  await win.customElements.whenDefined('charge-troubleshooter');
  const widget = host(win);
  await widget.updateComplete;
  const launcher = widget.shadowRoot!.querySelector('charge-troubleshooter-launcher') as ChargeTroubleshooterLauncher;
  await launcher.updateComplete;
  const step = widget.shadowRoot!.querySelector('charge-troubleshooter-step') as (HTMLElement & { prompt?: { id: string } }) | null;
  return { open: launcher.isOpen, step: step?.prompt?.id };
}

const countOpens = (win: PageWindow) => {
  const opens = { count: 0 };
  host(win).addEventListener('ct-open', () => opens.count++);
  return opens;
};

/** What runs before a shopper shows intent: the entry and its stand-in, not the widget. */
async function beforeIntent(win: PageWindow): Promise<void> {
  await standInButton(win);
  expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
  expect(fetched(win).filter((file) => file.endsWith('/charge-troubleshooter.js'))).to.deep.equal([]);
}

describe('the launcher entry is the whole element from the start', () => {
  it('opens at its first step from the shop’s own link, clicked before the widget has loaded', async () => {
    const win = await openPage('own-link.html');
    await beforeIntent(win);
    const opened = new Promise((resolve) => host(win).addEventListener('ct-open', resolve, { once: true }));
    (win.document.getElementById('own-link') as HTMLAnchorElement).click();
    await opened;
    expect(await dialogState(win)).to.deep.equal({ open: true, step: 'safety' });
    expect(win.location.pathname).to.equal(`${PAGES}own-link.html`);
    expect(host(win).querySelector('charge-troubleshooter-lazy-launcher')).to.equal(null);
    cleanPage(win);
  });

  it('open() loads the widget and settles once the dialog is open', async () => {
    const win = await openPage('product.html');
    await beforeIntent(win);
    await host(win).open();
    const launcher = host(win).shadowRoot!.querySelector('charge-troubleshooter-launcher') as ChargeTroubleshooterLauncher;
    expect(launcher.isOpen).to.equal(true);
    // The widget's own methods now: nothing of the stand-in's is left on the element.
    expect(Object.hasOwn(host(win), 'open') || Object.hasOwn(host(win), 'close')).to.equal(false);
    cleanPage(win);
  });

  it('open() called twice quickly opens once', async () => {
    const win = await openPage('product.html');
    await beforeIntent(win);
    const opens = countOpens(win);
    await Promise.all([host(win).open(), host(win).open()]);
    await host(win).open();
    expect(await dialogState(win)).to.deep.equal({ open: true, step: 'safety' });
    expect(opens.count).to.equal(1);
    cleanPage(win);
  });

  it('close() before the widget has loaded cancels a pending open() and leaves it closed', async () => {
    const win = await openPage('product.html');
    await beforeIntent(win);
    const opens = countOpens(win);
    const opening = host(win).open();
    host(win).close();
    await opening;
    expect((await dialogState(win)).open).to.equal(false);
    expect(opens.count).to.equal(0);
    // And open() still works afterwards.
    await host(win).open();
    expect((await dialogState(win)).open).to.equal(true);
    cleanPage(win);
  });

  it('close() on its own before the widget has loaded is a no-op: nothing downloads, nothing throws', async () => {
    const win = await openPage('product.html');
    await beforeIntent(win);
    host(win).close();
    await idle(win);
    expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
    cleanPage(win);
  });

  it('keeps the properties a page set before the widget ran, and its stand-in follows them', async () => {
    const win = await openPage('properties.html');
    const button = await standInButton(win);
    expect(button.textContent?.trim()).to.equal('Hilfe bei Ladeproblemen');
    expect(host(win).querySelector('charge-troubleshooter-lazy-launcher')!.getAttribute('size')).to.equal('full');
    expect(win.customElements.get('charge-troubleshooter')).to.equal(undefined);
    await host(win).open();
    const widget = host(win);
    expect([widget.launcher, widget.locale, widget.returnUrl]).to.deep.equal(['full', 'de', '/returns']);
    // Through the widget's own accessors (the attributes reflect), not shadowed by the page's values.
    expect([widget.getAttribute('launcher'), widget.getAttribute('locale')]).to.deep.equal(['full', 'de']);
    expect(await dialogState(win)).to.deep.equal({ open: true, step: 'safety' });
    expect(widget.shadowRoot!.querySelector('charge-troubleshooter-launcher')!.getAttribute('lang')).to.equal('de');
    cleanPage(win);
  });

  it('reports a widget open() cannot download as a ct-error, and neither throws nor rejects on the page', async () => {
    const win = await openPage('broken.html');
    const button = await standInButton(win);
    const failed = new Promise((resolve) => host(win).addEventListener('ct-error', resolve, { once: true }));
    await host(win).open();
    await failed;
    expect(button.isConnected).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal(null);
    expect(win.pageErrors).to.deep.equal([]);
  });
});

describe('what the whole widget downloads', () => {
  const validatorChunks = (win: PageWindow) => fetched(win).filter((file) => /\/charge-troubleshooter-validate-[\w-]+\.js$/.test(file));

  it('does not download the validator for the built-in knowledge base', async () => {
    const win = await openPage('inline.html');
    await win.customElements.whenDefined('charge-troubleshooter');
    await host(win).updateComplete;
    expect(host(win).shadowRoot!.querySelector('charge-troubleshooter-step')).to.not.equal(null);
    expect(fetched(win)).to.include('/dist/cdn/knowledge-base.json');
    expect(validatorChunks(win)).to.deep.equal([]);
    cleanPage(win);
  });

  it('downloads it for a retailer’s knowledge base, and reports that one’s problems as before', async () => {
    const win = await openPage('custom.html');
    await win.customElements.whenDefined('charge-troubleshooter');
    await host(win).updateComplete;
    const broken = win.document.getElementById('broken') as ChargeTroubleshooter;
    await broken.updateComplete;
    expect(host(win).shadowRoot!.querySelector('charge-troubleshooter-step')).to.not.equal(null);
    expect(validatorChunks(win)).to.have.length(1);
    expect(win.ctErrors.map((error) => [error.id, error.problems?.[0]?.path])).to.deep.equal([['broken', 'schemaVersion']]);
    cleanPage(win);
  });
});
