import { describe } from './describe.js';

/** A calendar date with no time zone, as the shopper and the receipt see it. */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD`; a RangeError names the field and the bad value. */
export function parseDate(value: unknown, field: string): CalendarDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) {
    throw new RangeError(
      `${field} must be a date written YYYY-MM-DD, not ${typeof value === 'string' ? JSON.stringify(value) : describe(value)}`,
    );
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new RangeError(`${field} ${JSON.stringify(value)} is not a real calendar date`);
  }
  return date;
}

export function formatDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date of an instant where this code runs (in a browser: the shopper's time zone), as
 * `YYYY-MM-DD`. A shopper counts a return window on their own calendar, not in UTC: in Auckland a
 * product bought this morning must not be "bought tomorrow".
 */
export function localDate(ms: number): string {
  const date = new Date(ms);
  return formatDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const whole = Math.floor(months);
  const index = date.year * 12 + (date.month - 1) + whole;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const shifted = { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
  // A fractional month (an 18.5-month policy) adds its share of 30 days.
  const extraDays = Math.round((months - whole) * 30);
  return extraDays === 0 ? shifted : fromUtcMs(toUtcMs(shifted) + extraDays * DAY_MS);
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return toUtcMs(a) > toUtcMs(b);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtcMs({ year, month, day }: CalendarDate): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900..1999
  return date.getTime();
}

function fromUtcMs(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
