/**
 * The weekly report: numbers from outcome records (`ReportStats`, pure) and the one self-contained
 * HTML page they make (`reportPage`). What `charge-troubleshooter report` writes.
 */

export { REPORT_CSP, type ReportPageInput, reportPage } from './page.js';
export { reportPageOf } from './page-of.js';
export { ENDINGS, type Ending, type ReportSession, readReportSession } from './read.js';
export { type Escalation, FUNNEL_STEPS, ReportStats, type ReportStatsSummary, type StepCount } from './stats.js';
