export interface KnowledgeBaseProblem {
  /** JSON path of the offending value, like `actions[2].fixes.cable`; `$` is the whole input. */
  path: string;
  message: string;
}

/** Thrown by `validateKnowledgeBase` with every problem found, not just the first. */
export class KnowledgeBaseError extends Error {
  readonly problems: KnowledgeBaseProblem[];

  constructor(problems: KnowledgeBaseProblem[], what = 'knowledge base') {
    const shown = problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > 10) shown.push(`  … and ${problems.length - 10} more`);
    super(`Invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}`);
    // Defined, not assigned: a page that froze Error.prototype (SES lockdown) makes assigning throw.
    Object.defineProperty(this, 'name', { value: 'KnowledgeBaseError', configurable: true, writable: true });
    this.problems = problems;
  }
}
