import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyCssInStyleModules from './scripts/minify-css.mjs';
import { BUILT_IN_TRANSLATIONS, LANGUAGES_ON_DEMAND, languageBundleName, onlyLanguage } from './scripts/rollup-only-languages.mjs';

// The npm build is tsc's unbundled ES modules (tsconfig.build.json). Rollup makes the
// self-contained, minified drop-in files under dist/cdn/.
const typescriptForBundles = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: {
      module: 'ESNext',
      moduleResolution: 'Bundler',
      noEmit: false,
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
      sourceMap: true,
      // `tsc -p tsconfig.build.json` has type-checked all of it just before: seven bundles need not again.
      noCheck: true,
    },
  });

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 } });

/** Fields for authors only: shoppers' browsers need not download them. */
const AUTHORS_ONLY = new Set(['source', '$comment', '$schema']);

/**
 * The built-in knowledge base beside the module, as the widget's default `src`, and its translations
 * in translations/<tag>.json beside it (fetched only by a widget that uses it and speaks the language),
 * without the notes that are for authors only (sources, comments).
 */
const knowledgeBaseBesideTheModule = () => ({
  name: 'knowledge-base-beside-the-module',
  generateBundle() {
    const files = ['knowledge-base.json', ...BUILT_IN_TRANSLATIONS.map((tag) => `translations/${tag}.json`)];
    for (const fileName of files) {
      const data = JSON.parse(readFileSync(`src/knowledge-base/${fileName}`, 'utf8'));
      const shipped = JSON.stringify(data, (key, value) => (AUTHORS_ONLY.has(key) ? undefined : value));
      this.emitFile({ type: 'asset', fileName, source: shipped });
    }
  },
});

// Languages other than English, and the validator (for a knowledge base from outside), are separate chunks
// beside the entry, loaded only when needed.
const esOutput = (entry, prefix) => ({
  dir: 'dist/cdn',
  format: 'es',
  sourcemap: true,
  entryFileNames: entry,
  chunkFileNames: `${prefix}-[name]-[hash].js`,
});

/**
 * The core has no side effects (package.json says so for dist/core): a core module none of whose exports
 * a bundle uses is left out, so the widget, which imports the core's public entry, does not carry the
 * validator the entry's `createSession` uses; it loads it as a chunk of its own when it needs it.
 */
const coreIsPure = { treeshake: { moduleSideEffects: (id) => !/[/\\]src[/\\]core[/\\]/.test(id) } };

/** What every bundle of the package's source needs: its dependencies, JSON, minified CSS, TypeScript. */
const sourcePlugins = () => [resolve(), json({ compact: true, preferConst: true }), minifyCssInStyleModules(), typescriptForBundles()];

const minifyClassicScript = () => terser({ ecma: 2022, compress: { passes: 2 } });

// The language chunks share a little with an ES entry (the launcher's labels): let the entry export it
// rather than split into a facade and a second chunk, which would be one more request before the first step.
const sharingWithChunks = { preserveEntrySignatures: 'allow-extension' };

export default [
  {
    // The drop-in module: the elements with Lit, the core, English; the built-in knowledge base beside it.
    input: 'src/index.ts',
    ...sharingWithChunks,
    ...coreIsPure,
    output: esOutput('charge-troubleshooter.js', 'charge-troubleshooter'),
    plugins: [...sourcePlugins(), minify(), knowledgeBaseBesideTheModule()],
  },
  {
    // The same for a classic <script>: it registers the elements and exposes nothing global.
    // A classic script cannot load ES chunks, so every language is inside it.
    input: 'src/register.ts',
    output: { file: 'dist/cdn/charge-troubleshooter.iife.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [...sourcePlugins(), minifyClassicScript()],
  },
  {
    // The launcher entry for product pages: a button, and the module above loaded on intent (src/launcher.ts).
    input: 'src/launcher.ts',
    ...coreIsPure,
    output: { file: 'dist/cdn/charge-troubleshooter-launcher.js', format: 'es', sourcemap: true },
    plugins: [...sourcePlugins(), minify()],
  },
  {
    // The core alone: what an app pays for `charge-troubleshooter/core`.
    input: 'src/core/index.ts',
    ...sharingWithChunks,
    output: esOutput('charge-troubleshooter-core.js', 'charge-troubleshooter-core'),
    plugins: [...sourcePlugins(), minify()],
  },
  // A classic script for one language: English alone, or English and one other (a shop that speaks
  // German pays for German only). Asking one for a language it lacks is an error naming the file that has it.
  ...['en', ...LANGUAGES_ON_DEMAND].map((tag) => ({
    input: 'src/register.ts',
    output: { file: `dist/cdn/${languageBundleName(tag)}`, format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [...sourcePlugins(), onlyLanguage(tag), minifyClassicScript()],
  })),
];
