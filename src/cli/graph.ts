import { createSession, type KnowledgeBase, type Session } from '../core/index.js';

/** Mermaid needs quotes in labels written as an entity. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

/**
 * The decision tree the engine follows for one device, as Mermaid flowchart text: questions as
 * diamonds, actions as boxes, results as rounded ends; branches deeper than `depth` end in "…".
 */
export function decisionGraph(kb: KnowledgeBase, options: { device: string; depth: number; purchaseDate: string; today: string }): string {
  const lines = ['flowchart TD'];
  let count = 0;
  const visit = (session: Session, level: number): string => {
    const id = `n${++count}`;
    const prompt = session.current;
    if (level > options.depth) {
      lines.push(`  ${id}[${label('…')}]`);
      return id;
    }
    if (prompt.kind === 'result') lines.push(`  ${id}([${label(`${prompt.title} (${prompt.outcome})`)}])`);
    else if (prompt.kind === 'question') lines.push(`  ${id}{${label(prompt.title)}}`);
    else lines.push(`  ${id}[${label(prompt.title)}]`);
    for (const option of prompt.options) {
      const child = visit(session.answer(option.id), level + 1);
      lines.push(`  ${id} -->|${label(option.label)}| ${child}`);
    }
    return id;
  };
  visit(createSession({ knowledgeBase: kb, device: options.device, purchaseDate: options.purchaseDate, today: options.today }), 1);
  return `${lines.join('\n')}\n`;
}
