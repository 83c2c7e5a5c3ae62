// The weekly report's page: every string escaped, nothing that could load anything, each chart with its
// words and its table, small at 10,000 records.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KnowledgeBase } from '../../src/core/index.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { type LearnReport, learn, OutcomeTally } from '../../src/learn/index.js';
import { escapeHtml } from '../../src/report/escape.js';
import { REPORT_CSP, ReportStats, type ReportStatsSummary, reportPage } from '../../src/report/index.js';
import { simulatedMonth } from '../../src/report/simulated-month.js';
import { STYLE } from '../../src/report/style.js';

const HOSTILE = `<script>alert("x&y")</script>'"&amp;`;

/** The report's numbers, and `learn`'s tally of the same lines (not for a knowledge base the validator refuses). */
function statsOf(
  kb: KnowledgeBase,
  records: unknown[],
  labels: unknown[] = [],
  learning = true,
): { stats: ReportStatsSummary; tally: OutcomeTally } {
  const stats = new ReportStats(kb);
  const tally = learning ? new OutcomeTally(kb) : undefined;
  for (const label of labels) {
    stats.addLabel(label);
    tally?.addLabel(label);
  }
  for (const record of records) {
    stats.add(record);
    tally?.add(record);
  }
  return { stats: stats.summary(), tally: tally! };
}

/** What could make the file ask for anything, or run anything. */
const LOADS = /<script|<link|<img|<iframe|<object|<embed|<use|\ssrc=|\shref=|url\(|@import|srcset|xlink:/i;

/** The elements of a page, as a stack: every opened element closed, in order (void elements aside). */
function unbalanced(page: string): string[] {
  const voids = new Set(['meta', 'br', 'hr', 'input', 'rect', 'line', 'path', 'circle']);
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [, close, name, , selfClosing] of page.matchAll(/<(\/?)([a-z][a-z0-9]*)([^<>]*?)(\/?)>/gi)) {
    const tag = name!.toLowerCase();
    if (close === '/') {
      if (stack.pop() !== tag) problems.push(`</${tag}>`);
    } else if (!voids.has(tag) && selfClosing !== '/') stack.push(tag);
  }
  return [...problems, ...stack];
}

