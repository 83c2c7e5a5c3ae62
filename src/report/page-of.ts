import type { KnowledgeBase } from '../core/types.js';
import { learn, OutcomeTally } from '../learn/index.js';
import { reportPage } from './page.js';
import { ReportStats } from './stats.js';

/**
 * The report's page from records held in memory (a script, a test, an app): each record counted by the
 * report and by `learn` alike, as the CLI does line by line from files.
 */
export function reportPageOf(knowledgeBase: KnowledgeBase, records: Iterable<unknown>, labels: Iterable<unknown> = []): string {
  const stats = new ReportStats(knowledgeBase);
  const tally = new OutcomeTally(knowledgeBase);
  for (const label of labels) {
    stats.addLabel(label);
    tally.addLabel(label);
  }
  for (const record of records) {
    stats.add(record);
    tally.add(record);
  }
  return reportPage({ knowledgeBase, stats: stats.summary(), learned: { report: learn(knowledgeBase, tally).report } });
}
