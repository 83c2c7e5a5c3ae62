import { expect, fixture, html } from '@open-wc/testing';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { currentId, inner, nextEvent, outcomesKnowledgeBase, rendered, settled, widget } from './helpers.js';

function errorBox(el: ChargeTroubleshooter): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part="error"]');
}

describe('error states', () => {
  it('shows every problem of an invalid knowledge base, with paths, and fires ct-error', async () => {
    const kb = outcomesKnowledgeBase() as unknown as { devices: { priors: Record<string, number> }[]; actions: { minutes: number }[] };
    kb.devices[0]!.priors.dirt = 0.9;
    kb.actions[0]!.minutes = 0;
    const el = document.createElement('charge-troubleshooter');
    const error = nextEvent(el, 'ct-error');
    el.knowledgeBase = kb as never;
    document.body.append(el);
    const { detail } = await error;
    await settled(el);
    expect(detail.problems!.map((p) => p.path)).to.deep.equal(['devices[0].priors', 'actions[0].minutes']);
    const box = errorBox(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('The troubleshooter can’t start');
    expect(box.textContent).to.contain('devices[0].priors').and.contain('actions[0].minutes');
    el.remove();
  });

  it('lists the first five problems and counts the rest', async () => {
    const kb = outcomesKnowledgeBase() as unknown as Record<string, unknown>;
    Object.assign(kb, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
    const el = await widget(html`<charge-troubleshooter .knowledgeBase=${kb}></charge-troubleshooter>`);
    const items = [...errorBox(el)!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.have.length(6);
    expect(items[0]).to.match(/^a: unknown field "a"/);
    expect(items[5]).to.equal('… and 2 more');
  });

  it('tries a failed src again on restart()', async () => {
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return realFetch(URL.createObjectURL(new Blob([JSON.stringify(outcomesKnowledgeBase())])));
    };
    try {
      const el = await widget(html`<charge-troubleshooter device="gizmo" src="/kb.json"></charge-troubleshooter>`);
      expect(errorBox(el)!.textContent).to.contain('Failed to fetch');
      expect(calls).to.equal(1);
      el.restart();
      await settled(el);
      expect(currentId(el)).to.equal('safety');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a readable error for a bad attribute instead of a blank box', async () => {
    const el = await widget(html`<charge-troubleshooter device="toaster"></charge-troubleshooter>`);
    expect(errorBox(el)!.textContent).to.contain('Unknown device "toaster"');
  });

  it('loads a knowledge base from src, showing a loading state meanwhile', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(outcomesKnowledgeBase())], { type: 'application/json' }));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('charge-troubleshooter');
    el.device = 'gizmo';
    el.src = url;
    container.append(el);
    // Its first render, before the file is here (`updateComplete` would wait for the file).
    await rendered(el);
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent!.trim()).to.equal('Loading the troubleshooter…');
    expect(inner(el)).to.equal(null);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(currentId(el)).to.equal('safety');
    URL.revokeObjectURL(url);
  });

  // The event's message is the error's own (an ASCII apostrophe); the box says it in the widget's words.
  for (const [what, src, message] of [
    ['a missing file', '/tests/components/no-such-knowledge-base.json', /Couldn['’]t load .*no-such-knowledge-base\.json: HTTP 404/],
    ['a file that is not JSON', URL.createObjectURL(new Blob(['<html>'], { type: 'text/html' })), /Couldn['’]t load blob:.*JSON/],
  ]) {
    it(`shows an error and fires ct-error for ${what} at src`, async () => {
      const el = document.createElement('charge-troubleshooter');
      el.src = src as string;
      const error = nextEvent(el, 'ct-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.message).to.match(message as RegExp);
      await settled(el);
      expect(errorBox(el)!.textContent)
        .to.match(message as RegExp)
        .and.contain('Couldn’t load');
      el.remove();
    });
  }

  it('never throws at the host page: bad input is an error state', async () => {
    const errors: ErrorEvent[] = [];
    const onError = (e: ErrorEvent) => errors.push(e);
    window.addEventListener('error', onError);
    try {
      const el = await widget(html`<charge-troubleshooter return-days="soon" purchase-date="yesterday"></charge-troubleshooter>`);
      expect(errorBox(el)).to.exist;
      el.knowledgeBase = 'nonsense' as never;
      await settled(el);
      expect(errorBox(el)!.textContent).to.contain('must be an object');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
