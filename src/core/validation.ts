import type { KnowledgeBase } from './types.js';

/**
 * When a knowledge base is checked. The validator is the largest part of the core, and only a
 * knowledge base from outside this package needs it: the widget loads it on demand, and the built-in
 * knowledge base, checked by this package's tests, is trusted as it is. Importing `validate.js` (the
 * core's entry does) installs it, so `createSession` checks synchronously as before.
 */
type Validate = (input: unknown) => KnowledgeBase;

let validate: Validate | undefined;
const trusted = new WeakSet<object>();

export function installValidator(validator: Validate): void {
  validate = validator;
}

/** The validator, loading it if need be. */
export async function loadValidator(): Promise<Validate> {
  if (validate === undefined) await import('./validate.js');
  return validate!;
}

/** A knowledge base this package built and tested: no check at runtime. */
export function trustKnowledgeBase(knowledgeBase: unknown): void {
  if (typeof knowledgeBase === 'object' && knowledgeBase !== null) trusted.add(knowledgeBase);
}

export function isTrusted(knowledgeBase: unknown): boolean {
  return typeof knowledgeBase === 'object' && knowledgeBase !== null && trusted.has(knowledgeBase);
}

/** Checks a knowledge base before a model is built from it: throws a KnowledgeBaseError for its problems. */
export function checkKnowledgeBase(knowledgeBase: unknown): void {
  if (isTrusted(knowledgeBase)) return;
  if (validate === undefined) throw new Error('The knowledge-base validator is not loaded: await loadValidator() first');
  validate(knowledgeBase);
}
