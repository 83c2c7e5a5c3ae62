import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { describeFocus, heading, isFocused, settled, widget } from './helpers.js';

function parts(el: ChargeTroubleshooter) {
  const root = el.shadowRoot!;
  return {
    launcher: root.querySelector<HTMLButtonElement>('[part="launcher"]')!,
    dialog: root.querySelector<HTMLDialogElement>('dialog')!,
    close: root.querySelector<HTMLButtonElement>('[part="close"]')!,
  };
}

describe('launcher mode', () => {
  // A modal dialog left open by a failed test would make the rest of the page inert.
  afterEach(() => document.querySelectorAll('charge-troubleshooter').forEach((el) => el.shadowRoot?.querySelector('dialog')?.close()));

  it('shows only a labelled floating button until opened', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog } = parts(el);
    expect(launcher.textContent!.trim()).to.equal('Charging help');
    expect(launcher.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(getComputedStyle(launcher).position).to.equal('fixed');
    expect(dialog.open).to.equal(false);
    expect(dialog.getBoundingClientRect().height).to.equal(0);
  });

  it('opens a modal dialog with the current prompt focused, closes on Escape and returns focus', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog } = parts(el);
    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(isFocused(launcher), describeFocus()).to.equal(true);
  });

  it('closes with its Close button and returns focus', async () => {
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    const { launcher, dialog, close } = parts(el);
    launcher.click();
    await settled(el);
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const closed = oneEvent(dialog, 'close');
    close.click();
    await closed;
    expect(dialog.open).to.equal(false);
    expect(isFocused(launcher), describeFocus()).to.equal(true);
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
    parts(el).launcher.click();
    await settled(el);
    expect(getComputedStyle(parts(el).dialog, '::backdrop').backgroundColor).to.equal('rgb(10, 20, 30)');
  });
});
