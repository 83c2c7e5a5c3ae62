import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ChargeTroubleshooter, ChargeTroubleshooterLauncher } from '../../src/index.js';
import {
  accessibleName,
  choose,
  currentId,
  describeFocus,
  heading,
  isFocused,
  nextEvent,
  OUTCOME_ANSWERS,
  outcomesKnowledgeBase,
  result,
  settled,
  widget,
} from './helpers.js';

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
    header: root.querySelector<HTMLElement>('[part="dialog-header"]')!,
    title: root.querySelector<HTMLElement>('[part="dialog-title"]')!,
    content: root.querySelector<HTMLElement>('.dialog-content')!,
    label: root.querySelector<HTMLElement>('[part="launcher"] .label')!,
  };
}

/** Whether the launcher button shows its label, or the icon alone. */
function showsLabel(el: ChargeTroubleshooter): boolean {
  const { launcher, label } = parts(el);
  return label.getBoundingClientRect().width > 10 && launcher.getBoundingClientRect().width > 80;
}

function within(inner: DOMRect, outer: { top: number; bottom: number; left: number; right: number }): boolean {
  return (
    inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5
  );
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
  afterEach(async () => {
    document
      .querySelectorAll('charge-troubleshooter')
      .forEach((el) => el.shadowRoot?.querySelector('charge-troubleshooter-launcher')?.close());
    await setViewport({ width: 800, height: 600 });
  });

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

  it('on a phone (390 × 844): a full-screen sheet whose header stays in view while the content scrolls', async () => {
    await setViewport({ width: 390, height: 844 });
    // The device picker: more than a phone's screen of answers.
    const el = await widget(html`<charge-troubleshooter launcher></charge-troubleshooter>`);
    await open(el);
    const { dialog, header, title, close, content } = parts(el);
    const screen = { top: 0, left: 0, right: innerWidth, bottom: innerHeight };
    const box = dialog.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height].map(Math.round)).to.deep.equal([0, 0, 390, 844]);
    expect(title.textContent!.trim()).to.equal('Charging troubleshooter');
    expect(header.contains(close)).to.equal(true);
    expect(content.scrollHeight, 'the content is taller than the screen').to.be.above(content.clientHeight);
    content.scrollTop = content.scrollHeight;
    expect(content.scrollTop).to.be.above(0);
    expect(within(close.getBoundingClientRect(), screen), 'Close is still on screen').to.equal(true);
    expect(within(title.getBoundingClientRect(), screen), 'the title is still on screen').to.equal(true);
    expect(Math.round(header.getBoundingClientRect().top)).to.equal(0);
    // The last answer is reachable at the bottom of the sheet.
    const step = el.shadowRoot!.querySelector('charge-troubleshooter-step')!;
    const buttons = step.shadowRoot!.querySelectorAll('button[value]');
    expect(within(buttons[buttons.length - 1]!.getBoundingClientRect(), screen)).to.equal(true);
  });

  it('on a wide screen (1280 × 800): a card narrower than the window, anchored near the top', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
    await open(el);
    const box = parts(el).dialog.getBoundingClientRect();
    expect(box.width).to.be.below(1280 * 0.6);
    expect(box.top, 'near the top').to.be.within(8, 800 * 0.15);
    expect(box.height).to.be.below(800);
    expect(Math.abs(box.left - (1280 - box.right)), 'centred across').to.be.below(2);
    expect(within(parts(el).close.getBoundingClientRect(), box)).to.equal(true);
  });

  for (const [attribute, wide, phone] of [
    ['', true, false],
    ['compact', false, false],
    ['full', true, true],
  ] as const) {
    it(`launcher="${attribute}": ${wide ? 'the label' : 'the icon alone'} on a wide screen, ${phone ? 'the label' : 'the icon alone'} on a phone; named "Charging help" either way`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await widget(html`<charge-troubleshooter launcher=${attribute}></charge-troubleshooter>`);
      expect(showsLabel(el)).to.equal(wide);
      expect(await accessibleName(parts(el).launcher)).to.equal('Charging help');
      await setViewport({ width: 390, height: 844 });
      expect(showsLabel(el)).to.equal(phone);
      expect(await accessibleName(parts(el).launcher)).to.equal('Charging help');
      if (!phone) {
        const box = parts(el).launcher.getBoundingClientRect();
        expect([box.width, box.height].map(Math.round), 'a round 56 px icon button').to.deep.equal([56, 56]);
      }
    });
  }

  it('sits on the start side with --ct-launcher-inset-inline-start, mirrored in right-to-left', async () => {
    await setViewport({ width: 1000, height: 700 });
    const style = '--ct-launcher-inset-inline-start: 30px; --ct-launcher-inset-inline-end: auto';
    const el = await widget(html`<charge-troubleshooter launcher style=${style}></charge-troubleshooter>`);
    expect(Math.round(parts(el).launcher.getBoundingClientRect().left)).to.equal(30);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><charge-troubleshooter launcher style=${style}></charge-troubleshooter></div>`,
    );
    const rtl = wrapper.querySelector('charge-troubleshooter')!;
    await settled(rtl);
    expect(Math.round(innerWidth - parts(rtl).launcher.getBoundingClientRect().right)).to.equal(30);
    // By default it sits on the end side.
    const plain = await widget(html`<charge-troubleshooter launcher></charge-troubleshooter>`);
    expect(Math.round(innerWidth - parts(plain).launcher.getBoundingClientRect().right)).to.equal(24);
  });

  describe('ct-open and ct-close, for the page', () => {
    async function expectEvent(el: ChargeTroubleshooter, name: 'ct-open' | 'ct-close', act: () => unknown): Promise<void> {
      const heard = nextEvent(document, name);
      await act();
      const event = await heard;
      expect(event.target).to.equal(el);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    }

    it('from the button and Escape', async () => {
      const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
      await expectEvent(el, 'ct-open', () => parts(el).launcher.click());
      await settled(el);
      expect(parts(el).dialog.open).to.equal(true);
      await expectEvent(el, 'ct-close', () => sendKeys({ press: 'Escape' }));
      expect(parts(el).dialog.open).to.equal(false);
    });

    it('from the Close button', async () => {
      const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
      await open(el);
      await expectEvent(el, 'ct-close', () => parts(el).close.click());
      expect(parts(el).dialog.open).to.equal(false);
    });

    it('from the widget’s open() and close(), with focus on the prompt, then back on the button', async () => {
      const el = await widget(html`<charge-troubleshooter launcher device="shokz-openrun"></charge-troubleshooter>`);
      await expectEvent(el, 'ct-open', () => el.open());
      await settled(el);
      expect(parts(el).dialog.matches(':modal')).to.equal(true);
      expect(isFocused(heading(el)), describeFocus()).to.equal(true);
      // Opening an open dialog again is nothing new.
      let again = 0;
      const count = () => again++;
      el.addEventListener('ct-open', count);
      await el.open();
      el.removeEventListener('ct-open', count);
      expect(again).to.equal(0);
      await expectEvent(el, 'ct-close', () => el.close());
      expect(parts(el).dialog.open).to.equal(false);
      expect(isFocused(parts(el).launcher), describeFocus()).to.equal(true);
    });
  });

  it('"Done" closes the dialog; opened again, it starts from the first step', async () => {
    const el = await widget(
      html`<charge-troubleshooter launcher device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    await open(el);
    for (const answer of OUTCOME_ANSWERS.resolved) await choose(el, answer);
    const closed = nextEvent(el, 'ct-close');
    result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="done"]')!.click();
    await closed;
    expect(parts(el).dialog.open).to.equal(false);
    expect(isFocused(parts(el).launcher), describeFocus()).to.equal(true);
    await open(el);
    expect(el.shadowRoot!.querySelector('[part="finished"]')).to.equal(null);
    expect(currentId(el)).to.equal('safety');
    expect(isFocused(heading(el)), describeFocus()).to.equal(true);
  });
});
