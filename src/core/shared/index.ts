export { type Clock, realClock, steadyClock, toClock } from './clock.js';
export { addMonths, type CalendarDate, daysBetween, formatDate, isAfter, localDate, parseDate } from './dates.js';
export { describe, ECHOED_LENGTH, someOf, truncate } from './describe.js';
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
export { EMAIL, httpsOrigin, PHONE, RELATIVE_LINK, SAFE_LINK, telLink, WEB_LINK } from './links.js';
export { ownCopy, ownFields } from './own.js';
