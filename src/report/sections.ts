import { bar, timeChart } from './charts.js';
import { html, Raw } from './escape.js';
import { GROUPS, type Group } from './groups.js';
import { FUNNEL_STEPS, type ReportStatsSummary, type StepCount } from './stats.js';
import { GROUP_WORDS, type Words } from './words.js';

// The sections drawn from the records: each a heading, a sentence that says what it shows, and a
// table whose rows carry their own bar (the numbers are the cells; the bars are decoration).

export const number = (n: number) => Math.round(n).toLocaleString('en');
export function percent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const p = (100 * part) / whole;
  return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)} %`;
}

const groupCells = (groups: Record<Group, number>) => GROUPS.map((g) => ({ group: g, value: groups[g] }));

export function legend(groups: Record<Group, number>): Raw {
  return html`<ul class="legend">${GROUPS.filter((g) => groups[g] > 0).map(
    (g) => html`<li><span class="swatch g-${g}" aria-hidden="true"></span>${GROUP_WORDS[g]}</li>`,
  )}</ul>`;
}

function section(id: string, title: string, body: (Raw | Raw[])[]): Raw {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body.flat()}</section>`;
}

function table(label: string, head: string[], rows: Raw[], numeric: boolean[], className = ''): Raw {
  return html`<div class="scroll" role="region" aria-label="${label}" tabindex="0"><table${new Raw(className === '' ? '' : ` class="${className}"`)}><caption>${label}</caption>
<thead><tr>${head.map((h, i) => html`<th scope="col"${new Raw(numeric[i] ? ' class="num"' : '')}>${h}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

export function summarySection(stats: ReportStatsSummary): Raw {
  const { groups } = stats;
  const finished = stats.sessions - groups.abandoned - groups.unknown;
  const started = stats.sessions - groups.unknown;
  const kpi = (title: string, part: number, whole: number, of: string) =>
    html`<div><dt>${title}</dt><dd><strong>${percent(part, whole)}</strong>${number(part)} of ${number(whole)} ${of}</dd></div>`;
  return section('at-a-glance', 'At a glance', [
    html`<dl class="kpis">
${kpi('Fixed without contacting anyone', groups.fixed, finished, 'finished sessions')}
${kpi('Handed on (refund, claim, repair, support)', groups.escalated, finished, 'finished sessions')}
${kpi('Safety stops', groups.safety, finished, 'finished sessions')}
${kpi('Left before the end (apart)', groups.abandoned, started, 'sessions started')}
</dl>`,
    html`<p>Shares of finished sessions leave out the sessions shoppers left before the end: those are counted apart, as a share of every session started${groups.unknown > 0 ? html`; ${number(groups.unknown)} sessions from rows without an <code>outcome</code> are in neither` : ''}.</p>`,
    html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-labelledby="all-title"><title id="all-title">All ${number(stats.sessions)} sessions: ${GROUPS.filter(
      (g) => groups[g] > 0,
    )
      .map((g) => `${GROUP_WORDS[g]} ${number(groups[g])}`)
      .join(', ')}</title>${barRects(groups, stats.sessions)}</svg>`,
    legend(groups),
  ]);
}

function barRects(groups: Record<Group, number>, max: number): Raw {
  const inner = bar(groupCells(groups), max).markup.replace(/^<svg[^>]*>|<\/svg>$/g, '');
  return new Raw(inner);
}

export function timeSection(stats: ReportStatsSummary): Raw {
  const time = stats.overTime;
  if (time.buckets.length === 0)
    return section('over-time', 'Sessions over time', [
      html`<p class="note">No record says when it was received, so there is no chart by day or week. Records carry no dates by design (nothing that could single out a shopper); have your collector add the time it receives each one, as <code>receivedAt</code> (ISO 8601), e.g. <code>{ ...record, receivedAt: new Date().toISOString() }</code>, or add a day column to your warehouse <code>GROUP BY</code>. <code>learn</code> ignores it.</p>`,
    ]);
  const earlier = time.before > 0 ? ` ${number(time.before)} earlier sessions fall before the span shown.` : '';
  const undated = time.undated > 0 ? ` ${number(time.undated)} sessions without receivedAt are not in the chart.` : '';
  return section('over-time', 'Sessions over time', [
    html`<p>Sessions by the ${time.unit} the collector received them (<code>receivedAt</code>), each column split by how they ended.${earlier}${undated}</p>`,
    legend(stats.groups),
    timeChart(time, 'time'),
  ]);
}

export function funnelSection(stats: ReportStatsSummary, words: Words): Raw {
  const first = stats.funnel[0]?.shown ?? 0;
  const abandoned = stats.groups.abandoned;
  return section('funnel', 'Where shoppers stop', [
    html`<p>Every session, step by step: how many were shown step n, how many left there, and how many got their result after n − 1 answers.</p>`,
    table(
      'Sessions by step',
      ['Step', 'Shown', 'Left here', 'Result here', 'Shown; the first part left here'],
      stats.funnel.map(
        (f) =>
          html`<tr><th scope="row">${f.step > FUNNEL_STEPS ? `${f.step}+` : f.step}</th><td class="num">${number(f.shown)}</td><td class="num">${number(f.left)}</td><td class="num">${number(f.ended)}</td><td class="bar-cell">${bar(
            [
              { group: 'abandoned', value: f.left },
              { group: 'plain', value: f.shown - f.left },
            ],
            first,
          )}</td></tr>`,
      ),
      [false, true, true, true, false],
      'funnel',
    ),
    ...(abandoned === 0
      ? [
          html`<p>No session was left before the end. Sessions left open are recorded with <code>outcome: "abandoned"</code> (the widget's <code>ct-abandon</code> event): log them too, or this page cannot say where shoppers give up.</p>`,
        ]
      : [
          html`<h3>The prompt on the screen when they left</h3>`,
          table(
            'Abandoned sessions by the prompt they left at',
            ['Prompt', 'Sessions', 'Share'],
            stats.leftAt.map(
              (l) =>
                html`<tr><th scope="row">${words.prompt(l.prompt)}${bar([{ group: 'abandoned', value: l.sessions }], stats.leftAt[0]!.sessions)}</th><td class="num">${number(l.sessions)}</td><td class="num">${percent(l.sessions, abandoned)}</td></tr>`,
            ),
            [false, true, true],
          ),
        ]),
    html`<h3>Which prompts lead where</h3><p>Sessions that answered each prompt, by how they ended.</p>`,
    legend(stats.groups),
    table(
      'Prompts and how their sessions ended',
      ['Prompt', 'Answered', 'Fixed', 'Handed on', 'Left'],
      stats.prompts.map(
        (p) =>
          html`<tr><th scope="row">${words.prompt(p.prompt)}${bar(groupCells(p.groups), p.sessions)}</th><td class="num">${number(p.sessions)}</td><td class="num">${percent(p.groups.fixed, p.sessions)}</td><td class="num">${percent(p.groups.escalated, p.sessions)}</td><td class="num">${percent(p.groups.abandoned, p.sessions)}</td></tr>`,
      ),
      [false, true, true, true, true],
    ),
  ]);
}

