import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from './scripts/chromium.mjs';

// Debian's Chromium, found at /usr/bin/chromium by the launcher; CHROME_PATH overrides.

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  rootDir: '.',
  // Tests run on 127.0.0.1 only; nothing is fetched from elsewhere.
  hostname: '127.0.0.1',
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [chromeLauncher({ launchOptions: { args: CHROMIUM_FLAGS } })],
  testFramework: { config: { timeout: 20000 } },
};
