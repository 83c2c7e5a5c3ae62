import type { KnowledgeBase } from './types.js';

/**
 * Which knowledge bases have been checked. The validator is the largest part of the core, and only a
 * knowledge base from outside this package needs it: sessions built by the core's lean path take only a
 * checked one (what `validateKnowledgeBase` passed, or the built-in one the widget recognises), so the
 * widget can load the validator on demand. Nothing here runs on import.
 */
const checked = new WeakSet<object>();
/** What the validator read and checked, by the object it was given: the model is built on it, so what ran is what was checked. */
const checkedCopies = new WeakMap<object, unknown>();

/** A knowledge base the validator passed (with the copy it checked), or one this package built and tested: no check again. */
export function markChecked(knowledgeBase: unknown, copy?: unknown): void {
  if (typeof knowledgeBase !== 'object' || knowledgeBase === null) return;
  checked.add(knowledgeBase);
  if (copy !== undefined) checkedCopies.set(knowledgeBase, copy);
}

/** The copy the validator checked of this knowledge base, if it made one. */
export function checkedCopy(knowledgeBase: object): unknown {
  return checkedCopies.get(knowledgeBase);
}

export function isChecked(knowledgeBase: unknown): boolean {
  return typeof knowledgeBase === 'object' && knowledgeBase !== null && checked.has(knowledgeBase);
}

/** The validator, loaded when first needed (a chunk of its own in the bundles). */
export async function loadValidator(): Promise<(input: unknown) => KnowledgeBase> {
  return (await import('./validate.js')).validateKnowledgeBase;
}

/** Before a model is built: only a checked knowledge base gets this far. */
export function requireChecked(knowledgeBase: unknown): void {
  if (!isChecked(knowledgeBase)) {
    throw new Error('This knowledge base has not been checked: pass it through validateKnowledgeBase() first');
  }
}
