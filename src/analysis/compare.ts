import { createSession } from '../core/index.js';
import { DEFAULT_QUESTION_MINUTES } from '../core/internal.js';
import type { KnowledgeBase, Outcome, Session } from '../core/types.js';
import { appliesTo, likelihoods, model } from './model-queries.js';
import type { Progress } from './progress.js';

/**
 * The yardstick of the diagnosis: simulated shoppers who answer the way real people do, with the
 * variation the knowledge base itself predicts. For each device and each cause it gives a prior, a
 * shopper with that cause answers each question by sampling an option from P(answer | cause), and
 * an action fixes the fault with P(fix | cause). The same shoppers (same seeds) meet the engine and
 * the fixed order of steps the knowledge base replaces (the seed guides'); results are weighted by
 * the device's priors. `world` may differ from the knowledge base the engine and the fixed order
 * use: a perturbed world measures what happens when the knowledge base is wrong.
 */

export type Random = () => number;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same shoppers. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An index drawn with probability proportional to its weight. */
export function draw(weights: readonly number[], random: Random): number {
  let left = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i]!;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

/** How one session ended. */
interface Ending {
  outcome: Outcome;
  handsOn: number;
  waiting: number;
  prompts: number;
  /** A step for this device would have fixed the fault, and none such was offered. */
  missedFix: boolean;
}

/** Sessions that end in one of these for a fault the shopper cannot fix ended right. */
const RIGHT_ESCALATIONS: ReadonlySet<Outcome> = new Set<Outcome>(['refund', 'warranty-claim', 'repair', 'replace']);
/** Outcomes that hand the problem to someone else. */
const NOT_ESCALATIONS: ReadonlySet<Outcome> = new Set<Outcome>(['resolved', 'safety-stop']);

export interface Metrics {
  /** Share of sessions ending right: resolved for a user-fixable cause, refund/claim/repair/replace for one that is not. */
  right: number;
  /** Share of sessions with a user-fixable cause that end in an escalation (refund, claim, repair, replace, support). */
  fixableEscalated: number;
  /** Share of sessions ending in a refund for a fault the shopper could have fixed. */
  fixableRefunds: number;
  /**
   * Of those refunds, the share in which a step for the device would have fixed the fault but none
   * such was offered; undefined where there are none (past the return window).
   */
  refundsNeverOffered: number | undefined;
  /** Share of firmware faults resolved; undefined where firmware has no prior. */
  firmwareFixed: number | undefined;
  /** Mean minutes of the shopper's effort (questions and actions). */
  handsOn: number;
  /** Mean unattended minutes (charging untouched, drying). */
  waiting: number;
  prompts: number;
  /** Share of sessions ending in each outcome. */
  outcomes: Partial<Record<Outcome, number>>;
}

export interface DeviceComparison {
  device: string;
  engine: Metrics;
  fixed: Metrics;
  /**
   * The share of sessions any strategy could end right: every step tried until one fixes it, so a
   * fixable fault ends resolved whenever some step would fix it (a safety stop is never right).
   */
  ceiling: number;
}

export interface Comparison {
  devices: DeviceComparison[];
  /** Mean over the devices. */
  overall: { engine: Metrics; fixed: Metrics; ceiling: number };
}

export interface CompareOptions {
  /** Shoppers per device × cause (default 300). */
  runs?: number;
  seed?: number;
  today: string;
  purchaseDate: string;
  /** Where the shoppers' answers and fixes come from (default: the knowledge base itself). */
  world?: KnowledgeBase;
  device?: string;
  /** The fixed order's actions (default: the knowledge base's `fixedOrder`, else its actions in order). */
  fixedOrder?: readonly string[];
  /** Told of each device begun and each shopper run. */
  progress?: Progress;
}

/**
 * A shopper with `cause` in `world`, drawn once: an answer to every question (sampled from
 * P(answer | cause)) and, for every step, whether it fixes the fault (with P(fix | cause)). Both
 * strategies meet the same shopper. A step the shopper's answers make impossible (a firmware update
 * for a speaker that never turns on) is answered "I can't do this", whether the question was asked or
 * not, after as long as answering that question takes (finding out that no update is offered).
 */
