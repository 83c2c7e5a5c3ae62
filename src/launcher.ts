/**
 * The launcher entry for product pages (`dist/cdn/charge-troubleshooter-launcher.js`): most visitors never
 * open the troubleshooter, so a page pays for a button and nothing more until a shopper shows intent.
 * Same markup as the widget: `<charge-troubleshooter launcher …>`. The whole widget, beside this file,
 * is downloaded when the browser is idle after load (a low-priority prefetch; `prefetch="none"` on the
 * element turns it off) or when the shopper points at or focuses the button, and run on click.
 * An inline widget (no `launcher`) is on screen from the start: it loads the whole widget at once.
 */
import {
  ChargeTroubleshooterLazyLauncher,
  equip,
  reportLoadFailure,
  setting,
  type WidgetLoader,
} from './components/charge-troubleshooter-lazy-launcher/charge-troubleshooter-lazy-launcher.js';
import { DEFAULT_KNOWLEDGE_BASE_URL } from './knowledge-base/location.js';

const WIDGET = 'charge-troubleshooter';
const STAND_IN = 'charge-troubleshooter-lazy-launcher';
const widgetModule = new URL('./charge-troubleshooter.js', import.meta.url).href;

const prefetched = new Set<string>();
/** A `<link>` that downloads without running: the module, and the knowledge base the widget will ask for. */
function preload(href: string, rel: 'modulepreload' | 'preload', priority: 'high' | 'low'): void {
  if (prefetched.has(href)) return;
  prefetched.add(href);
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  link.fetchPriority = priority;
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  document.head.append(link);
}

const loader: WidgetLoader = {
  prefetch(priority, host) {
    preload(widgetModule, 'modulepreload', priority);
    const src = setting(host, 'src');
    preload(src ? new URL(src, document.baseURI).href : DEFAULT_KNOWLEDGE_BASE_URL, 'preload', priority);
  },
  load: () => import(/* @vite-ignore */ widgetModule),
};

function standIn(host: HTMLElement): void {
  if (customElements.get(WIDGET) || host.querySelector(STAND_IN)) return;
  // open(), close() and the properties work from the start: a shop's own link can open it before any intent.
  equip(host as Parameters<typeof equip>[0], loader);
  if (setting(host, 'launcher') === null) {
    loader.load().catch((error) => reportLoadFailure(host, error));
    return;
  }
  host.append(document.createElement(STAND_IN));
  if (host.getAttribute('prefetch') !== 'none') {
    const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    const idle = () => whenIdle(() => loader.prefetch('low', host));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  }
}

if (!customElements.get(STAND_IN)) {
  ChargeTroubleshooterLazyLauncher.loader = loader;
  customElements.define(STAND_IN, ChargeTroubleshooterLazyLauncher);
  for (const host of document.querySelectorAll(WIDGET)) standIn(host);
  // Widgets a single-page app adds later get their button too.
  const watcher = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node instanceof HTMLElement) for (const host of node.matches(WIDGET) ? [node] : node.querySelectorAll(WIDGET)) standIn(host);
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  // Once the widget runs, it draws its own button: the stand-ins go.
  customElements.whenDefined(WIDGET).then(() => {
    watcher.disconnect();
    for (const standing of document.querySelectorAll(STAND_IN)) standing.remove();
  });
}
