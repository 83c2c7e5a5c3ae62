import { expect, fixture, html } from '@open-wc/testing';
import type { ResultPrompt } from '../../src/core/index.js';
import type { ChargeTroubleshooter, ChargeTroubleshooterResult } from '../../src/index.js';
import '../../src/index.js';
import { warrantyClaim } from './helpers.js';
import { outcomesKnowledgeBase } from './outcomes-knowledge-base.js';

/**
 * The renderer checks every address again, whatever reached it: a prompt made by hand (not by the core,
 * whose validator refuses these) with links and contacts no page should follow shows them as text.
 */
describe('addresses the renderer refuses, and images from other origins', () => {
  const HOSTILE = ['javascript:alert(1)', 'http://maker.example/claim', '//evil.example/x', 'data:text/html,x', 'java\tscript:alert(1)'];

  for (const href of HOSTILE) {
    it(`a result whose claim, links and contacts point to ${JSON.stringify(href)}: text, never a link`, async () => {
      const { prompt, summary } = warrantyClaim();
      const hostile: ResultPrompt = {
        ...prompt,
        claim: { ...prompt.claim!, href, label: 'Claim here' },
        links: [{ href, label: 'A page' }],
        contacts: [{ kind: 'email', href, label: 'help@maker.example', from: 'maker', who: 'Maker' }, ...prompt.contacts],
      } as ResultPrompt;
      const el = await fixture<ChargeTroubleshooterResult>(
        html`<charge-troubleshooter-result .prompt=${hostile} .summary=${summary}></charge-troubleshooter-result>`,
      );
      const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs.filter((h) => h.startsWith(href.slice(0, 8)) || !/^(https:|mailto:|tel:|\/|[\w-]+(\/|$))/i.test(h))).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain('Claim here');
      expect(el.shadowRoot!.textContent).to.contain('A page');
    });
  }

  it('an https: image on another origin: the error state naming it, unless image-origins lists the origin', async () => {
    const kb = outcomesKnowledgeBase();
    kb.images = { port: { src: 'https://cdn.shop.example/port.png', alt: 'The charging port' } };
    const errors: string[] = [];
    const refused = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter device="gizmo" .knowledgeBase=${kb} @ct-error=${(e: CustomEvent) => errors.push(e.detail.message)}></charge-troubleshooter>`,
    );
    await refused.updateComplete;
    for (let i = 0; i < 20 && !refused.shadowRoot!.querySelector('[part="error"], charge-troubleshooter-step'); i++)
      await refused.updateComplete;
    expect(refused.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('https://cdn.shop.example');
    expect(errors.join()).to.contain('image-origins');
    const allowed = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter device="gizmo" image-origins="https://cdn.shop.example" .knowledgeBase=${structuredClone(kb)}></charge-troubleshooter>`,
    );
    for (let i = 0; i < 20 && !allowed.shadowRoot!.querySelector('[part="error"], charge-troubleshooter-step'); i++)
      await allowed.updateComplete;
    expect(allowed.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(allowed.shadowRoot!.querySelector('charge-troubleshooter-step')).to.not.equal(null);
  });
});
