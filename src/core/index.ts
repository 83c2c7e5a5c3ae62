/**
 * The diagnosis core: knowledge base, validation and sessions. No DOM, no Lit: it runs the same in
 * a browser, Node, a worker or another app's UI.
 */

export { defaultKnowledgeBase } from '../knowledge-base/default.js';
export { formatMessage, isLocaleLoaded, loadLocale, matchLocale, SHIPPED_LOCALES } from './i18n.js';
export type { CoreMessages } from './locales/messages.js';
export { createSession, restoreSession } from './session.js';
export type * from './types.js';
export { OUTCOMES } from './types.js';
export { KnowledgeBaseError, type KnowledgeBaseProblem, validateKnowledgeBase } from './validate.js';
