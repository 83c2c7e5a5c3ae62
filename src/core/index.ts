/**
 * The diagnosis core: validation, sessions and languages. No DOM, no Lit, no built-in knowledge
 * base (that is `charge-troubleshooter/knowledge-base`): it runs the same in a browser, Node, a worker
 * or another app's UI.
 */

export type { CoreLocale, CoreMessages, Locale, PluralMessage, ShippedLocale, UiMessages } from '../locales/index.js';
// The core's English is its own words; the elements' English (`english`, with `ui`) is the elements' entry's.
export { coreEnglish as english, englishCore, isRightToLeft, loadLocale, matchLocale, SHIPPED_LOCALES } from '../locales/index.js';
export { loadValidator } from './knowledge-base/checked.js';
export { KnowledgeBaseError, type KnowledgeBaseProblem } from './knowledge-base/error.js';
export { parseSvg, SVG_ATTRIBUTES, SVG_ELEMENTS, SVG_NAMESPACE, type SvgNode, svgProblem } from './knowledge-base/svg.js';
export { validateKnowledgeBase, validateTranslation } from './knowledge-base/validate.js';
export { knowledgeBaseSpeaks } from './outcomes/words.js';
export {
  type Controller,
  type ControllerChange,
  type ControllerListener,
  type ControllerOptions,
  type ControllerState,
  createController,
  DEFAULT_KEEP_DAYS,
  type ProgressStore,
  type SavedProgress,
  type Timer,
} from './session/controller.js';
export { progressKey, progressScope } from './session/saved-progress.js';
export { type Clock, realClock, steadyClock, toClock } from './shared/clock.js';
export { truncate } from './shared/describe.js';
export { formatDuration, formatMessage, numberFormat, roundMinutes } from './shared/format.js';
export { parseJson, toJson } from './shared/json.js';
export { RELATIVE_LINK, SAFE_LINK, WEB_LINK } from './shared/links.js';
export { ownCopy, ownFields } from './shared/own.js';
export type * from './types.js';
export { ESCALATIONS, isEscalation, LIKELIHOODS, OUTCOME_KINDS, OUTCOME_VERDICTS, OUTCOMES, STOP_REASONS } from './types.js';
export { createSession, restoreSession } from './validating.js';
