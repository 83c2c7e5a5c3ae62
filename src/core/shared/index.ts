export { type Clock, realClock, toClock } from './clock.js';
export { addMonths, type CalendarDate, daysBetween, formatDate, isAfter, localDate, parseDate } from './dates.js';
export { describe, ECHOED_LENGTH, someOf, truncate } from './describe.js';
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
export * from './kind-lists.js';
export * from './kinds.js';
export { EMAIL, httpsOrigin, PHONE, RELATIVE_LINK, SAFE_LINK, telLink, WEB_LINK } from './links.js';
export { ownCopy, ownFields } from './own.js';
