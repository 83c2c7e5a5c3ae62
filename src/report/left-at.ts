import { createSession } from '../core/index.js';
import type { KnowledgeBase, Session } from '../core/types.js';
import { pairsOf, type ReportSession } from './read.js';

// An abandoned record has the answers given before the shopper left, not the prompt they left at:
// replaying the answers through the engine shows which prompt was on the screen.

/** A fixed day to replay on: only the product's age in whole months matters, and the record has that. */
const TODAY = { year: 2026, month: 6, day: 15 };
const pad = (n: number) => String(n).padStart(2, '0');

function replayOptions(session: ReportSession, askedDevice: boolean) {
  const today = `${TODAY.year}-${pad(TODAY.month)}-${pad(TODAY.day)}`;
  const base = { ...(askedDevice ? {} : { device: session.device }), today };
  if (session.ageMonths === undefined) return base;
  const months = TODAY.year * 12 + (TODAY.month - 1) - session.ageMonths;
  return { ...base, purchaseDate: `${Math.floor(months / 12)}-${pad((months % 12) + 1)}-${pad(TODAY.day)}` };
}

/** Replays paths, each prefix once: abandoned paths share their beginnings. */
export class Replayer {
  readonly #knowledgeBase: KnowledgeBase;
  /** Sessions by device, age and the answers so far; null where the answers could not be replayed. */
  readonly #sessions = new Map<string, Session | null>();

  constructor(knowledgeBase: KnowledgeBase) {
    this.#knowledgeBase = knowledgeBase;
  }

  /**
   * The id of the prompt shown after the session's answers, or undefined when the answers cannot be
   * replayed (another knowledge-base version, a path that could not have happened) or end in a result.
   */
  promptLeftAt(session: ReportSession): string | undefined {
    const pairs = pairsOf(session.path);
    const askedDevice = pairs[0]?.promptId === 'device';
    let key = `${session.device}\n${session.ageMonths ?? ''}\n${askedDevice ? 'asked' : ''}`;
    let replay = this.#replayed(key, () => createSession({ knowledgeBase: this.#knowledgeBase, ...replayOptions(session, askedDevice) }));
    for (const { promptId, optionId } of pairs) {
      if (replay === null) return undefined;
      const from = replay;
      key += `\n${promptId}:${optionId}`;
      replay = this.#replayed(key, () => (from.current.id === promptId ? from.answer(optionId) : null));
    }
    return replay === null || replay.current.kind === 'result' ? undefined : replay.current.id;
  }

  #replayed(key: string, make: () => Session | null): Session | null {
    let session = this.#sessions.get(key);
    if (session === undefined) {
      try {
        session = make();
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        session = null;
      }
      this.#sessions.set(key, session);
    }
    return session;
  }
}
