import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, withChromiumOrExit } from './scripts/chromium.mjs';

// Only what needs a DOM runs here; the pure-logic tests run under `node --test` (npm run test:node).
const { executablePath, args, headless } = await withChromiumOrExit(findChromium);

export default {
  files: ['tests/components/**/*.test.ts', 'tests/embedding/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Tests run on 127.0.0.1 only; nothing is fetched from elsewhere.
  hostname: '127.0.0.1',
  // esnext: an older target strips the `with { type: 'json' }` the language files import their words with.
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args, headless } })],
  testFramework: { config: { timeout: 20000 } },
};
