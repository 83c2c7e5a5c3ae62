// A retailer's catalogue (bench/catalogue.mjs): main-thread time from `src` to the device picker on
// screen in headless Chromium, for a few catalogue sizes. Main-thread time is the renderer's task time
// (CDP Performance.getMetrics TaskDuration) over the load: fetching and parsing the JSON, the validator
// (its chunk loaded on demand), the model, the session and the picker's rendering, not the waits.
import { launchChromium } from '../scripts/chromium.mjs';
import { summary, withFreshPage } from './browser.mjs';

/** The built-in knowledge base's own 12 products (what any widget costs), a mid-size and a large catalogue. */
export const CATALOGUE_SIZES = [12, 1000, 5000];
/** Issue 24's goal: the picker of 5,000 products within this much main-thread time. */
export const CATALOGUE_GOAL_MS = 200;

async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/** One fresh page per run: main-thread and wall ms to the picker, and what the picker showed. */
export async function catalogueBenchmarks(baseUrl, { runs = 5, sizes = CATALOGUE_SIZES } = {}) {
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const products of sizes) {
      const mainThread = [];
      const wall = [];
      let shown;
      for (let i = 0; i < runs; i++) {
        await withFreshPage(browser, async (page) => {
          await page.goto(`${baseUrl}/bench/pages/catalogue.html?products=${products}`, { waitUntil: 'load' });
          await page.waitForFunction(() => 'ready' in document.documentElement.dataset);
          const cdp = await page.createCDPSession();
          await cdp.send('Performance.enable');
          const before = await taskMs(cdp);
          shown = await page.evaluate(() => window.catalogue.show());
          mainThread.push((await taskMs(cdp)) - before);
          wall.push(shown.ms);
        });
      }
      rows.push({ products, mainThreadMs: summary(mainThread), wallMs: summary(wall), shown });
    }
  } finally {
    await browser.close();
  }
  return { rows, goalMs: CATALOGUE_GOAL_MS };
}

// `node bench/catalogue-picker.mjs`: this row alone, against a built dist/.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('./serve.mjs');
  const { server, url } = await startServer();
  try {
    console.log(JSON.stringify(await catalogueBenchmarks(url), null, 2));
  } finally {
    server.close();
  }
}