export class Shopper {
  readonly #answers = new Map<string, number>();
  readonly #fixedBy = new Set<string>();
  /** Steps this shopper cannot do, with the minutes it takes to find that out. */
  readonly #cannotDo = new Map<string, number>();
  constructor(world: KnowledgeBase, device: string, cause: string, random: Random) {
    const worldModel = model(world);
    for (const question of world.questions.filter((q) => appliesTo(q, device))) {
      const chosen = draw(likelihoods(worldModel, question, cause), random);
      this.#answers.set(question.id, chosen);
      for (const action of question.options[chosen]!.excludes ?? [])
        this.#cannotDo.set(action, question.minutes ?? DEFAULT_QUESTION_MINUTES);
    }
    for (const action of world.actions)
      if (random() < (action.fixes[cause] ?? 0) && appliesTo(action, device)) this.#fixedBy.add(action.id);
  }

  /** The index of the option this shopper picks for question `id`. */
  answer(id: string): number {
    const chosen = this.#answers.get(id);
    if (chosen === undefined) throw new Error(`the simulated shopper cannot answer "${id}": give a purchase date`);
    return chosen;
  }

  /** Whether a step for this device would have fixed the fault (one this shopper can do), yet none such is among the `offered` ones. */
  missedFix(offered: readonly string[]): boolean {
    const fixers = [...this.#fixedBy].filter((id) => !this.#cannotDo.has(id));
    return fixers.length > 0 && !fixers.some((id) => offered.includes(id));
  }

  /** How the shopper answers an action: fixed, not fixed, or skip when it cannot be done. */
  tries(actionId: string): 'fixed' | 'not-fixed' | 'skip' {
    if (this.#cannotDo.has(actionId)) return 'skip';
    return this.#fixedBy.has(actionId) ? 'fixed' : 'not-fixed';
  }

  /** The hands-on minutes a step takes this shopper: finding out it cannot be done, or doing it. */
  minutesFor(actionId: string, minutes: number): number {
    return this.#cannotDo.get(actionId) ?? minutes;
  }
}

/** Sessions are pure and many shoppers walk the same path: one session per path, kept in a tree. */
export class SessionTree {
  readonly children = new Map<string, SessionTree>();
  constructor(readonly session: Session) {}

  next(answer: string): SessionTree {
    let child = this.children.get(answer);
    if (child === undefined) {
      child = new SessionTree(this.session.answer(answer));
      this.children.set(answer, child);
    }
    return child;
  }
}

/** The shopper's session with the engine: how it ended, and the ended session. */
export function runEngine(kb: KnowledgeBase, root: SessionTree, shopper: Shopper): Ending & { session: Session } {
  const ending: Ending = { outcome: 'contact-support', handsOn: 0, waiting: 0, prompts: 0, missedFix: false };
  const offered: string[] = [];
  let node = root;
  for (let guard = 0; guard < 200; guard++) {
    const prompt = node.session.current;
    if (prompt.kind === 'result')
      return { ...ending, outcome: prompt.outcome, missedFix: shopper.missedFix(offered), session: node.session };
    ending.prompts++;
    if (prompt.kind === 'action') {
      const answer = shopper.tries(prompt.id);
      offered.push(prompt.id);
      ending.handsOn += shopper.minutesFor(prompt.id, prompt.minutes);
      ending.waiting += answer === 'skip' ? 0 : (prompt.waitMinutes ?? 0);
      node = node.next(answer);
    } else if (prompt.id === 'return-offer') {
      // The engine's own question (a product that never worked): the shopper who came to fix it tries the likely fixes first.
      ending.handsOn += DEFAULT_QUESTION_MINUTES;
      node = node.next('try-first');
    } else {
      const question = kb.questions.find((q) => q.id === prompt.id);
      ending.handsOn += question?.minutes ?? DEFAULT_QUESTION_MINUTES;
      node = node.next(prompt.options[shopper.answer(prompt.id)]!.id);
    }
  }
  throw new Error('a simulated session did not end within 200 prompts');
}

/** The fixed order: the same gates first (a wet device is dried first), then the list, then escalate. */
function runFixed(kb: KnowledgeBase, device: string, order: readonly string[], escalation: Outcome, shopper: Shopper): Ending {
  const ending: Ending = { outcome: escalation, handsOn: 0, waiting: 0, prompts: 0, missedFix: false };
  const offered: string[] = [];
  const end = (outcome: Outcome): Ending => ({ ...ending, outcome, missedFix: shopper.missedFix(offered) });
  let forced: string | undefined;
  // The engine's own gates for the device: the questions that can end a session at once.
  for (const { question: gate } of model(kb).devices.get(device)!.gates) {
    ending.prompts++;
    ending.handsOn += gate.minutes ?? DEFAULT_QUESTION_MINUTES;
    const option = gate.options[shopper.answer(gate.id)]!;
    if (option.outcome !== undefined) return end(option.outcome);
    forced = option.next ?? forced;
  }
  const steps = forced === undefined ? order : [forced, ...order.filter((id) => id !== forced)];
  for (const id of steps) {
    const action = kb.actions.find((a) => a.id === id);
    if (action === undefined || !appliesTo(action, device)) continue;
    ending.prompts++;
    offered.push(id);
    const answer = shopper.tries(id);
    ending.handsOn += shopper.minutesFor(id, action.minutes);
    if (answer === 'skip') {
      // A required step the shopper cannot do ends the session as the knowledge base says (a wet device is not charged).
      if (id === forced && action.whenSkipped) return end(action.whenSkipped.outcome);
      continue;
    }
    ending.waiting += action.waitMinutes ?? 0;
    if (answer === 'fixed') return end('resolved');
  }
  return end(escalation);
}

/** Where the engine escalates a fault nobody at home can fix, at this age: the fixed order escalates the same way. */
function escalationAt(kb: KnowledgeBase, device: string, options: CompareOptions): Outcome {
  let session: Session = createSession({ knowledgeBase: kb, device, today: options.today, purchaseDate: options.purchaseDate });
  // Answer everything as "not fixed" and the first option that does not end the session: the end is the age's escalation.
  for (let guard = 0; guard < 200 && session.current.kind !== 'result'; guard++) {
    const prompt = session.current;
    if (prompt.kind === 'action') session = session.answer('not-fixed');
    else {
      const question = kb.questions.find((q) => q.id === prompt.id);
      const calm = question?.options.find((o) => o.outcome === undefined && o.next === undefined) ?? question?.options[0];
      session = session.answer(calm?.id ?? prompt.options[0]!.id);
    }
  }
  const { current } = session;
  return current.kind === 'result' && current.outcome !== 'resolved' ? current.outcome : 'contact-support';
}

class Tally {
  weight = 0;
  right = 0;
  fixableWeight = 0;
  fixableEscalated = 0;
  fixableRefunds = 0;
  refundsNeverOffered = 0;
  firmwareWeight = 0;
  firmwareFixed = 0;
  handsOn = 0;
  waiting = 0;
  prompts = 0;
  outcomes: Partial<Record<Outcome, number>> = {};

  add(ending: Ending, weight: number, cause: string, fixable: boolean): void {
    this.weight += weight;
    const resolved = ending.outcome === 'resolved';
    if (fixable ? resolved : RIGHT_ESCALATIONS.has(ending.outcome)) this.right += weight;
    if (fixable) {
      this.fixableWeight += weight;
      if (!NOT_ESCALATIONS.has(ending.outcome)) this.fixableEscalated += weight;
      if (ending.outcome === 'refund') {
        this.fixableRefunds += weight;
        if (ending.missedFix) this.refundsNeverOffered += weight;
      }
    }
    if (cause === 'firmware') {
      this.firmwareWeight += weight;
      if (resolved) this.firmwareFixed += weight;
    }
    this.handsOn += weight * ending.handsOn;
    this.waiting += weight * ending.waiting;
    this.prompts += weight * ending.prompts;
    this.outcomes[ending.outcome] = (this.outcomes[ending.outcome] ?? 0) + weight;
  }

  metrics(): Metrics {
    const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
    return {
      right: share(this.right, this.weight),
      fixableEscalated: share(this.fixableEscalated, this.fixableWeight),
      fixableRefunds: share(this.fixableRefunds, this.weight),
      refundsNeverOffered: this.fixableRefunds > 0 ? this.refundsNeverOffered / this.fixableRefunds : undefined,
      firmwareFixed: this.firmwareWeight > 0 ? this.firmwareFixed / this.firmwareWeight : undefined,
      handsOn: share(this.handsOn, this.weight),
      waiting: share(this.waiting, this.weight),
      prompts: share(this.prompts, this.weight),
      outcomes: Object.fromEntries(Object.entries(this.outcomes).map(([outcome, w]) => [outcome, share(w, this.weight)])),
    };
  }
}

/** The engine and the fixed order, side by side, per device and overall. */
export function compareWithFixedOrder(kb: KnowledgeBase, options: CompareOptions): Comparison {
  const runs = options.runs ?? 300;
  const world = options.world ?? kb;
  const allSteps = kb.actions.map((a) => a.id);
  const order = options.fixedOrder ?? kb.fixedOrder ?? allSteps;
  const devices = kb.devices.filter((d) => options.device === undefined || d.id === options.device);
  if (devices.length === 0) throw new RangeError(`Unknown device ${JSON.stringify(options.device)}`);

  const rows = devices.map((device, d): DeviceComparison => {
    const worldDevice = world.devices.find((w) => w.id === device.id) ?? device;
    const root = new SessionTree(
      createSession({ knowledgeBase: kb, device: device.id, today: options.today, purchaseDate: options.purchaseDate }),
    );
    const escalation = escalationAt(kb, device.id, options);
    options.progress?.begin(`sampled shoppers for ${device.id}`);
    const engine = new Tally();
    const fixed = new Tally();
    const everything = new Tally();
    kb.causes.forEach((cause, c) => {
      const prior = worldDevice.priors[cause.id] ?? 0;
      if (prior <= 0) return;
      for (let run = 0; run < runs; run++) {
        options.progress?.step();
        // The same shopper meets both strategies.
        const shopper = new Shopper(
          world,
          device.id,
          cause.id,
          seededRandom((options.seed ?? 1) * 1_000_003 + d * 10_007 + c * 1_009 + run),
        );
        engine.add(runEngine(kb, root, shopper), prior / runs, cause.id, cause.userFixable);
        fixed.add(runFixed(kb, device.id, order, escalation, shopper), prior / runs, cause.id, cause.userFixable);
        everything.add(runFixed(kb, device.id, allSteps, escalation, shopper), prior / runs, cause.id, cause.userFixable);
      }
    });
    return { device: device.id, engine: engine.metrics(), fixed: fixed.metrics(), ceiling: everything.metrics().right };
  });
  const overall = { engine: meanMetrics(rows.map((r) => r.engine)), fixed: meanMetrics(rows.map((r) => r.fixed)) };
  return { devices: rows, overall: { ...overall, ceiling: rows.reduce((sum, r) => sum + r.ceiling, 0) / rows.length } };
}

/** The mean of each figure over devices (firmware over the devices that have it). */
export function meanMetrics(all: readonly Metrics[]): Metrics {
  const mean = (pick: (m: Metrics) => number | undefined) => {
    const values = all.map(pick).filter((v): v is number => v !== undefined);
    return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v, 0) / values.length;
  };
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const outcome of new Set(all.flatMap((m) => Object.keys(m.outcomes) as Outcome[])))
    outcomes[outcome] = mean((m) => m.outcomes[outcome] ?? 0)!;
  return {
    right: mean((m) => m.right)!,
    fixableEscalated: mean((m) => m.fixableEscalated)!,
    fixableRefunds: mean((m) => m.fixableRefunds)!,
    // A share of refunds: weighted by each device's refunds, not one vote per device.
    refundsNeverOffered: weightedMean(
      all,
      (m) => m.refundsNeverOffered,
      (m) => m.fixableRefunds,
    ),
    firmwareFixed: mean((m) => m.firmwareFixed),
    handsOn: mean((m) => m.handsOn)!,
    waiting: mean((m) => m.waiting)!,
    prompts: mean((m) => m.prompts)!,
    outcomes,
  };
}

