import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ChargeTroubleshooter } from '../../src/index.js';
import {
  choose,
  currentId,
  finishTransitions,
  loadAxe,
  OUTCOME_ANSWERS,
  outcomesKnowledgeBase,
  result,
  settled,
  step,
  widget,
} from './helpers.js';

// Every demo theme and the default, in light and in dark, in every state a shopper can meet: axe-core's
// colour-contrast rule (WCAG AA) finds nothing, and leaves nothing it could not decide.

const THEMES = ['', 'fjord', 'volt', 'petal'] as const;
const SCHEMES = ['light', 'dark'] as const;

/** axe-core's colour-contrast rule over the widget, shadow roots included: what fails and what it could not tell. */
async function contrast(el: Element): Promise<{ violations: string[]; incomplete: string[] }> {
  const axe = await loadAxe();
  const results = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'incomplete'] });
  const describe = (nodes: { html: string; failureSummary?: string | undefined; any: { message: string }[] }[]) =>
    nodes.map((node) => `${node.html.slice(0, 120)}: ${node.failureSummary ?? node.any.map((check) => check.message).join('; ')}`);
  return {
    violations: results.violations.flatMap((rule) => describe(rule.nodes)),
    incomplete: results.incomplete.flatMap((rule) => describe(rule.nodes)),
  };
}

async function expectReadable(el: Element): Promise<void> {
  // Everything a shopper can open is open: the "Why this result?" details.
  for (const shown of [el, ...el.shadowRoot!.querySelectorAll('charge-troubleshooter-result')]) {
    shown.shadowRoot?.querySelectorAll('details').forEach((details) => {
      details.open = true;
    });
  }
  // The colours once the 120 ms fades are over (the primary answer's fade is a bug of its own, tested apart).
  finishTransitions(el);
  const { violations, incomplete } = await contrast(el);
  expect(violations, violations.join('\n')).to.deep.equal([]);
  expect(incomplete, incomplete.join('\n')).to.deep.equal([]);
}

/** With the shop's contacts, a returns page and an accessory: every kind of button and link a result can show. */
function themed(theme: string): TemplateResult {
  return html`<charge-troubleshooter
    class=${theme}
    device="gizmo"
    region="EU"
    support-email="help@shop.example"
    support-phone="+44 20 7946 0000"
    support-url="https://shop.example/help"
    return-url="https://shop.example/returns"
    accessories=${JSON.stringify({ dirt: { label: 'Cleaning kits', href: 'https://shop.example/cleaning' } })}
    .knowledgeBase=${outcomesKnowledgeBase()}
  ></charge-troubleshooter>`;
}

