import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { choose, OUTCOME_ANSWERS, outcomesKnowledgeBase, result, settled, step, widget } from './helpers.js';

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(31, 31, 31)';
const LIGHT_TEXT = 'rgb(31, 31, 31)';
const DARK_TEXT = 'rgb(227, 227, 227)';

function base(el: ChargeTroubleshooter): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

/** The panel's background and text colours now. */
function colours(el: ChargeTroubleshooter): [string, string] {
  const style = getComputedStyle(base(el));
  return [style.backgroundColor, style.color];
}

/** A CSS colour as the browser computes it, to compare with what the widget computes. */
function computed(colour: string): string {
  const probe = document.createElement('div');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const gizmo = () => html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`;

describe('colour scheme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a page that has not opted into dark, even when the shopper’s system prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const el = await widget(gizmo());
    expect(colours(el)).to.deep.equal([LIGHT_SURFACE, LIGHT_TEXT]);
  });

  it('color-scheme="dark" is dark and color-scheme="light" is light, whatever the system and the page', async () => {
    for (const system of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: system });
      for (const page of ['', 'light dark', 'dark']) {
        document.documentElement.style.colorScheme = page;
        const dark = await widget(
          html`<charge-troubleshooter color-scheme="dark" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
        );
        const light = await widget(
          html`<charge-troubleshooter color-scheme="light" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
        );
        expect(colours(dark), `system ${system}, page "${page}"`).to.deep.equal([DARK_SURFACE, DARK_TEXT]);
        expect(colours(light), `system ${system}, page "${page}"`).to.deep.equal([LIGHT_SURFACE, LIGHT_TEXT]);
      }
    }
  });

  it('color-scheme="auto" follows the system setting, live', async () => {
    const el = await widget(
      html`<charge-troubleshooter color-scheme="auto" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    expect(colours(el)).to.deep.equal([LIGHT_SURFACE, LIGHT_TEXT]);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(el)).to.deep.equal([DARK_SURFACE, DARK_TEXT]);
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(el)).to.deep.equal([LIGHT_SURFACE, LIGHT_TEXT]);
  });

  it('follows the system on a page with :root { color-scheme: light dark }, and a page that is dark', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const el = await widget(gizmo());
    expect(colours(el)).to.deep.equal([LIGHT_SURFACE, LIGHT_TEXT]);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(el)).to.deep.equal([DARK_SURFACE, DARK_TEXT]);
    document.documentElement.style.colorScheme = 'dark';
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(el)).to.deep.equal([DARK_SURFACE, DARK_TEXT]);
  });

  it('follows the colour scheme of the part of the page it sits in', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: light dark"><charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter></div>`,
    );
    const el = wrapper.querySelector('charge-troubleshooter')!;
    await settled(el);
    expect(colours(el)).to.deep.equal([DARK_SURFACE, DARK_TEXT]);
  });

  it('in the launcher’s dialog too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widget(
      html`<charge-troubleshooter launcher color-scheme="dark" device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    const launcher = el.shadowRoot!.querySelector('charge-troubleshooter-launcher')!;
    await launcher.open();
    try {
      expect(getComputedStyle(launcher.shadowRoot!.querySelector('dialog')!).backgroundColor).to.equal(DARK_SURFACE);
      expect(getComputedStyle(launcher.shadowRoot!.querySelector('[part="launcher"]')!).backgroundColor).to.equal('rgb(168, 199, 250)');
    } finally {
      launcher.close();
    }
  });

  it('derives muted text, borders, danger, on-danger, danger surface and success from a theme’s text and surface', async () => {
    const text = 'rgb(10, 40, 90)';
    const surface = 'rgb(250, 245, 230)';
    const style = `--ct-color-text: ${text}; --ct-color-surface: ${surface}`;
    const danger = `color-mix(in srgb, #d93025 65%, ${text})`;
    const expected = {
      muted: computed(`color-mix(in srgb, ${text} 75%, ${surface})`),
      border: computed(`color-mix(in srgb, ${text} 55%, ${surface})`),
      danger: computed(danger),
      onDanger: computed(surface),
      dangerSurface: computed(`color-mix(in srgb, ${danger} 10%, ${surface})`),
      success: computed(`color-mix(in srgb, #1e8e3e 60%, ${text})`),
    };
    // Mixed, so none of them is simply the text or the surface colour.
    expect(new Set(Object.values(expected)).size).to.equal(6);

    const el = await widget(
      html`<charge-troubleshooter style=${style} device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
    );
    const root = step(el).shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part="progress"]')!).color, 'muted').to.equal(expected.muted);
    expect(getComputedStyle(root.querySelector('button[value]')!).borderTopColor, 'border').to.equal(expected.border);

    await choose(el, 'danger');
    const stop = result(el).shadowRoot!;
    const panel = getComputedStyle(stop.querySelector('[part="result"]')!);
    expect(panel.borderTopColor, 'danger').to.equal(expected.danger);
    expect(panel.backgroundColor, 'danger surface').to.equal(expected.dangerSurface);
    expect(getComputedStyle(stop.querySelector('.badge')!).color, 'on danger').to.equal(expected.onDanger);
    expect(getComputedStyle(stop.querySelector('.badge')!).backgroundColor, 'danger').to.equal(expected.danger);

    el.restart();
    await settled(el);
    for (const answer of OUTCOME_ANSWERS.resolved) await choose(el, answer);
    expect(getComputedStyle(result(el).shadowRoot!.querySelector('h2')!, '::before').color, 'success').to.equal(expected.success);
  });

  it('takes a theme’s own muted text, border and danger colours over the derived ones', async () => {
    const el = await widget(html`<charge-troubleshooter
      style="--ct-color-text-muted: rgb(1, 2, 3); --ct-color-border: rgb(4, 5, 6); --ct-color-danger: rgb(7, 8, 9); --ct-color-danger-surface: rgb(250, 240, 240)"
      device="gizmo"
      .knowledgeBase=${outcomesKnowledgeBase()}
    ></charge-troubleshooter>`);
    const root = step(el).shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part="progress"]')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('button[value]')!).borderTopColor).to.equal('rgb(4, 5, 6)');
    await choose(el, 'danger');
    const panel = getComputedStyle(result(el).shadowRoot!.querySelector('[part="result"]')!);
    expect([panel.borderTopColor, panel.backgroundColor]).to.deep.equal(['rgb(7, 8, 9)', 'rgb(250, 240, 240)']);
  });
});
