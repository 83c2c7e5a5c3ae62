// What `npm pack` ships: the licence the package claims, the changelog, the built files, no tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { rollup } from 'rollup';

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
  assert.deepEqual(
    sideEffects.filter((entry) => entry.startsWith('./dist/core/')),
    [],
  );
});

/** What an app's bundler makes of `source` importing the core: rollup, honouring package.json's sideEffects. */
async function bundledCore(source) {
  const { sideEffects } = JSON.parse(await readFile('package.json', 'utf8'));
  const core = path.resolve('dist/core/index.js');
  const bundle = await rollup({
    input: 'app',
    plugins: [
      json(),
      { name: 'app', resolveId: (id) => (id === 'app' ? id : id === 'core' ? core : null), load: (id) => (id === 'app' ? source : null) },
    ],
    treeshake: { moduleSideEffects: (id) => id === 'app' || sideEffects.includes(`./${path.relative('.', id)}`) },
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  return output.filter((chunk) => chunk.type === 'chunk');
}

test('the core has no side effects: an app that does not validate does not carry the validator', async () => {
  const gzipped = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
  const [validating] = await bundledCore("import { createSession } from 'core'; console.log(createSession);");
  const [lean, ...lazy] = await bundledCore(
    "import { createController, formatMessage } from 'core'; console.log(createController, formatMessage);",
  );
  const validatorWords = 'add up to'; // from a message only the validator writes
  assert.ok(validating.code.includes(validatorWords));
  assert.ok(!lean.code.includes(validatorWords), 'the validator is in the bundle of an app that only runs the controller');
  // The controller loads it on demand, for a knowledge base from outside: a chunk of its own.
  assert.ok(lazy.some((chunk) => chunk.code.includes(validatorWords)));
  const saved = gzipped(validating) - gzipped(lean);
  assert.ok(saved > 5000, `the validator is ${saved} B gzip of the core`);
  const [formatOnly] = await bundledCore("import { formatMessage } from 'core'; console.log(formatMessage);");
  assert.ok(gzipped(formatOnly) < 2000, `formatMessage alone is ${gzipped(formatOnly)} B gzip`);
});

test('the widget knows the built-in knowledge base by the id and version in knowledge-base.json', async () => {
  const { BUILT_IN_KNOWLEDGE_BASE } = await import('../../dist/knowledge-base/location.js');
  const { id, version } = JSON.parse(await readFile(new URL('../../src/knowledge-base/knowledge-base.json', import.meta.url), 'utf8'));
  assert.deepEqual(BUILT_IN_KNOWLEDGE_BASE, { id, version });
});
