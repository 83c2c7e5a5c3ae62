// Time to first step, step time and memory, ours vs the baseline, in headless Chromium (scripts/chromium.mjs picks it).
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summary(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Opens `path` in a fresh browser context (no cache, no storage), then runs `measure(page)`. */
async function inFreshContext(browser, url, measure) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

// The page itself and the bench's own probe are not what the widget costs.
const PAGE_FILES = /\/bench\/pages\/[^/]+$/;

/**
 * Every response a fresh load receives until the first prompt's title is on screen, the page and
 * the probe aside: the files, their bytes as served and gzip -9 (what a compressing server sends).
 */
async function bytesBeforeFirstStep(browser, url) {
  return inFreshContext(browser, 'about:blank', async (page) => {
    const finished = [];
    page.on('requestfinished', (request) => finished.push(request));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.bench.firstTitle);
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
  });
}

export async function browserBenchmarks(baseUrl, { loads = 20, walks = 5, memoryRuns = 5 } = {}) {
  const browser = await launchChromium();
  const pages = { ours: `${baseUrl}/bench/pages/ours.html`, baseline: `${baseUrl}/bench/pages/baseline.html` };
  const network = {};
  const firstStep = { ours: [], baseline: [] };
  const stepTimes = { ours: [], baseline: [] };
  const heap = { ours: [], baseline: [], blank: [] };
  try {
    network.ours = await bytesBeforeFirstStep(browser, pages.ours);
    network.oursCustom = await bytesBeforeFirstStep(browser, `${baseUrl}/bench/pages/ours-custom.html`);
    network.baseline = await bytesBeforeFirstStep(browser, pages.baseline);
    // Interleaved A, B, A, B… so drift on a noisy machine hits both alike.
    for (let i = 0; i < loads; i++) {
      for (const which of ['ours', 'baseline']) {
        firstStep[which].push(await inFreshContext(browser, pages[which], (page) => page.evaluate(() => window.bench.firstTitle)));
      }
    }
    for (let i = 0; i < walks; i++) {
      for (const which of ['ours', 'baseline']) {
        const times = await inFreshContext(browser, pages[which], async (page) => {
          await page.evaluate(() => window.bench.firstTitle);
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
              await page.evaluate(() => window.bench.firstTitle);
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
  return {
    network,
    firstStep: { ours: summary(firstStep.ours), baseline: summary(firstStep.baseline) },
    stepTime: { ours: summary(stepTimes.ours), baseline: summary(stepTimes.baseline) },
    memory: {
      ours: summary(heap.ours.map((bytes) => bytes - blank)),
      baseline: summary(heap.baseline.map((bytes) => bytes - blank)),
      blank: summary(heap.blank),
    },
  };
}
