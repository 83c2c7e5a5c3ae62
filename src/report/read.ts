import { describe, OUTCOMES } from '../core/internal.js';
import type { Outcome } from '../core/types.js';
import { RecordError, readRecord, readRow, type Verdict } from '../learn/read-records.js';

// What the report reads from a record or row beyond what `learn` reads: how it ended, and when the
// collector received it. Everything else (the record format, id, count, device, path, verdict) is
// checked by learn's own reader, so the report and `learn` refuse the same lines.

/** How a session ended: an outcome, or the shopper left before the end (a partial path). */
export type Ending = Outcome | 'abandoned';
export const ENDINGS: readonly Ending[] = [...OUTCOMES, 'abandoned'];

/** One record or row as the report counts it. */
export interface ReportSession {
  id?: string;
  /** Sessions it stands for: 1 for a record, `count` for a row. */
  count: number;
  device: string;
  /** `promptId:optionId` pairs, one space apart (checked; split by `pairsOf` where counted: a string is a tenth of the memory). */
  path: string;
  /** Undefined for a row grouped without its outcome. */
  ending: Ending | undefined;
  verdict?: Verdict;
  ageMonths?: number;
  /** The day the collector received it (`receivedAt`'s date as written, YYYY-MM-DD), when it says. */
  day?: string;
}

/** `2026-12-07`, `2026-12-07T09:15:00Z`, `2026-12-07T09:15:00.123+01:00`: a date, optionally a time and an offset. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date part of an ISO 8601 timestamp, checked to be a real day; throws a RecordError otherwise. */
export function receivedDay(value: unknown): string {
  const match = typeof value === 'string' ? ISO_8601.exec(value) : null;
  const [year, month, day] = match === null ? [] : match.slice(1, 4).map(Number);
  const date = match === null ? undefined : new Date(Date.UTC(year!, month! - 1, day!));
  if (date === undefined || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || year! < 2000)
    throw new RecordError(`"receivedAt" must be an ISO 8601 date or timestamp (2026-12-07T09:15:00Z), not ${describe(value)}`);
  return match![0].slice(0, 10);
}

function ending(value: unknown, isRow: boolean): Ending | undefined {
  if ((value === undefined || value === null) && isRow) return undefined;
  if (typeof value !== 'string' || !(ENDINGS as readonly string[]).includes(value))
    throw new RecordError(`"outcome" must be one of ${ENDINGS.join(', ')}, not ${describe(value)}`);
  return value as Ending;
}

/** A path of well-formed pairs, checked without splitting it. */
const WELL_FORMED = /^(?:[^: ]+:[^ ]+(?: [^: ]+:[^ ]+)*)?$/;

/** The path as given, once its pairs are known to be well formed; a RecordError naming the first that is not. */
function checkedPath(path: string): string {
  if (!WELL_FORMED.test(path)) pairsOf(path);
  return path;
}

/** Splits a path into pairs; a pair that is not promptId:optionId is a RecordError, as in `learn`. */
export function pairsOf(path: string): { promptId: string; optionId: string }[] {
  if (path === '') return [];
  return path.split(' ').map((pair) => {
    const colon = pair.indexOf(':');
    if (colon < 1 || colon === pair.length - 1) throw new RecordError(`"path" has "${pair}", which is not promptId:optionId`);
    return { promptId: pair.slice(0, colon), optionId: pair.slice(colon + 1) };
  });
}

/** Reads one record (single session, with `id`) or, trusted, one row (aggregate, with `count`), as `learn` reads them. */
export function readReportSession(value: unknown, kind: 'record' | 'row' = 'record'): ReportSession {
  const isRow = kind === 'row';
  const read = isRow ? readRow(value) : readRecord(value);
  const fields = value as Record<string, unknown>;
  const age = fields.ageMonths;
  return {
    ...(read.id === undefined ? {} : { id: read.id }),
    count: read.count,
    device: read.device,
    path: checkedPath(read.path),
    ending: ending(fields.outcome, isRow),
    ...(read.verdict === undefined ? {} : { verdict: read.verdict }),
    ...(typeof age === 'number' && Number.isInteger(age) && age >= 0 ? { ageMonths: age } : {}),
    ...(fields.receivedAt === undefined || fields.receivedAt === null ? {} : { day: receivedDay(fields.receivedAt) }),
  };
}