describe('colour contrast in every theme, scheme and state', () => {
  let sheet: CSSStyleSheet;

  before(async () => {
    // The demo's brand themes, exactly as the demo page loads them.
    sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/demo/theming.css')).text());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // A page that has opted into both schemes: the widget follows the emulated preference.
    document.documentElement.style.colorScheme = 'light dark';
    // Tall enough that every state is on screen, where axe can see what is behind each text.
    await setViewport({ width: 800, height: 3000 });
  });

  after(async () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('the check sees inside the shadow roots, and catches a theme that is not readable', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await widget(themed(''));
    for (const answer of OUTCOME_ANSWERS['safety-stop']) await choose(el, answer);
    const axe = await loadAxe();
    const checked = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['passes'] });
    const passed = checked.passes.flatMap((rule) => rule.nodes).map((node) => node.html);
    expect(passed.length, 'text nodes checked').to.be.above(10);
    expect(
      passed.some((html) => html.includes('part="steps"') || html.startsWith('<li')),
      passed.join('\n'),
    ).to.equal(true);
    el.style.setProperty('--ct-color-text', '#8a8a8a');
    el.style.setProperty('--ct-color-surface', '#9a9a9a');
    expect((await contrast(el)).violations.length).to.be.above(0);
  });

  it('loads the demo themes (a theme changes the widget’s colours)', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const plain = await widget(themed(''));
    const volt = await widget(themed('volt'));
    const surface = (el: ChargeTroubleshooter) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    expect(surface(plain)).to.equal('rgb(255, 255, 255)');
    expect(surface(volt)).to.equal('rgb(20, 20, 20)');
  });

  for (const scheme of SCHEMES) {
    for (const theme of THEMES) {
      describe(`${theme || 'default'}, ${scheme}`, () => {
        beforeEach(() => emulateMedia({ colorScheme: scheme }));

        it('follows the scheme', async () => {
          const el = await widget(themed(theme));
          const surface = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
          const [r, g, b] = surface.match(/\d+/g)!.map(Number) as [number, number, number];
          const light = r + g + b > 3 * 128;
          // Volt is a dark brand in either scheme.
          expect(light, surface).to.equal(scheme === 'light' && theme !== 'volt');
        });

        for (const outcome of Object.keys(OUTCOME_ANSWERS) as (keyof typeof OUTCOME_ANSWERS)[]) {
          it(`the ${outcome} result`, async () => {
            const el = await widget(themed(theme));
            for (const answer of OUTCOME_ANSWERS[outcome]) await choose(el, answer);
            expect(currentId(el)).to.equal(outcome);
            await expectReadable(el);
            // And with the summary shown because the browser blocked copying.
            const original = navigator.clipboard.writeText;
            navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
            try {
              const shown = result(el);
              const selected = oneEvent(shown.shadowRoot!, 'select');
              shown.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
              await selected;
              expect(shown.shadowRoot!.querySelector('[part="summary"]')).to.exist;
            } finally {
              navigator.clipboard.writeText = original;
            }
            await expectReadable(el);
          });
        }

        it('the device picker', async () => {
          const el = await widget(html`<charge-troubleshooter class=${theme}></charge-troubleshooter>`);
          expect(currentId(el)).to.equal('device');
          await expectReadable(el);
        });

        it('a waiting action, before and while its timer runs, with Back and Start over', async () => {
          const el = await widget(themed(theme));
          await choose(el, 'none');
          await choose(el, 'not-fixed');
          expect(currentId(el)).to.equal('wait');
          await expectReadable(el);
          step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-start"]')!.click();
          await settled(el);
          expect(step(el).shadowRoot!.querySelector('[role="timer"]')).to.exist;
          await expectReadable(el);
        });

        it('the welcome-back and the finished screens', async () => {
          localStorage.clear();
          try {
            const persisted = () =>
              html`<charge-troubleshooter persist class=${theme} device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`;
            const first = await widget(persisted());
            await choose(first, 'none');
            first.remove();
            const el = await widget(persisted());
            expect(el.shadowRoot!.querySelector('[part="welcome"]')).to.exist;
            await expectReadable(el);
            el.shadowRoot!.querySelector<HTMLButtonElement>('[part="welcome"] button')!.click();
            await settled(el);
            await choose(el, 'fixed');
            result(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="done"]')!.click();
            await settled(el);
            expect(el.shadowRoot!.querySelector('[part="finished"]')).to.exist;
            await expectReadable(el);
          } finally {
            localStorage.clear();
          }
        });

        it('the launcher button, and its dialog open', async () => {
          const el = await widget(
            html`<charge-troubleshooter launcher="full" class=${theme} device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`,
          );
          await expectReadable(el);
          const launcher = el.shadowRoot!.querySelector('charge-troubleshooter-launcher')!;
          await launcher.open();
          try {
            await settled(el);
            expect(launcher.isOpen).to.equal(true);
            await expectReadable(el);
          } finally {
            launcher.close();
          }
        });

        it('the error state', async () => {
          const el = await widget(
            html`<charge-troubleshooter class=${theme} .knowledgeBase=${{ schemaVersion: 2 }}></charge-troubleshooter>`,
          );
          expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
          await expectReadable(el);
        });
      });
    }
  }
});
