export { newSessionId, outcomeRecord, RECORD_VERSION, SESSION_ID, SESSION_ID_RULE, wholeMonthsBetween } from './outcome-record.js';
export { resultPrompt } from './result.js';
export { readShop } from './shop.js';
export { writeSummary } from './summary.js';
export {
  actionWords,
  brandOf,
  deviceLabel,
  durations,
  imageFor,
  knowledgeBaseSpeaks,
  localized,
  pageLanguage,
  type Words,
  wordsFor,
} from './words.js';
