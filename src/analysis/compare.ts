import { createSession } from '../core/index.js';
import type { KnowledgeBase } from '../core/types.js';
import { escalationAt, runFixed } from './fixed-order.js';
import { type Metrics, meanMetrics, Tally } from './metrics.js';
import { perturb } from './perturb.js';
import type { Progress } from './progress.js';
import { seededRandom } from './random.js';
import { runEngine, SessionTree, Shopper } from './simulated-shopper.js';

/**
 * The yardstick of the diagnosis: simulated shoppers who answer the way real people do, with the
 * variation the knowledge base itself predicts. For each device and each cause it gives a prior, a
 * shopper with that cause answers each question by sampling an option from P(answer | cause), and
 * an action fixes the fault with P(fix | cause). The same shoppers (same seeds) meet the engine and
 * the fixed order of steps the knowledge base replaces (the seed guides'); results are weighted by
 * the device's priors. `world` may differ from the knowledge base the engine and the fixed order
 * use: a perturbed world measures what happens when the knowledge base is wrong.
 */

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
