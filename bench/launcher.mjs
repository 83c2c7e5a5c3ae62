// The launcher on a product page (issue 15): what a page pays when no one opens it, and how long a
// click takes to show the first step, for the launcher entry (with its idle prefetch and with
// prefetch="none") against the full module loaded eagerly in launcher mode.
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { median, recordResponses, summary, withFreshPage } from './browser.mjs';
import { emulatePhone } from './phone.mjs';

/** The contract: a module a product page loads instead of the full one, with the same markup. */
export const LAUNCHER_ENTRY = 'dist/cdn/charge-troubleshooter-launcher.js';
const FULL_MODULE = '/dist/cdn/charge-troubleshooter.js';

export const VARIANTS = {
  prefetch: { page: 'launcher.html', name: 'launcher entry, idle prefetch (the default)', entry: true },
  noPrefetch: { page: 'launcher-no-prefetch.html', name: 'launcher entry, prefetch="none"', entry: true },
  eager: { page: 'launcher-eager.html', name: 'full module in launcher mode (eager)', entry: false },
};

const launcherButton = (page) => page.waitForFunction(() => window.bench.deepFind(document, 'button[part="launcher"]'));

/**
 * A product page no one opens: everything it downloads and its long tasks (main-thread tasks over
 * 50 ms) from navigation until `quietMs` after its load event, on the desktop or the phone.
 */
function unopenedPage(browser, url, { quietMs, phone }) {
  return withFreshPage(browser, async (page) => {
    if (phone) await emulatePhone(page);
    const responses = recordResponses(page);
    await page.goto(url, { waitUntil: 'load' });
    await delay(quietMs);
    const longTasks = await page.evaluate(() => window.bench.longTasks);
    return { ...(await responses()), longTaskMs: longTasks.reduce((sum, ms) => sum + ms, 0) };
  });
}

/**
 * Loads the page, waits until a shopper could click as the variant intends (the launcher entry's
 * button alone; after its idle prefetch; the eager widget with its first step ready in the closed
 * dialog) and the network is quiet, then clicks and times the first step on screen.
 */
function clickToFirstStep(browser, url, variant) {
  return withFreshPage(browser, async (page) => {
    const full = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname === FULL_MODULE) full.push(request);
    });
    await page.goto(url, { waitUntil: 'load' });
    await launcherButton(page);
    if (variant === 'prefetch') {
      const waited = Date.now();
      while (full.length === 0 && Date.now() - waited < 10_000) await delay(50);
    }
    if (variant === 'eager') await page.waitForFunction(() => window.bench.title() !== '');
    await page.waitForNetworkIdle({ idleTime: 300 });
    const loadedBeforeClick = full.length > 0;
    const { ms, title } = await page.evaluate(() => window.bench.openLauncher());
    return { ms, title, loadedBeforeClick };
  });
}

export async function launcherBenchmarks(baseUrl, { quietRuns = 3, quietMs = 5000, clicks = 10 } = {}) {
  const built = existsSync(LAUNCHER_ENTRY);
  const variants = Object.keys(VARIANTS).filter((key) => built || !VARIANTS[key].entry);
  const url = (key) => `${baseUrl}/bench/pages/${VARIANTS[key].page}`;
  const unopened = { desktop: {}, phone: {} };
  const click = {};
  for (const key of variants) {
    for (const profile of Object.keys(unopened)) unopened[profile][key] = [];
    click[key] = [];
  }
  const browser = await launchChromium();
  try {
    // Interleaved, like the other browser rows, so drift on a noisy machine hits every variant alike.
    for (let i = 0; i < quietRuns; i++) {
      for (const profile of Object.keys(unopened)) {
        for (const key of variants) {
          unopened[profile][key].push(await unopenedPage(browser, url(key), { quietMs, phone: profile === 'phone' }));
        }
      }
    }
    for (let i = 0; i < clicks; i++) {
      for (const key of variants) click[key].push(await clickToFirstStep(browser, url(key), key));
    }
  } finally {
    await browser.close();
  }
  const summarise = (runs) => {
    // The bytes are the same every run; the last run's files say which.
    const { requests, bytes, files } = runs.at(-1);
    const gzip = median(runs.map((run) => run.gzip));
    return { requests, bytes, gzip, files, longTaskMs: summary(runs.map((run) => run.longTaskMs)) };
  };
  return {
    entry: LAUNCHER_ENTRY,
    built,
    quietMs,
    unopened: Object.fromEntries(
      Object.entries(unopened).map(([profile, byVariant]) => [
        profile,
        Object.fromEntries(Object.entries(byVariant).map(([key, runs]) => [key, summarise(runs)])),
      ]),
    ),
    click: Object.fromEntries(
      Object.entries(click).map(([key, runs]) => [
        key,
        {
          ...summary(runs.map((run) => run.ms)),
          title: runs[0].title,
          // Cold means nothing of the full module arrived before the click; prefetched means it had.
          loadedBeforeClick: runs.filter((run) => run.loadedBeforeClick).length,
        },
      ]),
    ),
  };
}
