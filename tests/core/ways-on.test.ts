// Where each result leads: the maker's claim page for the shopper's region and language (never a
// refund policy), the shop's online return, the shop's page for a new one, contacts that say whose
// they are, and the recall's page on the recall question itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createSession,
  type KnowledgeBase,
  KnowledgeBaseError,
  loadLocale,
  type ResultPrompt,
  type Session,
  SHIPPED_LOCALES,
  validateKnowledgeBase,
} from '../../src/core/index.js';
import { builtIn, clone, defaultKnowledgeBase, device, tinyKnowledgeBase, translatedKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';
const IN_WARRANTY = '2026-06-01';
const LEGAL_RIGHTS: NonNullable<KnowledgeBase['legalRights']> = {
  UK: { name: 'the UK', guaranteeMonths: 72, presumedMonths: 6 },
  EU: { name: 'the EU', guaranteeMonths: 24, presumedMonths: 12 },
};

function claimPagesKnowledgeBase(claimPages: KnowledgeBase['devices'][number]['claimPages']): KnowledgeBase {
  return tinyKnowledgeBase({
    legalRights: LEGAL_RIGHTS,
    devices: [device('gadget', { x: 0.5, y: 0.3, z: 0.2 }, { ...(claimPages ? { claimPages } : {}), supportEmail: 'help@acme.example' })],
  });
}

/** Every step fails: inside the warranty, the session ends in a claim. */
function claimOf(
  knowledgeBase: KnowledgeBase,
  extra: { region?: string; locale?: Awaited<ReturnType<typeof loadLocale>> } = {},
): ResultPrompt {
  let session = createSession({ knowledgeBase, device: 'gadget', purchaseDate: IN_WARRANTY, today: TODAY, ...extra });
  while (session.current.kind !== 'result')
    session = session.answer(session.current.kind === 'action' ? 'not-fixed' : session.current.options[0]!.id);
  assert.equal(session.current.outcome, 'warranty-claim');
  return session.current;
}

describe('a warranty claim opens the maker’s claim page for the shopper’s region and language', () => {
  const pages = [
    { href: 'https://acme.example/claim', language: 'en' },
    { href: 'https://acme.example/uk/claim', regions: ['UK'], language: 'en' },
    { href: 'https://acme.example/de/garantie', regions: ['EU'], language: 'de' },
    { href: 'https://acme.example/eu/claim', regions: ['EU'], language: 'en' },
  ];

  it('picks the region’s page in the shopper’s language, then the region’s in another, then the page for everyone', async () => {
    const kb = claimPagesKnowledgeBase(pages);
    const german = await loadLocale('de');
    const claim = (extra: Parameters<typeof claimOf>[1]) => claimOf(kb, extra).claim!;
    assert.deepEqual(
      [claim({ region: 'UK' }).href, claim({ region: 'EU' }).href, claim({}).href],
      ['https://acme.example/uk/claim', 'https://acme.example/eu/claim', 'https://acme.example/claim'],
    );
    // A knowledge base written in German: its shoppers read German.
    const germanKb = { ...kb, language: 'de' };
    const inGerman = (region?: string) => claimOf(germanKb, { locale: german, ...(region ? { region } : {}) }).claim!;
    assert.deepEqual(
      [inGerman('EU').href, inGerman('EU').way, inGerman('EU').language],
      ['https://acme.example/de/garantie', 'claim-page', undefined],
    );
    assert.deepEqual(
      [inGerman('UK').href, inGerman('UK').language],
      ['https://acme.example/uk/claim', 'en'],
      'another region’s page is never offered',
    );
    assert.deepEqual([inGerman().href, inGerman().language], ['https://acme.example/claim', 'en'], 'a page in another language says which');
    assert.equal(inGerman('UK').label, 'Garantiefall bei Acme melden');
  });

  it('never offers another region’s page: without one for the region, the warranty terms, labelled as the terms', () => {
    const kb = claimPagesKnowledgeBase([{ href: 'https://acme.example/uk/claim', regions: ['UK'] }]);
    const claim = claimOf(kb, { region: 'EU' }).claim!;
    assert.equal(claim.way, 'warranty-terms');
    assert.equal(claim.href, 'https://support.example/acme/warranty');
    assert.equal(claim.label, 'Read Acme’s warranty terms: how to claim');
  });

  it('without a claim page or terms, the maker’s own contact is the first way on', () => {
    const kb = claimPagesKnowledgeBase(undefined);
    delete kb.devices[0]!.warrantyUrl;
    const result = claimOf(kb, {});
    assert.equal(result.claim!.href, undefined);
    assert.deepEqual([result.contacts[0]!.from, result.contacts[0]!.href], ['maker', 'mailto:help@acme.example']);
  });

  it('a claim page for a region the knowledge base does not know is a validation error with its path', () => {
    const kb = claimPagesKnowledgeBase([{ href: 'https://acme.example/claim', regions: ['US'] }]);
    const error = (() => {
      try {
        validateKnowledgeBase(kb);
      } catch (caught) {
        return caught as KnowledgeBaseError;
      }
      return undefined;
    })();
    assert.ok(error instanceof KnowledgeBaseError);
    assert.deepEqual(
      error.problems.map((problem) => problem.path),
      ['devices[0].claimPages[0].regions[0]'],
    );
  });

  it('in the built-in knowledge base, no claim on any device, region or language opens a refund policy', async () => {
    let claims = 0;
    for (const tag of SHIPPED_LOCALES) {
      const locale = await loadLocale(tag);
      for (const { id } of translatedKnowledgeBase.devices) {
        for (const region of [undefined, ...Object.keys(translatedKnowledgeBase.legalRights ?? {})]) {
          const session = builtIn({ device: id, purchaseDate: IN_WARRANTY, today: TODAY, locale, ...(region ? { region } : {}) });
          const claim = endOf(session, 'warranty-claim');
          if (claim === undefined) continue;
          claims++;
          const pages = [claim.claim?.href, claim.action?.href, ...claim.links.map((link) => link.href)];
          assert.ok(!pages.some((href) => href !== undefined && /refund/i.test(href)), `${tag} ${id} ${region}: ${pages.join(' ')}`);
          if (claim.claim?.way === 'warranty-terms')
            assert.notEqual(claim.claim.label, locale.core.claim.start, 'terms are labelled as terms');
        }
      }
    }
    assert.ok(claims >= SHIPPED_LOCALES.length * 5, `claims reached: ${claims}`);
  });
});

/** Walks to an end by failing every step and taking each question's last answer short of a stop. */
function endOf(session: Session, outcome: ResultPrompt['outcome']): ResultPrompt | undefined {
  const safe: Record<string, string> = { safety: 'none', 'recall-check': 'not-recalled', 'recall-label': 'other-model' };
  let current = session;
  for (let steps = 0; current.current.kind !== 'result' && steps < 60; steps++) {
    const prompt = current.current;
    current = current.answer(
      prompt.kind === 'action'
        ? 'not-fixed'
        : (safe[prompt.id] ?? prompt.options.find((o) => o.id === 'gradually')?.id ?? prompt.options.at(-1)!.id),
    );
  }
  return current.current.kind === 'result' && current.current.outcome === outcome ? current.current : undefined;
}

describe('a refund and a replacement lead to the shop’s own pages', () => {
  it('a refund is worded for the shop’s online return when it gave one, for a counter or a website otherwise', () => {
    const refund = (shop?: object) =>
      endOf(builtIn({ device: 'shokz-openrun', purchaseDate: '2026-11-11', today: TODAY, ...(shop ? { shop } : {}) }), 'refund')!;
    assert.match(refund({ returnUrl: 'https://shop.example/returns' }).body, /start the return on the shop’s returns page/);
    assert.match(refund().body, /at its counter or through its website/);
  });

  it('a replacement’s main button is the shop’s page for a new one, else its page for the likely cause’s part', () => {
    const replace = (shop: object) =>
      endOf(builtIn({ device: 'shokz-openrun', purchaseDate: '2024-06-01', today: TODAY, shop }), 'replace')!;
    const product = replace({ replaceUrl: 'https://shop.example/headphones' });
    assert.deepEqual({ ...product.action }, { label: 'Find a new one at the shop', href: 'https://shop.example/headphones' });
    const worn = { label: 'Shokz OpenRun Pro', href: 'https://shop.example/openrun-pro' };
    const byCause = replace({ accessories: { 'battery-worn': worn } });
    assert.equal(byCause.causes[0]!.id, 'battery-worn');
    assert.deepEqual({ ...byCause.action }, worn);
    assert.equal(replace({}).action, undefined);
  });

  it('a shop page that is not a web page is a RangeError naming the setting', () => {
    for (const field of ['returnUrl', 'replaceUrl']) {
      assert.throws(
        () => builtIn({ device: 'shokz-openrun', today: TODAY, shop: { [field]: 'javascript:alert(1)' } }),
        new RegExp(`shop.${field}`),
      );
    }
  });
});

describe('the recall question links the recall’s page', () => {
  it('on both recall questions, in every language, and in English pages say so', async () => {
    for (const [device, question] of [
      ['soundcore-a3102', 'recall-check'],
      ['generic-speaker', 'recall-label'],
    ] as const) {
      for (const tag of SHIPPED_LOCALES) {
        let session = builtIn({ device, today: TODAY, locale: await loadLocale(tag) }).answer('none');
        while (session.current.id !== question) session = session.answer(session.current.options.at(-1)!.id);
        const links = session.current.kind === 'question' ? session.current.links : undefined;
        assert.equal(links?.[0]?.href, 'https://us.soundcore.com/pages/a3102-recall', `${device} ${tag}`);
        assert.equal(links[0]!.language, tag === 'en' ? undefined : 'en');
      }
    }
  });

  it('a translation naming a question link the knowledge base lacks is a validation error', () => {
    const kb = clone(translatedKnowledgeBase);
    kb.translations!.de!.questions!['recall-check']!.links = { 'no-such-link': 'x' };
    assert.throws(() => validateKnowledgeBase(kb), /translations\.de\.questions\.recall-check\.links\.no-such-link/);
  });
});

describe('the built-in knowledge base’s links are the ones its documentation lists as checked', () => {
  it('lists every page and address, and nothing it no longer has', async () => {
    const { readFile } = await import('node:fs/promises');
    const docs = await readFile(new URL('../../docs/knowledge-base.md', import.meta.url), 'utf8');
    const table = docs.slice(
      docs.indexOf('### Its links, checked against their sources'),
      docs.indexOf('## Writing your own knowledge base'),
    );
    const listed = new Set([...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!));
    const used = new Set<string>();
    JSON.stringify(defaultKnowledgeBase, (key, value: unknown) => {
      if (typeof value === 'string' && ['href', 'warrantyUrl', 'supportUrl'].includes(key)) used.add(value);
      if (typeof value === 'string' && key === 'supportEmail') used.add(`mailto:${value}`);
      return value;
    });
    assert.deepEqual([...used].sort(), [...listed].sort());
  });
});

describe('images from other origins (imageOrigins)', () => {
  const withImage = (src: string) => {
    const kb = structuredClone(defaultKnowledgeBase) as KnowledgeBase;
    kb.images = { ...kb.images, photo: { src, alt: 'The port' } };
    return kb;
  };

  it('refuses an https: image whose origin the page does not list, naming the image and the origin', () => {
    assert.throws(
      () => createSession({ knowledgeBase: withImage('https://cdn.shop.example/port.png'), today: TODAY }),
      (e) => e instanceof RangeError && /"photo".*https:\/\/cdn\.shop\.example.*image-origins/.test(e.message),
    );
  });

  it('accepts it when imageOrigins lists the origin (in any case, with the default port), and relative images always', () => {
    createSession({
      knowledgeBase: withImage('https://CDN.shop.example:443/port.png'),
      imageOrigins: ['https://cdn.shop.example'],
      today: TODAY,
    });
    createSession({ knowledgeBase: withImage('/images/port.png'), today: TODAY });
  });

  it('refuses imageOrigins that are not https: origins', () => {
    for (const bad of [['http://cdn.shop.example'], ['https://cdn.shop.example/images'], 'https://cdn.shop.example', [1]]) {
      assert.throws(
        () => createSession({ knowledgeBase: withImage('/x.png'), imageOrigins: bad as never, today: TODAY }),
        (e) => e instanceof RangeError && /imageOrigins must be a list of https: origins/.test(e.message),
      );
    }
  });
});
