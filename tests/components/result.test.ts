import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ResultHandoffEvent } from '../../src/components/charge-troubleshooter-result/charge-troubleshooter-result.component.js';
import type { ResultPrompt, Shop } from '../../src/core/index.js';
import type { ChargeTroubleshooterResult } from '../../src/index.js';
import '../../src/index.js';
import { domChange, OUTCOME_ANSWERS, resultAfter, visible, warrantyClaim } from './helpers.js';
import { outcomesKnowledgeBase } from './outcomes-knowledge-base.js';

const claim = warrantyClaim;

function withoutUkClaimPage() {
  const kb = outcomesKnowledgeBase();
  kb.devices[0]!.claimPages = kb.devices[0]!.claimPages!.filter((page) => !page.regions?.includes('UK'));
  return kb;
}

const SHOP: Shop = {
  name: 'Fjord Outdoor',
  email: 'help@fjord.example',
  phone: '+44 20 7946 0000',
  url: 'https://fjord.example/help',
  orderNumber: 'FJ-1234',
};

async function show(
  { prompt, summary }: { prompt: ResultPrompt; summary: string },
  returnUrl?: string,
): Promise<ChargeTroubleshooterResult> {
  const el = await fixture<ChargeTroubleshooterResult>(
    html`<charge-troubleshooter-result .prompt=${prompt} .summary=${summary} .returnUrl=${returnUrl}></charge-troubleshooter-result>`,
  );
  // Links open new tabs, mail programs and the shop's pages: the tests only look at what a click says.
  el.addEventListener('click', (event) => {
    if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
  });
  await el.updateComplete;
  return el;
}

const shown = () => show(claim());

function status(el: ChargeTroubleshooterResult): HTMLElement {
  return el.shadowRoot!.querySelector('[role="status"]')!;
}

function part(el: ChargeTroubleshooterResult, name: string): HTMLElement {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
}

