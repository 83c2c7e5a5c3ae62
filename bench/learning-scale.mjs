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
import { likelihoods, model } from '../dist/analysis/model-queries.js';
import { perturb } from '../dist/analysis/perturb.js';
import { seededRandom } from '../dist/analysis/random.js';
import { simulatedRecords } from '../dist/analysis/simulated-records.js';
import { defaultKnowledgeBase } from '../dist/knowledge-base/index.js';
import { poisson } from '../dist/learn/bootstrap.js';
import { ALL, estimate, sessionsOf } from '../dist/learn/em.js';
import { DEFAULT_STRENGTH, OutcomeTally } from '../dist/learn/index.js';

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
  const args = [
    '--import',
    PEAK_RSS,
    CLI,
    'learn',
    KNOWLEDGE_BASE,
    ...(rows ? ['--rows'] : []),
    file,
    '--out',
    output,
    '--json',
    '--skip-decisions',
  ];
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
      // Tied to the raw records' count (1,000,000 in the bench: 10M sessions, 400,000 simulated, 100,000 rows).
      warehouse: warehouseScale(settings, { sessions: 10 * count, simulated: Math.ceil(0.4 * count), rows: Math.ceil(count / 10) }),
      generateSeconds,
      gzipBytes: (await stat(rawFile)).size,
      pinned: PINNED,
      command: `${PINNED ? 'taskset -c 0 ' : ''}node dist/cli/main.js learn dist/knowledge-base/knowledge-base.json records.jsonl.gz --out learned.json --json --skip-decisions`,
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

// Issue 25's warehouse scale: 10,000,000 sessions as aggregated rows, ~100,000 of them. The simulator
// gives about 9,000 distinct device + path + verdict rows from 400,000 sessions and few more after
// (real traffic has more: 3× at 1M), so the rows are built cheaply and said plainly: the distinct
// rows of 400,000 simulated sessions, each count scaled to 10M (a Poisson draw around count × 25),
// each row then split into equal parts until there are ~100,000 rows: the E-step does the work of
// 100,000 rows, and the information is that of 10M sessions over the distinct paths.
export function warehouseScale(
  { worlds, spread, today, purchaseDate },
  { sessions = 10_000_000, simulated = 400_000, rows = 100_000 } = {},
) {
  const truth = perturb(defaultKnowledgeBase, seededRandom(worlds[0]), spread);
  const groups = new Map();
  for (const r of simulatedRecords(defaultKnowledgeBase, {
    count: simulated,
    world: truth,
    seed: worlds[0],
    today,
    purchaseDate,
    inspected: 0.5,
  })) {
    const key = JSON.stringify([r.device, r.path, r.confirmedCause, r.noFaultFound]);
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        record: 1,
        device: r.device,
        path: r.path,
        ...(r.confirmedCause ? { confirmedCause: r.confirmedCause } : {}),
        ...(r.noFaultFound ? { noFaultFound: true } : {}),
        count: 1,
      });
  }
  const random = seededRandom(7);
  const tally = new OutcomeTally(defaultKnowledgeBase);
  for (const row of groups.values()) {
    const count = poisson((row.count * sessions) / simulated, random);
    if (count === 0) continue;
    tally.addRow({ ...row, count });
  }
  const distinct = tally.paths;
  const parts = Math.max(1, Math.round(rows / distinct.length));
  const split = distinct.flatMap((path) => {
    const total = path.train + path.heldOut;
    return Array.from({ length: parts }, (_, k) => ({
      ...path,
      train: Math.floor(total / parts) + (k < total % parts ? 1 : 0),
      heldOut: 0,
    }));
  });
  const { table } = tally;
  const counts = sessionsOf(split, ALL);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const fit = estimate(table, split, DEFAULT_STRENGTH, counts);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // The same fixed point, run to 1e-12 on the distinct rows: how far the convergence rule stopped from it.
  const reference = estimate(table, distinct, DEFAULT_STRENGTH, sessionsOf(distinct, ALL), { tolerance: 1e-12 });
  let largest = 0;
  let offInWriting = 0;
  fit.theta.forEach((p, i) => {
    largest = Math.max(largest, Math.abs(p - reference.theta[i]));
    if (Math.round(p * 1e4) !== Math.round(reference.theta[i] * 1e4)) offInWriting++;
  });
  // The answers that end the session at once, learned as before (not held): how far their odds drift.
  const free = { ...table, fixed: new Uint8Array(table.fixed.length), scale: new Float64Array(table.groups).fill(1) };
  const unheld = estimate(free, distinct, DEFAULT_STRENGTH, sessionsOf(distinct, ALL));
  const truthOf = (name) =>
    likelihoods(model(truth), name.question, name.cause)[
      truth.questions.find((q) => q.id === name.question).options.findIndex((o) => o.id === name.option)
    ];
  const odds = (option) => {
    const indices = table.names.flatMap((n, i) => (n.kind === 'likelihood' && n.question === 'safety' && n.option === option ? [i] : []));
    const error = (theta) => indices.reduce((sum, i) => sum + Math.abs(theta[i] - truthOf(table.names[i])), 0) / indices.length;
    const largestOf = (theta) => Math.max(...indices.map((i) => theta[i]));
    return {
      authored: error(table.authored),
      held: error(fit.theta),
      learned: error(unheld.theta),
      largestLearned: largestOf(unheld.theta),
      largestAuthored: largestOf(table.authored),
    };
  };
  const fixError = (theta) => {
    const indices = table.names.flatMap((n, i) => (n.kind === 'fix' ? [i] : []));
    return (
      indices.reduce(
        (sum, i) => sum + Math.abs(theta[i] - (truth.actions.find((a) => a.id === table.names[i].action).fixes[table.names[i].cause] ?? 0)),
        0,
      ) / indices.length
    );
  };
  return {
    sessions: counts.reduce((sum, n) => sum + n, 0),
    simulated,
    distinctPaths: distinct.length,
    rows: split.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    iterations: fit.iterations,
    converged: fit.converged,
    finalChange: fit.finalChange,
    reference: { iterations: reference.iterations, largestDifference: largest, offInWriting },
    danger: odds('danger'),
    wet: odds('wet'),
    fixError: { authored: fixError(table.authored), dangerHeld: fixError(fit.theta), dangerLearned: fixError(unheld.theta) },
  };
}
