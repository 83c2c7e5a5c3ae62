// The core's functions for a knowledge base from outside: each checks it first (once per object), so
// whoever imports them carries the validator. The widget's controller loads it on demand instead.
import { isChecked } from './knowledge-base/checked.js';
import { validateKnowledgeBase } from './knowledge-base/validate.js';
import { type Model, modelOf as modelOfChecked } from './model/index.js';
import { createCheckedSession, type RestoreOptions, restoreCheckedSession } from './session/index.js';
import type { KnowledgeBase, Session, SessionOptions } from './types.js';

/**
 * Starts a troubleshooting session. A missing knowledge base or a locale that is not a loaded
 * language is a TypeError; bad options a RangeError; a bad knowledge base a KnowledgeBaseError
 * (each object is checked once).
 */
export function createSession(options: SessionOptions): Session {
  check(options?.knowledgeBase);
  return createCheckedSession(options);
}

/**
 * Resumes a session from `snapshot()` output with the given knowledge base. The snapshot's own
 * settings (device, purchase date, return window, region) win; `options.locale` may switch the
 * language, and must be given when the snapshot speaks anything but English. The product's age is
 * counted to `options.today`, default the shopper's local date now, never to the snapshot's saved
 * `today`. Throws an Error starting "Cannot restore session:" saying what does not fit.
 */
export function restoreSession(snapshot: unknown, options: RestoreOptions): Session {
  try {
    check(options?.knowledgeBase);
  } catch (error) {
    throw new Error(`Cannot restore session: ${(error as Error).message}`, { cause: error });
  }
  return restoreCheckedSession(snapshot, options);
}

/** The model the engine works on (for the path verifier and the estimator). */
export function modelOf(knowledgeBase: KnowledgeBase): Model {
  check(knowledgeBase);
  return modelOfChecked(knowledgeBase);
}

// A missing knowledge base is left to the session, which says where the built-in one is.
function check(knowledgeBase: unknown): void {
  if (knowledgeBase !== undefined && !isChecked(knowledgeBase)) validateKnowledgeBase(knowledgeBase);
}
