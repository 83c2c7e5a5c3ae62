import { describe, RECORD_VERSION, SESSION_ID, SESSION_ID_RULE } from '../core/internal.js';
import type { OutcomeRecord } from '../core/types.js';

/**
 * What `learn` reads, one JSON object a line: outcome records as `ct-result` gives them (`record()`,
 * one session each, untrusted), or the same grouped in the shop's warehouse into rows with a `count`
 * and no `id` (trusted). A row may carry the returns desk's verdict (`confirmedCause` or
 * `noFaultFound`); a record gets it only from a label, by id.
 */
export interface OutcomeRow extends Omit<OutcomeRecord, 'id' | 'outcome'> {
  /** Sessions that came this way. */
  count: number;
  outcome?: OutcomeRecord['outcome'];
  confirmedCause?: string;
  noFaultFound?: boolean;
}

/** What the returns desk found, attached to a record by its id. */
export type OutcomeLabel = { id: string; confirmedCause: string } | { id: string; noFaultFound: true };

/** What inspection says the cause was: one cause, or any fault a shopper could have fixed (no fault found). */
export type Verdict = { confirmedCause: string } | { noFaultFound: true };

/** A line `learn` cannot read: what is wrong with it (`problem`) and, once known, where it is. */
export class RecordError extends Error {
  constructor(
    readonly problem: string,
    readonly where?: string,
  ) {
    super(where === undefined ? problem : `${where}: ${problem}`);
  }
}

/**
 * A line that is read but cannot be learned from (a path that could not have happened, a record that claims
 * what only a trusted row may), and why (it is counted in the report, not silently dropped):
 * `reason` is the same for every record of its kind, so forged or stale records are counted under a
 * few reasons, however many values they have; `detail` is this record's value (the unknown prompt).
 */
export class Unusable extends Error {
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(detail === undefined ? reason : `${reason} (${detail})`);
  }
}

/** One record or row, checked: the fields `learn` uses. */
export interface ReadRecord {
  /** A single session's id; rows have none. */
  id?: string;
  count: number;
  knowledgeBase?: string;
  knowledgeBaseVersion?: string;
  device: string;
  path: string;
  /** Only rows carry one: a record's verdict comes from the labels. */
  verdict?: Verdict;
  /** A record of a session the shopper left before it ended (`outcome: "abandoned"`): a later record with its id supersedes it. */
  abandoned?: true;
}

type Fields = Record<string, unknown>;

/** A number, or a string of digits: BigQuery writes its 64-bit integers as strings in JSON. */
function wholeNumber(value: unknown): number {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : (value as number);
}

/** A value in a message: a number as written, anything else described. */
const shown = (value: unknown) => (typeof value === 'number' ? String(value) : describe(value));

function object(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new RecordError(`${what} must be a JSON object, not ${describe(value)}`);
  return value as Fields;
}

/** Warehouses write a missing value as null: for an optional field it means absent. */
function text(fields: Fields, key: string, required: boolean): string | undefined {
  const value = fields[key];
  if ((value === undefined || value === null) && !required) return undefined;
  if (typeof value !== 'string' || value === '') throw new RecordError(`"${key}" must be a non-empty string, not ${describe(value)}`);
  return value;
}

function readVerdict(fields: Fields): Verdict | undefined {
  const cause = text(fields, 'confirmedCause', false);
  const noFault = fields.noFaultFound;
  if (noFault !== undefined && noFault !== null && typeof noFault !== 'boolean')
    throw new RecordError(`"noFaultFound" must be true or false, not ${shown(noFault)}`);
  if (cause !== undefined && noFault === true) throw new RecordError('a verdict is "confirmedCause" or "noFaultFound", not both');
  if (cause !== undefined) return { confirmedCause: cause };
  return noFault === true ? { noFaultFound: true } : undefined;
}

/** Fields a record may not carry: a record is one session from an unauthenticated beacon, and anyone can send one. */
const NOT_IN_A_RECORD = ['count', 'confirmedCause', 'noFaultFound'];

/** Why such a record is set aside: the same for every one, so a flood of them is one line of the report. */
export const CLAIMS_A_ROW =
  "claiming what only a trusted row may (a record is one session from an unauthenticated beacon: give aggregated rows with --rows, the returns desk's verdicts with --labels)";

/** The fields records and rows share. */
function readCommon(fields: Fields): Pick<ReadRecord, 'knowledgeBase' | 'knowledgeBaseVersion' | 'device' | 'path'> {
  if (wholeNumber(fields.record) !== RECORD_VERSION)
    throw new RecordError(`"record" must be ${RECORD_VERSION} (the record format this version reads), not ${shown(fields.record)}`);
  const knowledgeBase = text(fields, 'knowledgeBase', false);
  const knowledgeBaseVersion = text(fields, 'knowledgeBaseVersion', false);
  const path = fields.path;
  if (typeof path !== 'string') throw new RecordError(`"path" must be a string of promptId:optionId pairs, not ${describe(path)}`);
  return {
    ...(knowledgeBase === undefined ? {} : { knowledgeBase }),
    ...(knowledgeBaseVersion === undefined ? {} : { knowledgeBaseVersion }),
    device: text(fields, 'device', true)!,
    path,
  };
}

/**
 * Checks one record: one session, with its `id`. Untrusted (anyone can send one to the collector), so
 * it may not say how many sessions it stands for, nor what the returns desk found.
 */
export function readRecord(value: unknown): ReadRecord {
  const fields = object(value, 'a record');
  const common = readCommon(fields);
  // Set aside and counted, not an error that stops the run: one line from anyone must not stop a shop's learning.
  const claimed = NOT_IN_A_RECORD.filter((field) => fields[field] !== undefined && fields[field] !== null);
  if (claimed.length > 0) throw new Unusable(CLAIMS_A_ROW, claimed.map((field) => `"${field}"`).join(', '));
  const id = text(fields, 'id', true)!;
  if (!SESSION_ID.test(id)) throw new RecordError(`"id" must be ${SESSION_ID_RULE}, not ${JSON.stringify(id)}`);
  return { id, count: 1, ...common, ...(fields.outcome === 'abandoned' ? { abandoned: true } : {}) };
}

/** Checks one row: sessions grouped in the shop's own warehouse, trusted with their `count` and verdict. */
export function readRow(value: unknown): ReadRecord {
  const fields = object(value, 'a row');
  const common = readCommon(fields);
  if (fields.id !== undefined && fields.id !== null)
    throw new RecordError('a row has no "id" (it stands for "count" sessions): give single sessions as records');
  const count = wholeNumber(fields.count);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new RecordError(`"count" must be a whole number, 1 or more, not ${shown(fields.count)}`);
  const verdict = readVerdict(fields);
  return { count, ...common, ...(verdict === undefined ? {} : { verdict }) };
}

/** Checks one label line: `{ id, confirmedCause }` or `{ id, noFaultFound: true }`. */
export function readLabel(value: unknown): OutcomeLabel {
  const fields = object(value, 'a label');
  const id = text(fields, 'id', true)!;
  const verdict = readVerdict(fields);
  if (verdict === undefined) throw new RecordError('a label needs "confirmedCause" (a cause id) or "noFaultFound": true');
  return { id, ...verdict };
}
