import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { choose, currentId, finishTransitions, loadAxe, outcomesKnowledgeBase, result, step, widget } from './helpers.js';

// A retailer gives one colour, `--ct-color-accent`, and nothing else: whatever it is, in light and in
// dark, text on accent buttons reads at 4.5:1, and the accent as a fill, border or focus ring stands at
// 3:1 and as text at 4.5:1 against the surface. Measured on the rendered widget, then checked by axe.

const BRANDS = [
  '#ffd400', // yellow
  '#f5f5f5', // white-ish
  '#6b3e26', // brown
  '#111111', // black
  '#777777', // mid grey
  '#ff0000', // pure red
  '#00ff00', // lime
  '#000080', // navy
  '#ff69b4', // pink
  '#008080', // teal
  '#0000ff', // pure blue
  '#ff9900', // orange
  '#800080', // purple
  '#00ffff', // cyan
  '#ff00ff', // magenta
  '#ffffff', // white
  '#000000', // black
  '#c8102e', // a retail red
  '#1db954', // a music green
  '#0071ce', // a retail blue
  '#ffc220', // a retail yellow
  '#7fba00', // leaf green
  '#f7e7ce', // champagne
  '#4b0082', // indigo
  '#808000', // olive
  '#40e0d0', // turquoise
  '#2277d3', // royal blue: mid-tone, where black and white both come close
  '#ff6f61', // coral
  '#8a8a8a', // the grey where white and black text contrast alike
  'oklch(0.75 0.18 145)', // a brand given in oklch
] as const;

const SCHEMES = ['light', 'dark'] as const;

/** WCAG relative luminance of any CSS colour, as the browser paints it in sRGB. */
function luminance(colour: string): number {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Each pair below its minimum, named: `what: 1.51 < 4.5 (fg on bg)`. */
type Check = { what: string; fg: string; bg: string; min: number };
function failures(checks: Check[]): string[] {
  return checks
    .map((check) => ({ ...check, ratio: contrast(check.fg, check.bg) }))
    .filter((check) => check.ratio < check.min)
    .map((check) => `${check.what}: ${check.ratio.toFixed(2)} < ${check.min} (${check.fg} on ${check.bg})`);
}

function style(element: Element): CSSStyleDeclaration {
  return getComputedStyle(element);
}

/** The accent as a fill, its text, its border and its focus ring, for one primary button or link. */
function primaryChecks(name: string, primary: HTMLElement, surface: string): Check[] {
  primary.focus();
  expect(primary.matches(':focus-visible'), `${name} shows its focus ring`).to.equal(true);
  const checks = [
    { what: `${name}: text on the accent`, fg: style(primary).color, bg: style(primary).backgroundColor, min: 4.5 },
    { what: `${name}: accent fill against the surface`, fg: style(primary).backgroundColor, bg: surface, min: 3 },
    { what: `${name}: accent border against the surface`, fg: style(primary).borderTopColor, bg: surface, min: 3 },
    { what: `${name}: focus ring against the surface`, fg: style(primary).outlineColor, bg: surface, min: 3 },
  ];
  primary.blur();
  return checks;
}

function brandWidget(brand: string): Promise<ChargeTroubleshooter> {
  return widget(html`<charge-troubleshooter
    device="gizmo"
    region="EU"
    return-url="https://shop.example/returns"
    support-url="https://shop.example/help"
    .knowledgeBase=${outcomesKnowledgeBase()}
    style=${`--ct-color-accent: ${brand}`}
  ></charge-troubleshooter>`);
}

describe('one brand colour, readable in light and dark', () => {
  before(async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await setViewport({ width: 800, height: 2000 });
  });

  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('the check measures: white on yellow fails it', () => {
    expect(contrast('#ffffff', '#ffd400')).to.be.within(1.42, 1.44);
    expect(failures([{ what: 'white on yellow', fg: '#ffffff', bg: '#ffd400', min: 4.5 }])).to.have.length(1);
    expect(contrast('#000000', '#ffffff')).to.equal(21);
  });

  it('an explicit on-accent colour still wins', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}
      style="--ct-color-accent: #ffd400; --ct-color-on-accent: rgb(1, 2, 3)"></charge-troubleshooter>`);
    await choose(el, 'none');
    finishTransitions(el);
    expect(style(step(el).shadowRoot!.querySelector('button.primary')!).color).to.equal('rgb(1, 2, 3)');
  });

  for (const scheme of SCHEMES) {
    describe(scheme, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));

      for (const brand of BRANDS) {
        it(`${brand}: a step and a result`, async () => {
          const el = await brandWidget(brand);
          const surface = style(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

          await choose(el, 'none');
          finishTransitions(el);
          const stepRoot = step(el).shadowRoot!;
          const checks = [
            ...primaryChecks('step "It charges"', stepRoot.querySelector<HTMLElement>('button.primary')!, surface),
            { what: 'Back, accent text', fg: style(stepRoot.querySelector('[part="back"]')!).color, bg: surface, min: 4.5 },
          ];

          for (const answer of ['not-fixed', 'not-fixed', 'return']) await choose(el, answer);
          expect(currentId(el)).to.equal('refund');
          const shown = result(el).shadowRoot!;
          shown.querySelectorAll('details').forEach((details) => {
            details.open = true;
          });
          finishTransitions(el);
          checks.push(...primaryChecks('"Start a return"', shown.querySelector<HTMLElement>('[part~="return"]')!, surface));
          for (const text of shown.querySelectorAll('a:not(.button), .why summary')) {
            checks.push({ what: `"${text.textContent!.trim().slice(0, 30)}", accent text`, fg: style(text).color, bg: surface, min: 4.5 });
          }
          expect(failures(checks), `${brand} in ${scheme}`).to.deep.equal([]);

          const axe = await loadAxe();
          const checked = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
          const violations = checked.violations.flatMap((rule) =>
            rule.nodes.map((node) => `${node.html.slice(0, 80)}: ${node.failureSummary}`),
          );
          expect(violations, violations.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});
