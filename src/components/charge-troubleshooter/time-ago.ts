import { ownFields } from '../../core/index.js';

/** The two phrases Intl.RelativeTimeFormat has no words for ("now" reads as "You started now"). */
export interface TimeAgoWords {
  justNow: string;
  earlierToday: string;
}

const MINUTE = 60_000;

/** Whole days between the local calendar dates of `then` and `now`: 1 after local midnight, whatever the hour. */
function calendarDaysBetween(then: number, now: number): number {
  const day = (ms: number) => {
    const date = new Date(ms);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((day(now) - day(then)) / (24 * 60 * MINUTE));
}

/**
 * How long since `then`, as people say it, in the shopper's own calendar: "just now", "3 minutes ago",
 * "earlier today", "yesterday", "3 days ago". Intl's `numeric: 'auto'` gives each language its own
 * "yesterday" (and "vorgestern", "anteayer", "avant-hier") and its plural forms.
 */
export function timeAgo(locale: string, words: TimeAgoWords, then: number, now: number): string {
  const minutes = Math.floor((now - then) / MINUTE);
  if (minutes < 1) return words.justNow;
  const format = new Intl.RelativeTimeFormat(locale, ownFields({ numeric: 'auto' as const }));
  if (minutes < 60) return format.format(-minutes, 'minute');
  const days = calendarDaysBetween(then, now);
  return days < 1 ? words.earlierToday : format.format(-days, 'day');
}
