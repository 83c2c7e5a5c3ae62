/// <reference types="node" />
import { createInterface } from 'node:readline/promises';
import { createController, type KnowledgeBase } from '../core/index.js';

/**
 * An interactive session in the terminal: numbered answers, "b" to go back. Without a device, the
 * first question is which one. The CLI's `walk` and the terminal demo (demo/node-session.mjs) both run it.
 */
export async function walk(
  kb: KnowledgeBase,
  device: string | undefined,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  // Buffers piped input, which a bare question() would drop.
  const terminal = createInterface({ input, output, terminal: false });
  const lines = terminal[Symbol.asyncIterator]();
  const controller = createController({ knowledgeBase: kb, ...(device ? { device } : {}) });
  await controller.ready;
  const sessionOf = () => {
    const { state } = controller;
    if (state.status !== 'ready') throw new Error(state.status === 'error' ? state.message : 'not ready');
    return state.session;
  };
  try {
    while (sessionOf().current.kind !== 'result') {
      const session = sessionOf();
      const prompt = session.current;
      output.write(`\n${prompt.title}\n`);
      if (prompt.kind === 'question' && prompt.body) output.write(`${prompt.body}\n`);
      if (prompt.kind === 'action') {
        prompt.steps.forEach((step, i) => output.write(`  ${i + 1}. ${step}\n`));
        if (prompt.waitMinutes) output.write(`  (about ${prompt.waitMinutes} minutes of waiting)\n`);
      }
      prompt.options.forEach((option, i) => output.write(`  [${i + 1}] ${option.label}\n`));
      if (session.history.length > 0) output.write('  [b] Back\n');
      output.write('> ');
      const { value, done } = await lines.next();
      if (done) return;
      const reply = String(value).trim();
      const chosen = prompt.options[Number(reply) - 1];
      if (reply === 'b') controller.back();
      else if (chosen) controller.answer(chosen.id);
      else output.write(`Type a number from 1 to ${prompt.options.length}.\n`);
    }
    const session = sessionOf();
    const result = session.current;
    if (result.kind !== 'result') return;
    output.write(`\n== ${result.title} ==\n${result.body}\n`);
    for (const link of result.links) output.write(`  ${link.label}: ${link.href}\n`);
    output.write(`\n${session.summary()}\n`);
  } finally {
    terminal.close();
  }
}
