import { expect } from '@open-wc/testing';
import {
  createSession,
  defaultKnowledgeBase,
  KnowledgeBaseError,
  loadLocale,
  matchLocale,
  restoreSession,
  validateKnowledgeBase,
  type KnowledgeBase,
  type Prompt,
  type Session,
} from '../../src/core/index.js';
import { en as coreEn } from '../../src/core/locales/en.js';
import { ar as coreAr } from '../../src/core/locales/ar.js';
import { de as coreDe } from '../../src/core/locales/de.js';
import { es as coreEs } from '../../src/core/locales/es.js';
import { fr as coreFr } from '../../src/core/locales/fr.js';
import { en as uiEn } from '../../src/components/locales/en.js';
import { ar as uiAr } from '../../src/components/locales/ar.js';
import { de as uiDe } from '../../src/components/locales/de.js';
import { es as uiEs } from '../../src/components/locales/es.js';
import { fr as uiFr } from '../../src/components/locales/fr.js';
import { de as kbDe } from '../../src/knowledge-base/translations/de.js';
import { es as kbEs } from '../../src/knowledge-base/translations/es.js';
import { fr as kbFr } from '../../src/knowledge-base/translations/fr.js';
import { clone, tinyKnowledgeBase } from './fixtures.js';
import { truthfulAnswer } from './shopper.js';

const TODAY = '2026-11-21';

/** Every path to a string in `value`, like `outcomes.refund.body` or `actions.x.steps.2`. */
function stringPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => stringPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The built-in knowledge base's English words, in the shape of a translation. */
function englishKnowledgeBaseWords(kb: KnowledgeBase) {
  const pick = <T extends object>(entries: [string, T][]) => Object.fromEntries(entries);
  return {
    causes: pick(kb.causes.map((c) => [c.id, { label: c.label }])),
    actions: pick(kb.actions.map((a) => [a.id, { title: a.title, steps: a.steps, variants: a.variants?.map((v) => ({ title: v.title, steps: v.steps })) }])),
    questions: pick(
      kb.questions.map((q) => [
        q.id,
        {
          title: q.title,
          body: q.body,
          options: pick(q.options.map((o) => [o.id, { label: o.label, note: o.note, links: o.links?.map((l) => l.label) }])),
          variants: q.variants?.map((v) => ({ title: v.title, body: v.body })),
        },
      ]),
    ),
    devices: pick(kb.devices.map((d) => [d.id, { brand: d.brand, name: d.name }])),
  };
}

/** All words a shopper reads in a prompt, in a fixed order. */
function wordsOf(prompt: Prompt): string[] {
  const words = [prompt.title, ...prompt.options.map((o) => o.label)];
  if (prompt.kind === 'question' && prompt.body) words.push(prompt.body);
  if (prompt.kind === 'action') words.push(...prompt.steps);
  if (prompt.kind === 'result') words.push(prompt.body, ...prompt.causes.map((c) => c.label), ...prompt.links.map((l) => l.label));
  return words;
}

