import { expect, html, oneEvent } from '@open-wc/testing';
import type { KnowledgeBase } from '../../src/core/index.js';
import type { ChargeTroubleshooter } from '../../src/index.js';
import { choose, nextEvent, OUTCOME_ANSWERS, outcomesKnowledgeBase, result, step, widget } from './helpers.js';

// The shop's attributes: who to contact first, what the summary says, what the shop sells for the fix.

const shopAttributes = {
  'shop-name': 'Fjord Outdoor',
  'support-email': 'help@fjord.example',
  'support-phone': '+44 20 7946 0000',
  'support-url': 'https://fjord.example/help',
  'order-number': 'FJ-1234',
};

/** The outcomes knowledge base's widget (device `gizmo`, region EU) with the shop's attributes set. */
async function shopWidget(extra: Record<string, string> = {}, knowledgeBase: KnowledgeBase = outcomesKnowledgeBase()) {
  const el = await widget(html`<charge-troubleshooter device="gizmo" region="EU" .knowledgeBase=${knowledgeBase}></charge-troubleshooter>`);
  for (const [name, value] of Object.entries({ ...shopAttributes, ...extra })) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

async function finish(el: ChargeTroubleshooter, answers: readonly string[]): Promise<string> {
  const done = nextEvent(el, 'ct-result');
  for (const answer of answers) await choose(el, answer);
  return (await done).detail.summary;
}

function contacts(el: ChargeTroubleshooter): HTMLAnchorElement[] {
  return [...result(el).shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="contact"]')];
}

/** Internal ids a support agent has no use for: the device's, the answers', the outcome's. */
const INTERNAL_IDS = /\bgizmo\b|\bnot-fixed\b|\blifespan\b|\bwarranty-claim\b|\bcontact-support\b|\bsafety\b/;

describe('the shop’s attributes', () => {
  it('lists the shop’s contacts first, then the maker’s', async () => {
    const el = await shopWidget();
    const summary = await finish(el, OUTCOME_ANSWERS.repair);
    const found = contacts(el);
    expect(found.map((a) => a.getAttribute('part'))).to.deep.equal([
      'contact email primary',
      'contact phone',
      'contact link',
      'contact email',
      'contact link',
    ]);
    const [email, phone, page, makerEmail, makerPage] = found;
    const mail = new URL(email!.href);
    expect(mail.protocol + mail.pathname).to.equal('mailto:help@fjord.example');
    expect(mail.searchParams.get('subject')).to.equal('Charging problem');
    expect(mail.searchParams.get('body')).to.equal(summary);
    expect(phone!.href).to.equal('tel:+442079460000');
    expect(page!.href).to.equal('https://fjord.example/help');
    expect(makerEmail!.href.startsWith('mailto:help@support.example?')).to.equal(true);
    expect(makerPage!.href).to.equal('https://support.example/gizmo');
  });

  for (const outcome of ['refund', 'legal-guarantee'] as const) {
    it(`offers only the shop’s contacts on a ${outcome}`, async () => {
      const el = await shopWidget();
      await finish(el, OUTCOME_ANSWERS[outcome]);
      expect(contacts(el).map((a) => a.href.replace(/\?.*$/, ''))).to.deep.equal([
        'mailto:help@fjord.example',
        'tel:+442079460000',
        'https://fjord.example/help',
      ]);
    });
  }

  // A number written the common British way, "+44 (0)20 …", must lose the bracketed trunk 0 in its tel:
  // link, or it dials +44 0 20 …, a number that does not exist.
  it('dials a number written with a bracketed trunk prefix without it', async () => {
    const el = await shopWidget({ 'support-phone': '+44 (0)20 7946 0000' });
    await finish(el, OUTCOME_ANSWERS.refund);
    const phone = result(el).shadowRoot!.querySelector<HTMLAnchorElement>('[part~="phone"]')!;
    expect(phone.textContent!.trim()).to.equal('Call +44 (0)20 7946 0000 (Fjord Outdoor)');
    expect(phone.href).to.equal('tel:+442079460000');
  });

  it('puts the shop and the order in the summary, and no internal ids', async () => {
    const el = await shopWidget();
    const summary = await finish(el, OUTCOME_ANSWERS['contact-support']);
    expect(summary).to.contain('Shop: Fjord Outdoor').and.contain('Order: FJ-1234');
    expect(summary).to.not.match(INTERNAL_IDS);
    // The same words in the text shown when copying is blocked.
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    try {
      const shown = result(el);
      const selected = oneEvent(shown.shadowRoot!, 'select');
      shown.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
      await selected;
      const text = shown.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="summary"]')!.value;
      expect(text).to.equal(summary);
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('names the order number among what a warranty claim needs', async () => {
    const el = await shopWidget();
    await finish(el, OUTCOME_ANSWERS['warranty-claim']);
    const ready = [...result(el).shadowRoot!.querySelectorAll('[part="ready"] li')].map((li) => li.textContent);
    expect(ready).to.include('Proof of purchase: the receipt or the confirmation of order FJ-1234');
  });

  it('shows the shop’s page for a new cable when another cable fixed it (built-in knowledge base)', async () => {
    const el = await widget(html`<charge-troubleshooter
      device="shokz-openrun"
      accessories=${JSON.stringify({ cable: { label: 'Magnetic charging cables', href: 'https://fjord.example/cables' } })}
    ></charge-troubleshooter>`);
    const replies: Record<string, string> = {
      safety: 'none',
      'how-it-started': 'suddenly',
      'charging-light-shokz': 'no-light',
      'contacts-look': 'looks-fine',
      'cable-on-other-device': 'no',
    };
    for (let i = 0; i < 15 && el.shadowRoot!.querySelector('charge-troubleshooter-step'); i++) {
      const { prompt } = step(el);
      const answer = prompt!.id === 'try-another-cable' ? 'fixed' : prompt!.kind === 'action' ? 'not-fixed' : replies[prompt!.id];
      await choose(el, answer!);
    }
    const shown = result(el);
    expect(shown.prompt!.outcome).to.equal('resolved');
    expect(shown.prompt!.causes[0]!.id).to.equal('cable');
    const accessory = shown.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="accessory"]')!;
    expect(accessory.href).to.equal('https://fjord.example/cables');
    expect(accessory.textContent).to.contain('Magnetic charging cables');
  });

  it('shows the error state and fires ct-error for accessories that are not JSON', async () => {
    const el = document.createElement('charge-troubleshooter');
    el.device = 'gizmo';
    el.knowledgeBase = outcomesKnowledgeBase();
    el.setAttribute('accessories', '{cable: nope}');
    const error = nextEvent(el, 'ct-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.message).to.match(/accessories attribute/);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('accessories attribute');
      expect(el.shadowRoot!.querySelector('charge-troubleshooter-step')).to.equal(null);
      // Fixed, it starts.
      el.setAttribute('accessories', '{"dirt": {"label": "Cleaning kits", "href": "https://fjord.example/cleaning"}}');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(step(el).prompt!.id).to.equal('safety');
    } finally {
      el.remove();
    }
  });

  for (const [attribute, value, message] of [
    ['support-email', 'not an address', /shop\.email/],
    ['support-url', 'javascript:alert(1)', /shop\.url/],
    ['accessories', '{"toaster": {"label": "Toasters", "href": "https://fjord.example/t"}}', /accessories\.toaster/],
  ] as const) {
    it(`shows the error state for a bad ${attribute}`, async () => {
      const error = nextEvent(document, 'ct-error');
      const el = await shopWidget({ [attribute]: value });
      expect((await error).detail.message).to.match(message);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(message);
    });
  }

  it('says to contact the shop when nobody is known to contact', async () => {
    const knowledgeBase = outcomesKnowledgeBase();
    const { supportEmail: _email, supportUrl: _url, ...device } = knowledgeBase.devices[0]!;
    knowledgeBase.devices = [device];
    const el = await widget(html`<charge-troubleshooter device="gizmo" .knowledgeBase=${knowledgeBase}></charge-troubleshooter>`);
    await finish(el, OUTCOME_ANSWERS['contact-support']);
    const root = result(el).shadowRoot!;
    expect(root.querySelector('[part~="contact"]')).to.equal(null);
    expect(root.textContent).to.contain('Contact the shop you bought it from');
    expect(root.querySelector('[part~="primary"]')!.getAttribute('part')).to.equal('copy primary');
  });
});
