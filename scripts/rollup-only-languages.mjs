// Per-language classic-script bundles. A classic script holds everything it can speak, so each
// dist/cdn/charge-troubleshooter.<tag>.iife.js keeps English (the widget's own language) and <tag>,
// and leaves the other languages' dynamic imports out of the bundle.
import { fileURLToPath } from 'node:url';
// The one list of languages, from the npm build that `npm run build` makes just before the bundles.
import { BUILT_IN_TRANSLATIONS } from '../dist/knowledge-base/languages.js';
import { SHIPPED_LOCALES } from '../dist/locales/index.js';

export { BUILT_IN_TRANSLATIONS, SHIPPED_LOCALES };

/** The module whose dynamic imports are the shipped languages, one `import('./<tag>.js')` each. */
const LOCALE_LOADERS = fileURLToPath(new URL('../src/locales/index.ts', import.meta.url));

/** The languages loaded on demand by the widget (every shipped one but English, which it carries). */
export const LANGUAGES_ON_DEMAND = SHIPPED_LOCALES.filter((tag) => tag !== 'en');

/** The classic-script bundle with English and `tag` ('en': English only). */
export const languageBundleName = (tag) => `charge-troubleshooter.${tag}.iife.js`;

/**
 * Keeps only `tag`'s language import (and English's). Each other one becomes a rejection that names
 * the bundles having it, so asking for it stays an error (the widget's error state), never English.
 * A shipped language whose import is not found fails the build: it would be in every bundle.
 */
export function onlyLanguage(tag) {
  if (!SHIPPED_LOCALES.includes(tag)) throw new Error(`${tag} is not a shipped language`);
  const inside = tag === 'en' ? 'en' : `en, ${tag}`;
  let seen = false;
  return {
    name: 'only-language',
    buildStart() {
      seen = false;
    },
    transform(code, id) {
      if (id !== LOCALE_LOADERS) return null;
      seen = true;
      let kept = code;
      for (const other of LANGUAGES_ON_DEMAND.filter((other) => other !== tag)) {
        const call = `import('./${other}.js')`;
        if (!kept.includes(call)) this.error(`${LOCALE_LOADERS} has no ${call}: how does it load ${other}?`);
        const message = `The language "${other}" is not in ${languageBundleName(tag)}, which has ${inside}: use ${languageBundleName(other)} or charge-troubleshooter.iife.js (every language).`;
        kept = kept.replace(call, `Promise.reject(new RangeError(${JSON.stringify(message)}))`);
      }
      // Same lines as before, so the source map still points at the right ones.
      return { code: kept, map: null };
    },
    buildEnd(error) {
      // Unseen, every language would be inside: a bundle that says it has one language must not.
      if (!error && !seen) this.error(`${LOCALE_LOADERS} was not in the build, so ${languageBundleName(tag)} would carry every language`);
    },
  };
}
