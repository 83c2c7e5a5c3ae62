import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  english as coreEnglish,
  createSession,
  type KnowledgeBase,
  KnowledgeBaseError,
  type Locale,
  loadLocale,
  matchLocale,
  type Prompt,
  restoreSession,
  type Session,
  SHIPPED_LOCALES,
  validateKnowledgeBase,
} from '../../src/core/index.js';
import { validateTranslation } from '../../src/core/internal.js';
import { BUILT_IN_TRANSLATIONS, defaultKnowledgeBase, loadKnowledgeBase, loadTranslation } from '../../src/knowledge-base/index.js';
import { english } from '../../src/locales/en.js';
import { assertContains, builtIn, clone, tinyKnowledgeBase, translatedKnowledgeBase } from './fixtures.js';
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
  const pick = <T>(entries: [string, T][]) => Object.fromEntries(entries);
  return {
    causes: pick(kb.causes.map((c) => [c.id, { label: c.label }])),
    actions: pick(
      kb.actions.map((a) => [
        a.id,
        {
          title: a.title,
          steps: a.steps,
          variants: a.variants && pick(a.variants.map((v) => [v.id, { title: v.title, steps: v.steps, needs: v.needs }])),
          whenSkipped: a.whenSkipped && { note: a.whenSkipped.note },
          needs: a.needs && { part: a.needs.part, borrow: a.needs.borrow },
        },
      ]),
    ),
    questions: pick(
      kb.questions.map((q) => [
        q.id,
        {
          title: q.title,
          body: q.body,
          links: q.links && pick(q.links.map((l) => [l.id, l.label])),
          options: pick(
            q.options.map((o) => [
              o.id,
              { label: o.label, note: o.note, steps: o.steps, links: o.links && pick(o.links.map((l) => [l.id, l.label])) },
            ]),
          ),
          variants: q.variants && pick(q.variants.map((v) => [v.id, { title: v.title, body: v.body }])),
        },
      ]),
    ),
    devices: pick(kb.devices.map((d) => [d.id, { brand: d.brand, name: d.name, serialNumber: d.serialNumber }])),
    legalRights: pick(Object.entries(kb.legalRights ?? {}).map(([region, rights]) => [region, { name: rights.name }])),
    images: pick(Object.entries(kb.images ?? {}).map(([id, image]) => [id, { alt: image.alt }])),
  };
}

/** All words a shopper reads in a prompt, in a fixed order. */
function wordsOf(prompt: Prompt): string[] {
  const words = [prompt.title, ...prompt.options.map((o) => o.label)];
  if (prompt.kind === 'question' && prompt.body) words.push(prompt.body);
  if (prompt.kind === 'question') words.push(...(prompt.links ?? []).map((link) => link.label));
  if (prompt.kind === 'action') words.push(...prompt.steps);
  if (prompt.kind !== 'result' && prompt.image) words.push(prompt.image.alt);
  if (prompt.kind === 'result') {
    words.push(
      prompt.body,
      ...prompt.steps,
      ...prompt.afterSteps,
      ...prompt.causes.map((c) => c.label),
      ...prompt.links.map((l) => l.label),
    );
    if (prompt.claim) words.push(...prompt.claim.ready, ...(prompt.claim.label ? [prompt.claim.label] : []));
  }
  return words;
}

const shipped = async (): Promise<Locale[]> => Promise.all(SHIPPED_LOCALES.map((tag) => loadLocale(tag)));
/** The built-in knowledge base's words in a language, as a session reads them. */
const wordsIn = (locale: Locale) => translatedKnowledgeBase.translations![locale.tag] as Record<string, unknown>;
/** Every shipped language but English: the built-in knowledge base is translated into each. */
const translated = SHIPPED_LOCALES.filter((tag) => tag !== 'en');

