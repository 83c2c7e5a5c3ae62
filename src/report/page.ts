import type { KnowledgeBase } from '../core/types.js';
import type { LearnReport } from '../learn/index.js';
import { html, Raw } from './escape.js';
import { learnedSection } from './learned.js';
import { devicesSection, escalationSection, funnelSection, number, stepsSection, summarySection, timeSection } from './sections.js';
import type { ReportStatsSummary } from './stats.js';
import { STYLE } from './style.js';
import { Words } from './words.js';

/**
 * Nothing leaves the file: no script, no fetch, no font, no image; the page's own <style> and inline
 * SVG only. Said to the browser too, so a change that adds a request is blocked, not sent.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface ReportPageInput {
  knowledgeBase: KnowledgeBase;
  stats: ReportStatsSummary;
  /** `learn` on the same input, or why it could not run. */
  learned: { report: LearnReport } | { error: string };
}

/** The whole report: one self-contained HTML document. */
export function reportPage({ knowledgeBase, stats, learned }: ReportPageInput): string {
  const words = new Words(knowledgeBase);
  const kb = `${knowledgeBase.id ?? 'knowledge base'}${knowledgeBase.version === undefined ? '' : ` ${knowledgeBase.version}`}`;
  const days = stats.overTime.buckets;
  const span = days.length === 0 ? 'no dates' : `${days[0]!.start} to ${days.at(-1)!.start}`;
  const repeats = [
    ...(stats.duplicates > 0 ? [`${number(stats.duplicates)} records repeated an id and were counted once`] : []),
    ...(stats.claimingRows > 0
      ? [
          `${number(stats.claimingRows)} records were set aside for claiming what only your warehouse's rows may (a count, a verdict): anyone can send a record to the collector`,
        ]
      : []),
    ...(stats.superseded > 0 ? [`${number(stats.superseded)} abandoned sessions came back and finished (counted as finished)`] : []),
  ];
  const title = `Troubleshooter report: ${number(stats.sessions)} sessions`;
  return `<!doctype html>\n${
    html`<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>${title}</title><style>${new Raw(STYLE)}</style></head>
<body><header><h1>How the troubleshooter did</h1>
<p class="muted">${number(stats.sessions)} sessions from ${number(stats.lines)} lines (${span}); knowledge base ${kb}.${repeats.length > 0 ? ` ${repeats.join('; ')}.` : ''}</p></header>
<main>${summarySection(stats)}${timeSection(stats)}${funnelSection(stats, words)}${stepsSection(stats, words)}${escalationSection(stats, words)}${devicesSection(stats, words)}${learnedSection(learned, words)}</main>
<footer><p>Made by <code>charge-troubleshooter report</code> from outcome records. One file: it loads nothing from anywhere.</p></footer>
</body></html>`.markup
  }\n`;
}
