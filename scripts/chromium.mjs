// The one place that decides which Chromium the tests, the screenshots and the benchmarks use:
// CHROME_PATH, else an installed Chrome or Chromium, else the headless Chromium that ships inside
// the @sparticuz/chromium devDependency (so `npm install && npm test` needs nothing but Node).
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

/** The usual places of an installed Chrome or Chromium, most likely first. */
const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Headless, as root, and quiet on a closed network (no update, sync or background requests). */
const QUIET_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @sparticuz/chromium's flags weaken the web's security model for its own use (scraping); the
 * embedding tests check CSP and same-origin behaviour, so those flags are left out.
 */
const WEAKENING_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content']);

export class NoChromiumError extends Error {}

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to start: `{ executablePath, args, headless, source }`. Throws NoChromiumError with
 * one line saying what to install or set when there is none. The second argument is for tests.
 */
export async function findChromium(env = process.env, { installed = INSTALLED, loadPackaged = () => import('@sparticuz/chromium') } = {}) {
  if (env.CHROME_PATH) {
    if (!isExecutable(env.CHROME_PATH))
      throw new NoChromiumError(`CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file.`);
    return { executablePath: env.CHROME_PATH, args: QUIET_FLAGS, headless: true, source: 'CHROME_PATH' };
  }
  const found = installed.find(isExecutable);
  if (found) return { executablePath: found, args: QUIET_FLAGS, headless: true, source: 'installed' };
  try {
    const { default: packaged } = await loadPackaged();
    const executablePath = await packaged.executablePath();
    const args = [
      ...packaged.args.filter((flag) => !WEAKENING_FLAGS.has(flag)),
      ...QUIET_FLAGS.filter((flag) => !flag.startsWith('--headless')),
    ];
    return { executablePath, args, headless: 'shell', source: '@sparticuz/chromium' };
  } catch (error) {
    throw new NoChromiumError(
      `No Chrome or Chromium found for the tests, and the bundled one (@sparticuz/chromium, Linux x64/arm64 only) could not start (${error.message.split('\n')[0]}): ` +
        'install Google Chrome or Chromium, or set CHROME_PATH to its executable.',
    );
  }
}

/** Starts the browser with puppeteer-core, for the screenshots, the screenshot test and the benchmarks. */
export async function launchChromium() {
  const { executablePath, args, headless } = await findChromium();
  return puppeteer.launch({ executablePath, args, headless });
}

/** Runs `main`; a missing browser ends the process with its one-line message instead of a stack trace. */
export async function withChromiumOrExit(main) {
  try {
    return await main();
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// `node scripts/chromium.mjs`: says which browser the tests will use, or the one line of what to do.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { source, executablePath } = await withChromiumOrExit(findChromium);
  console.log(`Browser tests use Chromium from ${source}: ${executablePath}`);
}
