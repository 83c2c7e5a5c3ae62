// npm run fuzz: how many hostile cases of each kind the core gets wrong, out of how many.
//   npm run fuzz -- 6000   (cases per kind; default 2000)
import fc from 'fast-check';
import {
  answerProblem,
  badAnswer,
  type Failure,
  knowledgeBaseProblem,
  mangledSnapshot,
  mutatedKnowledgeBase,
  pollution,
  pollutionProblem,
  progressProblem,
  snapshotProblem,
  tamperedProgress,
} from './cases.js';

const runs = Number(process.argv[2] ?? 2000);
const seed = 20261121;
const choices = fc.array(fc.nat(20), { minLength: 80, maxLength: 80 });

async function tally(name: string, cases: (() => Failure | Promise<Failure>)[]) {
  const failures = new Map<string, number>();
  let failed = 0;
  for (const run of cases) {
    let verdict: Failure;
    try {
      verdict = await run();
    } catch (error) {
      verdict = `the oracle threw ${(error as Error)?.name}: ${(error as Error)?.message}`;
    }
    if (verdict === undefined) continue;
    failed++;
    const kind = verdict.replace(/\d+(\.\d+)?(e[+-]?\d+)?/g, 'N').slice(0, 90);
    failures.set(kind, (failures.get(kind) ?? 0) + 1);
  }
  console.log(`${name}: ${failed} of ${cases.length} failed`);
  for (const [kind, count] of [...failures].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${count} × ${kind}`);
  return { name, cases: cases.length, failed };
}

const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: runs, seed });
const results = [
  await tally(
    'mutated knowledge bases',
    sample(fc.tuple(mutatedKnowledgeBase, choices)).map(
      ([{ kb }, walk]) =>
        () =>
          knowledgeBaseProblem(kb, walk),
    ),
  ),
  await tally(
    'mangled snapshots',
    sample(mangledSnapshot).map(
      ({ snapshot }) =>
        () =>
          snapshotProblem(snapshot),
    ),
  ),
  await tally(
    'bad answers',
    sample(fc.tuple(fc.array(fc.nat(20), { maxLength: 8 }), badAnswer)).map(
      ([walk, answer]) =>
        () =>
          answerProblem(walk, answer),
    ),
  ),
  await tally(
    'tampered saved progress',
    sample(fc.tuple(tamperedProgress, fc.constantFrom('shokz-openrun', 'soundcore-boost', 'generic-speaker'))).map(
      ([saved, device]) =>
        () =>
          progressProblem(saved, device, Date.UTC(2026, 10, 21)),
    ),
  ),
  await tally(
    'polluted prototypes',
    sample(fc.tuple(pollution, fc.constantFrom('shokz-openrun', 'soundcore-a3102', 'generic-speaker'), choices)).map(
      ([polluted, device, walk]) =>
        () =>
          pollutionProblem(polluted, device, walk),
    ),
  ),
];
const total = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`in all: ${total} of ${results.reduce((sum, r) => sum + r.cases, 0)} failed`);
process.exitCode = total === 0 ? 0 : 1;
