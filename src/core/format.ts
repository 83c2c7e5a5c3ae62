import type { CalendarDate } from './dates.js';

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** "18 months", "2 Jahre", "30 jours": a duration in months, in whole years when it is one. */
export function formatMonths(locale: string, months: number): string {
  const years = months > 0 && months % 12 === 0;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: years ? 'year' : 'month', unitDisplay: 'long' }).format(
    years ? months / 12 : months,
  );
}

export function formatDays(locale: string, days: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

export function formatPercent(locale: string, probability: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(probability);
}

export function formatLongDate(locale: string, { year, month, day }: CalendarDate): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
