// Verifies the built-in knowledge base for some of its devices, in a worker thread: the proof of
// every path is split across the machine's cores (tests/core/verify-built-in.test.ts).
import { parentPort, workerData } from 'node:worker_threads';
// On Node 20 a worker thread does not inherit the parent's `--import tsx` hooks: register them here.
import { register } from 'tsx/esm/api';

register();
const { verifyKnowledgeBase } = await import('../../src/analysis/verify.js');
const { defaultKnowledgeBase } = await import('../../src/knowledge-base/index.js');

parentPort.postMessage(verifyKnowledgeBase(defaultKnowledgeBase, workerData));