function all(el: ChargeTroubleshooterResult, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

describe('<charge-troubleshooter-result>', () => {
  it('makes the knowledge base’s way on (a recall’s page) its main button, before any contact', async () => {
    const stop = resultAfter(OUTCOME_ANSWERS['safety-stop'], { shop: SHOP });
    const action = { label: 'Recall page: check the serial number', href: 'https://maker.example/recall' };
    const el = await show({ ...stop, prompt: { ...stop.prompt, action } });
    const primary = all(el, 'primary');
    expect(primary).to.have.length(1);
    expect(primary[0]!.getAttribute('part')).to.equal('action primary');
    expect(primary[0]!.getAttribute('href')).to.equal(action.href);
    expect(visible(primary[0]!)).to.equal(action.label);
    expect(all(el, 'contact').length).to.equal(stop.prompt.contacts.length, 'every contact is still there, below');
  });

  it('ends a fixed product in Done with nobody to contact', async () => {
    const el = await show(resultAfter(OUTCOME_ANSWERS.resolved, { shop: SHOP }));
    expect(part(el, 'primary').getAttribute('part')).to.equal('done primary');
    expect(all(el, 'contact')).to.have.length(0);
    expect(all(el, 'contacts')).to.have.length(0);
  });

  it('says the outcome in plain words, and why inside a closed "Why this result?", in words', async () => {
    const el = await shown();
    expect(el.prompt!.outcome).to.equal('warranty-claim');
    expect(part(el, 'title').textContent!.trim()).to.equal('Claim the warranty');
    expect(part(el, 'body').textContent).to.contain('under its warranty of 1 year');
    const why = part(el, 'why') as HTMLDetailsElement;
    expect(why.tagName).to.equal('DETAILS');
    expect(why.open, 'closed until the shopper asks').to.equal(false);
    expect(why.querySelector('summary')!.textContent!.trim()).to.equal('Why this result?');
    expect(part(el, 'causes').parentElement).to.equal(why);
    expect([...part(el, 'causes').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Worn battery: very likely',
      'Dirt: less likely',
    ]);
    // The estimates are not precise enough for percentages: none anywhere on screen.
    expect(el.shadowRoot!.textContent).to.not.match(/\d\s*%/);
  });

  it('lists the pages worth reading next, each opening in a new tab', async () => {
    const el = await show(resultAfter(OUTCOME_ANSWERS.repair));
    const links = all(el, 'link').filter((a) => a.closest('[part="links"]')) as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(['https://support.example/gizmo/warranty']);
    expect(visible(links[0]!)).to.equal('Acme warranty');
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    expect(links[0]!.textContent).to.contain('(opens in a new tab)');
  });

  describe('its main button fits the outcome', () => {
    /** The one primary control, and the parts it carries. */
    function primary(el: ChargeTroubleshooterResult): HTMLElement {
      const found = all(el, 'primary');
      expect(found, 'exactly one main button').to.have.length(1);
      return found[0]!;
    }

    it('resolved: "Done"', async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS.resolved));
      const main = primary(el);
      expect(main.tagName).to.equal('BUTTON');
      expect(main.getAttribute('part')).to.equal('done primary');
      expect(main.textContent!.trim()).to.equal('Done');
      expect(part(el, 'copy').classList.contains('primary')).to.equal(false);
    });

    it('a refund with the shop’s returns page: "Start a return"', async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS.refund), 'https://shop.example/returns');
      const main = primary(el) as HTMLAnchorElement;
      expect(main.getAttribute('part')).to.equal('return primary');
      expect(main.textContent!.trim()).to.equal('Start a return');
      expect(main.href).to.equal('https://shop.example/returns');
    });

    it('a warranty claim with the maker’s claim page: the claim, and what to have ready', async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS['warranty-claim']));
      const main = primary(el) as HTMLAnchorElement;
      expect(main.getAttribute('part')).to.equal('claim primary');
      expect(visible(main)).to.equal('Start your Acme warranty claim');
      expect(main.href).to.equal('https://support.example/gizmo/claim', 'the page for the shopper’s region (EU)');
      expect(main.target).to.equal('_blank');
      const ready = part(el, 'ready');
      expect(ready.previousElementSibling!.textContent).to.equal('Have these ready');
      const items = [...ready.querySelectorAll('li')].map((li) => li.textContent!);
      expect(items).to.have.length(2);
      expect(items[0]).to.match(/^The serial number/);
      expect(items[1]).to.equal('Proof of purchase: the receipt or order confirmation');
    });

    it('a warranty claim without a claim page for the region: the warranty terms, labelled as the terms, never a claim', async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS['warranty-claim'], { region: 'UK', knowledgeBase: withoutUkClaimPage() }));
      const main = primary(el) as HTMLAnchorElement;
      expect(main.getAttribute('part')).to.equal('claim primary');
      expect(visible(main)).to.equal('Read Acme’s warranty terms: how to claim');
      expect(main.href).to.equal('https://support.example/gizmo/warranty');
    });

    it('a claim page in another language than the shopper’s says which, in the shopper’s language', async () => {
      const { loadLocale } = await import('../../src/core/index.js');
      const german = await loadLocale('de');
      const kb = { ...outcomesKnowledgeBase(), translations: { de: {} } };
      const { prompt, summary } = resultAfter(OUTCOME_ANSWERS['warranty-claim'], { knowledgeBase: kb, locale: german });
      const el = await fixture<ChargeTroubleshooterResult>(
        html`<charge-troubleshooter-result .prompt=${prompt} .summary=${summary} locale="de" .words=${german.ui}></charge-troubleshooter-result>`,
      );
      const main = primary(el) as HTMLAnchorElement;
      expect(visible(main)).to.equal('Garantiefall bei Acme melden (auf Englisch)');
      expect(main.hreflang).to.equal('en');
    });

    it('a warranty claim names the order number among what to have ready, when the shop gives it', async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS['warranty-claim'], { shop: SHOP }));
      const items = [...part(el, 'ready').querySelectorAll('li')].map((li) => li.textContent!);
      expect(items[1]).to.equal('Proof of purchase: the receipt or the confirmation of order FJ-1234');
      expect(primary(el).getAttribute('part')).to.equal('claim primary');
    });

    for (const outcome of ['repair', 'replace', 'contact-support', 'safety-stop'] as const) {
      it(`${outcome}: the first contact`, async () => {
        const el = await show(resultAfter(OUTCOME_ANSWERS[outcome]));
        const main = primary(el) as HTMLAnchorElement;
        expect(main.getAttribute('part')).to.equal('contact email primary');
        expect(main.href.startsWith('mailto:help@support.example?')).to.equal(true);
        expect(part(el, 'copy').classList.contains('primary')).to.equal(false);
      });
    }

    it('"Copy summary" only when there is nobody to contact, and then it says to contact the shop', async () => {
      // A refund goes through the shop, and this page gave none of the shop's details.
      const el = await show(resultAfter(OUTCOME_ANSWERS.refund));
      expect(el.prompt!.contacts).to.deep.equal([]);
      const main = primary(el);
      expect(main.getAttribute('part')).to.equal('copy primary');
      expect(main.textContent!.trim()).to.equal('Copy summary');
      expect(el.shadowRoot!.querySelector('[part~="contact"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Contact the shop you bought it from');
    });

    it('"Start over" when the way on is to dry it first: nobody to hand a summary to yet', async () => {
      const stop = resultAfter(OUTCOME_ANSWERS['safety-stop']);
      const el = await show({ ...stop, prompt: { ...stop.prompt, stop: 'wet', contacts: [], afterSteps: [] } });
      const main = primary(el);
      expect([main.getAttribute('part'), main.textContent!.trim()]).to.deep.equal(['restart primary', 'Start over']);
      expect(all(el, 'primary')).to.have.length(1);
    });
  });

  it('a safety stop: an alert, its numbered actions first, then what the shop or maker owes', async () => {
    const el = await show(resultAfter(OUTCOME_ANSWERS['safety-stop']));
    const section = part(el, 'result');
    expect(section.getAttribute('role')).to.equal('alert');
    expect(section.firstElementChild!.tagName).to.equal('H2');
    const steps = part(el, 'steps');
    expect(steps.tagName).to.equal('OL');
    expect([...steps.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(el.prompt!.steps);
    expect(el.prompt!.steps.length).to.be.at.least(3);
    expect(steps.previousElementSibling!.textContent).to.equal('What to do now');
    const owed = [...section.querySelectorAll('p')].find((p) => p.textContent!.includes('battery safety fault'))!;
    expect(owed, 'what the shop or maker owes').to.exist;
    expect(steps.compareDocumentPosition(owed) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the actions').to.not.equal(0);
  });

  it('offers the shop’s contacts first, then the maker’s: email with the summary, phone as digits, the help page', async () => {
    const { prompt, summary } = resultAfter(OUTCOME_ANSWERS.repair, { shop: SHOP });
    const el = await show({ prompt, summary });
    const contacts = all(el, 'contact') as HTMLAnchorElement[];
    expect(contacts.map((a) => a.getAttribute('part'))).to.deep.equal([
      'contact email primary',
      'contact phone',
      'contact link',
      'contact email',
      'contact link',
    ]);
    const [shopEmail, shopPhone, shopPage, makerEmail, makerPage] = contacts as [
      HTMLAnchorElement,
      HTMLAnchorElement,
      HTMLAnchorElement,
      HTMLAnchorElement,
      HTMLAnchorElement,
    ];
    const mail = new URL(shopEmail.href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.pathname).to.equal('help@fjord.example');
    expect(mail.searchParams.get('subject')).to.equal('Charging problem');
    expect(decodeURIComponent(shopEmail.href.split('&body=')[1]!)).to.equal(summary);
    // Each says whose it is: the shop's (by its name) or the maker's.
    expect(shopEmail.textContent!.trim()).to.equal('Email help@fjord.example (Fjord Outdoor)');
    expect(shopPhone.href).to.equal('tel:+442079460000');
    expect(shopPhone.textContent!.trim()).to.equal('Call +44 20 7946 0000 (Fjord Outdoor)');
    expect(shopPage.href).to.equal('https://fjord.example/help');
    expect(makerEmail.href.startsWith('mailto:help@support.example?')).to.equal(true);
    expect(visible(makerEmail)).to.equal('Email help@support.example (Acme, the maker)');
    expect(visible(shopPage)).to.equal('Visit fjord.example (Fjord Outdoor)');
    expect(makerPage.href).to.equal('https://support.example/gizmo');
    expect(visible(makerPage)).to.equal('Acme support');
    // The summary the shop gets names the shop and the order, and no internal ids.
    expect(summary).to.contain('Shop: Fjord Outdoor').and.contain('Order: FJ-1234');
    expect(summary).to.not.match(/\bgizmo\b|\bnot-fixed\b|\blifespan\b/);
  });

  for (const outcome of ['refund', 'legal-guarantee'] as const) {
    it(`offers only the shop’s contacts on a ${outcome} (the shop’s business alone)`, async () => {
      const el = await show(resultAfter(OUTCOME_ANSWERS[outcome], { shop: SHOP }));
      const hrefs = all(el, 'contact').map((a) => (a as HTMLAnchorElement).href);
      expect(hrefs).to.have.length(3);
      expect(hrefs.some((href) => href.includes('support.example'))).to.equal(false);
      expect(hrefs[0]!.startsWith('mailto:help@fjord.example?')).to.equal(true);
    });
  }

  it('has no email contact when nobody has an address', async () => {
    const { prompt, summary } = claim();
    expect(prompt.contacts.some((contact) => contact.kind === 'email')).to.equal(true);
    const withEmail = await show({ prompt, summary });
    expect(withEmail.shadowRoot!.querySelector('[part~="email"]')).to.exist;
    const withoutEmail = { ...prompt, contacts: prompt.contacts.filter((contact) => contact.kind !== 'email') };
    const el = await show({ prompt: withoutEmail, summary });
    expect(el.shadowRoot!.querySelector('[part~="email"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="contact"]')).to.exist;
  });

  it('shows the shop’s page for the part that fixed it', async () => {
    const { prompt, summary } = resultAfter(OUTCOME_ANSWERS.resolved, {
      shop: { accessories: { dirt: { label: 'Cleaning kits', href: 'https://shop.example/cleaning' } } },
    });
    const el = await show({ prompt, summary });
    const accessory = part(el, 'accessory') as HTMLAnchorElement;
    expect(accessory.href).to.equal('https://shop.example/cleaning');
    expect(visible(accessory)).to.equal('Cleaning kits');
    expect(accessory.target).to.equal('_blank');
    // Not for another cause, and not for an outcome that was not fixed.
    const other = await show(
      resultAfter(OUTCOME_ANSWERS.resolved, { shop: { accessories: { wear: { label: 'Batteries', href: 'https://shop.example/b' } } } }),
    );
    expect(other.shadowRoot!.querySelector('[part~="accessory"]')).to.equal(null);
    const unfixed = await show(
      resultAfter(OUTCOME_ANSWERS.repair, { shop: { accessories: { wear: { label: 'Batteries', href: 'https://shop.example/b' } } } }),
    );
    expect(unfixed.shadowRoot!.querySelector('[part~="accessory"]')).to.equal(null);
  });

  it('tells its owner, on itself only, each way the shopper takes on', async () => {
    const { prompt, summary } = resultAfter(OUTCOME_ANSWERS['warranty-claim'], {
      shop: { ...SHOP, accessories: { wear: { label: 'Batteries', href: 'https://shop.example/b' } } },
    });
    const el = await show({ prompt, summary });
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => undefined;
    try {
      const kinds: string[] = [];
      for (const name of ['claim', 'email', 'phone', 'link', 'copy']) {
        const handoff = oneEvent(el, 'handoff') as Promise<ResultHandoffEvent>;
        const target = name === 'link' ? all(el, 'contact').find((a) => a.matches('[part~="link"]'))! : part(el, name);
        target.click();
        const event = await handoff;
        expect([event.bubbles, event.composed], 'for the widget, not the page').to.deep.equal([false, false]);
        kinds.push(event.detail.kind);
      }
      expect(kinds).to.deep.equal(['claim', 'email', 'phone', 'link', 'copy']);
    } finally {
      navigator.clipboard.writeText = original;
    }
    const refund = await show(resultAfter(OUTCOME_ANSWERS.refund), '/returns');
    const handoff = oneEvent(refund, 'handoff') as Promise<ResultHandoffEvent>;
    part(refund, 'return').click();
    expect((await handoff).detail.kind).to.equal('return');
  });

  it('fires done on itself from "Done", not on the page', async () => {
    const el = await show(resultAfter(OUTCOME_ANSWERS.resolved));
    const done = oneEvent(el, 'done');
    part(el, 'done').click();
    const event = await done;
    expect([event.bubbles, event.composed]).to.deep.equal([false, false]);
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
    const refund = resultAfter(OUTCOME_ANSWERS.refund);
    const el = await show(refund, '/account/returns');
    const link = part(el, 'return') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/account/returns', document.baseURI).href);
    expect(link.textContent).to.equal('Start a return');
    expect(link.classList.contains('primary')).to.equal(true);
    expect(part(el, 'copy').classList.contains('primary')).to.equal(false);
    expect((await show(refund, 'javascript:alert(1)')).shadowRoot!.querySelector('[part~="return"]')).to.equal(null);
    // Not a refund: no return link, whatever the shop passes.
    const other = await show(claim(), '/account/returns');
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
