// The shipped JSON Schema (for editors) is kept in step with the validator: what the validator
// accepts the schema accepts, and structural mistakes are caught by both.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import Ajv from 'ajv';
import { defaultKnowledgeBase, validateKnowledgeBase } from '../../dist/core/index.js';

const schema = JSON.parse(await readFile(new URL('../../schema/knowledge-base.schema.json', import.meta.url), 'utf8'));
const checkSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);
const example = JSON.parse(await readFile(new URL('../../demo/knowledge-bases/acme-kids-speaker.json', import.meta.url), 'utf8'));
const clone = (value) => JSON.parse(JSON.stringify(value));
const validatorAccepts = (kb) => {
  try {
    validateKnowledgeBase(kb);
    return true;
  } catch {
    return false;
  }
};

test('the package exports the schema', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./schema.json'], './schema/knowledge-base.schema.json');
  assert.ok(pkg.files.includes('schema'));
});

test('the built-in and the example knowledge bases match the schema', () => {
  for (const kb of [clone(defaultKnowledgeBase), example]) {
    assert.equal(checkSchema(kb), true, JSON.stringify(checkSchema.errors?.slice(0, 3)));
  }
});

test('the built-in knowledge base with its translations matches the schema', async () => {
  const { de } = await import('../../dist/knowledge-base/translations/de.js');
  const kb = { ...clone(defaultKnowledgeBase), translations: { de: clone(de) } };
  assert.equal(validatorAccepts(kb), true);
  assert.equal(checkSchema(kb), true, JSON.stringify(checkSchema.errors?.slice(0, 3)));
});

/** [what, how to break the example] — each a structural mistake both must reject. */
const MISTAKES = [
  ['schemaVersion 2', (kb) => (kb.schemaVersion = 2)],
  ['no causes', (kb) => delete kb.causes],
  ['a cause without a label', (kb) => delete kb.causes[0].label],
  ['a misspelt field', (kb) => (kb.devices[0].warantyMonths = 12)],
  ['an id with a space', (kb) => (kb.causes[0].id = 'a cable')],
  ['a probability above 1', (kb) => (kb.actions[0].fixes.cable = 1.5)],
  ['zero minutes', (kb) => (kb.actions[0].minutes = 0)],
  ['no steps', (kb) => (kb.actions[0].steps = [])],
  ['an unknown outcome', (kb) => (kb.questions[0].options[0].outcome = 'explode')],
  ['a question with one option', (kb) => (kb.questions[1].options = kb.questions[1].options.slice(0, 1))],
  ['a javascript: link', (kb) => (kb.devices[0].supportUrl = 'javascript:alert(1)')],
  ['a link with spaces', (kb) => (kb.devices[0].warrantyUrl = 'https://example.com/a b')],
  ['an unknown device kind', (kb) => (kb.devices[0].kind = 'toaster')],
  ['a negative return window', (kb) => (kb.devices[0].returnDays = -1)],
  ['a bad support email', (kb) => (kb.devices[0].supportEmail = 'help desk')],
  ['a bad language tag', (kb) => (kb.translations = { 'not a tag': {} })],
  ['an empty label', (kb) => (kb.causes[1].label = ' ')],
];

for (const [what, breakIt] of MISTAKES) {
  test(`schema and validator both reject ${what}`, () => {
    const kb = clone(example);
    breakIt(kb);
    assert.equal(checkSchema(kb), false, 'the schema accepted it');
    assert.equal(validatorAccepts(kb), false, 'the validator accepted it');
  });
}
