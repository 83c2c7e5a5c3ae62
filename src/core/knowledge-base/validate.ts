import { ownCopy } from '../shared/index.js';
import type { KnowledgeBase, KnowledgeBaseTranslationFile } from '../types.js';
import { markChecked } from './checked.js';
import { KnowledgeBaseError, type KnowledgeBaseProblem } from './error.js';
import { KNOWLEDGE_BASE, TRANSLATION_FILE } from './knowledge-base-rules.js';
import { checkReferences, checkTranslation } from './references.js';
import { isObject, type Json, type Report, type Rule, type SchemaFragment, sortKeys, withDefinitions } from './rules.js';

export { childPath } from './rules.js';

/**
 * Checks everything a hand-written knowledge base can get wrong and returns it typed.
 * Throws a `KnowledgeBaseError` listing every problem, each with its JSON path.
 */
export function validateKnowledgeBase(input: unknown): KnowledgeBase {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const data = ownData(input, 'knowledge base');
  KNOWLEDGE_BASE.check(data, '$', report);
  if (isObject(data)) checkReferences(data, report);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  markChecked(input, data);
  return input as unknown as KnowledgeBase;
}

/** Checks a translation file against the knowledge base it translates: every id it names exists. */
export function validateTranslation(knowledgeBase: KnowledgeBase, input: unknown): KnowledgeBaseTranslationFile {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const data = ownData(input, 'translation');
  TRANSLATION_FILE.check(data, '$', report);
  if (isObject(data)) {
    if (typeof data.knowledgeBase === 'string' && data.knowledgeBase !== knowledgeBase.id) {
      report('knowledgeBase', `translates "${data.knowledgeBase}", not this knowledge base ("${knowledgeBase.id ?? 'without an id'}")`);
    }
    checkTranslation(ownCopy(knowledgeBase) as unknown as Json, data, '$', report);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems, 'translation');
  return input as unknown as KnowledgeBaseTranslationFile;
}

/**
 * What is checked: the input's own fields, read once (a field left out is never read from a polluted
 * Object.prototype, a getter cannot answer differently later). Data that throws when read is a problem.
 */
function ownData(input: unknown, what: 'knowledge base' | 'translation'): unknown {
  try {
    // The "$" fields are ignored (they may hold anything at all), so they are not copied either.
    return ownCopy(input, (key) => key.startsWith('$'));
  } catch (error) {
    throw new KnowledgeBaseError([{ path: '$', message: `the ${what} could not be read: ${(error as Error)?.message}` }], what);
  }
}

/** The JSON Schemas the rules above amount to: the knowledge base's and a translation file's. */
export function jsonSchemas(): { knowledgeBase: SchemaFragment; translation: SchemaFragment } {
  const build = (root: Rule, title: string, description: string) => {
    const definitions: Record<string, SchemaFragment> = {};
    const body = withDefinitions(root, definitions);
    return { $schema: 'http://json-schema.org/draft-07/schema#', title, description, ...body, definitions: sortKeys(definitions) };
  };
  return {
    knowledgeBase: build(
      KNOWLEDGE_BASE,
      'charge-troubleshooter knowledge base',
      'Devices, causes, actions and questions for charge-troubleshooter. Generated from the validator’s rules; validateKnowledgeBase checks the rest (references, sums).',
    ),
    translation: build(
      TRANSLATION_FILE,
      'charge-troubleshooter knowledge-base translation',
      'A knowledge base’s words in another language, every entry by id. Generated from the validator’s rules.',
    ),
  };
}
