// The shipped JSON Schema (for editors) is kept in step with the validator: what the validator
// accepts the schema accepts, and structural mistakes are caught by both.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import Ajv from 'ajv';
import { validateKnowledgeBase } from '../../dist/core/index.js';
import { jsonSchemas, validateTranslation } from '../../dist/core/knowledge-base/validate.js';
import { BUILT_IN_TRANSLATIONS, defaultKnowledgeBase } from '../../dist/knowledge-base/index.js';

const readJson = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const schema = await readJson('../../schema/knowledge-base.schema.json');
const translationSchema = await readJson('../../schema/knowledge-base-translation.schema.json');
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

test('the committed schemas are the ones the validator’s rules generate (npm run schema rewrites them)', () => {
  const generated = jsonSchemas();
  assert.deepEqual(schema, JSON.parse(JSON.stringify(generated.knowledgeBase)));
  assert.deepEqual(translationSchema, JSON.parse(JSON.stringify(generated.translation)));
});

test('the schemas resolve by the package’s own export names', () => {
  const require = createRequire(new URL('../../package.json', import.meta.url));
  assert.deepEqual(require('charge-troubleshooter/schema.json'), schema);
  assert.deepEqual(require('charge-troubleshooter/translation-schema.json'), translationSchema);
  assert.deepEqual(require('charge-troubleshooter/knowledge-base.json'), JSON.parse(JSON.stringify(defaultKnowledgeBase)));
});

test('the built-in and the example knowledge bases match the schema', () => {
  for (const kb of [clone(defaultKnowledgeBase), example]) {
    assert.equal(checkSchema(kb), true, JSON.stringify(checkSchema.errors?.slice(0, 3)));
  }
});

test('the built-in translations match the translation schema and the validator, inline or as files', async () => {
  const checkTranslation = new Ajv({ allErrors: true, strict: true }).compile(translationSchema);
  for (const language of BUILT_IN_TRANSLATIONS) {
    const file = await readJson(`../../src/knowledge-base/translations/${language}.json`);
    assert.equal(checkTranslation(file), true, JSON.stringify(checkTranslation.errors?.slice(0, 3)));
    assert.equal(validateTranslation(defaultKnowledgeBase, file).language, language);
    const { knowledgeBase: _kb, language: _language, $schema: _schema, ...words } = file;
    const kb = { ...clone(defaultKnowledgeBase), translations: { [language]: words } };
    assert.equal(validatorAccepts(kb), true);
    assert.equal(checkSchema(kb), true, JSON.stringify(checkSchema.errors?.slice(0, 3)));
  }
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
  ['a device kind that is not text', (kb) => (kb.devices[0].kind = 7)],
  ['a link without its id', (kb) => (kb.questions[0].options[0].links = [{ label: 'L', href: 'https://example.com' }])],
  ['a device with no priors', (kb) => (kb.devices[0].priors = {})],
  ['no devices at all', (kb) => (kb.devices = [])],
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
