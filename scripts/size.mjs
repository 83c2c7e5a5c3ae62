// Prints the minified, gzip -9 and brotli sizes of the built bundles (npm run build first):
//   npm run size
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUILT_IN_TRANSLATIONS, LANGUAGES_ON_DEMAND, languageBundleName, SHIPPED_LOCALES } from './rollup-only-languages.mjs';

/** The classic scripts of one language each: English alone, or English and one other. */
export const LANGUAGE_BUNDLES = Object.fromEntries(
  SHIPPED_LOCALES.map((tag) => [
    tag === 'en' ? 'CDN IIFE, English only' : `CDN IIFE, English and ${tag}`,
    `dist/cdn/${languageBundleName(tag)}`,
  ]),
);

/** The ES module's chunk of one language (its name has a content hash): what any shop speaking it downloads. */
export function languageChunk(tag) {
  const name = readdirSync('dist/cdn').find((file) => new RegExp(`^charge-troubleshooter-${tag}-[\\w-]+\\.js$`).test(file));
  if (name === undefined) throw new Error(`no language chunk for ${tag} in dist/cdn`);
  return `dist/cdn/${name}`;
}

/** Per language: the words every shop downloads, and the built-in knowledge base's translation, downloaded only with it. */
export const LANGUAGE_FILES = () =>
  Object.fromEntries(
    LANGUAGES_ON_DEMAND.flatMap((tag) => [
      [`language ${tag} (ES module chunk)`, languageChunk(tag)],
      ...(BUILT_IN_TRANSLATIONS.includes(tag) ? [[`built-in knowledge base in ${tag}`, `dist/cdn/translations/${tag}.json`]] : []),
    ]),
  );

export const BUNDLES = {
  'CDN ES module': 'dist/cdn/charge-troubleshooter.js',
  'CDN launcher entry': 'dist/cdn/charge-troubleshooter-launcher.js',
  'CDN IIFE, every language': 'dist/cdn/charge-troubleshooter.iife.js',
  ...LANGUAGE_BUNDLES,
  'core (no knowledge base)': 'dist/cdn/charge-troubleshooter-core.js',
  'built-in knowledge base': 'dist/cdn/knowledge-base.json',
};

export async function measure(file) {
  const code = await readFile(file);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const [name, file] of Object.entries({ ...BUNDLES, ...LANGUAGE_FILES() }))
    rows.push({ bundle: name, file, ...(await measure(file)) });
  console.table(rows);
}
