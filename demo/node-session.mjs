// A whole troubleshooting session in the terminal, from the built package: the CLI's own walk, on the
// built-in knowledge base, starting with which device.
//   npm run build && node demo/node-session.mjs
import { stdin, stdout } from 'node:process';
import { walk } from '../dist/cli/walk.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';

await walk(defaultKnowledgeBase, undefined, stdin, stdout);
