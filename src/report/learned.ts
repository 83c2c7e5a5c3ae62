import type { Change, LearnReport } from '../learn/index.js';
import { intervalMarks } from './charts.js';
import { html, type Raw } from './escape.js';
import { number } from './sections.js';
import type { Words } from './words.js';

// Authored against learned numbers, from `learn` run on the same input. Numbers the records cannot
// identify (held by the prior, or traded with another) are listed apart, never as findings.

/** Fields another part of `learn` adds to each change (issue 25, point 3); read when present. */
type Judged = Change & { interval?: [number, number]; identified?: boolean; held?: string };

/** Changes listed, the largest first. */
export const LISTED_CHANGES = 25;

const p = (n: number) => n.toFixed(4).replace(/0{1,2}$/, '');

const spreadOf = (change: Judged): [number, number] =>
  change.interval ?? [change.after - change.uncertainty, change.after + change.uncertainty];

function row(change: Judged, words: Words, withInterval: boolean, scale: number): Raw {
  const interval = spreadOf(change);
  const spread = withInterval && change.interval ? `${p(change.interval[0])}–${p(change.interval[1])}` : `± ${p(change.uncertainty)}`;
  return html`<tr><th scope="row">${words.change(change)}${intervalMarks(change.before, change.after, interval, scale)}</th><td class="num">${p(change.before)}</td><td class="num">${p(change.after)}</td><td class="num">${spread}</td><td class="num">${number(change.sessions)}</td></tr>`;
}

function changeTable(label: string, changes: Judged[], words: Words): Raw {
  const withInterval = changes.some((c) => c.interval !== undefined);
  const spread = withInterval ? '90 % interval' : '± one standard deviation';
  const scale = Math.max(...changes.flatMap((c) => spreadOf(c).map((end) => Math.abs(end - c.before))));
  return html`<div class="scroll" role="region" aria-label="${label}" tabindex="0"><table><caption>${label}. Under each: how far it moved from the authored value (the centre line; the edges are ± ${p(scale)}), the learned value (a tick) and its ${spread} (a line).</caption>
<thead><tr><th scope="col">Probability</th><th scope="col" class="num">Authored</th><th scope="col" class="num">Learned</th><th scope="col" class="num">${spread}</th><th scope="col" class="num">Sessions</th></tr></thead>
<tbody>${changes.map((c) => row(c, words, withInterval, scale))}</tbody></table></div>`;
}

export function learnedSection(learned: { report: LearnReport } | { error: string }, words: Words): Raw {
  const head = html`<h2 id="learned">Authored and learned numbers</h2>`;
  if ('error' in learned)
    return html`<section aria-labelledby="learned">${head}<p class="note">learn could not run on these records: ${learned.error}</p></section>`;
  const { report } = learned;
  const changes = report.changes as Judged[];
  const moved = changes.filter((c) => c.after !== c.before);
  const found = moved.filter((c) => c.identified !== false);
  const held = moved.filter((c) => c.identified === false);
  const heldOut = report.heldOutLogLikelihood;
  const final = (report as { finalChange?: number }).finalChange;
  return html`<section aria-labelledby="learned">${head}
<p><code>learn</code> on the same records: ${number(report.sessions.used)} sessions on ${number(report.paths)} distinct paths, strength ${report.strength}, ${report.iterations} iterations${report.converged ? '' : ' (stopped before converging)'}${final === undefined ? '' : `, last change ${final.toPrecision(2)}`}. ${number(moved.length)} of ${number(changes.length)} probabilities changed.${heldOut === undefined ? '' : ` On the sessions kept back (one in ten), the log-likelihood per session went from ${heldOut.before.toFixed(4)} to ${heldOut.after.toFixed(4)} (${heldOut.after >= heldOut.before ? 'better' : 'worse'}).`}</p>
${report.skipped.map((s) => html`<p class="note">Set aside: ${number(s.sessions)} sessions ${s.reason}, on ${number(s.lines)} lines (${s.examples.join('; ')}${s.lines > s.examples.length ? '; …' : ''}).</p>`)}
${found.length === 0 ? html`<p>No identified probability changed.</p>` : changeTable(`The ${Math.min(LISTED_CHANGES, found.length)} largest changes`, found.slice(0, LISTED_CHANGES), words)}
${
  held.length === 0
    ? html``
    : html`<h3>Not identified: held, not findings</h3><p>The records cannot tell these apart from other numbers; they moved, but the move says little.</p>
<div class="scroll" role="region" aria-label="Numbers not identified" tabindex="0"><table><caption>Numbers not identified</caption><thead><tr><th scope="col">Probability</th><th scope="col" class="num">Authored</th><th scope="col" class="num">Learned</th><th scope="col">Why</th></tr></thead>
<tbody>${held.slice(0, LISTED_CHANGES).map((c) => html`<tr><th scope="row">${words.change(c)}</th><td class="num">${p(c.before)}</td><td class="num">${p(c.after)}</td><td>${c.held ?? 'not identified'}</td></tr>`)}</tbody></table></div>`
}
</section>`;
}
