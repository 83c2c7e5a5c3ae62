// What the tests of `learn`'s files share: the CLI run in-process or as the real bin, and simulated records.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { seededRandom } from '../../dist/analysis/random.js';
import { main } from '../../dist/cli/main.js';

export const KB = 'src/knowledge-base/knowledge-base.json';
export const BIN = 'dist/cli/main.js';

/** Runs the CLI in-process; resolves with its exit code and what it printed. */
/**
 * `learn` judges its numbers with simulated shoppers for seconds (the decision report): the tests of
 * anything else leave it out; the test of it gives `--today`, which keeps it.
 */
const quick = (args) => (args[0] === 'learn' && !args.includes('--today') ? [...args, '--skip-decisions'] : args);

export async function run(args, input = '', now = undefined) {
  const [stdout, stderr, stdin] = [new PassThrough(), new PassThrough(), new PassThrough()];
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  stdin.end(input);
  const code = await main(quick(args), { stdin, stdout, stderr, ...(now ? { now } : {}) });
  return { code, out, err };
}

/** Runs the real bin in a child process; resolves when it exits. */
export function spawned(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...quick(args)], options);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A folder with 600 simulated records of the built-in knowledge base. */
export async function recordFiles() {
  const { simulatedRecords } = await import('../../dist/analysis/simulated-records.js');
  const { perturb } = await import('../../dist/analysis/perturb.js');
  const { defaultKnowledgeBase } = await import('../../dist/knowledge-base/index.js');
  const world = perturb(defaultKnowledgeBase, seededRandom(4), 0.5);
  const records = [
    ...simulatedRecords(defaultKnowledgeBase, { count: 600, world, seed: 8, today: '2026-11-21', purchaseDate: '2026-03-21' }),
  ];
  const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'ct-learn-files-'));
  writeFileSync(join(dir, 'records.jsonl'), text);
  return { dir, records, text, file: join(dir, 'records.jsonl') };
}
