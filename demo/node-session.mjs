// A whole troubleshooting session in the terminal, from the core API alone:
//   npm run build && node demo/node-session.mjs

import { stdin as input, stdout as output } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { createController } from '../dist/core/index.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';

const terminal = createInterface({ input, output });
const lines = terminal[Symbol.asyncIterator](); // buffers piped input that a bare question() would drop
// The controller is the loop every view of a session shares: here it drives a terminal.
const controller = createController({ knowledgeBase: defaultKnowledgeBase });
await controller.ready;
const current = () => controller.state.session;
let session = current();

while (session.current.kind !== 'result') {
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
  if (done) break; // input closed
  const reply = value.trim();
  if (reply === 'b') controller.back();
  else if (prompt.options[Number(reply) - 1]) controller.answer(prompt.options[Number(reply) - 1].id);
  else output.write(`Please type a number from 1 to ${prompt.options.length}${session.history.length > 0 ? ', or b' : ''}.\n`);
  session = current();
}

const result = session.current;
if (result.kind !== 'result') process.exit(0);
output.write(`\n== ${result.title} ==\n${result.body}\n`);
for (const link of result.links) output.write(`  ${link.label}: ${link.href}\n`);
output.write(`\n--- Summary for support ---\n${session.summary()}\n`);
terminal.close();
