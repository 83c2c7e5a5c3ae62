// Screenshots of the real demo pages in headless Chromium, on a phone (390×844) and a desktop
// (1280×800), light and dark, into docs/screens/; and the README's two pictures (English and Arabic).
//   npm run build && npm run screenshot
import { mkdir } from 'node:fs/promises';
import { startServer } from '../demo/serve.mjs';
import { launchChromium, withChromiumOrExit } from './chromium.mjs';

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};
const SCHEMES = ['light', 'dark'];

/** Adds `shownPrompt(selector)` to every page: the step or result element inside that widget. */
async function withProbe(page) {
  await page.evaluateOnNewDocument(() => {
    window.shownPrompt = (selector) =>
      document.querySelector(selector)?.shadowRoot?.querySelector('charge-troubleshooter-step, charge-troubleshooter-result') ?? null;
  });
}

/** Waits until the widget shows a prompt (rendered), and says which; `id` waits for that one. */
async function shows(page, selector, id) {
  await page.waitForFunction(
    (sel, want) => {
      const shown = window.shownPrompt(sel);
      return shown?.prompt !== undefined && !shown.isUpdatePending && (want === undefined || shown.prompt.id === want);
    },
    {},
    selector,
    id,
  );
  return page.evaluate((sel) => window.shownPrompt(sel).prompt.id, selector);
}

/** Answers the widget's current prompt with `optionId`, as a tap would, and waits for the next. */
async function answer(page, selector, optionId) {
  const before = await shows(page, selector);
  await page.evaluate((sel, id) => window.shownPrompt(sel).shadowRoot.querySelector(`button[value="${id}"]`).click(), selector, optionId);
  await page.waitForFunction((sel, was) => window.shownPrompt(sel)?.prompt?.id !== was, {}, selector, before);
}

/**
 * Answers whatever the session asks from `answers` (prompt id → option id; actions not listed fail)
 * until it shows `until`.
 */
async function walk(page, selector, answers, until) {
  for (let i = 0; i < 30; i++) {
    const id = await shows(page, selector);
    if (id === until) return;
    const optionId = answers[id] ?? 'not-fixed';
    await answer(page, selector, optionId);
  }
  throw new Error(`${selector} never reached ${until}`);
}

async function open(page, url, scheme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url);
}

