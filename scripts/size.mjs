// Prints the minified, gzip -9 and brotli sizes of the built bundles (npm run build first):
//   npm run size
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LANGUAGES_ON_DEMAND, languageBundleName } from './rollup-only-languages.mjs';

/** The classic scripts of one language each: English alone, or English and one other. */
export const LANGUAGE_BUNDLES = Object.fromEntries(
  ['en', ...LANGUAGES_ON_DEMAND].map((tag) => [
    tag === 'en' ? 'CDN IIFE, English only' : `CDN IIFE, English and ${tag}`,
    `dist/cdn/${languageBundleName(tag)}`,
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
  for (const [name, file] of Object.entries(BUNDLES)) rows.push({ bundle: name, file, ...(await measure(file)) });
  console.table(rows);
}
