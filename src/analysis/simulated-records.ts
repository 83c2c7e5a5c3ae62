import { createSession, OUTCOME_VERDICTS } from '../core/index.js';
import type { KnowledgeBase, OutcomeRecord } from '../core/types.js';
import { draw, type Random, seededRandom } from './random.js';
import { runEngine, SessionTree, Shopper } from './simulated-shopper.js';

export interface SimulatedRecordsOptions {
  /** How many sessions. */
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
    const { session } = runEngine(kb, root, new Shopper(world, device, cause, random));
    const record = { ...session.record(), id: idFrom(random) };
    if (OUTCOME_VERDICTS[record.outcome].sentBack && random() < (options.inspected ?? 0)) {
      yield kb.causes.find((c) => c.id === cause)!.userFixable ? { ...record, noFaultFound: true } : { ...record, confirmedCause: cause };
    } else yield record;
  }
}
