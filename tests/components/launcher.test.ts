import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChargeTroubleshooter, ChargeTroubleshooterLauncher } from '../../src/index.js';
import { describeFocus, heading, isFocused, settled, widget } from './helpers.js';

/** The widget's launcher element: the floating button and the dialog live in its shadow root. */
function launcherOf(el: ChargeTroubleshooter): ChargeTroubleshooterLauncher {
  const found = el.shadowRoot!.querySelector('charge-troubleshooter-launcher');
  if (!found) throw new Error('no <charge-troubleshooter-launcher> in the widget');
  return found;
}

function parts(el: ChargeTroubleshooter) {
  const root = launcherOf(el).shadowRoot!;
  return {
    launcher: root.querySelector<HTMLButtonElement>('[part="launcher"]')!,
    dialog: root.querySelector<HTMLDialogElement>('dialog')!,
    close: root.querySelector<HTMLButtonElement>('[part="close"]')!,
  };
}

/** Opens the dialog with a click on the floating button, as a shopper would, and waits for the prompt. */
async function open(el: ChargeTroubleshooter): Promise<void> {
  const opened = oneEvent(launcherOf(el), 'open');
  parts(el).launcher.click();
  await opened;
  await settled(el);
}

describe('launcher mode', () => {
  // A modal dialog left open by a failed test would make the rest of the page inert.
  afterEach(() =>
    document
      .querySelectorAll('charge-troubleshooter')
      .forEach((el) => el.shadowRoot?.querySelector('charge-troubleshooter-launcher')?.close()),
  );

  it('shows only a labelled floating button until opened', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog } = parts(el);
    expect(launcher.textContent!.trim()).to.equal('Charging help');
    expect(launcher.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(getComputedStyle(launcher).position).to.equal('fixed');
    expect(dialog.open).to.equal(false);
    expect(launcherOf(el).isOpen).to.equal(false);
    expect(dialog.getBoundingClientRect().height).to.equal(0);
    // The widget's panel, with the current prompt, is what the dialog shows.
    const panel = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(panel.parentElement).to.equal(launcherOf(el));
    expect(panel.assignedSlot?.closest('dialog')).to.equal(dialog);
  });

  it('opens a modal dialog with the current prompt focused, closes on Escape and returns focus', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog } = parts(el);
    launcher.focus();
    const opened = oneEvent(launcherOf(el), 'open');
    await sendKeys({ press: 'Enter' });
    await opened;
    await settled(el);
    expect(dialog.open).to.equal(true);
    expect(launcherOf(el).isOpen).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(launcherOf(el).isOpen).to.equal(false);
    expect(isFocused(launcher), describeFocus()).to.equal(true);
  });

  it('closes with its Close button and returns focus', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog, close } = parts(el);
    await open(el);
    expect(dialog.open).to.equal(true);
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const closed = oneEvent(dialog, 'close');
    close.click();
    await closed;
    expect(dialog.open).to.equal(false);
    expect(isFocused(launcher), describeFocus()).to.equal(true);
  });

  it('opens and closes from script: open(), close(), isOpen', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const launcher = launcherOf(el);
    const opened = oneEvent(launcher, 'open');
    await launcher.open();
    await opened;
    await settled(el);
    expect(launcher.isOpen).to.equal(true);
    expect(parts(el).dialog.matches(':modal')).to.equal(true);
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
    const closed = oneEvent(launcher, 'close');
    launcher.close();
    await closed;
    expect(launcher.isOpen).to.equal(false);
    expect(isFocused(parts(el).launcher), describeFocus()).to.equal(true);
  });

  it('takes its stacking order and position from tokens, with a modest default', async () => {
    const el = await widget(html`<charge-troubleshooter launcher></charge-troubleshooter>`);
    expect(getComputedStyle(parts(el).launcher).zIndex).to.equal('100');
    el.style.setProperty('--ct-z-index', '7');
    el.style.setProperty('--ct-launcher-inset-block-end', '50px');
    expect(getComputedStyle(parts(el).launcher).zIndex).to.equal('7');
    expect(getComputedStyle(parts(el).launcher).bottom).to.equal('50px');
  });

  it('takes the backdrop colour from a token', async () => {
    const el = await widget(html`<charge-troubleshooter launcher style="--ct-color-backdrop: rgb(10, 20, 30)"></charge-troubleshooter>`);
    await open(el);
    expect(getComputedStyle(parts(el).dialog, '::backdrop').backgroundColor).to.equal('rgb(10, 20, 30)');
  });

  it('forwards the launcher’s parts, so the page can style them with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = [
      'charge-troubleshooter::part(launcher) { letter-spacing: 3px }',
      'charge-troubleshooter::part(dialog) { outline: 5px solid rgb(1, 2, 3) }',
      'charge-troubleshooter::part(close) { text-transform: uppercase }',
    ].join('\n');
    document.head.append(style);
    try {
      const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
      const { launcher, dialog, close } = parts(el);
      expect(getComputedStyle(launcher).letterSpacing).to.equal('3px');
      expect(getComputedStyle(dialog).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(close).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});
