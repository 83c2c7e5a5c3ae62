// Walking a widget on a page in a frame, as a shopper does: what the embedding tests share.
import type { ChargeTroubleshooter, ChargeTroubleshooterStep } from '../../src/index.js';

type Widget = ChargeTroubleshooter;

/** The step or result the widget shows, if any. */
export function shown(widget: Widget): Element | null {
  return widget.shadowRoot!.querySelector('charge-troubleshooter-step, charge-troubleshooter-result');
}

/** Everything rendered: the widget's loading (knowledge base, language) done, and its step or result. */
export async function settled(widget: Widget): Promise<void> {
  await widget.updateComplete;
  await (shown(widget) as Widget | null)?.updateComplete;
  await widget.updateComplete;
}

export function stepOf(widget: Widget): ChargeTroubleshooterStep {
  const step = widget.shadowRoot!.querySelector('charge-troubleshooter-step');
  if (!step) throw new Error(`no step shown; showing: ${deepText(widget).trim().slice(0, 200)}`);
  return step as ChargeTroubleshooterStep;
}

export function answerButtons(widget: Widget): HTMLButtonElement[] {
  return [...stepOf(widget).shadowRoot!.querySelectorAll<HTMLButtonElement>('button[value]')];
}

/** Presses the answer button with this value and waits for what follows. */
export async function answer(widget: Widget, optionId: string): Promise<void> {
  const button = answerButtons(widget).find((b) => b.value === optionId);
  if (!button) throw new Error(`no "${optionId}" on ${stepOf(widget).prompt?.id}: ${answerButtons(widget).map((b) => b.value)}`);
  button.click();
  await settled(widget);
}

/** All the text a widget shows, its nested shadow roots included. */
export function deepText(node: Node): string {
  let text = node.nodeType === Node.TEXT_NODE ? (node as Text).data : '';
  const root = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
  if (root) text += deepText(root);
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** Every element matching `selector` in a widget's shadow roots, however deep. */
export function deepQuery(host: Element, selector: string): Element[] {
  const root = host.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll(selector), ...[...root.querySelectorAll('*')].flatMap((el) => deepQuery(el, selector))];
}
