// Verifies the built-in knowledge base for some of its devices, in a worker thread: the proof of
// every path is split across the machine's cores (tests/core/verify-built-in.test.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { verifyKnowledgeBase } from '../../src/analysis/verify.js';
import { defaultKnowledgeBase } from '../../src/knowledge-base/index.js';

parentPort.postMessage(verifyKnowledgeBase(defaultKnowledgeBase, workerData));
