import type { Group } from './groups.js';

// Sessions by the day the collector received them, in days or weeks: a month shows its days, a
// longer span its weeks. The span is capped, so a stray date years away cannot make a page of empty bars.

export interface TimeBucket {
  /** The bucket's first day, YYYY-MM-DD (a Monday for weeks). */
  start: string;
  counts: Record<Group, number>;
}

export interface OverTime {
  unit: 'day' | 'week';
  buckets: TimeBucket[];
  /** Dated sessions before the first bucket (the span shown is capped). */
  before: number;
  /** Sessions with no `receivedAt`. */
  undated: number;
}

/** Days up to this span are shown by day; longer spans by week. */
export const MAX_DAYS = 62;
/** At most this many weeks (a year) are shown. */
export const MAX_WEEKS = 53;

const DAY = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** The Monday on or before a day. */
const mondayOf = (time: number) => time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;

export function emptyCounts(): Record<Group, number> {
  return { fixed: 0, part: 0, escalated: 0, safety: 0, abandoned: 0, unknown: 0 };
}

/** Buckets the sessions counted by day (`byDay`: day → counts by group). */
export function overTime(byDay: ReadonlyMap<string, Record<Group, number>>, undated: number): OverTime {
  if (byDay.size === 0) return { unit: 'day', buckets: [], before: 0, undated };
  const times = [...byDay.keys()].map(toTime);
  const last = Math.max(...times);
  const first = Math.min(...times);
  const unit = last - first < MAX_DAYS * DAY ? 'day' : 'week';
  const end = unit === 'day' ? last : mondayOf(last);
  const start = unit === 'day' ? first : Math.max(mondayOf(first), end - (MAX_WEEKS - 1) * 7 * DAY);
  const step = unit === 'day' ? DAY : 7 * DAY;
  const buckets: TimeBucket[] = [];
  for (let t = start; t <= end; t += step) buckets.push({ start: toDay(t), counts: emptyCounts() });
  let before = 0;
  for (const [day, counts] of byDay) {
    const t = toTime(day);
    const index = Math.floor(((unit === 'day' ? t : mondayOf(t)) - start) / step);
    if (index < 0) {
      before += Object.values(counts).reduce((a, b) => a + b, 0);
      continue;
    }
    const bucket = buckets[index]!.counts;
    for (const group of Object.keys(counts) as Group[]) bucket[group] += counts[group];
  }
  return { unit, buckets, before, undated };
}
