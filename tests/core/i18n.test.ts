import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar as uiAr } from '../../dist/components/locales/ar.js';
import { de as uiDe } from '../../dist/components/locales/de.js';
import { en as uiEn } from '../../dist/components/locales/en.js';
import { es as uiEs } from '../../dist/components/locales/es.js';
import { fr as uiFr } from '../../dist/components/locales/fr.js';
import {
  createSession,
  defaultKnowledgeBase,
  type KnowledgeBase,
  KnowledgeBaseError,
  loadLocale,
  matchLocale,
  type Prompt,
  restoreSession,
  type Session,
  validateKnowledgeBase,
} from '../../dist/core/index.js';
import { ar as coreAr } from '../../dist/core/locales/ar.js';
import { de as coreDe } from '../../dist/core/locales/de.js';
import { en as coreEn } from '../../dist/core/locales/en.js';
import { es as coreEs } from '../../dist/core/locales/es.js';
import { fr as coreFr } from '../../dist/core/locales/fr.js';
import { de as kbDe } from '../../dist/knowledge-base/translations/de.js';
import { es as kbEs } from '../../dist/knowledge-base/translations/es.js';
import { fr as kbFr } from '../../dist/knowledge-base/translations/fr.js';
import { assertContains, clone, tinyKnowledgeBase } from './fixtures.js';
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
    actions: pick(
      kb.actions.map((a) => [
        a.id,
        {
          title: a.title,
          steps: a.steps,
          variants: a.variants?.map((v) => ({ title: v.title, steps: v.steps })),
          whenSkipped: a.whenSkipped && { note: a.whenSkipped.note },
        },
      ]),
    ),
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
    legalRights: pick(Object.entries(kb.legalRights ?? {}).map(([region, rights]) => [region, { name: rights.name }])),
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
    assert.equal(s.locale, 'en');
    assert.equal(s.current.title, 'First, a safety check: is any of this happening?');
  });

  it('matches language tags: exact, then the language alone, then English', () => {
    assert.equal(matchLocale('de-AT'), 'de');
    assert.equal(matchLocale('FR-ca'), 'fr');
    assert.equal(matchLocale(['it', 'es-MX']), 'es');
    assert.equal(matchLocale('ja'), 'en');
    assert.equal(matchLocale(undefined), 'en');
    assert.equal(matchLocale('pt-BR', ['pt', 'pt-BR']), 'pt-BR');
  });

  it('loads a language on demand and resolves the region to it', async () => {
    assert.equal(await loadLocale('de-AT'), 'de');
    const s = createSession({ device: 'shokz-openrun', locale: 'de-AT', today: TODAY });
    assert.equal(s.locale, 'de');
    assert.equal(s.current.title, kbDe.questions!.safety!.title);
    const action = s.answer('wet').current;
    assert.deepEqual(
      action.options.map((o) => o.label),
      [coreDe.actionOptions.fixed, coreDe.actionOptions['not-fixed'], coreDe.actionOptions.skip],
    );
  });

  it('has every message of every shipped language (a missing one fails here and in tsc)', () => {
    const core = stringPaths(coreEn).sort();
    for (const [name, messages] of Object.entries({ coreDe, coreEs, coreFr, coreAr }))
      assert.deepEqual(stringPaths(messages).sort(), core, name);
    const ui = stringPaths(uiEn).filter((p) => !/\.(zero|one|two|few|many)$/.test(p));
    for (const [name, messages] of Object.entries({ uiDe, uiEs, uiFr, uiAr })) {
      assert.deepEqual(
        stringPaths(messages)
          .filter((p) => !/\.(zero|one|two|few|many)$/.test(p))
          .sort(),
        ui.sort(),
        name,
      );
    }
    const kb = stringPaths(englishKnowledgeBaseWords(defaultKnowledgeBase)).sort();
    for (const [name, words] of Object.entries({ kbDe, kbEs, kbFr })) assert.deepEqual(stringPaths(words).sort(), kb, name);
  });

  it('keeps every placeholder of the English messages in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}|#/g) ?? []).sort().join(' ');
    const lookup = (messages: unknown, path: string) =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], messages) as string;
    for (const [english, others] of [
      [coreEn, [coreDe, coreEs, coreFr, coreAr]],
      [uiEn, [uiDe, uiEs, uiFr, uiAr]],
    ] as const) {
      for (const path of stringPaths(english)) {
        for (const messages of others) {
          const translated = lookup(messages, path);
          // Plural forms for one or two may leave the number out ("a minute"); the others keep it.
          if (/\.(one|two|zero)$/.test(path) || translated === undefined) continue;
          assert.equal(placeholders(translated), placeholders(lookup(english, path)), path);
        }
      }
    }
  });

  for (const locale of ['de', 'es', 'fr']) {
    it(`leaves no English in a full walk in ${locale}, for every device and cause`, async () => {
      await loadLocale(locale);
      const brandNames = new Set(
        defaultKnowledgeBase.devices.filter((d) => !d.id.startsWith('generic-')).map((d) => `${d.brand} ${d.name}`),
      );
      let prompts = 0;
      const compare = (session: Session) => {
        const english = restoreSession(session.snapshot(), { locale: 'en' });
        assert.equal(english.current.id, session.current.id);
        const [ours, theirs] = [wordsOf(session.current), wordsOf(english.current)];
        ours.forEach((text, i) => {
          if (brandNames.has(text)) return; // "Shokz OpenRun" is the same in every language
          assert.notEqual(text, theirs[i], `${locale} ${session.current.id}: still English`);
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
      assert.ok(prompts > 500, `only ${prompts} prompts compared`);
    });
  }

  it('writes the summary in the session’s language with its date format', async () => {
    await loadLocale('de');
    let s = createSession({ device: 'soundcore-boost', purchaseDate: '2026-01-15', today: TODAY, locale: 'de' });
    s = s.answer('danger');
    const summary = s.summary();
    assertContains(summary, `${coreDe.summary.purchased}: 15. Januar 2026 (2026-01-15)`);
    assertContains(summary, coreDe.summary.heading);
    assertContains(summary, `1. ${kbDe.questions!.safety!.title} → ${kbDe.questions!.safety!.options!.danger!.label}`);
    assert.match(summary, /\(\d+\u00a0%\)/); // German percent format, with its no-break space
  });

  it('switches the language of a saved session without losing it', async () => {
    await loadLocale('fr');
    const s = createSession({ device: 'shokz-openrun', today: TODAY }).answer('none').answer('suddenly');
    const french = restoreSession(JSON.parse(JSON.stringify(s.snapshot())), { locale: 'fr' });
    assert.deepEqual(french.history, s.history);
    assert.equal(french.current.id, s.current.id);
    assert.equal(french.locale, 'fr');
    assert.equal(french.snapshot().locale, 'fr');
    assert.notEqual(french.current.title, s.current.title);
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
    assert.equal(s.current.title, 'Ripara X');
    assert.deepEqual(s.current.kind === 'action' && s.current.steps, ['Passo di X']);
    assert.equal(s.current.options[0]!.label, 'It’s charging now'); // Italian engine words are not shipped
    assertContains(s.answer('fixed').summary(), 'Device: Acme aggeggio (gadget)');
  });

  it('validates translations: known ids, matching list lengths, language tags', () => {
    const kb = clone(tinyKnowledgeBase()) as KnowledgeBase;
    kb.translations = {
      de: { actions: { nope: { title: 'Nein' }, 'fix-x': { steps: ['Eins', 'Zwei'] } }, questions: { ghost: {} } },
      'not a tag': {},
    };
    try {
      validateKnowledgeBase(kb);
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof KnowledgeBaseError, `expected a KnowledgeBaseError, got ${String(error)}`);
      const paths = (error as KnowledgeBaseError).problems.map((p) => `${p.path}: ${p.message}`);
      const listed = `in ${JSON.stringify(paths, null, 2)}`;
      assert.ok(paths.includes('translations["not a tag"]: "not a tag" is not a language tag such as "de" or "fr-CA"'), listed);
      assert.ok(paths.includes('translations.de.actions.nope: unknown action "nope"'), listed);
      assert.ok(paths.includes('translations.de.actions.fix-x.steps: has 2 steps; the original has 1'), listed);
      assert.ok(paths.includes('translations.de.questions.ghost: unknown question "ghost"'), listed);
    }
  });
});
