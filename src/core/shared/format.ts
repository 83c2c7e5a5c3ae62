import type { CalendarDate } from './dates.js';
import { ownFields } from './own.js';

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

// Intl reads every option it knows from its options object, inherited ones too: they are given without a prototype.

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
        ownFields<Intl.NumberFormatOptions>(
          style === 'decimal'
            ? {}
            : style === 'percent'
              ? { style: 'percent', maximumFractionDigits: 0 }
              : { style: 'unit', unit: style, unitDisplay: 'long' },
        ),
      ),
  );
}

/** A kept list formatter: "a, b or c" (`disjunction`), "a, b, c" (`unit`; narrow: "a b c"). */
export function listFormat(locale: string, type: 'disjunction' | 'unit', style: 'long' | 'narrow' = 'long'): Intl.ListFormat {
  return kept(`${locale} list ${type} ${style}`, () => new Intl.ListFormat(locale, ownFields({ type, style })));
}

/**
 * Minutes as precise as an estimate deserves: to the minute under 20, to 5 minutes under an hour, to
 * the quarter hour above. Each bound lies on the grids either side of it, so the rounding never turns
 * a smaller amount into a larger one (a clock held still stays still), and a rounded amount stays put.
 */
export function roundMinutes(minutes: number): number {
  const step = minutes < 20 ? 1 : minutes < 60 ? 5 : 15;
  return Math.round(minutes / step) * step;
}

/** "5 minutes", "1 hour", "1 hour 15 minutes": every duration the shopper reads, rounded by `roundMinutes`. */
export function formatDuration(locale: string, minutes: number): string {
  const rounded = roundMinutes(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return numberFormat(locale, 'minute').format(rest);
  const whole = numberFormat(locale, 'hour').format(hours);
  return rest === 0 ? whole : listFormat(locale, 'unit', 'narrow').format([whole, numberFormat(locale, 'minute').format(rest)]);
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
  const format = kept(
    `${locale} date`,
    () => new Intl.DateTimeFormat(locale, ownFields<Intl.DateTimeFormatOptions>({ dateStyle: 'long', timeZone: 'UTC' })),
  );
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
