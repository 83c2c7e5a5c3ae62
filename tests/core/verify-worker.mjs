// Verifies the built-in knowledge base for some of its devices, in a worker thread: the proof of
// every path is split across the machine's cores (tests/core/verify-built-in.test.ts). A worker does
// not inherit the test's TypeScript loader, so it registers its own to read src/ as the test does.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { verifyKnowledgeBase } = await import('../../src/analysis/verify.ts');
const { defaultKnowledgeBase } = await import('../../src/knowledge-base/index.ts');

parentPort.postMessage(verifyKnowledgeBase(defaultKnowledgeBase, workerData));
