import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The npm build is tsc's unbundled ES modules (tsconfig.build.json). Rollup makes the
// self-contained, minified drop-in files under dist/cdn/.
const typescriptForBundles = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', noEmit: false, declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: true },
  });

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 } });

export default [
  {
    // The drop-in module: the elements with Lit, the core and the built-in knowledge base.
    input: 'src/index.ts',
    output: { file: 'dist/cdn/charge-troubleshooter.js', format: 'es', sourcemap: true },
    plugins: [resolve(), typescriptForBundles(), minify()],
  },
  {
    // The same for a classic <script>: it registers the elements and exposes nothing global.
    input: 'src/register.ts',
    output: { file: 'dist/cdn/charge-troubleshooter.iife.js', format: 'iife', sourcemap: true },
    plugins: [resolve(), typescriptForBundles(), terser({ ecma: 2022, compress: { passes: 2 } })],
  },
  {
    // The core with the default knowledge base: what an app pays for `charge-troubleshooter/core`.
    input: 'src/core/index.ts',
    output: { file: 'dist/cdn/charge-troubleshooter-core.js', format: 'es', sourcemap: true },
    plugins: [resolve(), typescriptForBundles(), minify()],
  },
];
