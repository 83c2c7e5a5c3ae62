// Walks nine shopper journeys through the built widget in headless Chromium and photographs every
// screen (each step and the result) on a phone (390×844) and a desktop (1280×800), light and dark,
// into screenshots/journeys/<journey>/<viewport>-<scheme>-<nn>-<promptId>.png; then prints a table of
// each journey's screens, outcome, title and main button (issue 23, point 7).
//   npm run build && node scripts/journeys.mjs [--only <journey>] [--commit-label <text>] [--quick]
//   --quick: the phone in light only (enough for the counts and the results).
import { mkdir, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startServer } from '../demo/serve.mjs';
import { launchChromium, withChromiumOrExit } from './chromium.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    'commit-label': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-dark': { type: 'boolean', default: false },
    'no-desktop': { type: 'boolean', default: false },
  },
});

const VIEWPORTS = {
  '390x844': { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  '1280x800': { width: 1280, height: 800, deviceScaleFactor: 1 },
};
const viewports = Object.keys(VIEWPORTS).filter((name) => !(args.quick || args['no-desktop']) || name === '390x844');
const schemes = args.quick || args['no-dark'] ? ['light'] : ['light', 'dark'];

/** The widget's today (noon UTC, the page runs in UTC): every age below is counted to it. */
const TODAY = Date.UTC(2026, 5, 15, 12);
/** `YYYY-MM-DD` for a purchase this many months (or days) before TODAY. */
const bought = ({ months = 0, days = 0 }) => {
  const date = new Date(TODAY);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

const SHOP = {
  'shop-name': 'Fjord Outdoor',
  'support-email': 'help@fjord.example',
  'return-url': '/returns',
  'replace-url': '/shop/headphones',
  accessories: JSON.stringify({ cable: { label: 'Charging cables', href: 'https://fjord.example/cables' } }),
};

const MAX_SCREENS = 40;
const WAIT_MS = 10_000;

const cableWithSpare = {
  name: 'cable-spare',
  attributes: { device: 'generic-headphones', 'purchase-date': bought({ months: 10 }) },
  answers: { safety: 'none', 'how-it-started': 'suddenly', 'try-another-cable': 'fixed' },
};
const cableNoSpare = { ...cableWithSpare, name: 'cable-no-spare', answers: { ...cableWithSpare.answers, 'try-another-cable': 'skip' } };
const wornBattery = {
  name: 'worn-battery',
  attributes: { device: 'shokz-openrun', 'purchase-date': bought({ months: 29 }) },
  answers: { safety: 'none', 'how-it-started': 'gradually' },
};

/** The journeys: the widget's attributes (beside the shop's) and the answers by prompt id; the rest by default. */
const JOURNEYS = [
  cableWithSpare,
  cableNoSpare,
  { name: 'swollen-battery', attributes: { device: 'shokz-openrun' }, answers: { safety: 'danger' } },
  wornBattery,
  {
    name: 'never-worked',
    attributes: { device: 'generic-earbuds', 'purchase-date': bought({ days: 10 }) },
    answers: { safety: 'none', 'how-it-started': 'never-worked' },
  },
  {
    name: 'wet',
    attributes: { device: 'generic-speaker' },
    answers: { safety: 'wet', 'recall-label': 'other-model', 'dry-out': 'skip' },
  },
  { name: 'recalled', attributes: { device: 'soundcore-a3102' }, answers: { safety: 'none', 'recall-check': 'recalled' } },
  { ...wornBattery, name: 'worn-battery-de', attributes: { ...wornBattery.attributes, locale: 'de' } },
  { ...cableNoSpare, name: 'cable-no-spare-ar', attributes: { ...cableNoSpare.attributes, locale: 'ar' } },
];

/**
 * The page: the widget alone, made once the element is defined so the fixed clock is its own from the
 * start. The page itself stays `lang="en"` without `dir`: the widget must set its own language and direction.
 */
const page = (attributes) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Journey</title>
    <style>
      body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: Canvas; color: CanvasText; }
    </style>
    <script type="module">
      import '/dist/cdn/charge-troubleshooter.js';
      await customElements.whenDefined('charge-troubleshooter');
      const widget = document.createElement('charge-troubleshooter');
      widget.clock = () => ${TODAY};
      for (const [name, value] of Object.entries(${JSON.stringify(attributes)})) widget.setAttribute(name, value);
      document.body.append(widget);
    </script>
  </head>
  <body></body>
</html>`;

/** The step or result element the widget shows now, and what it is. */
async function shown(tab) {
  await tab.waitForFunction(
    () => {
      const el = document
        .querySelector('charge-troubleshooter')
        ?.shadowRoot?.querySelector('charge-troubleshooter-step, charge-troubleshooter-result');
      if (el?.prompt === undefined || el.isUpdatePending || !el.shadowRoot) return false;
      return [...el.shadowRoot.querySelectorAll('img')].every((img) => img.complete);
    },
    { timeout: WAIT_MS, polling: 50 },
  );
  return tab.evaluate(() => {
    const el = document
      .querySelector('charge-troubleshooter')
      .shadowRoot.querySelector('charge-troubleshooter-step, charge-troubleshooter-result');
    const { id, kind, outcome, options = [] } = el.prompt;
    const main = el.shadowRoot.querySelector('[part~="primary"]');
    // What a reader sees and hears: no aria-hidden badges or icons; a mailto without its body, a page without this origin.
    const words = (node) => {
      const copy = node.cloneNode(true);
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const href = main?.getAttribute('href');
    return {
      id,
      kind,
      outcome,
      options: options.map((option) => option.id),
      title: el.prompt.title,
      main: main && {
        label: words(main),
        href: href === null ? '(button)' : href.replace(/^mailto:([^?]*)\?.*$/, 'mailto:$1?subject=…&body=…').replace(location.origin, ''),
      },
    };
  });
}

/** Taps `optionId` on the current step and waits for the next screen. */
async function answer(tab, promptId, optionId) {
  const clicked = await tab.evaluate((id) => {
    const step = document.querySelector('charge-troubleshooter').shadowRoot.querySelector('charge-troubleshooter-step');
    const button = step?.shadowRoot.querySelector(`button[value="${id}"]`);
    button?.click();
    return button !== null && button !== undefined;
  }, optionId);
  if (!clicked) throw new Error(`no button "${optionId}" on ${promptId}`);
  await tab.waitForFunction(
    (was) =>
      document.querySelector('charge-troubleshooter').shadowRoot.querySelector('charge-troubleshooter-step, charge-troubleshooter-result')
        ?.prompt?.id !== was,
    { timeout: WAIT_MS, polling: 50 },
    promptId,
  );
}

/** The journey's answer for a prompt, else the default: an action not fixed, a question's last option. */
const choose = (journey, screen) => journey.answers[screen.id] ?? (screen.kind === 'action' ? 'not-fixed' : screen.options.at(-1));

/** Each scheme's picture of the screen shown now (the widget's `color-scheme`, the page's too). */
async function photograph(tab, dir, viewport, n, id) {
  for (const scheme of schemes) {
    await tab.evaluate(async (value) => {
      document.documentElement.style.colorScheme = value;
      const widget = document.querySelector('charge-troubleshooter');
      widget.setAttribute('color-scheme', value);
      widget.shadowRoot.activeElement?.blur();
      await widget.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // A change of scheme fades the colours: the picture is of where they end, not of the fade.
      // Transitions inside shadow roots are the roots' own, not the document's: every root is asked.
      const roots = [document];
      for (let i = 0; i < roots.length; i++) for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      const finite = roots
        .flatMap((root) => root.getAnimations())
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.race([
        Promise.all(finite.map((animation) => animation.finished.catch(() => {}))),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ]);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, scheme);
    await tab.screenshot({ path: `${dir}/${viewport}-${scheme}-${String(n).padStart(2, '0')}-${id}.png`, fullPage: true });
  }
}

/** One walk of a journey at one viewport: every screen photographed; what it ended on. */
async function walk(browser, url, journey, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.emulateTimezone('UTC');
    await tab.setViewport(VIEWPORTS[viewport]);
    const html = page({ ...SHOP, ...journey.attributes });
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      request.url() === `${url}/journey.html`
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : request.continue(),
    );
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${url}/journey.html`, { timeout: WAIT_MS });
    const dir = `screenshots/journeys/${journey.name}`;
    const path = [];
    for (let n = 1; n <= MAX_SCREENS; n++) {
      const screen = await shown(tab);
      await photograph(tab, dir, viewport, n, screen.id);
      if (screen.kind === 'result') return { screens: n, path, result: screen, errors };
      const choice = choose(journey, screen);
      path.push(`${screen.id}=${choice}`);
      await answer(tab, screen.id, choice);
    }
    return { screens: MAX_SCREENS, path, error: `no result in ${MAX_SCREENS} screens`, errors };
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

