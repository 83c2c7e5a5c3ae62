// Walks on a page whose scripts ran before the widget's: what a shopper sees, follows and sends.
import type { ChargeTroubleshooter } from '../../src/index.js';
import { BUILT_IN_REPLIES } from './built-in-replies.js';
import { openFrame } from './frame.js';
import { answer, deepQuery, deepText, settled, shown, stepOf } from './widget-page.js';

export type PageWindow = Window & typeof globalThis & { pageErrors: string[]; ctErrors: unknown[] };
export type Walk = { name: string; attributes: Record<string, string>; replies: Record<string, string> };

function dateBefore(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const SHOP = {
  'shop-name': 'Fjord Outdoor',
  'support-email': 'help@fjord.example',
  'support-phone': '+44 20 7946 0000',
  'support-url': 'https://fjord.example/help',
  'order-number': 'A-1001',
};

/** Walks to each kind of ending: a warranty claim, a wet recalled speaker, the picker in German, a replacement. */
export const WALKS: Walk[] = [
  {
    name: 'claim',
    attributes: { device: 'shokz-openrun', 'purchase-date': dateBefore(240), region: 'UK', ...SHOP },
    replies: BUILT_IN_REPLIES,
  },
  {
    name: 'wet recall speaker, refund',
    attributes: {
      device: 'soundcore-a3102',
      'purchase-date': dateBefore(10),
      region: 'EU',
      'return-url': 'https://fjord.example/returns',
      ...SHOP,
    },
    replies: { ...BUILT_IN_REPLIES, safety: 'wet' },
  },
  { name: 'picker, in German', attributes: { locale: 'de', ...SHOP }, replies: { ...BUILT_IN_REPLIES, device: 'generic-speaker' } },
  {
    name: 'replacement',
    attributes: {
      device: 'generic-earbuds',
      'purchase-date': dateBefore(1300),
      'replace-url': 'https://fjord.example/new',
      accessories: JSON.stringify({ cable: { label: 'A USB-C cable', href: 'https://fjord.example/cable' } }),
      ...SHOP,
    },
    replies: BUILT_IN_REPLIES,
  },
];

/** A fresh page; `pollution` runs in it before the bundle does. */
export async function page(pollution?: (win: PageWindow) => void): Promise<PageWindow> {
  const frame = await openFrame('/tests/embedding/pages/hostile/before-the-widget.html', 'width: 390px; height: 844px; border: 0');
  const win = frame.contentWindow as PageWindow;
  pollution?.(win);
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/charge-troubleshooter.js';
  win.document.head.append(script);
  await win.customElements.whenDefined('charge-troubleshooter');
  return win;
}

/** What a shopper on this walk sees, follows and sends: each screen's text, links and images, the events, the requests. */
export async function seen(win: PageWindow, walk: Walk): Promise<string[]> {
  const events: string[] = [];
  for (const type of ['ct-step', 'ct-answer', 'ct-result', 'ct-error']) {
    win.document.addEventListener(type, (event) => events.push(`${type} ${JSON.stringify((event as CustomEvent).detail)}`));
  }
  const widget = win.document.createElement('charge-troubleshooter') as ChargeTroubleshooter;
  for (const [name, value] of Object.entries(walk.attributes)) widget.setAttribute(name, value);
  win.document.body.append(widget);
  await settled(widget);
  const screens: string[] = [];
  const screen = () => {
    const links = deepQuery(widget, '[href]').map(
      (el) => `${el.localName} ${el.getAttribute('href')} ${el.getAttribute('hreflang') ?? ''}`,
    );
    const images = deepQuery(widget, '[src], image, use').map(
      (el) => `${el.localName} ${el.getAttribute('src') ?? el.getAttribute('href') ?? ''}`,
    );
    screens.push([deepText(widget).replace(/\s+/g, ' '), ...links, ...images].join('\n'));
  };
  for (let i = 0; i < 30 && widget.shadowRoot!.querySelector('charge-troubleshooter-result') === null; i++) {
    screen();
    if (shown(widget) === null) break; // an error state: seen, and compared
    const prompt = stepOf(widget).prompt!;
    await answer(widget, prompt.kind === 'action' ? 'not-fixed' : (walk.replies[prompt.id] ?? prompt.options.at(-1)!.id));
  }
  screen();
  const requests = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !url.includes('/__web-dev-server'))
    .sort();
  const text = [...screens, ...events, ...requests, ...win.pageErrors].join('\n\n');
  // The session's reference (16 hex digits) is new each time: the same walk, another id.
  return text.replace(/(%20|\s|"|^)[0-9a-f]{16}(?![0-9a-f])/gm, '$1<reference>').split('\n\n');
}
