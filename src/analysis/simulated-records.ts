import { createSession, OUTCOME_VERDICTS } from '../core/index.js';
import type { KnowledgeBase, OutcomeRecord, Session } from '../core/types.js';
import { draw, type Random, seededRandom } from './random.js';
import { runEngine, SessionTree, Shopper } from './simulated-shopper.js';

export interface SimulatedRecordsOptions {
  /** How many sessions begin (those lost to abandonment, when not recorded, included). */
  count: number;
  /** Where the shoppers' faults, answers and fixes come from (default: the knowledge base itself). */
  world?: KnowledgeBase;
  seed?: number;
  today: string;
  purchaseDate: string;
  /**
   * The share of sessions that end with the product sent back (refund, claim, legal guarantee, repair, replacement)
   * whose product the returns desk inspects (default 0): each gets its verdict, the cause it found
   * when it is a real fault, "no fault found" when the shopper could have fixed it.
   */
  inspected?: number;
  /** Shoppers who give up before the result (default: none). */
  abandonment?: Abandonment;
}

/**
 * When shoppers give up: before a step with a long wait, and after a step that did not help. It depends
 * only on what the session shows (so what was answered still tells the truth), and is what loses the
 * records of the sessions that went worst.
 */
export interface Abandonment {
  /** The share who leave when shown a step that makes them wait this long or longer. */
  atWait: { minutes: number; share: number };
  /** The share who leave after each step that did not fix it. */
  afterFailedStep: number;
  /** Whether a left session is logged (`ct-abandon`: `outcome: "abandoned"`), or lost as before. */
  recorded: boolean;
}

/** The chance a shopper gives up before `session`'s prompt. */
function leaveShare(session: Session, abandonment: Abandonment): number {
  const prompt = session.current;
  const failed = session.history.at(-1)?.optionId === 'not-fixed' ? abandonment.afterFailedStep : 0;
  const waits = prompt.kind === 'action' && (prompt.waitMinutes ?? 0) >= abandonment.atWait.minutes ? abandonment.atWait.share : 0;
  return 1 - (1 - failed) * (1 - waits);
}

/** A seeded session id: 16 hex digits, like the real ones. */
function idFrom(random: Random): string {
  const part = () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return part() + part();
}

/**
 * The outcome records a shop running the engine on `kb` would log if shoppers lived in `world`: each
 * session a device (all equally common), a cause drawn from the world's priors for it, and a shopper
 * who answers and fixes as the world says (the yardstick's shopper). What `learn` is proved on.
 */
export function* simulatedRecords(
  kb: KnowledgeBase,
  options: SimulatedRecordsOptions,
): Generator<OutcomeRecord & { confirmedCause?: string; noFaultFound?: true }> {
  const world = options.world ?? kb;
  const random = seededRandom(options.seed ?? 1);
  const trees = new Map<string, SessionTree>();
  const causes = kb.causes.map((cause) => cause.id);
  for (let n = 0; n < options.count; n++) {
    const device = kb.devices[Math.floor(random() * kb.devices.length)]!.id;
    const priors = world.devices.find((d) => d.id === device)!.priors;
    const weights = causes.map((c) => priors[c] ?? 0);
    const cause = causes[draw(weights, random)]!;
    let root = trees.get(device);
    if (root === undefined) {
      root = new SessionTree(createSession({ knowledgeBase: kb, device, today: options.today, purchaseDate: options.purchaseDate }));
      trees.set(device, root);
    }
    const { abandonment } = options;
    const leaves = abandonment && ((session: Session) => random() < leaveShare(session, abandonment));
    const { session, abandoned } = runEngine(kb, root, new Shopper(world, device, cause, random), undefined, leaves);
    if (abandoned && !abandonment!.recorded) continue;
    const record = { ...session.record(), id: idFrom(random) };
    if (record.outcome !== 'abandoned' && OUTCOME_VERDICTS[record.outcome].sentBack && random() < (options.inspected ?? 0)) {
      yield kb.causes.find((c) => c.id === cause)!.userFixable ? { ...record, noFaultFound: true } : { ...record, confirmedCause: cause };
    } else yield record;
  }
}
