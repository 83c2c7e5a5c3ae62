// Time to first step (unthrottled and on the phone profile), step time and memory, ours vs the baseline, in headless
// Chromium (scripts/chromium.mjs picks it).
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { emulatePhone, PHONE } from './phone.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summary(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Runs `use(page)` on a page of a fresh browser context (no cache, no storage), then closes it. */
export async function withFreshPage(browser, use) {
  const context = await browser.createBrowserContext();
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Opens `url` in a fresh browser context, `prepare(page)` first (the phone), then runs `measure(page)`. */
export function inFreshContext(browser, url, measure, prepare = async () => {}) {
  return withFreshPage(browser, async (page) => {
    await prepare(page);
    await page.goto(url, { waitUntil: 'load' });
    return measure(page);
  });
}

// The page itself, the bench's own probe and the browser's favicon request are not what the widget costs.
const PAGE_FILES = /^\/bench\/pages\/[^/]+$|^\/favicon\.ico$/;

/**
 * Records every response `page` receives from now on, the page and the probe aside; the function it
 * returns sums them: the files, their bytes as served and gzip -9 (what a compressing server sends).
 */
export function recordResponses(page) {
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  return async () => {
    const files = await Promise.all(
      finished
        .filter((request) => !PAGE_FILES.test(new URL(request.url()).pathname))
        .map(async (request) => {
          const body = await request.response().buffer();
          return { path: new URL(request.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
        }),
    );
    const sum = (key) => files.reduce((total, file) => total + file[key], 0);
    return { requests: files.length, bytes: sum('bytes'), gzip: sum('gzip'), files };
  };
}

/** Every response a fresh load receives until the first prompt's title is on screen. */
function bytesBeforeFirstStep(browser, url) {
  return withFreshPage(browser, async (page) => {
    const responses = recordResponses(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.bench.firstTitle);
    return responses();
  });
}

const firstTitle = (page) => page.evaluate(() => window.bench.firstTitle);

/**
 * A loaded page must take at least this long on the phone for its throttling to count as applied:
 * the page, then its module, each wait for the network's latency at least.
 */
export const throttledAtLeast = (unthrottledMs) => unthrottledMs + 2 * PHONE.network.latency;

export async function browserBenchmarks(baseUrl, { loads = 20, phoneLoads = 10, walks = 5, memoryRuns = 5 } = {}) {
  const browser = await launchChromium();
  const pages = { ours: `${baseUrl}/bench/pages/ours.html`, baseline: `${baseUrl}/bench/pages/baseline.html` };
  const network = {};
  const firstStep = { ours: [], baseline: [] };
  const phoneFirstStep = { ours: [], baseline: [] };
  const stepTimes = { ours: [], baseline: [] };
  const heap = { ours: [], baseline: [], blank: [] };
  try {
    network.ours = await bytesBeforeFirstStep(browser, pages.ours);
    network.oursCustom = await bytesBeforeFirstStep(browser, `${baseUrl}/bench/pages/ours-custom.html`);
    network.baseline = await bytesBeforeFirstStep(browser, pages.baseline);
    // Interleaved A, B, A, B… so drift on a noisy machine hits both alike.
    for (let i = 0; i < loads; i++) {
      for (const which of ['ours', 'baseline']) {
        firstStep[which].push(await inFreshContext(browser, pages[which], firstTitle));
      }
    }
    for (let i = 0; i < phoneLoads; i++) {
      for (const which of ['ours', 'baseline']) {
        phoneFirstStep[which].push(await inFreshContext(browser, pages[which], firstTitle, emulatePhone));
      }
    }
    for (let i = 0; i < walks; i++) {
      for (const which of ['ours', 'baseline']) {
        const times = await inFreshContext(browser, pages[which], async (page) => {
          await firstTitle(page);
          const walk = [];
          for (let step = 0; step < 10; step++) walk.push(await page.evaluate(() => window.bench.step()));
          return walk;
        });
        stepTimes[which].push(...times);
      }
    }
    for (let i = 0; i < memoryRuns; i++) {
      for (const which of ['ours', 'baseline', 'blank']) {
        const url = which === 'blank' ? `${baseUrl}/bench/pages/blank.html` : pages[which];
        heap[which].push(
          await inFreshContext(browser, url, async (page) => {
            if (which !== 'blank') {
              await firstTitle(page);
              for (let step = 0; step < 10; step++) await page.evaluate(() => window.bench.step());
            }
            const cdp = await page.createCDPSession();
            await cdp.send('HeapProfiler.collectGarbage');
            const { usedSize } = await cdp.send('Runtime.getHeapUsage');
            return usedSize;
          }),
        );
      }
    }
  } finally {
    await browser.close();
  }
  const blank = median(heap.blank);
  const phone = { ours: summary(phoneFirstStep.ours), baseline: summary(phoneFirstStep.baseline) };
  return {
    network,
    firstStep: { ours: summary(firstStep.ours), baseline: summary(firstStep.baseline) },
    phoneFirstStep: {
      ...phone,
      profile: PHONE,
      // Throttling a local server that bypassed the network stack would change nothing: say so.
      throttled: phone.baseline.median >= throttledAtLeast(median(firstStep.baseline)),
    },
    stepTime: { ours: summary(stepTimes.ours), baseline: summary(stepTimes.baseline) },
    memory: {
      ours: summary(heap.ours.map((bytes) => bytes - blank)),
      baseline: summary(heap.baseline.map((bytes) => bytes - blank)),
      blank: summary(heap.blank),
    },
  };
}
