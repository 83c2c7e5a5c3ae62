import { ENGINE_PROMPT_IDS } from '../core/internal.js';
import type { KnowledgeBase } from '../core/types.js';
import { RecordError, readLabel, Unusable, type Verdict } from '../learn/read-records.js';
import { ESCALATED_ENDINGS, type Group, groupOf } from './groups.js';
import { Replayer } from './left-at.js';
import { type Ending, pairsOf, type ReportSession, readReportSession } from './read.js';
import { emptyCounts, type OverTime, overTime } from './time.js';

// The numbers a shop reads on Monday, counted from records and rows in one pass. Pure: no files, no
// HTML. Ids the knowledge base does not have are counted under `null` ("not in the knowledge base"),
// so a forged stream of made-up ids cannot grow the page.

/** Steps beyond this are counted together as the last: a path of 20,000 answers is one row, not 20,000. */
export const FUNNEL_STEPS = 25;
/** Distinct abandoned paths replayed to find the prompt left at; more are counted as not replayed. */
const MAX_REPLAYS = 20_000;

export type Escalation = { kind: 'cause'; cause: string | null } | { kind: 'no-fault' } | { kind: 'outcome'; outcome: Ending };

export interface ReportStatsSummary {
  lines: number;
  /** Sessions counted: a record once per id, a row `count` times. */
  sessions: number;
  /** Records whose id came before (counted once). */
  duplicates: number;
  /** Abandoned records replaced by a later record of the same session (the shopper came back). */
  superseded: number;
  /** Records set aside for claiming what only a trusted row may (`count`, a verdict), as `learn` sets them aside. */
  claimingRows: number;
  endings: Partial<Record<Ending | 'unknown', number>>;
  groups: Record<Group, number>;
  overTime: OverTime;
  /** Step n (1 = the first prompt): shown to how many, left there, a result after n − 1 answers. */
  funnel: { step: number; shown: number; left: number; ended: number }[];
  /** Abandoned sessions by the prompt on the screen when they left (`undefined` prompt: not replayed). */
  leftAt: { prompt: string | null | undefined; sessions: number }[];
  /** Sessions that answered each prompt, by how they ended. */
  prompts: { prompt: string | null; sessions: number; groups: Record<Group, number> }[];
  /** Each step: tried (fixed or not), fixed, could not do it; per device below. */
  steps: StepCount[];
  stepsByDevice: { device: string | null; steps: StepCount[] }[];
  escalations: { escalation: Escalation; sessions: number }[];
  devices: { device: string | null; sessions: number; groups: Record<Group, number> }[];
}

export interface StepCount {
  action: string | null;
  tried: number;
  fixed: number;
  skipped: number;
}

const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]);

export class ReportStats {
  readonly #kb: KnowledgeBase;
  readonly #devices: ReadonlySet<string>;
  readonly #actions: ReadonlySet<string>;
  readonly #prompts: ReadonlySet<string>;
  readonly #causes: ReadonlySet<string>;
  readonly #labels = new Map<string, Verdict>();
  /** Ids of finished sessions counted. */
  readonly #finished = new Set<string>();
  /** Abandoned records by id: counted at the end unless the session comes back finished. */
  readonly #pendingAbandoned = new Map<string, ReportSession>();
  readonly #abandonedPaths = new Map<string, { session: ReportSession; count: number }>();
  #lines = 0;
  #sessions = 0;
  #duplicates = 0;
  #superseded = 0;
  #claimingRows = 0;
  #undated = 0;
  readonly #endings = new Map<Ending | 'unknown', number>();
  readonly #groups = emptyCounts();
  readonly #byDay = new Map<string, Record<Group, number>>();
  readonly #funnel = Array.from({ length: FUNNEL_STEPS + 1 }, () => ({ shown: 0, left: 0, ended: 0 }));
  readonly #byPrompt = new Map<string | null, Record<Group, number>>();
  readonly #steps = new Map<string | null, Map<string | null, StepCount>>();
  readonly #escalations = new Map<string, { escalation: Escalation; sessions: number }>();
  readonly #byDevice = new Map<string | null, Record<Group, number>>();

