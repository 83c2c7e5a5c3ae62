import { expect, fixture, html } from '@open-wc/testing';
import { createSession, type KnowledgeBase, type ResultPrompt } from '../../src/core/index.js';
import type { ChargeTroubleshooterResult } from '../../src/index.js';
import '../../src/index.js';

// Issue 23, point 2: "I can't do this" on a step that needs a part ends in "get the part", the shop's
// page for the part its main button.

const CABLES = { label: 'USB-C cables', href: 'https://shop.example/cables' };

function partKnowledgeBase(): KnowledgeBase {
  return {
    schemaVersion: 1,
    causes: [
      { id: 'cable', label: 'Faulty cable', userFixable: true },
      { id: 'wear', label: 'Worn battery', userFixable: false },
    ],
    actions: [
      {
        id: 'another-cable',
        title: 'Try another cable',
        steps: ['Use a cable that charges another device.'],
        minutes: 3,
        fixes: { cable: 0.95 },
        needs: { cause: 'cable', part: 'a USB-C charging cable', borrow: 'Borrow a USB-C cable from someone near you.' },
      },
    ],
    questions: [
      {
        id: 'safety',
        title: 'Is it swollen or hot?',
        options: [
          { id: 'danger', label: 'Yes', likelihood: { cable: 0, wear: 0.1 }, outcome: 'safety-stop', stop: 'battery' },
          { id: 'none', label: 'No', likelihood: { cable: 1, wear: 0.9 } },
        ],
      },
    ],
    devices: [
      {
        id: 'gizmo',
        brand: 'Acme',
        name: 'Gizmo',
        priors: { cable: 0.7, wear: 0.3 },
        warrantyMonths: 12,
        returnDays: 30,
        lifespanMonths: 36,
      },
    ],
  };
}

describe('get the part', () => {
  it('shows the shop’s page for the part as the main button after “I can’t do this”', async () => {
    let session = createSession({
      knowledgeBase: partKnowledgeBase(),
      device: 'gizmo',
      today: '2026-11-21',
      shop: { email: 'help@shop.example', accessories: { cable: CABLES } },
    });
    session = session.answer('none').answer('skip');
    const prompt = session.current as ResultPrompt;
    expect(prompt.outcome).to.equal('get-part');
    const el = await fixture<ChargeTroubleshooterResult>(
      html`<charge-troubleshooter-result .prompt=${prompt} .summary=${session.summary()}></charge-troubleshooter-result>`,
    );
    await el.updateComplete;
    const primary = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="primary"]')!;
    expect(primary.tagName).to.equal('A');
    expect(primary.getAttribute('href')).to.equal(CABLES.href);
    expect(primary.textContent).to.contain('USB-C cables');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('a USB-C charging cable');
    const steps = [...el.shadowRoot!.querySelectorAll('[part="steps"] li')].map((li) => li.textContent);
    expect(steps[0]).to.contain('Borrow a USB-C cable');
    expect(el.shadowRoot!.querySelector('[part~="contacts"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
