// Makes docs/screenshot.png (English) and docs/screenshot-ar.png (Arabic, right to left) from the
// real demo support page in headless Chromium:
//   npm run build && npm run screenshot

import { startServer } from '../demo/serve.mjs';
import { launchChromium, withChromiumOrExit } from './chromium.mjs';

const { server, url } = await startServer();
const browser = await withChromiumOrExit(launchChromium);
try {
  for (const [locale, file] of [
    ['en', 'docs/screenshot.png'],
    ['ar', 'docs/screenshot-ar.png'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${url}/demo/support.html`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.evaluate((tag) => (document.querySelector('charge-troubleshooter').locale = tag), locale);
    const stepShown = () => document.querySelector('charge-troubleshooter')?.shadowRoot?.querySelector('charge-troubleshooter-step');
    await page.waitForFunction(stepShown);
    await page.waitForFunction(
      (tag) => document.querySelector('charge-troubleshooter').shadowRoot.querySelector('[part="base"]').lang === tag,
      {},
      locale,
    );
    // A shopper a few steps in: a Shokz OpenRun that stopped charging suddenly.
    for (const answer of ['shokz-openrun', 'none', 'suddenly', 'looks-fine']) {
      await page.evaluate((id) => {
        const step = document.querySelector('charge-troubleshooter').shadowRoot.querySelector('charge-troubleshooter-step');
        step.shadowRoot.querySelector(`button[value="${id}"]`).click();
      }, answer);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await page.evaluate(() => document.querySelector('charge-troubleshooter').shadowRoot.activeElement?.blur());
    // The widget with a margin, so its shadow shows.
    const box = await (await page.$('charge-troubleshooter')).boundingBox();
    const margin = 16;
    await page.screenshot({
      path: file,
      clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
