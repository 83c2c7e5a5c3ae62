// How every tool here starts Debian's Chromium: headless, as root, quiet on a closed network.
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