/** The mean of `pick` weighted by `weight`, over the figures that have it. */
function weightedMean(
  all: readonly Metrics[],
  pick: (m: Metrics) => number | undefined,
  weight: (m: Metrics) => number,
): number | undefined {
  let sum = 0;
  let total = 0;
  for (const m of all) {
    const value = pick(m);
    if (value === undefined) continue;
    sum += value * weight(m);
    total += weight(m);
  }
  return total > 0 ? sum / total : undefined;
}

/**
 * A world that differs from the knowledge base: every probability times a factor drawn uniformly
 * from [1 − spread, 1 + spread], then priors and each cause's answer odds made to add up to 1 again
 * (fix probabilities are capped at 1).
 */
export function perturb(kb: KnowledgeBase, random: Random, spread = 0.3): KnowledgeBase {
  const jitter = (p: number) => p * (1 - spread + 2 * spread * random());
  const normalised = (values: Record<string, number>) => {
    const total = Object.values(values).reduce((sum, p) => sum + p, 0);
    return Object.fromEntries(Object.entries(values).map(([k, p]) => [k, total > 0 ? p / total : p]));
  };
  return {
    ...kb,
    devices: kb.devices.map((device) => ({
      ...device,
      priors: normalised(Object.fromEntries(Object.entries(device.priors).map(([cause, p]) => [cause, jitter(p)]))),
    })),
    actions: kb.actions.map((action) => ({
      ...action,
      fixes: Object.fromEntries(Object.entries(action.fixes).map(([cause, p]) => [cause, Math.min(1, jitter(p))])),
    })),
    questions: kb.questions.map((question) => {
      // Every cause gets explicit odds (the knowledge base's fill rule first), jittered and renormalised.
      const columns = kb.causes.map((cause) => {
        const odds = likelihoods(model(kb), question, cause.id).map(jitter);
        const total = odds.reduce((sum, p) => sum + p, 0);
        return odds.map((p) => (total > 0 ? p / total : 1 / odds.length));
      });
      return {
        ...question,
        options: question.options.map((option, i) => ({
          ...option,
          likelihood: Object.fromEntries(kb.causes.map((cause, c) => [cause.id, columns[c]![i]!])),
        })),
      };
    }),
  };
}

