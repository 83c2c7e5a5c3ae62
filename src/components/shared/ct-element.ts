import { LitElement } from 'lit';
import type { CtEventMap } from './events.js';

/** The detail an event of the page carries. */
export type DetailOf<K extends keyof CtEventMap> = CtEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The base of every charge-troubleshooter element: typed events that cross shadow roots. */
export class CtElement extends LitElement {
  /** Dispatches a bubbling, composed event, so a listener on the page hears it. */
  protected emit<K extends keyof CtEventMap>(name: K, detail: DetailOf<K>): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}

/** Registers an element once: including the script twice must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
