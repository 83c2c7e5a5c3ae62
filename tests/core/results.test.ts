// What a result tells the shopper to do and who to reach; the summary a support agent reads; time
// and progress; which languages a knowledge base can be spoken in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, english, loadLocale, type ResultPrompt, type Session, SHIPPED_LOCALES } from '../../src/core/index.js';
import { action, builtIn, clone, defaultKnowledgeBase, device, tinyKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';
const SHOP = { name: 'Example Audio', email: 'help@shop.example', phone: '+44 20 7946 0000', url: 'https://shop.example/help' };

function result(session: Session): ResultPrompt {
  assert.equal(session.current.kind, 'result', `still at ${session.current.id}`);
  return session.current as ResultPrompt;
}

/** A worn Shokz battery: every step fails, the age decides. */
function wornOut(options: Parameters<typeof builtIn>[0]): Session {
  const answers: Record<string, string> = {
    safety: 'none',
    'how-it-started': 'gradually',
    'charging-light-shokz': 'red-light',
    'contacts-look': 'looks-fine',
    'update-offered': 'up-to-date',
  };
  let session = builtIn({ device: 'shokz-openrun', today: TODAY, ...options });
  while (session.current.kind !== 'result') {
    session = session.answer(session.current.kind === 'action' ? 'not-fixed' : answers[session.current.id]!);
  }
  return session;
}

describe('a result says what to do and who can help', () => {
  it('puts the maker’s contacts first for its own warranty, the shop’s first otherwise, and only the shop’s for a refund', () => {
    const claim = result(wornOut({ purchaseDate: '2026-03-01', shop: SHOP }));
    assert.equal(claim.outcome, 'warranty-claim');
    assert.deepEqual(
      claim.contacts.map((c) => [c.from, c.kind, c.href]),
      [
        ['maker', 'email', 'mailto:customer.service@shokz.com'],
        ['shop', 'email', 'mailto:help@shop.example'],
        ['shop', 'phone', 'tel:+442079460000'],
        ['shop', 'link', 'https://shop.example/help'],
      ],
    );
    const replace = result(wornOut({ purchaseDate: '2024-06-01', shop: SHOP }));
    assert.equal(replace.outcome, 'replace');
    assert.deepEqual(
      replace.contacts.map((c) => [c.from, c.who]),
      [
        ['shop', 'Example Audio'],
        ['shop', 'Example Audio'],
        ['shop', 'Example Audio'],
        ['maker', 'Shokz, the maker'],
      ],
    );

    const returned = result(wornOut({ purchaseDate: '2026-11-11', shop: SHOP }));
    assert.equal(returned.outcome, 'refund');
    assert.deepEqual(new Set(returned.contacts.map((c) => c.from)), new Set(['shop']), 'a refund is the shop’s business alone');
  });

  it('never ends without a way to reach someone: with no contact known, it says to contact the seller', () => {
    const kb = tinyKnowledgeBase({
      devices: [(({ supportUrl: _s, warrantyUrl: _w, ...bare }) => bare)(device('gadget', { x: 0.5, y: 0.3, z: 0.2 }))],
    });
    let session = createSession({ knowledgeBase: kb, device: 'gadget', purchaseDate: '2026-01-01', today: TODAY });
    while (session.current.kind !== 'result') session = session.answer('not-fixed');
    const bare = result(session);
    assert.deepEqual(bare.contacts, []);
    assert.deepEqual(bare.afterSteps, [english.core.noContact]);

    let withShop = createSession({
      knowledgeBase: kb,
      device: 'gadget',
      purchaseDate: '2026-01-01',
      today: TODAY,
      shop: { email: SHOP.email },
    });
    while (withShop.current.kind !== 'result') withShop = withShop.answer('not-fixed');
    assert.equal(result(withShop).contacts[0]!.href, 'mailto:help@shop.example');
    assert.deepEqual(result(withShop).afterSteps, []);
  });

  it('a warranty claim without a claim page links the maker’s warranty terms, labelled as the terms, and lists what to have ready', () => {
    const claim = result(wornOut({ purchaseDate: '2026-03-01', shop: { orderNumber: 'A-1042' } })).claim!;
    assert.equal(claim.href, 'https://uk.shokz.com/pages/warranty-policy');
    assert.equal(claim.way, 'warranty-terms');
    assert.equal(claim.label, 'Read Shokz’s warranty terms: how to claim');
    assert.deepEqual(claim.ready, [
      'The serial number: on the box, or on the claim card that came with the headphones',
      'Proof of purchase: the receipt or the confirmation of order A-1042',
    ]);
  });

  it('a resolved fault the shop sells the fix for links the shop’s page for it', () => {
    const accessories = { cable: { label: 'Shokz magnetic cables', href: 'https://shop.example/cables' } };
    let session = builtIn({ device: 'shokz-openrun', today: TODAY, purchaseDate: '2026-05-21', shop: { accessories } });
    session = session.answer('none').answer('suddenly');
    while (session.current.id !== 'try-another-cable') {
      session = session.answer(session.current.kind === 'action' ? 'not-fixed' : session.current.options.at(-1)!.id);
    }
    const fixed = result(session.answer('fixed'));
    assert.equal(fixed.causes[0]!.id, 'cable');
    assert.deepEqual({ ...fixed.accessory }, accessories.cable);
    assert.equal(result(wornOut({ purchaseDate: '2026-03-01', shop: { accessories } })).accessory, undefined);
  });

  it('a fixed product ends in Done: nobody to contact, no word about contacting the seller', () => {
    let session = builtIn({ device: 'shokz-openrun', today: TODAY, shop: SHOP });
    session = session.answer('none');
    while (session.current.kind !== 'action') session = session.answer(session.current.options.at(-1)!.id);
    const fixed = result(session.answer('fixed'));
    assert.equal(fixed.outcome, 'resolved');
    assert.deepEqual(fixed.contacts, []);
    assert.deepEqual(fixed.afterSteps, []);
  });

  it('a recall’s page is the way on: the result’s action, not one link among others', () => {
    for (const [question, answer] of [
      ['recall-check', 'recalled'],
      ['recall-check', 'cannot-check'],
    ] as const) {
      let session = builtIn({ device: 'soundcore-a3102', today: TODAY, shop: SHOP });
      session = session.answer('none');
      while (session.current.id !== question) session = session.answer(session.current.options.at(-1)!.id);
      const stop = result(session.answer(answer));
      assert.equal(stop.outcome, 'safety-stop');
      assert.equal(stop.action?.href, 'https://us.soundcore.com/pages/a3102-recall', answer);
      assert.ok(!stop.links.some((link) => link.href === stop.action!.href), 'said once');
    }
  });

  it('a safety stop gives numbered actions and says what the shop or maker owes by the product’s age', () => {
    const stop = (purchaseDate?: string) =>
      result(builtIn({ device: 'shokz-openrun', today: TODAY, ...(purchaseDate ? { purchaseDate } : {}) }).answer('danger'));
    const fresh = stop('2026-11-11');
    assert.ok(fresh.steps.length >= 4, fresh.steps.join(' | '));
    assert.match(fresh.steps[0]!, /don’t charge it/);
    const after = (prompt: ResultPrompt) => prompt.afterSteps.join('\n');
    assert.match(after(fresh), /owes you a refund or a replacement/);
    assert.match(after(stop('2026-03-01')), /warranty of 2 years covers/);
    assert.match(after(stop('2020-01-01')), /battery collection point/);
    assert.doesNotMatch(after(stop('2020-01-01')), /owes you/, 'nothing is promised past the warranty');
    assert.match(after(stop()), /If it’s within the shop’s return period or the maker’s warranty/);

    // A knowledge base whose stop has no steps of its own still gets the core's.
    const kb = clone(defaultKnowledgeBase);
    delete kb.questions.find((q) => q.id === 'safety')!.options.find((o) => o.id === 'danger')!.steps;
    const generic = result(createSession({ knowledgeBase: kb, device: 'shokz-openrun', today: TODAY }).answer('danger'));
    assert.deepEqual(generic.steps, english.core.safetySteps);
  });

  it('names each likely cause’s chance in words', () => {
    const { causes } = result(wornOut({ purchaseDate: '2026-03-01' }));
    assert.equal(causes[0]!.likelihood, 'very-likely');
    for (const cause of causes) {
      const expected =
        cause.probability >= 0.75
          ? 'very-likely'
          : cause.probability >= 0.4
            ? 'likely'
            : cause.probability >= 0.15
              ? 'possible'
              : 'unlikely';
      assert.equal(cause.likelihood, expected, `${cause.id} at ${cause.probability}`);
    }
  });
});

describe('the shop’s settings', () => {
  it('are checked, each problem naming its field', () => {
    const start = (shop: unknown) => () => builtIn({ device: 'shokz-openrun', shop: shop as never });
    assert.throws(start({ email: 'not an address' }), { name: 'RangeError', message: /^shop\.email / });
    assert.throws(start({ url: 'javascript:alert(1)' }), { name: 'RangeError', message: /^shop\.url / });
    assert.throws(start({ phone: 'call us' }), { name: 'RangeError', message: /^shop\.phone / });
    assert.throws(start({ accessories: { unicorn: { label: 'x', href: 'https://x.example' } } }), /shop\.accessories\.unicorn/);
    assert.throws(start({ accessories: { cable: { label: 'x', href: 'ftp://x.example' } } }), /shop\.accessories\.cable\.href/);
    assert.throws(start({ emial: 'help@shop.example' }), /shop\.emial is not a shop setting/);
    assert.doesNotThrow(start(SHOP));
  });
});

describe('the summary', () => {
  it('reads as words for a person: the shop, the order, no internal ids, chances in words', () => {
    const session = wornOut({ purchaseDate: '2026-03-01', shop: { ...SHOP, orderNumber: 'A-1042' } });
    const summary = session.summary();
    assert.match(summary, /^Shop: Example Audio$/m);
    assert.match(summary, /^Order: A-1042$/m);
    assert.match(summary, /^Device: Shokz OpenRun$/m);
    assert.match(summary, /^Result: Claim the warranty$/m);
    assert.match(summary, /Worn-out or failed battery \(very likely, 9\d ?%\), Faulty charging circuit \(less likely, \d ?%\)/);
    for (const id of ['shokz-openrun', 'warranty-claim', 'battery-worn', 'how-it-started', 'not-fixed']) {
      assert.ok(!summary.includes(id), `the summary shows the id "${id}"`);
    }
  });

  it('uses the language’s own punctuation', async () => {
    const arabic = await loadLocale('ar');
    const session = builtIn({ device: 'shokz-openrun', purchaseDate: '2026-03-01', today: TODAY, locale: arabic }).answer('none');
    const summary = session.summary();
    assert.match(summary, /،/, summary);
    // The product's name and the session's reference (random hex) are not words to translate.
    assert.doesNotMatch(summary.replace('Shokz OpenRun', '').replace(session.id, ''), /[A-Za-z]{4,}/, `English left in: ${summary}`);
  });
});

describe('time and progress', () => {
  it('counts waiting apart from hands-on minutes', () => {
    const kb = tinyKnowledgeBase({ actions: [action('fix-x', 2, { x: 0.8 }, { waitMinutes: 30 }), action('fix-y', 1, { y: 0.5 })] });
    const session = createSession({ knowledgeBase: kb, device: 'gadget', today: TODAY });
    assert.equal(session.current.id, 'fix-x');
    assert.equal(session.timeLeft.waiting, 30, 'the first step is certain to be done, with its whole wait');
    assert.ok(session.timeLeft.handsOn >= 2 && session.timeLeft.handsOn < 3, String(session.timeLeft.handsOn));
  });

  it('never goes back when answering, and ends at 1', () => {
    const walk = (answer: (s: Session) => string) => {
      let session = builtIn({ device: 'generic-speaker', today: TODAY, purchaseDate: '2026-05-01' });
      const seen = [session.progress];
      while (session.current.kind !== 'result') {
        session = session.answer(answer(session));
        seen.push(session.progress);
      }
      return seen;
    };
    for (const answer of [
      (s: Session) => s.current.options.at(-1)!.id,
      (s: Session) => s.current.options[1]?.id ?? s.current.options[0]!.id,
    ]) {
      const seen = walk(answer);
      seen.slice(1).forEach((p, i) => assert.ok(p >= seen[i]!, `progress went back at step ${i + 1}: ${seen.join(', ')}`));
      assert.equal(seen[0], 0);
      assert.equal(seen.at(-1), 1);
    }
  });
});

describe('a session speaks only languages its knowledge base has text in', () => {
  it('refuses a language the knowledge base is neither written in nor translated into', async () => {
    const german = await loadLocale('de');
    const kb = tinyKnowledgeBase();
    assert.throws(() => createSession({ knowledgeBase: kb, device: 'gadget', locale: german }), {
      name: 'RangeError',
      message: /no text in "de"/,
    });
    assert.doesNotThrow(() => createSession({ knowledgeBase: { ...kb, language: 'de' }, device: 'gadget', locale: german }));
    assert.doesNotThrow(() => createSession({ knowledgeBase: { ...kb, translations: { de: {} } }, device: 'gadget', locale: german }));
    // The built-in knowledge base, with its translations, has every shipped language.
    for (const tag of SHIPPED_LOCALES) {
      const locale = await loadLocale(tag);
      assert.doesNotThrow(() => builtIn({ locale }), tag);
    }
  });
});