const chosen = JOURNEYS.filter((journey) => args.only === undefined || journey.name === args.only);
if (chosen.length === 0) {
  console.error(`No journey "${args.only}"; one of: ${JOURNEYS.map((journey) => journey.name).join(', ')}`);
  process.exit(1);
}

const { server, url } = await startServer();
const browser = await withChromiumOrExit(launchChromium);
const rows = [];
try {
  for (const journey of chosen) {
    await rm(`screenshots/journeys/${journey.name}`, { recursive: true, force: true });
    await mkdir(`screenshots/journeys/${journey.name}`, { recursive: true });
    const walks = [];
    for (const viewport of viewports) {
      const ran = await walk(browser, url, journey, viewport);
      walks.push({ viewport, ...ran });
      console.error(`${journey.name} ${viewport}: ${ran.error ?? `${ran.screens} screens, ${ran.result.outcome}`}`);
    }
    rows.push({ journey, walks });
  }
} finally {
  await browser.close();
  server.close();
}

// The table: the first viewport's walk; any other walk that ended differently is flagged.
const cell = (text) => String(text ?? '').replaceAll('|', '\\|');
console.log(`\n### Journeys${args['commit-label'] ? ` — ${args['commit-label']}` : ''}\n`);
console.log('| Journey | Screens | Outcome | Title | Main button | Href |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { journey, walks } of rows) {
  const [first, ...others] = walks;
  const differs = others.filter(
    (other) => other.error !== first.error || other.screens !== first.screens || other.result?.outcome !== first.result?.outcome,
  );
  const note = differs.length > 0 ? ` (differs at ${differs.map((other) => other.viewport).join(', ')})` : '';
  if (first.error !== undefined) {
    console.log(`| ${journey.name} | ${first.screens ?? '–'}${note} | **${cell(first.error)}** | | | |`);
    continue;
  }
  const { result } = first;
  console.log(
    `| ${journey.name} | ${first.screens} (${first.screens - 1} + result)${note} | ${result.outcome} | ${cell(result.title)} | ${cell(result.main?.label ?? '(none)')} | ${cell(result.main?.href)} |`,
  );
}
console.log('\nPaths (first viewport):');
for (const { journey, walks } of rows) {
  console.log(
    `- ${journey.name}: ${walks[0].path?.join(' → ') ?? ''}${walks[0].errors?.length ? ` [page errors: ${walks[0].errors.join('; ')}]` : ''}`,
  );
}