describe('localization of the core', () => {
  it('speaks English unless it is given a language, and a language is a value, never a tag', () => {
    const s = builtIn({ device: 'shokz-openrun', today: TODAY });
    assert.equal(s.locale, 'en');
    assert.equal(s.current.title, 'Safety check first');
    assert.throws(
      () => builtIn({ device: 'shokz-openrun', today: TODAY, locale: 'de' as never }),
      (error: Error) => {
        assert.ok(error instanceof TypeError);
        assertContains(error.message, 'await loadLocale("de")');
        return true;
      },
    );
  });

  it('matches language tags: exact, then the language alone, then English', () => {
    assert.equal(matchLocale('de-AT'), 'de');
    assert.equal(matchLocale('FR-ca'), 'fr');
    assert.equal(matchLocale(['it', 'es-MX']), 'es');
    assert.equal(matchLocale('ja'), 'en');
    assert.equal(matchLocale(undefined), 'en');
    assert.equal(matchLocale('pt-BR', ['pt', 'pt-BR']), 'pt-BR');
  });

  it('loads a language as a value, resolving the region to it, and refuses one it does not ship', async () => {
    const de = await loadLocale('de-AT');
    assert.equal(de.tag, 'de');
    assert.equal(await loadLocale('en'), english);
    assert.deepEqual(coreEnglish, { tag: 'en', core: english.core }, 'the core’s English has no UI words');
    const s = builtIn({ device: 'shokz-openrun', locale: de, today: TODAY });
    assert.equal(s.locale, 'de');
    const kbDe = wordsIn(de) as { questions: Record<string, { title: string }> };
    assert.equal(s.current.title, kbDe.questions.safety!.title);
    const action = s.answer('wet').current;
    assert.deepEqual(
      action.options.map((o) => o.label),
      [de.core.actionOptions.fixed, de.core.actionOptions['not-fixed'], de.core.actionOptions.skip],
    );
    await assert.rejects(loadLocale('ja'), (error: Error) => error instanceof RangeError && error.message.includes('en, de, es, fr, ar'));
  });

  it('switches a session’s language without replaying it: same state, history and step', async () => {
    const fr = await loadLocale('fr');
    const s = builtIn({ device: 'shokz-openrun', today: TODAY }).answer('none').answer('suddenly');
    const french = s.withLocale(fr);
    assert.equal(french.state, s.state);
    assert.equal(french.history, s.history);
    assert.equal(french.current.id, s.current.id);
    assert.notEqual(french.current.title, s.current.title);
    assert.equal(french.back().locale, 'fr');
    assert.equal(french.back().current.id, s.back().current.id);
  });

  it('has every message of every shipped language (a missing one fails here and in tsc)', async () => {
    const languages = await shipped();
    const pluralsLeftOut = (paths: string[]) => paths.filter((p) => !/\.(zero|one|two|few|many)$/.test(p)).sort();
    const core = stringPaths(english.core).sort();
    const ui = pluralsLeftOut(stringPaths(english.ui));
    for (const language of languages) {
      assert.deepEqual(stringPaths(language.core).sort(), core, language.tag);
      assert.deepEqual(pluralsLeftOut(stringPaths(language.ui)), ui, language.tag);
    }
    const kb = stringPaths(englishKnowledgeBaseWords(defaultKnowledgeBase)).sort();
    for (const language of languages.filter((l) => l.tag !== 'en')) {
      assert.deepEqual(stringPaths(wordsIn(language)).sort(), kb, language.tag);
      assert.equal(validateTranslation(defaultKnowledgeBase, await loadTranslation(language.tag)).language, language.tag);
    }
  });

  it('keeps every placeholder of the English messages in every language', async () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}|#/g) ?? []).sort().join(' ');
    const lookup = (messages: unknown, path: string) =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], messages) as string;
    for (const language of await shipped()) {
      for (const part of ['core', 'ui'] as const) {
        for (const path of stringPaths(english[part])) {
          const translated = lookup(language[part], path);
          // Plural forms for one or two may leave the number out ("a minute"); the others keep it.
          if (/\.(one|two|zero)$/.test(path) || translated === undefined) continue;
          assert.equal(placeholders(translated), placeholders(lookup(english[part], path)), `${language.tag} ${part}.${path}`);
        }
      }
    }
  });

  for (const locale of translated) {
    it(`leaves no English in a full walk in ${locale}, for every device and cause`, async () => {
      const language = await loadLocale(locale);
      const brandNames = new Set(
        defaultKnowledgeBase.devices.filter((d) => !d.id.startsWith('generic-')).map((d) => `${d.brand} ${d.name}`),
      );
      let prompts = 0;
      const compare = (session: Session) => {
        const inEnglish = session.withLocale(coreEnglish);
        assert.equal(inEnglish.current.id, session.current.id);
        const [ours, theirs] = [wordsOf(session.current), wordsOf(inEnglish.current)];
        ours.forEach((text, i) => {
          if (brandNames.has(text)) return; // "Shokz OpenRun" is the same in every language
          assert.notEqual(text, theirs[i], `${locale} ${session.current.id}: still English`);
        });
        prompts++;
      };
      for (const device of defaultKnowledgeBase.devices) {
        for (const cause of defaultKnowledgeBase.causes.filter((c) => (device.priors[c.id] ?? 0) > 0)) {
          // Without a purchase date, so hardware causes reach the age question too.
          let session = builtIn({ locale: language, today: TODAY });
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
    const de = await loadLocale('de');
    const kbDe = wordsIn(de) as { questions: Record<string, { title: string; options: Record<string, { label: string }> }> };
    let s = builtIn({ device: 'soundcore-boost', purchaseDate: '2026-01-15', today: TODAY, locale: de });
    s = s.answer('danger');
    const summary = s.summary();
    assertContains(summary, `${de.core.summary.purchased}: 15. Januar 2026 (2026-01-15)`);
    assertContains(summary, de.core.summary.heading);
    assertContains(summary, `1. ${kbDe.questions.safety!.title} → ${kbDe.questions.safety!.options.danger!.label}`);
    assert.match(summary, /, \d+\u00a0%\)/); // German percent format, with its no-break space
  });

  it('restores a saved session in another language, and asks for the language it was saved in', async () => {
    const fr = await loadLocale('fr');
    const s = builtIn({ device: 'shokz-openrun', today: TODAY }).answer('none').answer('suddenly');
    const french = restoreSession(JSON.parse(JSON.stringify(s.snapshot())), { knowledgeBase: translatedKnowledgeBase, locale: fr });
    assert.deepEqual(french.history, s.history);
    assert.equal(french.current.id, s.current.id);
    assert.equal(french.locale, 'fr');
    assert.equal(french.snapshot().locale, 'fr');
    assert.notEqual(french.current.title, s.current.title);
    assert.throws(() => restoreSession(french.snapshot(), { knowledgeBase: translatedKnowledgeBase }), {
      message: 'Cannot restore session: it speaks "fr"; pass locale: await loadLocale("fr")',
    });
  });

  it('uses a custom knowledge base’s own translations; its engine words are the locale’s', () => {
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
    // No Italian engine words ship: the page says so by giving English ones under the Italian tag.
    const s = createSession({
      knowledgeBase: kb,
      device: 'gadget',
      locale: { ...coreEnglish, tag: 'it-IT' },
      today: TODAY,
      purchaseDate: TODAY,
    });
    assert.equal(s.current.title, 'Ripara X');
    assert.deepEqual(s.current.kind === 'action' && s.current.steps, ['Passo di X']);
    assert.equal(s.current.options[0]!.label, 'It’s charging now');
    assertContains(s.answer('fixed').summary(), 'Device: Acme aggeggio\n');
  });

  it('validates translations: known ids, matching list lengths, language tags', () => {
    const kb = clone(tinyKnowledgeBase()) as KnowledgeBase;
    kb.translations = {
      de: { actions: { nope: { title: 'Nein' }, 'fix-x': { steps: ['Eins', 'Zwei'], variants: { ghost: {} } } }, questions: { ghost: {} } },
      'not a tag': {},
      'en-a1': {},
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
      assert.ok(paths.includes('translations.de.actions.fix-x.variants.ghost: unknown variant "ghost"'), listed);
      assert.ok(paths.includes('translations.en-a1: "en-a1" is not a language tag such as "de" or "fr-CA"'), listed);
    }
  });

  it('keeps languages and the knowledge base’s translations apart: a language carries no knowledge base’s words', async () => {
    for (const language of await shipped()) {
      assert.deepEqual(Object.keys(language).sort(), ['core', 'tag', 'ui'], language.tag);
    }
    // The built-in knowledge base alone speaks English only; with its translation, the language.
    const german = await loadLocale('de');
    assert.throws(() => createSession({ knowledgeBase: defaultKnowledgeBase, locale: german }), /no text in "de"/);
    // Nor does a session switch to it: never the knowledge base's English under German words.
    const inEnglish = createSession({ knowledgeBase: defaultKnowledgeBase, device: 'shokz-openrun' });
    assert.throws(() => inEnglish.withLocale(german), { name: 'RangeError', message: /no text in "de"/ });
    const inGerman = createSession({ knowledgeBase: await loadKnowledgeBase('de-AT'), locale: german, device: 'shokz-openrun' });
    assert.equal(inGerman.current.title, (await loadTranslation('de')).questions!.safety!.title);
    assert.equal(await loadKnowledgeBase('en'), defaultKnowledgeBase);
    await assert.rejects(loadKnowledgeBase('de', 'it'), (error: Error) => error instanceof RangeError && error.message.includes('"it"'));
  });

  it('takes every language list from SHIPPED_LOCALES: the locale files, the translations, the launcher’s labels', async () => {
    const files = (folder: string, extension: string) =>
      readdirSync(new URL(`../../src/${folder}/`, import.meta.url))
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length));
    const { launcherLabels } = await import('../../src/locales/launcher-labels.js');
    assert.deepEqual(Object.keys(launcherLabels).sort(), [...SHIPPED_LOCALES].sort());
    assert.deepEqual(files('knowledge-base/translations', '.json').sort(), [...BUILT_IN_TRANSLATIONS].sort());
    assert.deepEqual([...BUILT_IN_TRANSLATIONS], translated);
    // Every locale file but the shared ones is a language, and a shipped one.
    const shared = new Set(['index', 'types', 'match', 'launcher-labels', 'en-core']);
    assert.deepEqual(
      files('locales', '.ts')
        .filter((name) => !shared.has(name))
        .sort(),
      [...SHIPPED_LOCALES].sort(),
    );
  });
});
