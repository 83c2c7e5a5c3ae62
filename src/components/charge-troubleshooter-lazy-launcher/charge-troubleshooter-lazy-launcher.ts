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

type Host = HTMLElement & { open?: () => Promise<void> };

/** No uncaught error on the shop's page: the widget's own error event, on its element. */
export function reportLoadFailure(host: Element, error: unknown): void {
  const message = `Cannot load the troubleshooter: ${error instanceof Error ? error.message : String(error)}`;
  host.dispatchEvent(new CustomEvent<CtErrorDetail>('ct-error', { bubbles: true, composed: true, detail: { message } }));
}

let sheet: CSSStyleSheet | undefined;

/** The shipped language a host will speak, as the widget chooses: its `locale`, else the page's, else the browser's, else English. */
function labelFor(host: Element): string {
  const preferred = [host.getAttribute('locale'), host.closest('[lang]')?.getAttribute('lang'), ...navigator.languages];
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
    this.setAttribute('size', host.getAttribute('launcher') || 'auto');
    const scheme = host.getAttribute('color-scheme');
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
    button.addEventListener('click', () => this.#open(host, button));
  }

  async #open(host: Host, button: HTMLButtonElement): Promise<void> {
    button.classList.add('loading');
    button.setAttribute('aria-busy', 'true');
    try {
      await ChargeTroubleshooterLazyLauncher.loader.load();
      await customElements.whenDefined('charge-troubleshooter');
      await host.open?.();
    } catch (error) {
      // The button stays, to try again.
      button.classList.remove('loading');
      button.removeAttribute('aria-busy');
      reportLoadFailure(host, error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'charge-troubleshooter-lazy-launcher': ChargeTroubleshooterLazyLauncher;
  }
}
