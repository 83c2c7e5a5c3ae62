/** Helpers for the tests that load real pages in an iframe (no package code: the pages bring their own). */

/** Opens `src` in an iframe of the runner page, styled by `cssText`; resolves once it has loaded. */
export async function openFrame(src: string, cssText: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = cssText;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The paths a page has fetched, without the test server's own live-reload socket. */
export function fetchedPaths(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
}