/** A page in a fresh browser context: no saved progress from an earlier shot. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await withProbe(page);
  return { page, done: () => context.close() };
}

// A worn Shokz battery: every step fails, and it is under warranty.
const TO_A_CLAIM = {
  device: 'shokz-openrun',
  safety: 'none',
  'how-it-started': 'gradually',
  'contacts-look': 'looks-fine',
  'charging-light-shokz': 'red-light',
  'update-offered': 'up-to-date',
  age: 'warranty',
};

/** What to photograph: each demo page in the states worth seeing. */
const SHOTS = [
  // The product page runs the launcher entry: its stand-in button, then the widget on a click.
  {
    name: 'product',
    page: 'product.html',
    prepare: (page) => page.waitForSelector('charge-troubleshooter-lazy-launcher >>> button'),
  },
  {
    name: 'product-dialog',
    page: 'product.html',
    prepare: async (page) => {
      await (await page.waitForSelector('charge-troubleshooter-lazy-launcher >>> button')).click();
      await shows(page, 'charge-troubleshooter', 'safety');
    },
  },
  {
    name: 'product-widget-button',
    page: 'product.html',
    prepare: async (page) => {
      await (await page.waitForSelector('charge-troubleshooter-lazy-launcher >>> button')).click();
      await shows(page, 'charge-troubleshooter', 'safety');
      await page.evaluate(() => document.querySelector('charge-troubleshooter').close());
      await page.waitForFunction(
        () => !document.querySelector('charge-troubleshooter').shadowRoot.querySelector('charge-troubleshooter-launcher').isOpen,
      );
    },
  },
  {
    name: 'support-picker',
    page: 'support.html',
    prepare: (page) => shows(page, 'charge-troubleshooter', 'device'),
  },
  {
    name: 'support-wait',
    page: 'support.html',
    prepare: (page) =>
      walk(
        page,
        'charge-troubleshooter',
        { device: 'soundcore-boost', safety: 'none', 'how-it-started': 'after-storage' },
        'charge-untouched',
      ),
  },
  {
    name: 'support-claim',
    page: 'support.html',
    prepare: (page) => walk(page, 'charge-troubleshooter', TO_A_CLAIM, 'warranty-claim'),
  },
  {
    name: 'theming',
    page: 'theming.html',
    prepare: async (page) => {
      for (const theme of ['.fjord', '.volt', '.petal']) await shows(page, theme, 'safety');
    },
  },
  {
    name: 'theming-safety-stop',
    page: 'theming.html',
    prepare: async (page) => {
      for (const theme of ['.fjord', '.volt', '.petal']) {
        await shows(page, theme, 'safety');
        await answer(page, theme, 'danger');
      }
    },
  },
  {
    // A product that never worked, inside the return window: the likely fixes first, each saying the return is still open.
    name: 'support-return-open',
    page: 'support.html',
    prepare: (page) =>
      walk(
        page,
        'charge-troubleshooter',
        { device: 'soundcore-boost', safety: 'none', 'how-it-started': 'never-worked', age: 'return', 'return-offer': 'try-first' },
        'try-another-cable',
      ),
  },
  {
    name: 'support-recall',
    page: 'support.html',
    prepare: (page) =>
      walk(page, 'charge-troubleshooter', { device: 'generic-speaker', safety: 'none', 'recall-label': 'recalled' }, 'safety-stop'),
  },
  {
    // Each theme's stop for a wet product that cannot be dried now: dry it, then start again.
    name: 'theming-wet-stop',
    page: 'theming.html',
    prepare: async (page) => {
      for (const theme of ['.fjord', '.volt', '.petal'])
        await walk(page, theme, { safety: 'wet', 'recall-label': 'other-model', 'dry-out': 'skip' }, 'safety-stop');
    },
  },
  {
    // Each theme's stop for a speaker whose recall status is not known yet.
    name: 'theming-recall-unknown',
    page: 'theming.html',
    prepare: async (page) => {
      for (const theme of ['.fjord', '.volt', '.petal']) {
        await shows(page, theme, 'safety');
        await page.evaluate((sel) => document.querySelector(sel).setAttribute('device', 'generic-speaker'), theme);
        await walk(page, theme, { safety: 'none', 'recall-label': 'cannot-find' }, 'safety-stop');
      }
    },
  },
  {
    name: 'core-api',
    page: 'core-api.html',
    prepare: (page) => page.waitForFunction(() => document.querySelectorAll('#replies button').length > 0),
  },
];

const { server, url } = await startServer();
const browser = await withChromiumOrExit(launchChromium);
try {
  await mkdir('docs/screens', { recursive: true });
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      for (const shot of SHOTS) {
        const { page, done } = await freshPage();
        await page.setViewport(viewport);
        await open(page, `${url}/demo/${shot.page}`, scheme);
        await shot.prepare(page);
        // No focus ring left on the last button pressed.
        await page.evaluate(() => {
          for (const widget of document.querySelectorAll('charge-troubleshooter')) widget.shadowRoot?.activeElement?.blur();
        });
        const file = `docs/screens/${shot.name}-${size}-${scheme}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await done();
      }
    }
  }
  await readmePictures();
} finally {
  await browser.close();
  server.close();
}

/** The README's pictures: the support page a few steps in, in English and in Arabic. */
async function readmePictures() {
  for (const [locale, file] of [
    ['en', 'docs/screenshot.png'],
    ['ar', 'docs/screenshot-ar.png'],
  ]) {
    const { page, done } = await freshPage();
    await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    await open(page, `${url}/demo/support.html`, 'light');
    await page.evaluate((tag) => {
      document.querySelector('charge-troubleshooter').locale = tag;
    }, locale);
    await page.waitForFunction(
      (tag) => document.querySelector('charge-troubleshooter').shadowRoot.querySelector('[part="base"]')?.lang === tag,
      {},
      locale,
    );
    await walk(page, 'charge-troubleshooter', { device: 'shokz-openrun', safety: 'none', 'how-it-started': 'suddenly' }, 'contacts-look');
    await answer(page, 'charge-troubleshooter', 'looks-fine');
    await page.evaluate(() => document.querySelector('charge-troubleshooter').shadowRoot.activeElement?.blur());
    const box = await (await page.$('charge-troubleshooter')).boundingBox();
    const margin = 16;
    await page.screenshot({
      path: file,
      clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    });
    console.log(`wrote ${file}`);
    await done();
  }
}
