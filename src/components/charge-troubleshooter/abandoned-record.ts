import { type OutcomeRecord, type Session, toJson } from '../../core/index.js';

/**
 * A session left before its result (the page hidden or closed, "Start over"): its record with
 * `outcome: "abandoned"` and the answers so far, so that `learn` sees the shoppers who gave up too, not
 * only those who stayed (survivor bias). Nothing when nothing was answered (a page view is not a
 * session) or no device is known (such a session says nothing about a fault), and nothing twice for
 * the same answers.
 */
export class AbandonedRecords {
  #sent: string | undefined;

  /** The record to send now, or undefined. */
  take(session: Session): { record: OutcomeRecord; recordJson: string } | undefined {
    if (session.current.kind === 'result' || session.history.length === 0 || session.state.device === undefined) return undefined;
    const record = session.record();
    const key = `${record.id} ${record.path}`;
    if (key === this.#sent) return undefined;
    this.#sent = key;
    return { record, recordJson: toJson(record) };
  }
}