  constructor(knowledgeBase: KnowledgeBase) {
    this.#kb = knowledgeBase;
    this.#devices = new Set(knowledgeBase.devices.map((d) => d.id));
    this.#actions = new Set(knowledgeBase.actions.map((a) => a.id));
    this.#prompts = new Set([...knowledgeBase.questions.map((q) => q.id), ...this.#actions, ...ENGINE_PROMPT_IDS]);
    this.#causes = new Set(knowledgeBase.causes.map((c) => c.id));
  }

  /** The returns desk's verdict on one session, by id: add labels before records. */
  addLabel(value: unknown, where?: string): void {
    const label = ReportStats.#checked(() => readLabel(value), where);
    this.#labels.set(label.id, 'confirmedCause' in label ? { confirmedCause: label.confirmedCause } : { noFaultFound: true });
  }

  /** A row grouped in the shop's warehouse (`count`, no `id`): trusted, as `learn` trusts it. */
  addRow(value: unknown, where?: string): void {
    this.#add(value, where, 'row');
  }

  /** One record, one session from the beacon; a RecordError says what is wrong with it. */
  add(value: unknown, where?: string): void {
    this.#add(value, where, 'record');
  }

  #add(value: unknown, where: string | undefined, kind: 'record' | 'row'): void {
    let session: ReportSession;
    try {
      session = ReportStats.#checked(() => readReportSession(value, kind), where);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      this.#lines++;
      this.#claimingRows++;
      return;
    }
    this.#lines++;
    const { id } = session;
    const label = id === undefined ? undefined : this.#labels.get(id);
    if (label !== undefined) session.verdict = label;
    if (id === undefined) {
      this.#count(session);
      return;
    }
    // One id counts once; a finished record replaces an abandoned one of the same session, whichever came first.
    if (this.#finished.has(id)) {
      this.#duplicates++;
      return;
    }
    const pending = this.#pendingAbandoned.get(id);
    if (session.ending === 'abandoned') {
      if (pending !== undefined) this.#duplicates++;
      this.#pendingAbandoned.set(id, session);
      return;
    }
    if (pending !== undefined) {
      this.#pendingAbandoned.delete(id);
      this.#superseded++;
    }
    this.#finished.add(id);
    this.#count(session);
  }

  summary(): ReportStatsSummary {
    for (const session of this.#pendingAbandoned.values()) this.#count(session);
    this.#pendingAbandoned.clear();
    const leftAt = new Map<string | null | undefined, number>();
    let replays = 0;
    const replayer = new Replayer(this.#kb);
    for (const { session, count } of this.#abandonedPaths.values()) {
      const prompt = replays++ < MAX_REPLAYS ? replayer.promptLeftAt(session) : undefined;
      add(leftAt, prompt === undefined ? undefined : this.#known(this.#prompts, prompt), count);
    }
    this.#abandonedPaths.clear();
    const stepList = (steps: Map<string | null, StepCount> | undefined) => [...(steps?.values() ?? [])].sort((a, b) => b.tried - a.tried);
    return {
      lines: this.#lines,
      sessions: this.#sessions,
      duplicates: this.#duplicates,
      superseded: this.#superseded,
      claimingRows: this.#claimingRows,
      endings: Object.fromEntries(this.#endings),
      groups: { ...this.#groups },
      overTime: overTime(this.#byDay, this.#undated),
      funnel: this.#funnel.map((f, i) => ({ step: i + 1, ...f })).filter((f) => f.shown + f.left + f.ended > 0),
      leftAt: sorted(leftAt).map(([prompt, sessions]) => ({ prompt, sessions })),
      prompts: [...this.#byPrompt]
        .map(([prompt, groups]) => ({ prompt, sessions: total(groups), groups }))
        .sort((a, b) => b.sessions - a.sessions),
      steps: stepList(this.#steps.get(ALL)),
      stepsByDevice: [...this.#steps]
        .filter(([device]) => device !== ALL)
        .map(([device, steps]) => ({ device: device === OTHER ? null : device, steps: stepList(steps) })),
      escalations: [...this.#escalations.values()].sort((a, b) => b.sessions - a.sessions),
      devices: [...this.#byDevice]
        .map(([device, groups]) => ({ device, sessions: total(groups), groups }))
        .sort((a, b) => b.sessions - a.sessions),
    };
  }

  static #checked<T>(read: () => T, where: string | undefined): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof RecordError && where !== undefined) throw new RecordError(error.problem, where);
      throw error;
    }
  }

  #known(ids: ReadonlySet<string>, id: string): string | null {
    return ids.has(id) ? id : null;
  }

  #count(session: ReportSession): void {
    const n = session.count;
    const group = groupOf(session.ending);
    const device = this.#known(this.#devices, session.device);
    this.#sessions += n;
    add(this.#endings, session.ending ?? 'unknown', n);
    this.#groups[group] += n;
    if (session.day === undefined) this.#undated += n;
    else bump(this.#byDay, session.day, group, n);
    bump(this.#byDevice, device, group, n);
    const pairs = pairsOf(session.path);
    const answered = pairs.length;
    const abandoned = session.ending === 'abandoned';
    // Shown prompts: every answered one, and for an abandoned session the one it left at.
    const shown = Math.min(answered + (abandoned ? 1 : 0), FUNNEL_STEPS + 1);
    for (let step = 0; step < shown; step++) this.#funnel[step]!.shown += n;
    const last = this.#funnel[Math.min(answered, FUNNEL_STEPS)]!;
    if (abandoned) last.left += n;
    else last.ended += n;
    if (abandoned) {
      const key = `${session.device}\n${session.ageMonths ?? ''}\n${session.path}`;
      const entry = this.#abandonedPaths.get(key) ?? { session, count: 0 };
      entry.count += n;
      this.#abandonedPaths.set(key, entry);
    }
    const seen = new Set<string | null>();
    for (const { promptId, optionId } of pairs) {
      const prompt = this.#known(this.#prompts, promptId);
      if (seen.has(prompt)) continue;
      seen.add(prompt);
      bump(this.#byPrompt, prompt, group, n);
      if (prompt !== null && this.#actions.has(prompt)) {
        this.#step(ALL, prompt, optionId, n);
        this.#step(device ?? OTHER, prompt, optionId, n);
      }
    }
    if (session.ending !== undefined && ESCALATED_ENDINGS.includes(session.ending)) this.#escalate(session, n);
  }

  #step(device: string, action: string, optionId: string, n: number): void {
    const steps = this.#steps.get(device) ?? new Map<string | null, StepCount>();
    this.#steps.set(device, steps);
    const count = steps.get(action) ?? { action, tried: 0, fixed: 0, skipped: 0 };
    steps.set(action, count);
    if (optionId === 'fixed' || optionId === 'not-fixed') count.tried += n;
    if (optionId === 'fixed') count.fixed += n;
    if (optionId === 'skip') count.skipped += n;
  }

  #escalate(session: ReportSession, n: number): void {
    const { verdict } = session;
    const escalation: Escalation =
      verdict === undefined
        ? { kind: 'outcome', outcome: session.ending! }
        : 'confirmedCause' in verdict
          ? { kind: 'cause', cause: this.#known(this.#causes, verdict.confirmedCause) }
          : { kind: 'no-fault' };
    const key = JSON.stringify(escalation);
    const entry = this.#escalations.get(key) ?? { escalation, sessions: 0 };
    entry.sessions += n;
    this.#escalations.set(key, entry);
  }
}

/** Keys of the per-device step counts that are not device ids: every device, and devices not in the knowledge base. */
const ALL = '\u0000all';
const OTHER = '\u0000other';

function bump<K>(map: Map<K, Record<Group, number>>, key: K, group: Group, n: number): void {
  const counts = map.get(key) ?? emptyCounts();
  counts[group] += n;
  map.set(key, counts);
}

function total(groups: Record<Group, number>): number {
  return Object.values(groups).reduce((a, b) => a + b, 0);
}
