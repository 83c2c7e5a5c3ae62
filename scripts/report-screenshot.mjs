// The weekly report from a seeded simulated month (10,000 sessions, some left before the end, the
// returns desk's verdicts as labels), written to a temporary folder and photographed in headless
// Chromium: docs/screens/report.png (light), report-dark.png, report-phone.png (390 px).
//   npm run build && node scripts/report-screenshot.mjs
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { perturb } from '../dist/analysis/perturb.js';
import { seededRandom } from '../dist/analysis/random.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';
import { reportPageOf } from '../dist/report/index.js';
import { simulatedMonth } from '../dist/report/simulated-month.js';
import { launchChromium, withChromiumOrExit } from './chromium.mjs';

const OUT = 'docs/screens';
const SHOTS = [
  { file: 'report.png', scheme: 'light', viewport: { width: 1100, height: 1400 } },
  { file: 'report-dark.png', scheme: 'dark', viewport: { width: 1100, height: 1400 } },
  { file: 'report-phone.png', scheme: 'light', viewport: { width: 390, height: 844, isMobile: true, hasTouch: true } },
];

// Shoppers in a world a little off the knowledge base (every number ±50 %), so learning has something to find.
const world = perturb(defaultKnowledgeBase, seededRandom(4), 0.5);
const { records, labels } = simulatedMonth(defaultKnowledgeBase, { count: 10_000, seed: 7, world });
const page = reportPageOf(defaultKnowledgeBase, records, labels);
await mkdir(OUT, { recursive: true });
const file = join(await mkdtemp(join(tmpdir(), 'ct-report-')), 'report.html');
await writeFile(file, page);
console.log(`${file}: ${page.length.toLocaleString('en')} bytes`);

const browser = await withChromiumOrExit(launchChromium);
try {
  for (const { file: png, scheme, viewport } of SHOTS) {
    const tab = await browser.newPage();
    const requests = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await tab.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await tab.goto(pathToFileURL(file).href);
    if (requests.length > 0) throw new Error(`the report asked for ${requests.join(', ')}`);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) console.warn(`${png}: the page is ${overflow} px wider than the window`);
    // The top of the page (what a README shows); FULL=1 photographs the whole page, to check by eye.
    await tab.screenshot({ path: `${OUT}/${png}`, fullPage: process.env.FULL === '1' });
    console.log(`${OUT}/${png}`);
    await tab.close();
  }
} finally {
  await browser.close();
}
