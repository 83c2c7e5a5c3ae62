import type { CalendarDate } from './dates.js';

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Building an Intl formatter costs far more than using one: one per language and style, kept. */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function kept<T extends Formatter>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/** A kept formatter: the elements' durations use it too, since a step shows up to three. */
export function numberFormat(
  locale: string,
  style: 'decimal' | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'percent',
): Intl.NumberFormat {
  return kept(
    `${locale} ${style}`,
    () =>
      new Intl.NumberFormat(
        locale,
        style === 'decimal'
          ? {}
          : style === 'percent'
            ? { style: 'percent', maximumFractionDigits: 0 }
            : { style: 'unit', unit: style, unitDisplay: 'long' },
      ),
  );
}

/** A kept list formatter: "a, b or c" (`disjunction`), "a, b, c" (`unit`). */
export function listFormat(locale: string, type: 'disjunction' | 'unit'): Intl.ListFormat {
  return kept(`${locale} list ${type}`, () => new Intl.ListFormat(locale, { type }));
}

/** "18 months", "2 Jahre", "30 jours": a duration in months, in whole years when it is one. */
export function formatMonths(locale: string, months: number): string {
  const years = months > 0 && months % 12 === 0;
  return numberFormat(locale, years ? 'year' : 'month').format(years ? months / 12 : months);
}

export function formatDays(locale: string, days: number): string {
  return numberFormat(locale, 'day').format(days);
}

export function formatPercent(locale: string, probability: number): string {
  return numberFormat(locale, 'percent').format(probability);
}

export function formatLongDate(locale: string, { year, month, day }: CalendarDate): string {
  const format = kept(`${locale} date`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