/** A row per step; the bar only in the table of every device (the per-device tables keep the page small). */
function stepRows(steps: StepCount[], words: Words, withBars: boolean): Raw[] {
  return steps.map((s) => {
    const shares = [
      { group: 'fixed' as const, value: s.fixed },
      { group: 'plain' as const, value: s.tried - s.fixed },
    ];
    return html`<tr><th scope="row">${words.prompt(s.action)}${withBars ? bar(shares, s.tried) : ''}</th><td class="num">${number(s.tried)}</td><td class="num">${number(s.fixed)}</td><td class="num">${percent(s.fixed, s.tried)}</td><td class="num">${number(s.skipped)}</td></tr>`;
  });
}

const STEP_HEAD = ['Step', 'Tried', 'Fixed', 'Fix rate', 'Could not do it'];
const STEP_NUMERIC = [false, true, true, true, true];

export function stepsSection(stats: ReportStatsSummary, words: Words): Raw {
  return section('steps', 'How well each step works', [
    html`<p>Each step the shoppers tried (answered “fixed” or “still not charging”) and how often it fixed it; “could not do it” is apart.</p>`,
    table(
      'Fix rate of each step, every device (bars: fixed, green, of tried)',
      STEP_HEAD,
      stepRows(stats.steps, words, true),
      STEP_NUMERIC,
    ),
    html`<h3>By device</h3>`,
    stats.stepsByDevice
      .filter((d) => d.steps.length > 0)
      .map(
        (d) =>
          html`<details><summary>${words.device(d.device)}</summary>${table(`Fix rate of each step, ${words.device(d.device)}`, STEP_HEAD, stepRows(d.steps, words, false), STEP_NUMERIC)}</details>`,
      ),
  ]);
}

export function escalationSection(stats: ReportStatsSummary, words: Words): Raw {
  const all = stats.escalations.reduce((sum, e) => sum + e.sessions, 0);
  const most = stats.escalations[0]?.sessions ?? 0;
  return section('escalations', 'Escalations and their causes', [
    html`<p>Sessions handed to someone else (refund, warranty or legal-guarantee claim, repair, replacement, support) or stopped for safety: by the cause the returns desk found, where a verdict names one (<code>--labels</code>, or rows with <code>confirmedCause</code>), else by outcome.</p>`,
    all === 0
      ? html`<p>No session was escalated.</p>`
      : table(
          'Escalations by cause or outcome',
          ['Cause or outcome', 'Sessions', 'Share'],
          stats.escalations.map((e) => {
            const safety = e.escalation.kind === 'outcome' && e.escalation.outcome === 'safety-stop';
            return html`<tr><th scope="row">${words.escalation(e.escalation)}${bar([{ group: safety ? 'safety' : 'escalated', value: e.sessions }], most)}</th><td class="num">${number(e.sessions)}</td><td class="num">${percent(e.sessions, all)}</td></tr>`;
          }),
          [false, true, true],
        ),
  ]);
}

export function devicesSection(stats: ReportStatsSummary, words: Words): Raw {
  return section('devices', 'By device', [
    legend(stats.groups),
    table(
      'Sessions by device and how they ended',
      ['Device', 'Sessions', 'Fixed', 'Handed on', 'Left'],
      stats.devices.map(
        (d) =>
          html`<tr><th scope="row">${words.device(d.device)}${bar(groupCells(d.groups), d.sessions)}</th><td class="num">${number(d.sessions)}</td><td class="num">${percent(d.groups.fixed, d.sessions)}</td><td class="num">${percent(d.groups.escalated, d.sessions)}</td><td class="num">${percent(d.groups.abandoned, d.sessions)}</td></tr>`,
      ),
      [false, true, true, true, true],
    ),
  ]);
}