export interface DiagnosisReport {
  /** Shoppers drawn from the knowledge base itself. */
  plain: Comparison;
  /** Shoppers drawn from worlds that differ from the knowledge base by up to ±spread on every probability. */
  noise:
    | { spread: number; worlds: number; overall: { engine: Metrics; fixed: Metrics; ceiling: number }; devicesBehind: string[] }
    | undefined;
}

export interface ReportOptions extends Omit<CompareOptions, 'world'> {
  /** How many perturbed worlds (0: none). */
  noiseWorlds?: number;
  spread?: number;
}

/** The yardstick in one call: the plain comparison and the mean over perturbed worlds. */
export function diagnosisReport(kb: KnowledgeBase, options: ReportOptions): DiagnosisReport {
  const { noiseWorlds = 5, spread = 0.3, progress, ...compare } = options;
  const plain = compareWithFixedOrder(kb, { ...compare, ...(progress ? { progress } : {}) });
  if (noiseWorlds <= 0) return { plain, noise: undefined };
  const worlds = Array.from({ length: noiseWorlds }, (_, i) =>
    compareWithFixedOrder(kb, {
      ...compare,
      ...(progress
        ? { progress: { begin: (task) => progress.begin(`noise world ${i + 1} of ${noiseWorlds}, ${task}`), step: () => progress.step() } }
        : {}),
      seed: (compare.seed ?? 1) + 1000 * (i + 1),
      world: perturb(kb, seededRandom((compare.seed ?? 1) * 7919 + i), spread),
    }),
  );
  const behind = new Set(worlds.flatMap((w) => w.devices.filter((d) => d.engine.right < d.fixed.right).map((d) => d.device)));
  return {
    plain,
    noise: {
      spread,
      worlds: noiseWorlds,
      overall: {
        engine: meanMetrics(worlds.map((w) => w.overall.engine)),
        fixed: meanMetrics(worlds.map((w) => w.overall.fixed)),
        ceiling: worlds.reduce((sum, w) => sum + w.overall.ceiling, 0) / worlds.length,
      },
      devicesBehind: [...behind],
    },
  };
}
