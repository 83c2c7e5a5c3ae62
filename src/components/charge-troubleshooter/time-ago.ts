/** "5 minutes ago", "yesterday", "3 days ago" in the language: how long since `then`, as people say it. */
export function timeAgo(locale: string, then: number, now: number): string {
  const minutes = (then - now) / 60_000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(minutes) < 1) return format.format(0, 'second'); // "now"
  if (Math.abs(minutes) < 60) return format.format(Math.round(minutes), 'minute');
  if (Math.abs(minutes) < 36 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (24 * 60)), 'day');
}
