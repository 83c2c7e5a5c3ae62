// Time to first step, step time and memory, ours vs the baseline, in headless Chromium (scripts/chromium.mjs picks it).
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

export async function browserBenchmarks(baseUrl, { loads = 20, walks = 5, memoryRuns = 5 } = {}) {
  const browser = await launchChromium();
  const pages = { ours: `${baseUrl}/bench/pages/ours.html`, baseline: `${baseUrl}/bench/pages/baseline.html` };
  const firstStep = { ours: [], baseline: [] };
  const stepTimes = { ours: [], baseline: [] };
  const heap = { ours: [], baseline: [], blank: [] };
  try {
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
    firstStep: { ours: summary(firstStep.ours), baseline: summary(firstStep.baseline) },
    stepTime: { ours: summary(stepTimes.ours), baseline: summary(stepTimes.baseline) },
    memory: {
      ours: summary(heap.ours.map((bytes) => bytes - blank)),
      baseline: summary(heap.baseline.map((bytes) => bytes - blank)),
      blank: summary(heap.blank),
    },
  };
}
