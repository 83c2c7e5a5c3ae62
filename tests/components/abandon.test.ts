import { expect, html } from '@open-wc/testing';
import type { ChargeTroubleshooter, CtAbandonDetail } from '../../src/index.js';
import { choose, nextEvent, outcomesKnowledgeBase, settled, step, widget } from './helpers.js';

// A shopper who leaves before the result is a record too (`ct-abandon`), or learning sees only those who stayed.

const start = () => widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${outcomesKnowledgeBase()}></charge-troubleshooter>`);

/** Every `ct-abandon` the element fires from now on. */
function abandons(el: ChargeTroubleshooter): CtAbandonDetail[] {
  const seen: CtAbandonDetail[] = [];
  el.addEventListener('ct-abandon', (event) => seen.push(event.detail));
  return seen;
}

const leavePage = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));

describe('<charge-troubleshooter> ct-abandon', () => {
  it('sends the answers so far when the page is left mid-way, once for the same answers, as JSON by its own writer', async () => {
    const el = await start();
    const seen = abandons(el);
    await choose(el, 'none');
    leavePage();
    expect(seen).to.have.length(1);
    const { record, recordJson } = seen[0]!;
    expect(record).to.include({ record: 1, device: 'gizmo', outcome: 'abandoned', path: 'safety:none' });
    expect(record).to.not.have.property('fixedBy');
    expect(JSON.parse(recordJson)).to.deep.equal({ ...record });
    leavePage(); // back from the back/forward cache and away again, nothing answered meanwhile
    expect(seen).to.have.length(1);
    await choose(el, 'not-fixed');
    leavePage();
    expect(seen.map((s) => s.record.path)).to.deep.equal(['safety:none', `safety:none ${seen[1]!.record.path.split(' ')[1]}`]);
    expect(seen[1]!.record.id).to.equal(record.id);
  });

  it('sends nothing before the first answer (a page view is not a session) and nothing after the result', async () => {
    const el = await start();
    const seen = abandons(el);
    leavePage();
    const done = nextEvent(el, 'ct-result');
    await choose(el, 'danger');
    await done;
    leavePage();
    expect(seen).to.deep.equal([]);
  });

  it('sends the old session on "Start over": the new one has another id', async () => {
    const el = await start();
    const seen = abandons(el);
    await choose(el, 'none');
    const first = seen.length;
    step(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="start-over"]')!.click();
    await settled(el);
    expect([first, seen.length]).to.deep.equal([0, 1]);
    expect(seen[0]!.record.path).to.equal('safety:none');
    const done = nextEvent(el, 'ct-result');
    await choose(el, 'danger');
    expect((await done).detail.record.id).to.not.equal(seen[0]!.record.id);
  });

  it('stops listening to the page once removed', async () => {
    const el = await start();
    const seen = abandons(el);
    await choose(el, 'none');
    el.remove();
    leavePage();
    expect(seen).to.deep.equal([]);
  });
});
