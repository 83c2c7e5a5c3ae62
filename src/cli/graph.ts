import type { Progress } from '../analysis/progress.js';
import { createSession, type KnowledgeBase, type Prompt, type Session } from '../core/index.js';
import { unclassified } from '../core/internal.js';

export interface GraphOptions {
  device: string;
  depth: number;
  purchaseDate: string;
  today: string;
  /** More nodes than this is a RangeError: Mermaid draws 500 edges by default, and a tree that big is unreadable. */
  maxNodes?: number;
  progress?: Progress;
}

/** Mermaid needs quotes in labels written as an entity. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

/**
 * The decision tree the engine follows for one device, as Mermaid flowchart text: questions as
 * diamonds, actions as boxes, results as rounded ends; branches deeper than `depth` end in "…".
 */
export function decisionGraph(kb: KnowledgeBase, options: GraphOptions): string {
  const { maxNodes = Number.POSITIVE_INFINITY, progress } = options;
  const lines = ['flowchart TD'];
  let count = 0;
  progress?.begin(`the tree of ${options.device}`);
  const visit = (session: Session, level: number): string => {
    progress?.step();
    if (count === maxNodes)
      throw new RangeError(
        `the tree of "${options.device}" has more than ${maxNodes} nodes at depth ${options.depth}: give a smaller --depth, or a larger --max-nodes`,
      );
    const id = `n${++count}`;
    const prompt = session.current;
    if (level > options.depth) {
      lines.push(`  ${id}[${label('…')}]`);
      return id;
    }
    lines.push(`  ${id}${node(prompt)}`);
    for (const option of prompt.options) {
      const child = visit(session.answer(option.id), level + 1);
      lines.push(`  ${id} -->|${label(option.label)}| ${child}`);
    }
    return id;
  };
  visit(createSession({ knowledgeBase: kb, device: options.device, purchaseDate: options.purchaseDate, today: options.today }), 1);
  return `${lines.join('\n')}\n`;
}

/** A prompt's node in Mermaid: a result rounded, with its outcome; a question a rhombus; a step a box. */
function node(prompt: Prompt): string {
  switch (prompt.kind) {
    case 'result':
      return `([${label(`${prompt.title} (${prompt.outcome})`)}])`;
    case 'question':
      return `{${label(prompt.title)}}`;
    case 'action':
      return `[${label(prompt.title)}]`;
    default:
      return unclassified(prompt);
  }
}
