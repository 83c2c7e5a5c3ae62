import { fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { type ActionPrompt, createSession, type ResultPrompt, type SessionOptions } from '../../src/core/index.js';
import '../../src/index.js';

import { outcomesKnowledgeBase } from './outcomes-knowledge-base.js';

export { outcomesKnowledgeBase };

import type { ChargeTroubleshooter, ChargeTroubleshooterResult, ChargeTroubleshooterStep, CtEventMap } from '../../src/index.js';

/** An action with a wait: a timer, instructions and the usual answers. */
export const waitingAction: ActionPrompt = {
  kind: 'action',
  id: 'wait',
  title: 'Leave it charging',
  steps: ['Plug it in.', 'Leave it alone.'],
  minutes: 2,
  waitMinutes: 30,
  options: [
    { id: 'fixed', label: 'It’s charging now' },
    { id: 'not-fixed', label: 'Still not charging' },
    { id: 'skip', label: 'I can’t do this' },
  ],
};

/** A warranty claim on the outcomes knowledge base, with its summary. */
export function warrantyClaim(): { prompt: ResultPrompt; summary: string } {
  const session = createSession({
    knowledgeBase: outcomesKnowledgeBase(),
    device: 'gizmo',
    purchaseDate: '2026-01-01',
    today: '2026-11-21',
  })
    .answer('none')
    .answer('not-fixed')
    .answer('not-fixed');
  return { prompt: session.current as ResultPrompt, summary: session.summary() };
}

/** The answers that reach each outcome on the outcomes knowledge base (device `gizmo`, no purchase date, region EU). */
export const OUTCOME_ANSWERS = {
  resolved: ['none', 'fixed'],
  'safety-stop': ['danger'],
  refund: ['none', 'not-fixed', 'not-fixed', 'return'],
  'warranty-claim': ['none', 'not-fixed', 'not-fixed', 'warranty'],
  'legal-guarantee': ['none', 'not-fixed', 'not-fixed', 'legal'],
  repair: ['none', 'not-fixed', 'not-fixed', 'lifespan'],
  replace: ['none', 'not-fixed', 'not-fixed', 'past-lifespan'],
  'contact-support': ['none', 'not-fixed', 'not-fixed', 'unknown'],
} as const;

/** A result of the outcomes knowledge base (device `gizmo`, region EU) after `answers`, with its summary. */
export function resultAfter(answers: readonly string[], options: Partial<SessionOptions> = {}): { prompt: ResultPrompt; summary: string } {
  let session = createSession({ knowledgeBase: outcomesKnowledgeBase(), device: 'gizmo', region: 'EU', today: '2026-11-21', ...options });
  for (const answer of answers) session = session.answer(answer);
  if (session.current.kind !== 'result') throw new Error(`no result after ${answers.join(', ')}: ${session.current.id}`);
  return { prompt: session.current, summary: session.summary() };
}

/** The widget's inner step or result element, once rendered. */
export function inner(el: ChargeTroubleshooter): ChargeTroubleshooterStep | ChargeTroubleshooterResult | null {
  return el.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result');
}

export function step(el: ChargeTroubleshooter): ChargeTroubleshooterStep {
  const found = el.shadowRoot!.querySelector('charge-troubleshooter-step');
  if (!found) throw new Error(`no step shown; showing: ${el.shadowRoot!.textContent?.trim().slice(0, 200)}`);
  return found;
}

export function result(el: ChargeTroubleshooter): ChargeTroubleshooterResult {
  const found = el.shadowRoot!.querySelector('charge-troubleshooter-result');
  if (!found) throw new Error(`no result shown; showing: ${el.shadowRoot!.textContent?.trim().slice(0, 200)}`);
  return found;
}

/** Everything rendered, all shadow roots included. */
export async function settled(el: ChargeTroubleshooter): Promise<void> {
  await el.updateComplete;
  await inner(el)?.updateComplete;
  await el.updateComplete;
}

/**
 * The widget's own render, without waiting for what it loads: its `updateComplete` also waits for the
 * knowledge base and the language, so only this shows the loading state or the words shown meanwhile.
 */
export function rendered(el: ChargeTroubleshooter): Promise<boolean> {
  return (LitElement.prototype as unknown as { getUpdateComplete(this: LitElement): Promise<boolean> }).getUpdateComplete.call(el);
}

/** Resolves once `condition()` holds, checked after each change of the DOM under `root`: no timers. */
export function domChange(root: Node, condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (condition()) return resolve();
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

export function heading(el: ChargeTroubleshooter): HTMLElement {
  return inner(el)!.shadowRoot!.querySelector('h2')!;
}

export function optionButtons(el: ChargeTroubleshooter): HTMLButtonElement[] {
  return [...step(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('button[value]')];
}

export function currentId(el: ChargeTroubleshooter): string {
  const shown = inner(el);
  return shown?.prompt?.id ?? '(none)';
}

/** Clicks the answer button whose value is `optionId`, as a shopper would. */
export async function choose(el: ChargeTroubleshooter, optionId: string): Promise<void> {
  const button = optionButtons(el).find((b) => b.value === optionId);
  if (!button)
    throw new Error(
      `no button "${optionId}" on ${currentId(el)}: ${optionButtons(el)
        .map((b) => b.value)
        .join(', ')}`,
    );
  button.click();
  await settled(el);
}

export async function widget(markup = html`<charge-troubleshooter></charge-troubleshooter>`): Promise<ChargeTroubleshooter> {
  const el = await fixture<ChargeTroubleshooter>(markup);
  await settled(el);
  return el;
}

/** The element focus is really on, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Compares without handing DOM nodes to chai, whose failure messages would try to print them whole. */
export function isFocused(target: Element | null | undefined): boolean {
  return target !== null && target !== undefined && deepActiveElement() === target;
}

export function describeFocus(): string {
  const active = deepActiveElement();
  return active
    ? `${active.tagName.toLowerCase()}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''} "${active.textContent?.trim().slice(0, 40)}"`
    : 'nothing';
}

/** The next `name` event on `target`, typed as the widget's event map says. */
export function nextEvent<K extends keyof CtEventMap>(target: EventTarget, name: K): Promise<CtEventMap[K]> {
  return oneEvent(target, name) as Promise<CtEventMap[K]>;
}

type Axe = typeof import('axe-core');

/** axe-core, loaded as chai-a11y-axe loads it (onto `window`). */
export async function loadAxe(): Promise<Axe> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  return global.axe!;
}

/** An element's accessible name, computed by axe-core through shadow roots. */
export async function accessibleName(element: Element): Promise<string> {
  const axe = await loadAxe();
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element);
  } finally {
    axe.teardown();
  }
}

/** `host`'s shadow root and every one nested in it. */
function shadowRoots(host: Element): ShadowRoot[] {
  const root = host.shadowRoot;
  return root ? [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)] : [];
}

/**
 * Ends the CSS transitions running in `el` and its shadow roots, so a check sees the colours a
 * shopper sees once the 120 ms fades are over (see the test of the primary answer's fade).
 */
export function finishTransitions(el: Element): void {
  for (const root of shadowRoots(el)) {
    for (const animation of root.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  }
}

/** The words an element shows, hidden helpers ("opens in a new tab") left out. */
export function visible(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
