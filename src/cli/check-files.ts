import { type KnowledgeBase, KnowledgeBaseError, validateKnowledgeBase } from '../core/index.js';
import { type JsonSource, positionOf, readJsonSource, SourceError } from './json-source.js';
import { lintKnowledgeBase } from './lint.js';

// Reading knowledge-base files: each problem and warning printed as FILE:LINE:COLUMN, as editors link them.

function where(source: JsonSource, path: string): string {
  const { line, column } = positionOf(source, path);
  return `${source.file}:${line}:${column}`;
}

/** Reads and validates one file, printing its problems; undefined when it is not usable. */
export async function loadKnowledgeBase(file: string, report: (text: string) => void): Promise<KnowledgeBase | undefined> {
  const checked = await checkFile(file);
  checked.lines.forEach((line) => report(line));
  return checked.knowledgeBase;
}

async function checkFile(file: string): Promise<{ lines: string[]; errors: number; warnings: number; knowledgeBase?: KnowledgeBase }> {
  let source: JsonSource;
  try {
    source = await readJsonSource(file);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const at = error.position ? `${file}:${error.position.line}:${error.position.column}` : file;
    return { lines: [`${at}: error: ${error.message}`], errors: 1, warnings: 0 };
  }
  try {
    const knowledgeBase = validateKnowledgeBase(source.value);
    const warnings = lintKnowledgeBase(knowledgeBase).map((w) => `${where(source, w.path)}: warning: ${w.path}: ${w.message}`);
    return { lines: warnings, errors: 0, warnings: warnings.length, knowledgeBase };
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return {
      lines: error.problems.map((p) => `${where(source, p.path)}: error: ${p.path}: ${p.message}`),
      errors: error.problems.length,
      warnings: 0,
    };
  }
}

export async function validateFiles(files: string[], strict: boolean, print: (text: string) => void): Promise<number> {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const checked = await checkFile(file);
    checked.lines.forEach((line) => print(line));
    errors += checked.errors;
    warnings += checked.warnings;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  print(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}`);
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}
