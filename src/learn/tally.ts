import { type Model, modelOf } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';
import { readPath, type TalliedPath, Unusable } from './evidence.js';
import { type ParameterTable, parameterTable } from './parameters.js';
import { type OutcomeLabel, type ReadRecord, RecordError, readLabel, readRecord, type Verdict } from './read-records.js';

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
  readonly #paths = new Map<string, TalliedPath>();
  /** Paths already found unusable, by key: each is read against the knowledge base once. */
  readonly #unusable = new Map<string, Unusable>();
  readonly #skipped = new Map<string, Skipped>();
  readonly #versions = new Map<string, number>();
  #lines = 0;
  #sessions = 0;

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

  /** Adds one record or aggregated row; a RecordError says what is wrong with it (`where` names it). */
  add(value: unknown, where = `record ${this.#lines + 1}`): void {
    const record = OutcomeTally.#checked(() => readRecord(value), where);
    this.#checkCause(record.verdict, where);
    this.#lines++;
    this.#sessions += record.count;
    const label = record.id === undefined ? undefined : this.#labels.get(record.id);
    if (label !== undefined) this.#matched.add(record.id!);
    const verdict = label ?? record.verdict;

    const kb = this.#model.knowledgeBase;
    if (kb.id !== undefined && record.knowledgeBase !== undefined && record.knowledgeBase !== kb.id) {
      this.#skip(new Unusable(`of another knowledge base (not "${kb.id}")`, `"${record.knowledgeBase}"`), record.count, where);
      return;
    }
    const version = record.knowledgeBaseVersion ?? '(none)';
    this.#versions.set(version, (this.#versions.get(version) ?? 0) + record.count);
    const key = `${record.device}\n${verdict === undefined ? '' : 'confirmedCause' in verdict ? verdict.confirmedCause : '*'}\n${record.path}`;
    let path = this.#paths.get(key);
    if (path === undefined) {
      const unusable = this.#unusable.get(key);
      if (unusable !== undefined) {
        this.#skip(unusable, record.count, where);
        return;
      }
      try {
        path = this.#read(record, verdict, where);
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        this.#unusable.set(key, error);
        this.#skip(error, record.count, where);
        return;
      }
      this.#paths.set(key, path);
    }
    const heldOut = this.#heldOut(record, key);
    path.heldOut += heldOut;
    path.train += record.count - heldOut;
  }

  /** The distinct paths, each with its sessions. */
  get paths(): TalliedPath[] {
    return [...this.#paths.values()];
  }

  get model(): Model {
    return this.#model;
  }

  /** The probabilities being learned. */
  get table(): ParameterTable {
    return this.#table;
  }

  /** What was read: lines, the sessions they stand for, labels given and joined, the knowledge-base versions seen. */
  get counts(): { lines: number; sessions: number; labels: number; labelsMatched: number; versions: Record<string, number> } {
    return {
      lines: this.#lines,
      sessions: this.#sessions,
      labels: this.#labels.size,
      labelsMatched: this.#matched.size,
      versions: Object.fromEntries(this.#versions),
    };
  }

  get skipped(): Skipped[] {
    return [...this.#skipped.values()].sort((a, b) => b.sessions - a.sessions);
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

  #read(record: ReadRecord, verdict: Verdict | undefined, where: string): TalliedPath {
    const device = this.#model.devices.get(record.device);
    if (device === undefined) throw new Unusable('with a device this knowledge base does not have', `"${record.device}"`);
    try {
      return readPath(this.#model, this.#table, device, record.path, verdict);
    } catch (error) {
      if (error instanceof RecordError) throw new RecordError(error.problem, where);
      throw error;
    }
  }

  /** Of a record's sessions, how many to keep back: one in ten, chosen by a hash of the id (or the row). */
  #heldOut(record: ReadRecord, key: string): number {
    const h = hash(record.id ?? `${key}\n${this.#lines}`);
    return Math.floor(record.count / HOLD_OUT_EVERY) + (h % HOLD_OUT_EVERY < record.count % HOLD_OUT_EVERY ? 1 : 0);
  }

  #skip({ reason, detail }: Unusable, sessions: number, where: string): void {
    const entry = this.#skipped.get(reason) ?? { reason, sessions: 0, lines: 0, examples: [] };
    this.#skipped.set(reason, entry);
    entry.sessions += sessions;
    entry.lines++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(detail === undefined ? where : `${where} ${detail}`);
  }
}

export type { OutcomeLabel };
