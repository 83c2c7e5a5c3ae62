// Per-language classic-script bundles. A classic script holds everything it can speak, so each
// dist/cdn/charge-troubleshooter.<tag>.iife.js keeps English (the widget's own language) and <tag>,
// and leaves the other languages' dynamic imports out of the bundle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The module whose dynamic imports are the shipped languages, one `import('./<tag>.js')` each. */
const LOCALE_LOADERS = fileURLToPath(new URL('../src/locales/index.ts', import.meta.url));

const languageImport = /import\((['"])\.\/([\w-]+)\.js\1\)/g;

/** The languages loaded on demand (every shipped one but English), read from their imports. */
export const LANGUAGES_ON_DEMAND = [...readFileSync(LOCALE_LOADERS, 'utf8').matchAll(languageImport)].map((match) => match[2]);
if (LANGUAGES_ON_DEMAND.length === 0) throw new Error(`no import('./<tag>.js') in ${LOCALE_LOADERS}: where did the languages go?`);

/** The classic-script bundle with English and `tag` ('en': English only). */
export const languageBundleName = (tag) => `charge-troubleshooter.${tag}.iife.js`;

/**
 * Keeps only `tag`'s language import (none for 'en'). Each other one becomes a rejection that names
 * the bundles having it, so asking for it stays an error (the widget's error state), never English.
 */
export function onlyLanguage(tag) {
  if (tag !== 'en' && !LANGUAGES_ON_DEMAND.includes(tag)) throw new Error(`${tag} is not a shipped language`);
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
      const kept = code.replace(languageImport, (call, _quote, other) => {
        if (other === tag) return call;
        const message = `The language "${other}" is not in ${languageBundleName(tag)}, which has ${inside}: use ${languageBundleName(other)} or charge-troubleshooter.iife.js (every language).`;
        return `Promise.reject(new RangeError(${JSON.stringify(message)}))`;
      });
      // Same lines as before, so the source map still points at the right ones.
      return { code: kept, map: null };
    },
    buildEnd(error) {
      // Unseen, every language would be inside: a bundle that says it has one language must not.
      if (!error && !seen) this.error(`${LOCALE_LOADERS} was not in the build, so ${languageBundleName(tag)} would carry every language`);
    },
  };
}
