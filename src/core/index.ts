/**
 * The diagnosis core: validation, sessions and languages. No DOM, no Lit, no built-in knowledge
 * base (that is `charge-troubleshooter/knowledge-base`): it runs the same in a browser, Node, a worker
 * or another app's UI.
 */

export { english, englishCore, isRightToLeft, loadLocale, matchLocale, SHIPPED_LOCALES } from '../locales/index.js';
export type { CoreLocale, CoreMessages, Locale, PluralMessage, UiMessages } from '../locales/types.js';
export {
  type Controller,
  type ControllerChange,
  type ControllerListener,
  type ControllerOptions,
  type ControllerState,
  createController,
  type ProgressStore,
  type SavedProgress,
  type Timer,
} from './controller.js';
export { formatMessage } from './format.js';
export { KnowledgeBaseError, type KnowledgeBaseProblem } from './knowledge-base-error.js';
export { createSession, restoreSession } from './session.js';
export { parseSvg, SVG_ATTRIBUTES, SVG_ELEMENTS, SVG_NAMESPACE, type SvgNode, svgProblem } from './svg.js';
export type * from './types.js';
export { OUTCOMES } from './types.js';
export { validateKnowledgeBase, validateTranslation } from './validate.js';
export { knowledgeBaseSpeaks } from './words.js';