describe('report page', () => {
  it('escapes the five characters that end text or an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('escapes every string from the knowledge base and the records, in text and in attributes', () => {
    // A knowledge base the validator would refuse, given as is: the page must not rely on the validator.
    const kb = structuredClone(defaultKnowledgeBase) as KnowledgeBase;
    const device = kb.devices[0]!;
    device.id = HOSTILE;
    device.name = HOSTILE;
    kb.actions[0]!.title = HOSTILE;
    kb.causes[0]!.label = HOSTILE;
    kb.id = HOSTILE;
    const records = [
      { record: 1, id: 'a1', device: HOSTILE, path: `safety:none ${kb.actions[0]!.id}:not-fixed`, outcome: 'repair' },
      { record: 1, id: 'a2', device: HOSTILE, path: `safety:none ${kb.actions[0]!.id}:fixed`, outcome: 'resolved' },
      { record: 1, id: 'a3', device: `robot${HOSTILE}`, path: `${HOSTILE}:x`, outcome: 'refund' },
      { record: 1, id: 'a4', device: HOSTILE, path: 'safety:none', outcome: 'refund' },
    ];
    const { stats } = statsOf(kb, records, [{ id: 'a4', confirmedCause: kb.causes[0]!.id }], false);
    // Where shoppers left, as a replay through a valid knowledge base would say it.
    stats.leftAt = [{ prompt: kb.actions[0]!.id, sessions: 1 }];
    stats.groups.abandoned = 1;
    const report = {
      strength: 300,
      read: { lines: 4, sessions: 4, labels: 0, labelsMatched: 0, versions: {} },
      paths: 2,
      sessions: { used: 2, heldOut: 0 },
      skipped: [{ reason: `with a device ${HOSTILE}`, sessions: 1, lines: 1, examples: [`records.jsonl:3 "${HOSTILE}"`] }],
      iterations: 3,
      converged: true,
      heldOutLogLikelihood: undefined,
      changes: [
        { kind: 'prior', device: HOSTILE, cause: kb.causes[0]!.id, before: 0.1, after: 0.2, uncertainty: 0.01, sessions: 2 },
        {
          kind: 'fix',
          action: kb.actions[0]!.id,
          cause: HOSTILE,
          before: 0.5,
          after: 0.4,
          uncertainty: 0.02,
          sessions: 2,
          identified: false,
          held: HOSTILE,
        },
      ],
    } as unknown as LearnReport;
    const page = reportPage({ knowledgeBase: kb, stats, learned: { report } });
    assert.doesNotMatch(page, /<script|alert\("/);
    assert.doesNotMatch(page.replace(/&#38;amp;/g, ''), /&amp;/, 'an entity in the text stays visible as written');
    assert.ok(page.includes('&#60;script&#62;alert(&#34;x&#38;y&#34;)&#60;/script&#62;&#39;&#34;&#38;amp;'));
    // In attributes too (the tables' accessible names carry the device's name).
    assert.match(page, /aria-label="Fix rate of each step, [^"]*&#60;script&#62;alert\(&#34;x&#38;y&#34;\)/);
    assert.deepEqual(unbalanced(page), []);
  });

  it('loads nothing: no script, link, image, url() or src, and a CSP that allows only its own inline style', () => {
    const { records, labels } = simulatedMonth(defaultKnowledgeBase, { count: 300, seed: 3 });
    const { stats, tally } = statsOf(defaultKnowledgeBase, records, labels);
    const page = reportPage({ knowledgeBase: defaultKnowledgeBase, stats, learned: { report: learn(defaultKnowledgeBase, tally).report } });
    assert.doesNotMatch(page, LOADS);
    assert.ok(page.startsWith('<!doctype html>\n<html lang="en">'));
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`));
    assert.match(REPORT_CSP, /^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    assert.deepEqual(unbalanced(page), []);
  });

  it('every chart is a role=img with its <title> and <desc>, or aria-hidden beside the numbers in its row', () => {
    const { records, labels } = simulatedMonth(defaultKnowledgeBase, { count: 300, seed: 3 });
    const { stats } = statsOf(defaultKnowledgeBase, records, labels);
    const page = reportPage({ knowledgeBase: defaultKnowledgeBase, stats, learned: { error: 'none' } });
    const svgs = [...page.matchAll(/<svg[^>]*>/g)].map(([tag]) => tag);
    assert.ok(svgs.length > 20);
    for (const tag of svgs) assert.match(tag, /aria-hidden="true"|role="img" aria-labelledby="[^"]+"/, tag);
    for (const [, ids] of page.matchAll(/role="img" aria-labelledby="([^"]+)"/g))
      for (const id of ids!.split(' ')) assert.match(page, new RegExp(`<(title|desc) id="${id}">[^<]{10,}</`), id);
    assert.match(
      page,
      /<title id="time-title">Sessions by day, by how they ended<\/title><desc id="time-desc">\d+ days from 2026-11-\d\d to 2026-11-29;/,
    );
    assert.match(page, /<summary>Sessions by day, as a table<\/summary>/);
  });

  it('over a longer span, by week: the chart and its table say so', () => {
    const dated = (receivedAt: string, n: number) => ({
      record: 1,
      id: `w${n}`,
      device: 'shokz-openrun',
      path: 'safety:danger',
      outcome: 'safety-stop',
      receivedAt,
    });
    const { stats } = statsOf(defaultKnowledgeBase, [dated('2026-08-03T10:00:00Z', 1), dated('2026-11-30', 2), dated('2026-12-02', 3)]);
    const page = reportPage({ knowledgeBase: defaultKnowledgeBase, stats, learned: { error: 'none' } });
    assert.match(
      page,
      /<title id="time-title">Sessions by week, by how they ended<\/title><desc id="time-desc">18 weeks from 2026-08-03 to 2026-11-30; the busiest week starting 2026-11-30 with 2 sessions\./,
    );
    assert.match(page, /<summary>Sessions by week, as a table<\/summary>.*<th scope="col">Week from<\/th>/s);
  });

  it('without dates, says so and how to add them, instead of an empty chart', () => {
    const records = [{ record: 1, id: 'n1', device: 'shokz-openrun', path: 'safety:danger', outcome: 'safety-stop' }];
    const { stats } = statsOf(defaultKnowledgeBase, records);
    const page = reportPage({ knowledgeBase: defaultKnowledgeBase, stats, learned: { error: 'No session could be learned from' } });
    assert.match(page, /No record says when it was received.*receivedAt.*new Date\(\)\.toISOString\(\)/);
    assert.doesNotMatch(page, /id="time-title"/);
    assert.match(page, /learn could not run on these records: No session could be learned from/);
  });

  it('shows 90 % intervals where learn gives them, ± one standard deviation where not, and numbers not identified apart', () => {
    const { stats } = statsOf(defaultKnowledgeBase, []);
    const change = { kind: 'prior', device: 'shokz-openrun', cause: 'cable', before: 0.15, after: 0.25, uncertainty: 0.02, sessions: 800 };
    const base = {
      strength: 300,
      read: { lines: 1, sessions: 1, rows: 0, rowSessions: 0, duplicates: 0, superseded: 0, labels: 0, labelsMatched: 0, versions: {} },
      capped: { maxShare: 0.01, sessions: 0, routes: 0 },
      finalChange: 0,
      replicates: 0,
      paths: 1,
      sessions: { used: 1, heldOut: 0 },
      skipped: [],
      iterations: 1,
      converged: true,
      heldOutLogLikelihood: undefined,
    };
    const plain = reportPage({
      knowledgeBase: defaultKnowledgeBase,
      stats,
      learned: { report: { ...base, changes: [change] } as unknown as LearnReport },
    });
    assert.match(
      plain,
      /P\(Faulty charging cable\) for Shokz OpenRun.*0\.15<\/td><td class="num">0\.25<\/td><td class="num">± 0\.02<\/td>/,
    );
    assert.doesNotMatch(plain, /Not identified/);
    const judged = [
      { ...change, interval: [0.21, 0.29], identified: true },
      {
        ...change,
        kind: 'fix',
        action: 'try-another-cable',
        after: 0.5,
        interval: [0.1, 0.9],
        identified: false,
        held: 'traded with P(firmware)',
      },
    ];
    const page = reportPage({
      knowledgeBase: defaultKnowledgeBase,
      stats,
      learned: { report: { ...base, changes: judged } as unknown as LearnReport },
    });
    assert.match(page, /<td class="num">0\.21–0\.29<\/td>/);
    assert.match(page, /90 % interval/);
    const [found, held] = page.split('Not identified: held, not findings');
    assert.ok(held !== undefined);
    assert.doesNotMatch(found!, /Try another cable/, 'a number not identified is not listed as a finding');
    assert.match(held!, /P\(“Try another cable” fixes it \| Faulty charging cable\).*<td>traded with P\(firmware\)<\/td>/);
  });

  it('stays small: the page for 10,000 sessions is under 200 KB', () => {
    const { records, labels } = simulatedMonth(defaultKnowledgeBase, { count: 10_000, seed: 5 });
    const { stats, tally } = statsOf(defaultKnowledgeBase, records, labels);
    const page = reportPage({ knowledgeBase: defaultKnowledgeBase, stats, learned: { report: learn(defaultKnowledgeBase, tally).report } });
    const bytes = Buffer.byteLength(page);
    assert.ok(bytes < 200_000, `${bytes} bytes`);
    assert.equal(stats.sessions, 10_000);
  });
});

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('report colours', () => {
  // What axe-core cannot judge (a number of one character, text drawn in an SVG) is checked here, from the tokens.
  const schemes = [STYLE.match(/^:root\{([^}]*)\}/)![1]!, STYLE.match(/prefers-color-scheme:dark\)\{:root\{([^}]*)\}/)![1]!].map((block) =>
    Object.fromEntries([...block.matchAll(/--([a-z]+):(#[0-9a-f]{6})/g)].map(([, name, value]) => [name!, value!])),
  );

  for (const [i, colours] of schemes.entries()) {
    it(`${i === 0 ? 'light' : 'dark'}: text 4.5:1 on the page and on panels, chart colours 3:1`, () => {
      const low: string[] = [];
      for (const text of ['fg', 'muted'])
        for (const ground of ['bg', 'panel']) if (contrast(colours[text]!, colours[ground]!) < 4.5) low.push(`${text} on ${ground}`);
      for (const mark of ['fixed', 'part', 'escalated', 'safety', 'abandoned', 'unknown'])
        for (const ground of ['bg', 'panel']) if (contrast(colours[mark]!, colours[ground]!) < 3) low.push(`${mark} on ${ground}`);
      assert.deepEqual(low, []);
    });
  }
});
