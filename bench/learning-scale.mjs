// Issue 16's scale goal: raw records as a shop would export them (gzip JSON lines, one true world),
// learned by the CLI in a child process pinned to one core; then the same records grouped as a
// warehouse would (GROUP BY knowledge base, version, device, path), learned again, and the two
// learned knowledge bases compared. Everything is written to a temporary folder, removed after.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { perturb } from '../dist/analysis/perturb.js';
import { seededRandom } from '../dist/analysis/random.js';
import { simulatedRecords } from '../dist/analysis/simulated-records.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const KNOWLEDGE_BASE = fileURLToPath(new URL('../dist/knowledge-base/knowledge-base.json', import.meta.url));
/** Has the child print its own peak resident memory as it exits: the same on every platform, no /usr/bin/time needed. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib '+process.resourceUsage().maxRSS+'\\n'))`;
const PINNED = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Writes lines in batches (a stream write per line would cost more than the gzip). */
async function writeLines(file, lines, { gzip }) {
  const batches = Readable.from(
    (function* () {
      let batch = [];
      for (const line of lines) {
        batch.push(line);
        if (batch.length === 1000) {
          yield `${batch.join('\n')}\n`;
          batch = [];
        }
      }
      if (batch.length > 0) yield `${batch.join('\n')}\n`;
    })(),
  );
  await pipeline(batches, ...(gzip ? [createGzip()] : []), createWriteStream(file));
}

/** `charge-troubleshooter learn` in a child process (on core 0 when taskset exists): its report, wall time and peak memory. */
async function timedLearn(file, output, { rows = false } = {}) {
  const args = ['--import', PEAK_RSS, CLI, 'learn', KNOWLEDGE_BASE, ...(rows ? ['--rows'] : []), file, '--out', output, '--json'];
  const [command, ...rest] = PINNED ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const child = spawn(command, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`learn ${file} exited with ${code}: ${stderr}`);
  const peakKiB = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1]);
  return { seconds, peakRssMiB: peakKiB / 1024, report: JSON.parse(stdout) };
}

/** What learning may change: every prior, P(fix) and answer likelihood, as JSON. */
const probabilities = (kb) =>
  JSON.stringify([
    kb.devices.map((d) => d.priors),
    kb.actions.map((a) => a.fixes),
    kb.questions.map((q) => q.options.map((o) => o.likelihood)),
  ]);

export async function learningScale(settings) {
  const { scaleRecords: count, worlds, spread, today, purchaseDate } = settings;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ct-learning-'));
  try {
    const truth = perturb(defaultKnowledgeBase, seededRandom(worlds[0]), spread);
    const rawFile = path.join(folder, 'records.jsonl.gz');
    // The warehouse's GROUP BY, done while the records are written: first-seen order, as a query may give any.
    const groups = new Map();
    const started = performance.now();
    const records = simulatedRecords(defaultKnowledgeBase, { count, world: truth, seed: worlds[0], today, purchaseDate });
    await writeLines(
      rawFile,
      (function* () {
        for (const r of records) {
          const key = JSON.stringify([r.knowledgeBase, r.knowledgeBaseVersion, r.device, r.path]);
          const group = groups.get(key);
          if (group) group.count++;
          else {
            const { knowledgeBase, knowledgeBaseVersion, device, path } = r;
            groups.set(key, { record: r.record, knowledgeBase, knowledgeBaseVersion, device, path, count: 1 });
          }
          yield JSON.stringify(r);
        }
      })(),
      { gzip: true },
    );
    const generateSeconds = (performance.now() - started) / 1000;
    const rowsFile = path.join(folder, 'rows.jsonl');
    await writeLines(
      rowsFile,
      [...groups.values()].map((row) => JSON.stringify(row)),
      { gzip: false },
    );

    // The raw run writes its knowledge base too (--out rather than --dry-run): a file of 100 KB adds
    // nothing to the time, and a second pass over a million records would add half a minute.
    const rawLearned = path.join(folder, 'learned-raw.json');
    const rowsLearned = path.join(folder, 'learned-rows.json');
    const raw = await timedLearn(rawFile, rawLearned);
    const grouped = await timedLearn(rowsFile, rowsLearned, { rows: true });
    const [a, b] = await Promise.all([rawLearned, rowsLearned].map(async (file) => JSON.parse(await readFile(file, 'utf8'))));
    return {
      records: count,
      generateSeconds,
      gzipBytes: (await stat(rawFile)).size,
      pinned: PINNED,
      command: `${PINNED ? 'taskset -c 0 ' : ''}node dist/cli/main.js learn dist/knowledge-base/knowledge-base.json records.jsonl.gz --out learned.json --json`,
      raw: {
        seconds: raw.seconds,
        peakRssMiB: raw.peakRssMiB,
        paths: raw.report.paths,
        sessions: raw.report.sessions.used,
        recordsPerSecond: count / raw.seconds,
      },
      grouped: {
        rows: groups.size,
        seconds: grouped.seconds,
        peakRssMiB: grouped.peakRssMiB,
        identical: probabilities(a) === probabilities(b),
      },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
