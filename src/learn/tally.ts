import { type Model, modelOf } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';
import { pathWeights, readPath, type TalliedPath } from './evidence.js';
import type { CountedPath, Route } from './max-share.js';
import { type ParameterTable, parameterTable } from './parameters.js';
import { type OutcomeLabel, type ReadRecord, RecordError, readLabel, readRecord, readRow, Unusable, type Verdict } from './read-records.js';
import { SessionIds } from './session-ids.js';

/**
 * Records set aside, grouped by why: one entry per kind of reason (a device this knowledge base does
 * not have), however many values the records have, with where the first few were and their values.
 */
export interface Skipped {
  /** Why, following "sessions": `with a device this knowledge base does not have`. */
  reason: string;
  sessions: number;
  /** Lines (records or rows) set aside for it. */
  lines: number;
  /** The first few, where and with what: `rows.jsonl:12 "robot"`. */
  examples: string[];
}

/** One session in this many is kept back to measure the learning on sessions it did not see. */
const HOLD_OUT_EVERY = 10;
const EXAMPLES = 5;

/** What SessionIds keeps for a session whose record stands: a later one with its id is a duplicate. */
const FINAL = -1;
/**
 * For an abandoned session, where it went, so that a later record with its id (the shopper came back)
 * can take it back: its path's index (0 and up), or −2 − the index of the reason it was set aside for.
 */
const setAsideAt = (reason: number) => -2 - reason;

/** FNV-1a: a fast, stable hash, so the same records are always split the same way. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Sessions collapsed by device, path and verdict into weighted paths, in one pass: memory grows with
 * the distinct paths (a few thousand for a month of any shop), not with the sessions.
 */
export class OutcomeTally {
  readonly #model: Model;
  readonly #table: ParameterTable;
  readonly #labels = new Map<string, Verdict>();
  readonly #matched = new Set<string>();
  readonly #paths = new Map<string, CountedPath>();
  /** The same paths in the order first seen: an abandoned session's number points here. */
  readonly #pathList: CountedPath[] = [];
  /** Per device and path, what the authored numbers expect of it (shared by its verdicts' keys). */
  readonly #routes = new Map<string, Route>();
  /** Paths already found unusable, by key: each is read against the knowledge base once. */
  readonly #unusable = new Map<string, Unusable>();
  readonly #skipped = new Map<string, Skipped>();
  readonly #skippedList: Skipped[] = [];
  readonly #versions = new Map<string, number>();
  readonly #ids = new SessionIds();
  #lines = 0;
  #sessions = 0;
  #duplicates = 0;
  #superseded = 0;
  #rows = 0;
  #rowSessions = 0;

  constructor(knowledgeBase: KnowledgeBase) {
    this.#model = modelOf(knowledgeBase);
    this.#table = parameterTable(this.#model);
  }

  /**
   * Adds the returns desk's verdict on one session, by its id. Labels come first (they are few):
   * then each record streams past once and is joined as it comes.
   */
  addLabel(value: unknown, where = `label ${this.#labels.size + 1}`): void {
    if (this.#lines > 0) throw new Error('Add labels before records: each record is joined to its label as it is added');
    const label = OutcomeTally.#checked(() => readLabel(value), where);
    this.#checkCause(label, where);
    this.#labels.set(label.id, 'confirmedCause' in label ? { confirmedCause: label.confirmedCause } : { noFaultFound: true });
  }

  /**
   * Adds one record: one session from the beacon (a RecordError says what is wrong with it, `where`
   * names it). Its id counts once: a later record with the same id is a duplicate, unless the earlier
   * one was abandoned (the shopper came back): then the later one takes its place.
   */
  add(value: unknown, where = `record ${this.#lines + 1}`): void {
    let record: ReadRecord;
    try {
      record = OutcomeTally.#checked(() => readRecord(value), where);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      this.#lines++;
      this.#sessions++;
      this.#skip(error, 1, where);
      return;
    }
    this.#lines++;
    const id = record.id!;
    const earlier = this.#ids.get(id);
    if (earlier === FINAL) {
      this.#duplicates++;
      return;
    }
    if (earlier === undefined) this.#newSession(record);
    else {
      this.#takeBack(earlier, id);
      this.#superseded++;
    }
    const label = this.#labels.get(id);
    if (label !== undefined) this.#matched.add(id);
    const at = this.#tally(record, label, where);
    this.#ids.set(id, record.abandoned ? at : FINAL);
  }

  /**
   * Adds one aggregated row, sessions grouped in the shop's own warehouse: trusted with its `count`
   * and verdict. (A RecordError says what is wrong with it.)
   */
  addRow(value: unknown, where = `row ${this.#lines + 1}`): void {
    const row = OutcomeTally.#checked(() => readRow(value), where);
    this.#checkCause(row.verdict, where);
    this.#lines++;
    this.#rows++;
    this.#rowSessions += row.count;
    this.#newSession(row);
    this.#tally(row, row.verdict, where);
  }

  #newSession(record: ReadRecord): void {
    this.#sessions += record.count;
    const version = record.knowledgeBaseVersion ?? '(none)';
    this.#versions.set(version, (this.#versions.get(version) ?? 0) + record.count);
  }