describe('localization of the core', () => {
  it('speaks English until a language is loaded', () => {
    const s = createSession({ device: 'shokz-openrun', locale: 'de', today: TODAY });
    expect(s.locale).to.equal('en');
    expect(s.current.title).to.equal('First, a safety check: is any of this happening?');
  });

  it('matches language tags: exact, then the language alone, then English', () => {
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('FR-ca')).to.equal('fr');
    expect(matchLocale(['it', 'es-MX'])).to.equal('es');
    expect(matchLocale('ja')).to.equal('en');
    expect(matchLocale(undefined)).to.equal('en');
    expect(matchLocale('pt-BR', ['pt', 'pt-BR'])).to.equal('pt-BR');
  });

  it('loads a language on demand and resolves the region to it', async () => {
    expect(await loadLocale('de-AT')).to.equal('de');
    const s = createSession({ device: 'shokz-openrun', locale: 'de-AT', today: TODAY });
    expect(s.locale).to.equal('de');
    expect(s.current.title).to.equal(kbDe.questions!.safety!.title);
    const action = s.answer('wet').current;
    expect(action.options.map((o) => o.label)).to.deep.equal([coreDe.actionOptions.fixed, coreDe.actionOptions['not-fixed'], coreDe.actionOptions.skip]);
  });

  it('has every message of every shipped language (a missing one fails here and in tsc)', () => {
    const core = stringPaths(coreEn).sort();
    for (const [name, messages] of Object.entries({ coreDe, coreEs, coreFr, coreAr })) expect(stringPaths(messages).sort(), name).to.deep.equal(core);
    const ui = stringPaths(uiEn).filter((p) => !/\.(zero|one|two|few|many)$/.test(p));
    for (const [name, messages] of Object.entries({ uiDe, uiEs, uiFr, uiAr })) {
      expect(stringPaths(messages).filter((p) => !/\.(zero|one|two|few|many)$/.test(p)).sort(), name).to.deep.equal(ui.sort());
    }
    const kb = stringPaths(englishKnowledgeBaseWords(defaultKnowledgeBase)).sort();
    for (const [name, words] of Object.entries({ kbDe, kbEs, kbFr })) expect(stringPaths(words).sort(), name).to.deep.equal(kb);
  });

  it('keeps every placeholder of the English messages in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}|#/g) ?? []).sort().join(' ');
    const lookup = (messages: unknown, path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], messages) as string;
    for (const [english, others] of [
      [coreEn, [coreDe, coreEs, coreFr, coreAr]],
      [uiEn, [uiDe, uiEs, uiFr, uiAr]],
    ] as const) {
      for (const path of stringPaths(english)) {
        for (const messages of others) {
          const translated = lookup(messages, path);
          // Plural forms for one or two may leave the number out ("a minute"); the others keep it.
          if (/\.(one|two|zero)$/.test(path) || translated === undefined) continue;
          expect(placeholders(translated), path).to.equal(placeholders(lookup(english, path)));
        }
      }
    }
  });

  for (const locale of ['de', 'es', 'fr']) {
    it(`leaves no English in a full walk in ${locale}, for every device and cause`, async () => {
      await loadLocale(locale);
      const brandNames = new Set(defaultKnowledgeBase.devices.filter((d) => !d.id.startsWith('generic-')).map((d) => `${d.brand} ${d.name}`));
      let prompts = 0;
      const compare = (session: Session) => {
        const english = restoreSession(session.snapshot(), { locale: 'en' });
        expect(english.current.id).to.equal(session.current.id);
        const [ours, theirs] = [wordsOf(session.current), wordsOf(english.current)];
        ours.forEach((text, i) => {
          if (brandNames.has(text)) return; // "Shokz OpenRun" is the same in every language
          expect(text, `${locale} ${session.current.id}: still English`).to.not.equal(theirs[i]);
        });
        prompts++;
      };
      for (const device of defaultKnowledgeBase.devices) {
        for (const cause of defaultKnowledgeBase.causes.filter((c) => (device.priors[c.id] ?? 0) > 0)) {
          // Without a purchase date, so hardware causes reach the age question too.
          let session = createSession({ locale, today: TODAY });
          compare(session);
          session = session.answer(device.id);
          for (let i = 0; i < 40; i++) {
            compare(session);
            if (session.current.kind === 'result') break;
            session = session.answer(session.current.id === 'age' ? 'warranty' : truthfulAnswer(defaultKnowledgeBase, cause.id, session));
          }
        }
      }
      expect(prompts).to.be.greaterThan(500);
    });
  }

  it('writes the summary in the session’s language with its date format', async () => {
    await loadLocale('de');
    let s = createSession({ device: 'soundcore-boost', purchaseDate: '2026-01-15', today: TODAY, locale: 'de' });
    s = s.answer('danger');
    const summary = s.summary();
    expect(summary).to.contain(`${coreDe.summary.purchased}: 15. Januar 2026 (2026-01-15)`);
    expect(summary).to.contain(coreDe.summary.heading);
    expect(summary).to.contain(`1. ${kbDe.questions!.safety!.title} → ${kbDe.questions!.safety!.options!.danger!.label}`);
    expect(summary).to.match(/\(\d+\u00a0%\)/); // German percent format, with its no-break space
  });

  it('switches the language of a saved session without losing it', async () => {
    await loadLocale('fr');
    const s = createSession({ device: 'shokz-openrun', today: TODAY }).answer('none').answer('suddenly');
    const french = restoreSession(JSON.parse(JSON.stringify(s.snapshot())), { locale: 'fr' });
    expect(french.history).to.deep.equal(s.history);
    expect(french.current.id).to.equal(s.current.id);
    expect(french.locale).to.equal('fr');
    expect(french.snapshot().locale).to.equal('fr');
    expect(french.current.title).to.not.equal(s.current.title);
  });

  it('uses a custom knowledge base’s own translations, with English engine words where none ship', () => {
    const kb: KnowledgeBase = {
      ...tinyKnowledgeBase(),
      translations: {
        it: {
          causes: { x: { label: 'Causa X' } },
          actions: { 'fix-x': { title: 'Ripara X', steps: ['Passo di X'] } },
          devices: { gadget: { brand: 'Acme', name: 'aggeggio' } },
        },
      },
    };
    const s = createSession({ knowledgeBase: kb, device: 'gadget', locale: 'it-IT', today: TODAY, purchaseDate: TODAY });
    expect(s.current.title).to.equal('Ripara X');
    expect(s.current.kind === 'action' && s.current.steps).to.deep.equal(['Passo di X']);
    expect(s.current.options[0]!.label).to.equal('It’s charging now'); // Italian engine words are not shipped
    expect(s.answer('fixed').summary()).to.contain('Device: Acme aggeggio (gadget)');
  });

  it('validates translations: known ids, matching list lengths, language tags', () => {
    const kb = clone(tinyKnowledgeBase()) as KnowledgeBase;
    kb.translations = {
      de: { actions: { nope: { title: 'Nein' }, 'fix-x': { steps: ['Eins', 'Zwei'] } }, questions: { ghost: {} } },
      'not a tag': {},
    };
    try {
      validateKnowledgeBase(kb);
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(KnowledgeBaseError);
      const paths = (error as KnowledgeBaseError).problems.map((p) => `${p.path}: ${p.message}`);
      expect(paths).to.include('translations["not a tag"]: "not a tag" is not a language tag such as "de" or "fr-CA"');
      expect(paths).to.include('translations.de.actions.nope: unknown action "nope"');
      expect(paths).to.include('translations.de.actions.fix-x.steps: has 2 steps; the original has 1');
      expect(paths).to.include('translations.de.questions.ghost: unknown question "ghost"');
    }
  });
});
