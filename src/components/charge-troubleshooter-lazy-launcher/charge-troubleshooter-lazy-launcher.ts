import { launcherLabels } from '../../locales/launcher-labels.js';
import { bestMatch } from '../../locales/match.js';
import { BOLT_PATH, launcherButtonCss } from '../charge-troubleshooter-launcher/launcher-button.css.js';
import type { CtErrorDetail } from '../shared/events.js';
import { tokensCss } from '../shared/tokens.css.js';

/** How the stand-in gets the whole widget: the entry knows where it lives. */
export interface WidgetLoader {
  /** Starts downloading the widget without running it. */
  prefetch(priority: 'high' | 'low', host: Element): void;
  /** Downloads and runs it: `<charge-troubleshooter>` is defined when this resolves. */
  load(): Promise<unknown>;
}

/** `<charge-troubleshooter>` before the widget runs: the entry gives it the widget's `open()` and `close()`. */
type Host = HTMLElement & { open(): Promise<void>; close(): void };

const WIDGET = 'charge-troubleshooter';

/** No uncaught error on the shop's page: the widget's own error event, on its element. */
export function reportLoadFailure(host: Element, error: unknown): void {
  const message = `Cannot load the troubleshooter: ${error instanceof Error ? error.message : String(error)}`;
  host.dispatchEvent(new CustomEvent<CtErrorDetail>('ct-error', { bubbles: true, composed: true, detail: { message } }));
}

/**
 * A setting as the widget will read it: a property the page set before the widget ran (the host's own,
 * never an inherited one), else the attribute. `true` is a bare attribute; `false` or nothing, none.
 */
export function setting(host: Element, property: string, attribute = property): string | null {
  if (!Object.hasOwn(host, property)) return host.getAttribute(attribute);
  const value: unknown = Reflect.get(host, property);
  return value == null || value === false ? null : value === true ? '' : String(value);
}

/**
 * The widget's `open()` and `close()` on its element before the widget is loaded, so a shop's own link
 * can open it at any time: `open()` loads the widget, then opens it (one load and one open however
 * often it is called), settling once the dialog is open; `close()` cancels an open still loading. A
 * widget that cannot be downloaded is a `ct-error`, never a rejection on the page. They are own
 * properties of the element: once the widget is defined they go, and its own methods show through.
 */
export function equip(host: Host, loader: WidgetLoader): void {
  let wanted = false;
  let pending: Promise<void> | undefined;
  const busy = (on: boolean) => {
    const button = host.querySelector('charge-troubleshooter-lazy-launcher')?.shadowRoot?.querySelector('button');
    button?.classList.toggle('loading', on);
    if (on) button?.setAttribute('aria-busy', 'true');
    else button?.removeAttribute('aria-busy');
  };
  const own = {
    open(): Promise<void> {
      wanted = true;
      busy(true);
      pending ??= loader
        .load()
        .then(() => customElements.whenDefined(WIDGET))
        .then(
          () => {
            unequip();
            return wanted ? host.open() : undefined;
          },
          (error) => {
            // The button stays, to try again.
            pending = undefined;
            busy(false);
            reportLoadFailure(host, error);
          },
        );
      return pending;
    },
    close(): void {
      wanted = false;
    },
  };
  const unequip = () => {
    for (const name of ['open', 'close'] as const) if (host[name] === own[name]) delete (host as Partial<Host>)[name];
  };
  Object.assign(host, own);
  customElements.whenDefined(WIDGET).then(unequip);
}

let sheet: CSSStyleSheet | undefined;

/** The shipped language a host will speak, as the widget chooses: its `locale`, else the page's, else the browser's, else English. */
function labelFor(host: Element): string {
  const preferred = [setting(host, 'locale'), host.closest('[lang]')?.getAttribute('lang'), ...navigator.languages];
  return launcherLabels[(bestMatch(preferred, Object.keys(launcherLabels)) ?? 'en') as keyof typeof launcherLabels];
}

/**
 * @tagname charge-troubleshooter-lazy-launcher
 * @summary Stands in for `<charge-troubleshooter launcher>` until a shopper shows intent: the same floating
 * button, drawn from the same styles, in a few hundred bytes of script. Pointing at it or focusing it
 * downloads the widget; a click runs it and opens the dialog. It lives in its host's light DOM, which
 * the widget does not show, and the entry removes it once the widget is defined.
 *
 * @csspart launcher - The floating button, as in launcher mode.
 */
export class ChargeTroubleshooterLazyLauncher extends HTMLElement {
  /** Set by the entry before the element is defined. */
  static loader: WidgetLoader;

  connectedCallback(): void {
    const host = this.parentElement as Host | null;
    if (!host || this.shadowRoot) return;
    this.setAttribute('size', setting(host, 'launcher') || 'auto');
    const scheme = setting(host, 'colorScheme', 'color-scheme');
    if (scheme) this.setAttribute('color-scheme', scheme);

    const root = this.attachShadow({ mode: 'open' });
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(tokensCss + launcherButtonCss + '.loading{cursor:progress}');
    root.adoptedStyleSheets = [sheet];

    // Built node by node, not from markup: nothing here needs a Trusted Types policy.
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'launcher primary';
    button.setAttribute('part', 'launcher');
    button.setAttribute('aria-haspopup', 'dialog');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', BOLT_PATH);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = labelFor(host);
    button.append(svg, label);
    root.append(button);

    const { loader } = ChargeTroubleshooterLazyLauncher;
    const intent = () => loader.prefetch('high', host);
    for (const event of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(event, intent, { once: true, passive: true });
    button.addEventListener('click', () => host.open());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter-lazy-launcher': ChargeTroubleshooterLazyLauncher;
  }
}
