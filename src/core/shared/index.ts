export { type Clock, realClock, steadyClock, toClock } from './clock.js';
export { addMonths, type CalendarDate, daysBetween, formatDate, isAfter, localDate, parseDate } from './dates.js';
export { describe } from './describe.js';
export { fingerprint } from './fingerprint.js';
export {
  formatDays,
  formatDuration,
  formatLongDate,
  formatMessage,
  formatMonths,
  formatPercent,
  listFormat,
  numberFormat,
  roundMinutes,
} from './format.js';
export { deepFreeze } from './freeze.js';
export { JSON_MAX_DEPTH, JSON_MAX_LENGTH, parseJson, toJson } from './json.js';
export * from './kind-lists.js';
export * from './kinds.js';
export { EMAIL, PHONE, SAFE_LINK, telLink, WEB_LINK } from './links.js';
