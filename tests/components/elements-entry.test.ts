import { expect, fixture, html } from '@open-wc/testing';
import { ChargeTroubleshooterStep, defineElement } from '../../src/elements.js';

// This file runs in a page of its own, so nothing else has registered the elements.
describe('charge-troubleshooter/elements', () => {
  it('exports the classes without registering any tag (no side effects)', () => {
    expect(customElements.get('charge-troubleshooter')).to.equal(undefined);
    expect(customElements.get('charge-troubleshooter-step')).to.equal(undefined);
    expect(customElements.get('charge-troubleshooter-result')).to.equal(undefined);
    expect(customElements.get('charge-troubleshooter-launcher')).to.equal(undefined);
  });

  it('lets an app register a class under its own tag name', async () => {
    defineElement('shop-charging-step', class extends ChargeTroubleshooterStep {});
    const el = await fixture<ChargeTroubleshooterStep>(html`<shop-charging-step
      .prompt=${{
        kind: 'question',
        id: 'q',
        title: 'Ready?',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      }}
    ></shop-charging-step>`);
    expect(el.shadowRoot!.querySelectorAll('button[value]')).to.have.length(2);
  });
});
