import type { Ending } from './read.js';

/**
 * How a session ended, in the few groups a shop watches: fixed by the shopper (no one contacted), a
 * part to get, handed on (refund, claim, repair, replacement, support), a safety stop, left before the
 * end, or not known (a row grouped without its outcome).
 */
export type Group = 'fixed' | 'part' | 'escalated' | 'safety' | 'abandoned' | 'unknown';
export const GROUPS: readonly Group[] = ['fixed', 'part', 'escalated', 'safety', 'abandoned', 'unknown'];

export function groupOf(ending: Ending | undefined): Group {
  switch (ending) {
    case undefined:
      return 'unknown';
    case 'resolved':
      return 'fixed';
    case 'get-part':
      return 'part';
    case 'safety-stop':
      return 'safety';
    case 'abandoned':
      return 'abandoned';
    default:
      return 'escalated';
  }
}

/** The endings counted as escalations in the report: someone else takes over (a safety stop too). */
export const ESCALATED_ENDINGS: readonly Ending[] = [
  'refund',
  'warranty-claim',
  'legal-guarantee',
  'repair',
  'replace',
  'contact-support',
  'safety-stop',
];
