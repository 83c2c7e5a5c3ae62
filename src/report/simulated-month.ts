import { seededRandom } from '../analysis/random.js';
import { simulatedRecords } from '../analysis/simulated-records.js';
import type { KnowledgeBase } from '../core/types.js';

// A month of a shop's records, simulated for the report's tests and screenshots: the engine's
// records (simulatedRecords), some left before the end, each stamped by a collector with the time it
// arrived, and the returns desk's verdicts as labels.

export interface SimulatedMonth {
  records: Record<string, unknown>[];
  labels: { id: string; confirmedCause?: string; noFaultFound?: true }[];
}

/** Leaving before the next prompt: this often at any prompt, more before a step with a long wait. */
const LEAVE = 0.05;
const LEAVE_BEFORE_WAIT = 0.18;

export interface SimulatedMonthOptions {
  count: number;
  seed?: number;
  /** Where the shoppers' faults and answers come from (default: the knowledge base itself). */
  world?: KnowledgeBase;
  /** The last day, YYYY-MM-DD, and how many days the month has. */
  last?: string;
  days?: number;
}

export function simulatedMonth(
  kb: KnowledgeBase,
  { count, seed = 1, world, last = '2026-11-29', days = 28 }: SimulatedMonthOptions,
): SimulatedMonth {
  const random = seededRandom(seed + 1000);
  const waits = new Set(kb.actions.filter((a) => (a.waitMinutes ?? 0) >= 30).map((a) => a.id));
  const end = Date.parse(`${last}T00:00:00Z`);
  const records: SimulatedMonth['records'] = [];
  const labels: SimulatedMonth['labels'] = [];
  const sessions = simulatedRecords(kb, {
    count,
    seed,
    ...(world === undefined ? {} : { world }),
    today: '2026-11-21',
    purchaseDate: '2026-03-21',
    inspected: 0.4,
  });
  for (const { confirmedCause, noFaultFound, ...record } of sessions) {
    if (confirmedCause !== undefined) labels.push({ id: record.id, confirmedCause });
    if (noFaultFound) labels.push({ id: record.id, noFaultFound });
    // Busier towards the end of the month and at weekends.
    let day = Math.floor(days * Math.sqrt(random()));
    const weekday = new Date(end - (days - 1 - day) * 86_400_000).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.3) day = Math.min(days - 1, day + 1);
    const receivedAt = new Date(end - (days - 1 - day) * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString();
    const pairs = record.path.split(' ');
    const left = pairs.findIndex(
      (pair, i) => i > 0 && random() < (waits.has(pair.slice(0, pair.indexOf(':'))) ? LEAVE_BEFORE_WAIT : LEAVE),
    );
    if (left === -1) records.push({ ...record, receivedAt });
    else {
      const { fixedBy: _, ...rest } = record;
      records.push({ ...rest, path: pairs.slice(0, left).join(' '), outcome: 'abandoned', receivedAt });
    }
  }
  return { records, labels };
}
