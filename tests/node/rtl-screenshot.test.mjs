// Screenshot test in Chromium: the same step rendered left to right (English) and right to left
// (Arabic). The pixels, not just the boxes, must mirror: where the ink of the progress line, the
// answers and the Back control sits within the panel.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

let server;
let browser;
let page;

before(async () => {
  const started = await startServer();
  server = started.server;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 920, height: 900 });
  await page.goto(`${started.url}/tests/embedding/pages/directions.html`);
  // Both widgets show a step in their language (Arabic loads as a chunk first).
  await page.waitForFunction(() =>
    [
      ['ltr', 'en'],
      ['rtl', 'ar'],
    ].every(([id, lang]) => {
      const root = document.getElementById(id)?.shadowRoot;
      return root?.querySelector('[part="base"]')?.lang === lang && root.querySelector('charge-troubleshooter-step');
    }),
  );
  // Two answers in, so the step has a Back control.
  for (const [index, answer] of ['none', 'suddenly'].entries()) {
    await page.evaluate((value) => {
      for (const id of ['ltr', 'rtl']) {
        const step = document.getElementById(id).shadowRoot.querySelector('charge-troubleshooter-step');
        step.shadowRoot.querySelector(`button[value="${value}"]`).click();
      }
    }, answer);
    // Both have moved on and drawn the next step.
    await page.waitForFunction(
      (stepNumber) =>
        ['ltr', 'rtl'].every((id) => {
          const step = document.getElementById(id).shadowRoot.querySelector('charge-troubleshooter-step');
          return step?.stepNumber === stepNumber && !step.isUpdatePending;
        }),
      {},
      index + 2,
    );
  }
  await page.evaluate(() => document.activeElement?.blur());
  for (const id of ['ltr', 'rtl']) await page.evaluate((i) => document.getElementById(i).shadowRoot.activeElement?.blur(), id);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Where, between 0 (left edge) and 1 (right edge) of `box`, the dark pixels inside `part` sit on
 * the screenshot: their horizontal centre of mass.
 */
async function inkPosition(id, part) {
  const boxes = await page.evaluate(
    (widgetId, partName) => {
      const widget = document.getElementById(widgetId);
      const step = widget.shadowRoot.querySelector('charge-troubleshooter-step');
      const target = step.shadowRoot.querySelector(`[part~="${partName}"]`);
      const panel = widget.shadowRoot.querySelector('[part="base"]').getBoundingClientRect();
      const r = target.getBoundingClientRect();
      return { panel: { x: panel.x, width: panel.width }, target: { x: r.x, y: r.y, width: r.width, height: r.height } };
    },
    id,
    part,
  );
  const png = await page.screenshot({ encoding: 'base64' });
  const centre = await page.evaluate(
    async (data, target) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data: pixels } = context.getImageData(
        Math.round(target.x),
        Math.round(target.y),
        Math.round(target.width),
        Math.round(target.height),
      );
      let sum = 0;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const luminance = 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
        if (luminance < 140) {
          sum += (i / 4) % Math.round(target.width);
          count++;
        }
      }
      return count === 0 ? null : target.x + sum / count;
    },
    png,
    boxes.target,
  );
  assert.ok(centre !== null, `no ink found in ${id} ${part}`);
  return (centre - boxes.panel.x) / boxes.panel.width;
}

for (const part of ['progress', 'option', 'back']) {
  test(`the ${part} is drawn on the reading side: left in English, right in Arabic`, async () => {
    const ltr = await inkPosition('ltr', part);
    const rtl = await inkPosition('rtl', part);
    assert.ok(ltr < 0.5, `English ${part} ink at ${ltr.toFixed(2)} of the panel`);
    assert.ok(rtl > 0.5, `Arabic ${part} ink at ${rtl.toFixed(2)} of the panel`);
  });
}
