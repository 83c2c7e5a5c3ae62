import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';
import { reportPageOf } from '../../src/report/index.js';
import { simulatedMonth } from '../../src/report/simulated-month.js';
import { loadAxe } from '../components/helpers.js';

// The weekly report in a real browser: a simulated month's page renders under its own CSP, asks for
// nothing, gives every chart its words, fits a phone, and axe-core finds nothing in light or dark.

function monthPage(): string {
  const { records, labels } = simulatedMonth(defaultKnowledgeBase, { count: 2000, seed: 11 });
  return reportPageOf(defaultKnowledgeBase, records, labels);
}

const page = monthPage();

/** The page in an iframe of its own (srcdoc: its CSP applies), loaded. */
async function framed(width: number, html = page): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** The page's style and body in this document, for axe-core (a script cannot run inside the page: its CSP forbids it). */
function adopted(): HTMLElement {
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  const host = document.createElement('div');
  host.lang = parsed.documentElement.lang;
  host.append(parsed.querySelector('style')!, ...parsed.body.childNodes);
  document.body.append(host);
  for (const details of host.querySelectorAll('details')) details.open = true;
  return host;
}

describe('the weekly report', () => {
  afterEach(async () => {
    for (const el of document.body.querySelectorAll('iframe, body > div')) el.remove();
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders every section under its own CSP, and asks for nothing', async () => {
    const { frame, doc } = await framed(1000);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Troubleshooter report: 2,000 sessions');
    expect(doc.querySelector('h1')!.textContent).to.equal('How the troubleshooter did');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'At a glance',
      'Sessions over time',
      'Where shoppers stop',
      'How well each step works',
      'Escalations and their causes',
      'By device',
      'Authored and learned numbers',
    ]);
    // The inline style applies (allowed by the page's CSP), and nothing was fetched: no resource at all.
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('.kpis')!).display).to.equal('grid');
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.deep.equal([]);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.match(/^default-src 'none'; /);
  });

  it('asks for nothing even without its CSP (the CSP is a second line, not what keeps it quiet)', async () => {
    const open = page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(open).not.to.equal(page);
    const { frame } = await framed(1000, open);
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.deep.equal([]);
  });

  it('gives every chart its words: a role=img with a title and a description, or hidden beside its numbers', async () => {
    const { doc } = await framed(1000);
    const charts = [...doc.querySelectorAll('svg')];
    expect(charts.length).to.be.greaterThan(50);
    for (const svg of charts) {
      if (svg.getAttribute('aria-hidden') === 'true') {
        expect(svg.closest('tr, .legend'), svg.outerHTML.slice(0, 80)).to.exist;
        continue;
      }
      expect(svg.getAttribute('role')).to.equal('img');
      const words = svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => doc.getElementById(id));
      for (const element of words) {
        expect(element?.parentElement).to.equal(svg);
        expect(element!.textContent!.length).to.be.greaterThan(10);
      }
    }
    // The chart over time has its table behind it.
    const table = doc.querySelector('#over-time')!.closest('section')!.querySelector('details table')!;
    const days = Number(/^(\d+) days/.exec(doc.getElementById('time-desc')!.textContent!)![1]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(days);
  });

  it('fits a phone: 390 px wide, the page itself does not scroll sideways', async () => {
    const { doc } = await framed(390);
    expect(doc.documentElement.scrollWidth).to.be.at.most(390);
  });

  it('prints the tables kept in closed <details> on screen', async () => {
    const { doc } = await framed(800);
    const tables = [...doc.querySelectorAll('details table')];
    expect(tables.length).to.be.greaterThan(5);
    expect(tables.filter((table) => table.checkVisibility())).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    expect(tables.filter((table) => !table.checkVisibility())).to.deep.equal([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core finds no violation in ${scheme}, and leaves no contrast undecided`, async () => {
      await emulateMedia({ colorScheme: scheme });
      // Wide enough that no table is clipped by its scrolling box (axe cannot judge a clipped cell).
      await setViewport({ width: 1200, height: 900 });
      const host = adopted();
      const axe = await loadAxe();
      const results = await axe.run(host, { resultTypes: ['violations', 'incomplete'] });
      const describe = (rules: typeof results.violations) =>
        rules.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.html.slice(0, 100)}: ${node.failureSummary ?? ''}`));
      expect(describe(results.violations), describe(results.violations).join('\n')).to.deep.equal([]);
      // axe does not judge a number of one or two characters, nor text drawn in an SVG: their colours
      // (--fg and --muted on --bg and --panel) are checked by tests/core/report-html.test.ts.
      const undecidable = /too short to determine|contains an image node/;
      const contrast = describe(results.incomplete.filter((rule) => rule.id === 'color-contrast')).filter(
        (line) => !undecidable.test(line),
      );
      expect(contrast, contrast.join('\n')).to.deep.equal([]);
    });
  }
});
