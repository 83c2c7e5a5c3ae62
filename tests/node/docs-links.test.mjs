// Every link in README.md and docs/ leads somewhere: the file exists, and so does the heading it names.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';

const pages = [
  'README.md',
  'CHANGELOG.md',
  ...(await readdir('docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

async function anchorsOf(file) {
  const text = await readFile(file, 'utf8');
  return new Set([...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1])));
}

test('the documentation has the pages README links to', () => {
  assert.ok(pages.length >= 10, pages.join(', '));
});

test('every relative link in README.md, CHANGELOG.md and docs/ leads to a file and a heading that exist', async () => {
  const broken = [];
  for (const page of pages) {
    const text = (await readFile(page, 'utf8')).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:: not checked offline
      const [file, hash] = target.split('#');
      const resolved = file === '' ? page : path.join(path.dirname(page), file);
      if (!existsSync(resolved)) broken.push(`${page}: ${target} (no ${resolved})`);
      else if (hash !== undefined && resolved.endsWith('.md') && !(await anchorsOf(resolved)).has(hash)) {
        broken.push(`${page}: ${target} (no heading #${hash} in ${resolved})`);
      }
    }
  }
  assert.deepEqual(broken, []);
});
