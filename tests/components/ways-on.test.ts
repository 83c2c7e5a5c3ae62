import { expect, html } from '@open-wc/testing';
import type { KnowledgeBase } from '../../src/core/index.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { choose, nextEvent, OUTCOME_ANSWERS, outcomesKnowledgeBase, result, step, visible, widget } from './helpers.js';

// Where a result leads on the widget: the shop's page for a new one, its online return, and the page a
// question points to.

async function gizmo(
  attributes: Record<string, string>,
  knowledgeBase: KnowledgeBase = outcomesKnowledgeBase(),
): Promise<ChargeTroubleshooter> {
  const el = await widget(html`<charge-troubleshooter device="gizmo" region="EU" .knowledgeBase=${knowledgeBase}></charge-troubleshooter>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  // Links open the shop's pages: the tests only look at where they lead.
  el.addEventListener('click', (event) => {
    if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
  });
  return el;
}

async function finish(el: ChargeTroubleshooter, answers: readonly string[]): Promise<void> {
  const done = nextEvent(el, 'ct-result');
  for (const answer of answers) await choose(el, answer);
  await done;
  await result(el).updateComplete;
}

function mainButton(el: ChargeTroubleshooter): HTMLAnchorElement {
  return result(el).shadowRoot!.querySelector<HTMLAnchorElement>('[part~="primary"]')!;
}

describe('where a result leads', () => {
  it('replace-url: "Time to replace it" offers the shop’s page for a new one as its main button', async () => {
    const el = await gizmo({ 'replace-url': '/shop/speakers', 'support-email': 'help@fjord.example' });
    await finish(el, OUTCOME_ANSWERS.replace);
    const main = mainButton(el);
    expect(main.getAttribute('part')).to.equal('action primary');
    expect(visible(main)).to.equal('Find a new one at the shop');
    expect(main.href).to.equal(new URL('/shop/speakers', document.baseURI).href);
  });

  it('without replace-url, the accessories page for the likely cause is the replacement’s main button', async () => {
    const accessories = JSON.stringify({ wear: { label: 'New Gizmo speakers', href: 'https://fjord.example/gizmo' } });
    const el = await gizmo({ accessories });
    await finish(el, OUTCOME_ANSWERS.replace);
    expect([visible(mainButton(el)), mainButton(el).href]).to.deep.equal(['New Gizmo speakers', 'https://fjord.example/gizmo']);
  });

  it('return-url: the refund is worded for the online return its button starts', async () => {
    const el = await gizmo({ 'return-url': '/returns' });
    await finish(el, OUTCOME_ANSWERS.refund);
    expect(visible(result(el).shadowRoot!.querySelector('[part="body"]')!)).to.contain('start the return on the shop’s returns page');
    expect(mainButton(el).getAttribute('part')).to.equal('return primary');
  });

  it('without return-url, the refund’s words fit a counter and a website alike', async () => {
    const el = await gizmo({ 'support-email': 'help@fjord.example' });
    await finish(el, OUTCOME_ANSWERS.refund);
    expect(visible(result(el).shadowRoot!.querySelector('[part="body"]')!)).to.contain('at its counter or through its website');
  });

  it('a return-url or replace-url that is not a web page is the error state, naming the attribute', async () => {
    for (const attribute of ['return-url', 'replace-url']) {
      const el = await gizmo({});
      const error = nextEvent(el, 'ct-error');
      el.setAttribute(attribute, 'javascript:alert(1)');
      expect((await error).detail.message).to.contain(attribute);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    }
  });

  it('a question links the page it asks about (the recall checker), in a new tab', async () => {
    const kb = outcomesKnowledgeBase();
    kb.questions[0]!.links = [{ id: 'checker', label: 'Check your serial number', href: 'https://maker.example/recall' }];
    const el = await gizmo({}, kb);
    const link = step(el).shadowRoot!.querySelector<HTMLAnchorElement>('[part~="links"] [part~="link"]')!;
    expect([visible(link), link.href, link.target]).to.deep.equal(['Check your serial number', 'https://maker.example/recall', '_blank']);
    expect(link.textContent).to.contain('opens in a new tab');
  });
});
