export { newSessionId, outcomeRecord, RECORD_VERSION, SESSION_ID, SESSION_ID_RULE, wholeMonthsBetween } from './outcome-record.js';
export { resultPrompt } from './result.js';
export { readShop } from './shop.js';
export { writeSummary } from './summary.js';
export { actionWords, deviceLabel, durations, imageFor, knowledgeBaseSpeaks, type Words, wordsFor } from './words.js';
