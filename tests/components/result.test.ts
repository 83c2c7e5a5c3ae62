import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createSession, type ResultPrompt } from '../../src/core/index.js';
import type { ChargeTroubleshooterResult } from '../../src/index.js';
import '../../src/index.js';
import { domChange, outcomesKnowledgeBase, warrantyClaim } from './helpers.js';

const claim = warrantyClaim;

async function shown(): Promise<ChargeTroubleshooterResult> {
  const { prompt, summary } = claim();
  const el = await fixture<ChargeTroubleshooterResult>(
    html`<charge-troubleshooter-result .prompt=${prompt} .summary=${summary}></charge-troubleshooter-result>`,
  );
  await el.updateComplete;
  return el;
}

function status(el: ChargeTroubleshooterResult): HTMLElement {
  return el.shadowRoot!.querySelector('[role="status"]')!;
}

function part(el: ChargeTroubleshooterResult, name: string): HTMLElement {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
}

describe('<charge-troubleshooter-result>', () => {
  it('says the outcome in plain words, lists the likely causes and the links', async () => {
    const el = await shown();
    expect(el.prompt!.outcome).to.equal('warranty-claim');
    expect(part(el, 'title').textContent!.trim()).to.equal('Claim the warranty');
    expect(part(el, 'body').textContent).to.contain('under its warranty of 1 year');
    expect(part(el, 'causes').textContent).to.match(/Worn battery\s*\d+%/);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://support.example/gizmo/warranty', 'https://support.example/gizmo']);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    expect(links[0]!.textContent).to.contain('(opens in a new tab)');
  });

  it('emails support with the summary in the body', async () => {
    const el = await shown();
    const href = (part(el, 'email') as HTMLAnchorElement).href;
    expect(href.startsWith('mailto:help@support.example?subject=Charging%20problem&body=')).to.equal(true);
    expect(decodeURIComponent(href.split('&body=')[1]!)).to.equal(el.summary);
  });

  it('has no email link when the device has no support address', async () => {
    const { prompt, summary } = claim();
    const { supportEmail: _, ...withoutEmail } = prompt;
    const el = await fixture<ChargeTroubleshooterResult>(
      html`<charge-troubleshooter-result .prompt=${withoutEmail as ResultPrompt} .summary=${summary}></charge-troubleshooter-result>`,
    );
    expect(el.shadowRoot!.querySelector('[part="email"]')).to.equal(null);
  });

  it('copies the summary to the clipboard', async () => {
    const el = await shown();
    const original = navigator.clipboard.writeText;
    let copied = '';
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      part(el, 'copy').click();
      await domChange(el.shadowRoot!, () => status(el).textContent !== '');
      expect(copied).to.equal(el.summary);
      expect(status(el).textContent).to.contain('Summary copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('falls back to selected text when the browser blocks the clipboard', async () => {
    const el = await shown();
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    try {
      // The fallback text is selected for the shopper: wait for that selection.
      const selected = oneEvent(el.shadowRoot!, 'select');
      part(el, 'copy').click();
      await selected;
      const text = part(el, 'summary') as HTMLTextAreaElement;
      expect(text.value).to.equal(el.summary);
      expect(text.readOnly).to.equal(true);
      expect(text.selectionStart).to.equal(0);
      expect(text.selectionEnd).to.equal(el.summary.length);
      expect(status(el).textContent).to.contain('Select the text below');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('offers the shop’s returns page on a refund, and only an http(s) one', async () => {
    const refund = createSession({
      knowledgeBase: outcomesKnowledgeBase(),
      device: 'gizmo',
      purchaseDate: '2026-11-20',
      today: '2026-11-21',
    })
      .answer('none')
      .answer('not-fixed')
      .answer('not-fixed');
    expect(refund.current.id).to.equal('refund');
    const show = (returnUrl: string) =>
      fixture<ChargeTroubleshooterResult>(
        html`<charge-troubleshooter-result .prompt=${refund.current as ResultPrompt} return-url=${returnUrl}></charge-troubleshooter-result>`,
      );
    const el = await show('/account/returns');
    const link = part(el, 'return') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/account/returns', document.baseURI).href);
    expect(link.textContent).to.equal('Start a return');
    expect(link.classList.contains('primary')).to.equal(true);
    expect(part(el, 'copy').classList.contains('primary')).to.equal(false);
    expect((await show('javascript:alert(1)')).shadowRoot!.querySelector('[part~="return"]')).to.equal(null);
    // Not a refund: no return link, whatever the shop passes.
    const { prompt } = claim();
    const other = await fixture<ChargeTroubleshooterResult>(
      html`<charge-troubleshooter-result .prompt=${prompt} return-url="/account/returns"></charge-troubleshooter-result>`,
    );
    expect(other.shadowRoot!.querySelector('[part~="return"]')).to.equal(null);
  });

  it('fires restart on itself from "Start over", not on the page', async () => {
    const el = await shown();
    const restart = oneEvent(el, 'restart');
    part(el, 'restart').click();
    const event = await restart;
    expect(event.type).to.equal('restart');
    expect([event.bubbles, event.composed]).to.deep.equal([false, false]);
  });
});
