// The guard before Lit, wherever the elements are imported from: see lit-policy-guard.ts.
import './lit-policy-guard.js';
import { LitElement, type PropertyValues, ReactiveElement } from 'lit';
import type { CtEventMap } from './events.js';
import { endLitPolicyGuard } from './lit-policy-guard.js';

/** Why Lit could not create its Trusted Types policy on this page, if it could not: then it cannot render. */
const litPolicyRefusal = endLitPolicyGuard();

/** The detail an event of the page carries. */
export type DetailOf<K extends keyof CtEventMap> = CtEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The base of every charge-troubleshooter element: typed events that cross shadow roots. */
export class CtElement extends LitElement {
  constructor() {
    super();
    // Lit makes the shadow root only while `renderRoot` reads as unset: one a page put on
    // Object.prototype would leave the element without any. An own, unset field is read first.
    Object.defineProperty(this, 'renderRoot', { value: undefined, writable: true, configurable: true });
  }

  /**
   * Without its Trusted Types policy Lit cannot render a thing: the element says so, and how to fix it,
   * in plain DOM (textContent needs no policy), and sends the `ct-error` once.
   */
  protected override update(changed: PropertyValues): void {
    if (litPolicyRefusal === undefined) {
      super.update(changed);
      return;
    }
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    if (this.renderRoot.querySelector('[part="error"]') !== null) return;
    this.renderRoot.replaceChildren(policyRefusedError());
    this.emit('ct-error', {
      message: `${POLICY_REFUSED} Add 'allow-duplicates' to it: ${POLICY_FIX} (the browser said: ${litPolicyRefusal})`,
    });
  }

  /** Dispatches a bubbling, composed event, so a listener on the page hears it. */
  protected emit<K extends keyof CtEventMap>(name: K, detail: DetailOf<K>): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}

const POLICY_REFUSED = `Another copy of Lit on this page already has the Trusted Types policy "lit-html", and the page's Content-Security-Policy allows only one.`;
const POLICY_FIX = "trusted-types lit-html 'allow-duplicates'";

/** The error state without Lit: the reason, and the fix as code. */
function policyRefusedError(): HTMLElement {
  const error = document.createElement('div');
  error.setAttribute('part', 'error');
  error.setAttribute('role', 'alert');
  error.className = 'error';
  const title = document.createElement('h2');
  title.textContent = 'The troubleshooter cannot start on this page';
  const text = document.createElement('p');
  text.textContent = `${POLICY_REFUSED} Add 'allow-duplicates' to it:`;
  const code = document.createElement('code');
  code.textContent = POLICY_FIX;
  error.append(title, text, code);
  return error;
}

/** Registers an element once: including the script twice must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
