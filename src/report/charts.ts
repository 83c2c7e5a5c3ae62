import { html, Raw } from './escape.js';
import { GROUPS, type Group } from './groups.js';
import type { OverTime } from './time.js';
import { GROUP_WORDS } from './words.js';

// Inline SVG, drawn from numbers only: no text from the records reaches a chart (labels are in the
// tables and in each chart's <title> and <desc>). Colours come from the page's CSS, light or dark.

const number = (n: number) => Math.round(n).toLocaleString('en');
/** Coordinates with two decimals: enough on any screen, and the page stays small. */
const at = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A bar for a table cell: segments side by side on a 0..max scale. Decorative (aria-hidden): the
 * numbers are in the row's cells.
 */
export function bar(segments: { group: Group | 'plain'; value: number }[], max: number): Raw {
  let x = 0;
  const rects = segments
    .filter((s) => s.value > 0 && max > 0)
    .map((s) => {
      const width = (100 * s.value) / max;
      const rect = `<rect class="g-${s.group}" x="${at(x)}" y="0" width="${at(width)}" height="10"/>`;
      x += width;
      return rect;
    });
  return new Raw(`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${rects.join('')}</svg>`);
}

/**
 * How far an estimate moved: the authored value is the centre line, the learned one a solid tick, its
 * interval a line, all on one scale (`scale`: the largest distance from the centre in the table).
 * Decorative: the row says the same in numbers.
 */
export function intervalMarks(before: number, after: number, interval: [number, number], scale: number): Raw {
  const x = (p: number) => at(50 + (50 * Math.max(-scale, Math.min(scale, p - before))) / (scale || 1));
  return new Raw(
    `<svg class="interval" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">` +
      `<line class="axis" x1="50" y1="0" x2="50" y2="12"/>` +
      `<line class="range" x1="${x(interval[0])}" y1="6" x2="${x(interval[1])}" y2="6"/>` +
      `<rect class="after" x="${at(Number(x(after)) - 0.8)}" y="1" width="1.6" height="10"/></svg>`,
  );
}

const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 40;
const BOTTOM = 22;
const TOP = 8;
/** About how wide a date label (MM-DD) is at the tick font size. */
const LABEL_WIDTH = 36;

/** A round step for the y axis: about four lines. */
function tickStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
}

/** Sessions per day or week, stacked by how they ended: an SVG with its title and description, and the table. */
export function timeChart(time: OverTime, id: string): Raw {
  const totals = time.buckets.map((b) => GROUPS.reduce((sum, g) => sum + b.counts[g], 0));
  const max = Math.max(1, ...totals);
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const y = (n: number) => TOP + plotHeight - (plotHeight * n) / top;
  const slot = (WIDTH - LEFT) / time.buckets.length;
  const ticks: string[] = [];
  for (let n = 0; n <= top; n += step)
    ticks.push(
      `<line class="grid" x1="${LEFT}" y1="${at(y(n))}" x2="${WIDTH}" y2="${at(y(n))}"/><text class="tick" x="${LEFT - 4}" y="${at(y(n) + 4)}" text-anchor="end">${number(n)}</text>`,
    );
  const labelEvery = Math.ceil(time.buckets.length / 6);
  const columns = time.buckets.map((bucket, i) => {
    let base = 0;
    const x = LEFT + i * slot + slot * 0.15;
    const rects = GROUPS.filter((g) => bucket.counts[g] > 0).map((g) => {
      const rect = `<rect class="g-${g}" x="${at(x)}" y="${at(y(base + bucket.counts[g]))}" width="${at(slot * 0.7)}" height="${at(y(base) - y(base + bucket.counts[g]))}"/>`;
      base += bucket.counts[g];
      return rect;
    });
    // A date every few columns, from its column's left edge; none that would run past the right edge.
    const label =
      i % labelEvery === 0 && x + LABEL_WIDTH <= WIDTH
        ? `<text class="tick" x="${at(x)}" y="${HEIGHT - 6}">${bucket.start.slice(5)}</text>`
        : '';
    return rects.join('') + label;
  });
  const busiest = totals.indexOf(Math.max(...totals));
  const unit = time.unit === 'day' ? 'day' : 'week starting';
  const describe = `${time.buckets.length} ${time.unit}s from ${time.buckets[0]!.start} to ${time.buckets.at(-1)!.start}; the busiest ${unit} ${time.buckets[busiest]!.start} with ${number(totals[busiest]!)} sessions. Each column is split by how the sessions ended; the table below has every number.`;
  const head = time.unit === 'day' ? 'Day' : 'Week from';
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">Sessions by ${time.unit}, by how they ended</title><desc id="${id}-desc">${describe}</desc>${new Raw(ticks.join(''))}${new Raw(columns.join(''))}</svg>
</figure>
<details><summary>Sessions by ${time.unit}, as a table</summary>
<div class="scroll" role="region" aria-label="Sessions by ${time.unit}" tabindex="0"><table>
<thead><tr><th scope="col">${head}</th>${GROUPS.map((g) => html`<th scope="col" class="num">${GROUP_WORDS[g]}</th>`)}<th scope="col" class="num">All</th></tr></thead>
<tbody>${time.buckets.map((b, i) => html`<tr><th scope="row">${b.start}</th>${GROUPS.map((g) => html`<td class="num">${number(b.counts[g])}</td>`)}<td class="num">${number(totals[i]!)}</td></tr>`)}</tbody>
</table></div></details>`;
}
