// What `npm pack` ships: the licence the package claims, the changelog, the built files, no tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { promisify } from 'node:util';

const packed = async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout)[0].files.map((file) => file.path);
};

test('the package ships its MIT licence, changelog and README with the built files, and no tests', async () => {
  const files = await packed();
  for (const file of [
    'LICENSE',
    'CHANGELOG.md',
    'README.md',
    'package.json',
    'dist/core/index.js',
    'dist/cdn/charge-troubleshooter.js',
    'dist/custom-elements.json',
  ]) {
    assert.ok(files.includes(file), `${file} is not in the package`);
  }
  assert.deepEqual(
    files.filter((file) => file.startsWith('tests/') || file.startsWith('node_modules/')),
    [],
  );
});

test('the licence file is the MIT licence that package.json names', async () => {
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  const licence = await readFile('LICENSE', 'utf8');
  assert.equal(pkg.license, 'MIT');
  assert.match(licence, /^MIT License\n\nCopyright \(c\) \d{4} /);
  assert.match(licence, /Permission is hereby granted, free of charge, to any person obtaining a copy/);
  assert.match(licence, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
});

test('sideEffects names exactly the modules that register an element, so bundlers may drop every other', async () => {
  const { sideEffects } = JSON.parse(await readFile('package.json', 'utf8'));
  const files = await packed();
  const registering = [];
  for (const file of files.filter((f) => f.startsWith('dist/components/') && f.endsWith('.js'))) {
    if (/^defineElement\(/m.test(await readFile(file, 'utf8'))) registering.push(`./${file}`);
  }
  assert.ok(registering.length >= 4, registering.join(', '));
  assert.deepEqual(sideEffects.filter((entry) => entry.startsWith('./dist/components/')).sort(), registering.sort());
  // The validator installs itself for sessions to check with: a bundler dropping it would leave them unable to.
  assert.match(await readFile('dist/core/validate.js', 'utf8'), /^installValidator\(/m);
  assert.ok(sideEffects.includes('./dist/core/validate.js'));
});

test('the widget knows the built-in knowledge base by the id and version in knowledge-base.json', async () => {
  const { BUILT_IN_KNOWLEDGE_BASE } = await import('../../dist/knowledge-base/location.js');
  const { id, version } = JSON.parse(await readFile(new URL('../../src/knowledge-base/knowledge-base.json', import.meta.url), 'utf8'));
  assert.deepEqual(BUILT_IN_KNOWLEDGE_BASE, { id, version });
});
