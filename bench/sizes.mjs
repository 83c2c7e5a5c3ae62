// Size: our bundles and a baseline bundled the same way (node-resolve + terser), in bytes.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { LANGUAGE_BUNDLES, measure } from '../scripts/size.mjs';
import { LAUNCHER_ENTRY } from './launcher.mjs';

const OUT = 'bench/.out';

/** Bundles `input` like the CDN module (resolve + terser, ES2022 module) into bench/.out/`name`. */
export async function bundle(input, name) {
  const build = await rollup({ input, plugins: [resolve()], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 } })] });
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}/${name}`;
  await writeFile(file, output[0].code);
  return file;
}

export async function sizes() {
  const baseline = await bundle('bench/baseline/baseline-walk.js', 'baseline.js');
  const rows = {
    'CDN ES module (the entry)': await measure('dist/cdn/charge-troubleshooter.js'),
    // null when it is not built: the bench says so instead of failing.
    'CDN launcher entry': existsSync(LAUNCHER_ENTRY) ? await measure(LAUNCHER_ENTRY) : null,
    'CDN IIFE (every language inside)': await measure('dist/cdn/charge-troubleshooter.iife.js'),
    ...Object.fromEntries(await Promise.all(Object.entries(LANGUAGE_BUNDLES).map(async ([name, file]) => [name, await measure(file)]))),
    'core entry': await measure('dist/cdn/charge-troubleshooter-core.js'),
    'built-in knowledge base (JSON, fetched beside the module)': await measure('dist/cdn/knowledge-base.json'),
    'baseline: minimal Lit element, 10 steps': await measure(baseline),
  };
  return rows;
}
