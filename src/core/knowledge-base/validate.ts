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
  KNOWLEDGE_BASE.check(input, '$', report);
  if (isObject(input)) checkReferences(input, report);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  markChecked(input);
  return input as unknown as KnowledgeBase;
}

/** Checks a translation file against the knowledge base it translates: every id it names exists. */
export function validateTranslation(knowledgeBase: KnowledgeBase, input: unknown): KnowledgeBaseTranslationFile {
  const problems: KnowledgeBaseProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  TRANSLATION_FILE.check(input, '$', report);
  if (isObject(input)) {
    if (typeof input.knowledgeBase === 'string' && input.knowledgeBase !== knowledgeBase.id) {
      report('knowledgeBase', `translates "${input.knowledgeBase}", not this knowledge base ("${knowledgeBase.id ?? 'without an id'}")`);
    }
    checkTranslation(knowledgeBase as unknown as Json, input, '$', report);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems, 'translation');
  return input as unknown as KnowledgeBaseTranslationFile;
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