  /** Learns from a record or row: where it went, a path's index or (set aside) setAsideAt its reason's. */
  #tally(record: ReadRecord, verdict: Verdict | undefined, where: string): number {
    const kb = this.#model.knowledgeBase;
    if (kb.id !== undefined && record.knowledgeBase !== undefined && record.knowledgeBase !== kb.id)
      return this.#skip(new Unusable(`of another knowledge base (not "${kb.id}")`, `"${record.knowledgeBase}"`), record.count, where);
    const key = `${record.device}\n${verdict === undefined ? '' : 'confirmedCause' in verdict ? verdict.confirmedCause : '*'}\n${record.path}`;
    let path = this.#paths.get(key);
    if (path === undefined) {
      const unusable = this.#unusable.get(key);
      if (unusable !== undefined) return this.#skip(unusable, record.count, where);
      try {
        path = this.#read(record, verdict, where);
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        this.#unusable.set(key, error);
        return this.#skip(error, record.count, where);
      }
      this.#paths.set(key, path);
      this.#pathList.push(path);
    }
    const heldOut = this.#heldOut(record.count, record.id, key);
    path.heldOut += heldOut;
    path.train += record.count - heldOut;
    return path.index;
  }

  /** Takes back an abandoned session's record: a later one of the same session replaces it. */
  #takeBack(at: number, id: string): void {
    if (at >= 0) {
      const path = this.#pathList[at]!;
      const heldOut = this.#heldOut(1, id, '');
      path.heldOut -= heldOut;
      path.train -= 1 - heldOut;
    } else this.#skippedList[-2 - at]!.sessions--;
  }

  /** The distinct paths with sessions, each with its sessions (before --max-share: see `cappedPaths`). */
  get paths(): CountedPath[] {
    return this.#pathList.filter((path) => path.train + path.heldOut > 0);
  }

  get model(): Model {
    return this.#model;
  }

  /** The probabilities being learned. */
  get table(): ParameterTable {
    return this.#table;
  }

  /**
   * What was read: lines, the sessions they stand for (rows stand for many; a record's id counts once),
   * the lines that were rows and their sessions, records whose id was read before (`duplicates`, not
   * counted again) and abandoned sessions a later record of the same session replaced (`superseded`),
   * labels given and joined, the versions seen.
   */
  get counts(): {
    lines: number;
    sessions: number;
    rows: number;
    rowSessions: number;
    duplicates: number;
    superseded: number;
    labels: number;
    labelsMatched: number;
    versions: Record<string, number>;
  } {
    return {
      lines: this.#lines,
      sessions: this.#sessions,
      rows: this.#rows,
      rowSessions: this.#rowSessions,
      duplicates: this.#duplicates,
      superseded: this.#superseded,
      labels: this.#labels.size,
      labelsMatched: this.#matched.size,
      versions: Object.fromEntries(this.#versions),
    };
  }

  get skipped(): Skipped[] {
    return this.#skippedList.filter((s) => s.sessions > 0 || s.lines > 0).sort((a, b) => b.sessions - a.sessions);
  }

  static #checked<T>(read: () => T, where: string): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof RecordError) throw new RecordError(error.problem, where);
      throw error;
    }
  }

  #checkCause(verdict: Verdict | undefined, where: string): void {
    if (verdict !== undefined && 'confirmedCause' in verdict && !this.#model.causeIndex.has(verdict.confirmedCause)) {
      throw new RecordError(
        `"confirmedCause" is "${verdict.confirmedCause}", not a cause of the knowledge base (${[...this.#model.causeIndex.keys()].join(', ')})`,
        where,
      );
    }
  }

  #read(record: ReadRecord, verdict: Verdict | undefined, where: string): CountedPath {
    const device = this.#model.devices.get(record.device);
    if (device === undefined) throw new Unusable('with a device this knowledge base does not have', `"${record.device}"`);
    try {
      // Given its place and route in place: a copy made by spreading slowed expectation–maximisation 2.6 times.
      const path = readPath(this.#model, this.#table, device, record.path, verdict) as CountedPath;
      path.route = this.#route(record, path, verdict);
      path.index = this.#pathList.length;
      return path;
    } catch (error) {
      if (error instanceof RecordError) throw new RecordError(error.problem, where);
      throw error;
    }
  }

  /** The device and path's share of the device's sessions under the authored numbers, once per device and path. */
  #route(record: ReadRecord, path: TalliedPath, verdict: Verdict | undefined): Route {
    const key = `${record.device}\n${record.path}`;
    let route = this.#routes.get(key);
    if (route === undefined) {
      const any = verdict === undefined ? path : readPath(this.#model, this.#table, path.device, record.path, undefined);
      route = { device: record.device, expected: pathWeights(this.#table.authored, any, new Float64Array(this.#table.causeCount)) };
      this.#routes.set(key, route);
    }
    return route;
  }

  /** Of a record's sessions, how many to keep back: one in ten, chosen by a hash of the id (or the row). */
  #heldOut(count: number, id: string | undefined, key: string): number {
    const h = hash(id ?? `${key}\n${this.#lines}`);
    return Math.floor(count / HOLD_OUT_EVERY) + (h % HOLD_OUT_EVERY < count % HOLD_OUT_EVERY ? 1 : 0);
  }

  /** Counts a record or row set aside under its reason; returns setAsideAt that reason. */
  #skip({ reason, detail }: Unusable, sessions: number, where: string): number {
    let entry = this.#skipped.get(reason);
    if (entry === undefined) {
      entry = { reason, sessions: 0, lines: 0, examples: [] };
      this.#skipped.set(reason, entry);
      this.#skippedList.push(entry);
    }
    entry.sessions += sessions;
    entry.lines++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(detail === undefined ? where : `${where} ${detail}`);
    return setAsideAt(this.#skippedList.indexOf(entry));
  }
}

export type { OutcomeLabel };
