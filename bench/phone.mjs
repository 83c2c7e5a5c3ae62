// The benchmark's phone: Lighthouse's mobile profile, a mid-range phone on slow 4G. Set through the
// DevTools protocol before the page loads; the network part only slows what goes through Chromium's
// network stack, which the bench's pages on 127.0.0.1 do (browser.mjs checks it did slow them).
export const PHONE = {
  cpuSlowdown: 4,
  // ~1.6 Mbit/s down, 750 kbit/s up, 150 ms from request to response headers; bytes per second.
  network: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

/** Makes `page` the phone for everything it loads from now on. */
export async function emulatePhone(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.setViewport(PHONE.viewport);
}
