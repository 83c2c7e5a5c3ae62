// The browser the tests use is chosen in one place: CHROME_PATH, an installed one, the npm-shipped one.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { findChromium, NoChromiumError } from '../../scripts/chromium.mjs';

test('CHROME_PATH wins over every other browser', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'ct-chrome-'));
  const fake = join(folder, 'chrome');
  await writeFile(fake, '#!/bin/sh\n');
  await chmod(fake, 0o755);
  const found = await findChromium({ CHROME_PATH: fake });
  assert.equal(found.executablePath, fake);
  assert.equal(found.source, 'CHROME_PATH');
  assert.ok(found.args.includes('--headless=new'), found.args.join(' '));
});

test('a CHROME_PATH that is not an executable is one clear error, not a fallback', async () => {
  await assert.rejects(findChromium({ CHROME_PATH: '/no/such/chrome' }), (error) => {
    assert.ok(error instanceof NoChromiumError);
    assert.match(error.message, /CHROME_PATH is set to \/no\/such\/chrome, which is not an executable file/);
    return true;
  });
});

test('without CHROME_PATH a browser is found, and the one that ships with npm keeps the web security model', async () => {
  const found = await findChromium({});
  assert.ok(['installed', '@sparticuz/chromium'].includes(found.source), found.source);
  assert.ok(!found.args.includes('--disable-web-security'), found.args.join(' '));
  assert.ok(!found.args.includes('--allow-running-insecure-content'), found.args.join(' '));
});

test('node scripts/chromium.mjs names the browser, or says in one line what to set', async () => {
  const run = promisify(execFile);
  const ok = await run(process.execPath, ['scripts/chromium.mjs']);
  assert.match(ok.stdout, /^Browser tests use Chromium from (installed|@sparticuz\/chromium): \S+\n$/);
  const failed = await run(process.execPath, ['scripts/chromium.mjs'], { env: { ...process.env, CHROME_PATH: '/no/such/chrome' } }).catch(
    (error) => error,
  );
  assert.equal(failed.code, 1);
  assert.equal(failed.stderr.trim().split('\n').length, 1);
  assert.match(failed.stderr, /CHROME_PATH/);
});

test('an installed browser comes before the npm-shipped one', async () => {
  const found = await findChromium({}, { installed: ['/no/such/chrome', process.execPath], loadPackaged: () => assert.fail('not needed') });
  assert.deepEqual([found.source, found.executablePath], ['installed', process.execPath]);
});

test('with no browser anywhere, the error says which Chrome to install or which variable to set', async () => {
  const unsupported = async () => {
    throw new Error('Unsupported platform: win32 ia32\nat …');
  };
  await assert.rejects(findChromium({}, { installed: ['/no/such/chrome'], loadPackaged: unsupported }), (error) => {
    assert.ok(error instanceof NoChromiumError);
    assert.equal(error.message.split('\n').length, 1);
    assert.match(error.message, /Unsupported platform: win32 ia32\).*install Google Chrome or Chromium, or set CHROME_PATH/);
    return true;
  });
});
