import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  type ChargeTroubleshooter,
  type ChargeTroubleshooterLauncher,
  type ChargeTroubleshooterResult,
  type ChargeTroubleshooterStep,
  LAUNCHER_PARTS,
  RESULT_PARTS,
  STEP_PARTS,
} from '../../src/index.js';
import '../../src/index.js';
import { OUTCOME_ANSWERS, outcomesKnowledgeBase, resultAfter, settled, waitingAction } from './helpers.js';

/** The part names an element's shadow root renders now. */
function renderedParts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

// The exported lists are what the widget forwards: a part rendered but missing from its list would not
// reach the page, and a listed part never rendered would be documented for nothing.
describe('each element’s exported parts', () => {
  it('the step renders exactly STEP_PARTS over a waiting action, a picker with a link and a catalogue’s picker', async () => {
    const seen = new Set<string>();
    const picture = () => ({
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>',
      alt: 'A square',
    });
    const el = await fixture<ChargeTroubleshooterStep>(
      html`<charge-troubleshooter-step
        .prompt=${{ ...waitingAction, image: picture() }}
        step-number="2"
        .progress=${0.3}
        .timeLeft=${{ expected: 32, mostlyWaiting: true, upTo: 90, rose: 'step-failed', handsOn: 2, waiting: 30 }}
        .canGoBack=${true}
      ></charge-troubleshooter-step>`,
    );
    for (const part of renderedParts(el)) seen.add(part);
    el.prompt = {
      kind: 'question',
      id: 'device',
      title: 'Which?',
      body: 'Look closely.',
      links: [{ label: 'The maker’s checker', href: 'https://maker.example/check' }],
      options: [
        { id: 'a', label: 'Acme Red', group: 'Acme', swatch: '#d93025', image: picture() },
        { id: 'b', label: 'Zeta Blue', group: 'Zeta' },
      ],
    };
    await el.updateComplete;
    for (const part of renderedParts(el)) seen.add(part);
    // A catalogue's picker: its search box, and more products than it shows at once.
    const products = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, label: `Acme ${i}`, group: 'Acme' }));
    el.prompt = { kind: 'question', id: 'device', title: 'Which?', options: products };
    await el.updateComplete;
    for (const part of renderedParts(el)) seen.add(part);
    expect([...seen].sort()).to.deep.equal([...STEP_PARTS].sort());
  });

  it('the result renders exactly RESULT_PARTS over its outcomes, a way on, a returns page, an accessory and a blocked clipboard', async () => {
    const shop = {
      email: 'help@shop.example',
      phone: '+1 555 0100',
      url: 'https://shop.example/help',
      orderNumber: 'A-1',
      accessories: { dirt: { label: 'Cleaning kits', href: 'https://shop.example/cleaning' } },
    };
    const seen = new Set<string>();
    for (const outcome of ['warranty-claim', 'safety-stop', 'resolved', 'refund'] as const) {
      const result = resultAfter(OUTCOME_ANSWERS[outcome], { shop });
      const { summary } = result;
      // A stop whose answer names its way on (a recall's page) shows it as the main button.
      const action = { label: 'Recall page', href: 'https://maker.example/recall' };
      const prompt = outcome === 'safety-stop' ? { ...result.prompt, action } : result.prompt;
      const el = await fixture<ChargeTroubleshooterResult>(
        html`<charge-troubleshooter-result .prompt=${prompt} .summary=${summary} return-url="/returns"></charge-troubleshooter-result>`,
      );
      for (const part of renderedParts(el)) seen.add(part);
      if (outcome === 'refund') {
        // The summary text appears when the browser blocks copying.
        const original = navigator.clipboard.writeText;
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
        try {
          const selected = oneEvent(el.shadowRoot!, 'select');
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
          await selected;
        } finally {
          navigator.clipboard.writeText = original;
        }
        for (const part of renderedParts(el)) seen.add(part);
      }
    }
    expect([...seen].sort()).to.deep.equal([...RESULT_PARTS].sort());
  });

  it('the launcher renders exactly LAUNCHER_PARTS', async () => {
    const el = await fixture<ChargeTroubleshooterLauncher>(html`<charge-troubleshooter-launcher></charge-troubleshooter-launcher>`);
    expect(renderedParts(el).sort()).to.deep.equal([...LAUNCHER_PARTS].sort());
  });

  it('the widget forwards each inner element’s list as it is', async () => {
    const el = await fixture<ChargeTroubleshooter>(
      html`<charge-troubleshooter launcher .knowledgeBase=${outcomesKnowledgeBase()} device="gizmo"></charge-troubleshooter>`,
    );
    await settled(el);
    const forwarded = (tag: string) => el.shadowRoot!.querySelector(tag)!.getAttribute('exportparts')!.split(/,\s*/);
    expect(forwarded('charge-troubleshooter-step')).to.deep.equal([...STEP_PARTS]);
    expect(forwarded('charge-troubleshooter-launcher')).to.deep.equal([...LAUNCHER_PARTS]);
    el.shadowRoot!.querySelector('charge-troubleshooter-step')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button[value="danger"]')!
      .click();
    await settled(el);
    expect(forwarded('charge-troubleshooter-result')).to.deep.equal([...RESULT_PARTS]);
  });
});
