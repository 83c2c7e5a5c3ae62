#!/usr/bin/env node
/// <reference types="node" />
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type DiagnosisReport, diagnosisReport } from '../analysis/compare.js';
import { EXACT, simulate } from '../analysis/expectation.js';
import { INVARIANTS } from '../analysis/invariants.js';
import type { Metrics } from '../analysis/metrics.js';
import { verifyKnowledgeBase } from '../analysis/verify.js';
import { type KnowledgeBase, KnowledgeBaseError, validateKnowledgeBase } from '../core/index.js';
import { localDate } from '../core/internal.js';
import { decisionGraph } from './graph.js';
import { type JsonSource, positionOf, readJsonSource, SourceError } from './json-source.js';
import { learnCommand } from './learn.js';
import { lintKnowledgeBase } from './lint.js';
import { pace, TimeLimitError } from './pace.js';
import { formatVerifyReport } from './verify.js';
import { walk } from './walk.js';

const HELP: Record<string, string> = {
  main: `Usage: charge-troubleshooter <command> [options]

Tools for writing a knowledge base for charge-troubleshooter.

Commands:
  validate FILE...             check knowledge-base files: every problem with its JSON path and line:column
  verify FILE                  prove safety and honesty on every path a shopper can take
  simulate FILE [--device ID]  expected minutes, prompts and outcomes per device, and the steps for the likeliest causes
  graph FILE --device ID       the decision tree the engine follows, as Mermaid text
  walk FILE --device ID        try a session in the terminal
  learn FILE [RECORDS...]      better probabilities from the outcome records a shop has logged

Run "charge-troubleshooter <command> --help" for a command's options.
Exit codes: 0 fine, 1 problems found (or a file could not be read), 2 wrong usage.`,
  validate: `Usage: charge-troubleshooter validate FILE... [--strict]

Checks each knowledge-base JSON file and prints every problem as
  FILE:LINE:COLUMN: error: JSON.PATH: message
and authoring smells as warnings (a device without a safety question, a user-fixable cause no
action fixes, an action no device reaches, a question that never changes a decision, unsafe advice).

Options:
  --strict   exit 1 on warnings too
  --help     show this help`,
  verify: `Usage: charge-troubleshooter verify FILE [--device ID] [--today YYYY-MM-DD] [--return-days N] [--json]

Walks every path a shopper can take through the knowledge base, every answer ("I can't do this"
included), for every device, every region of its legalRights (and none), and every age (a date in
each age band of the device's policy, and no date: the engine asks when it matters), and checks at
every prompt:
${INVARIANTS.map(({ id, description }) => `  ${id.padEnd(20)} ${description}`).join('\n')}
Prints what it proved, or each violation with the situation and the answers that lead to it.
Exit 1 when anything is broken, or when the walk stopped before the end (then nothing is proven).

Options:
  --device ID         only this device
  --today YYYY-MM-DD  the day to walk on (default: today)
  --return-days N     the shop's own return window (default: each device's)
  --max-prompts N     stop after N prompts (default 50,000,000)
  --max-seconds N     stop after N seconds (default 600; 0 for no limit)
  --json              the report as JSON
  --help              show this help

Work that takes longer than 2 seconds reports its progress on stderr.`,
  simulate: `Usage: charge-troubleshooter simulate FILE [--device ID] [--purchase-date YYYY-MM-DD] [--today YYYY-MM-DD] [--runs N] [--noise N] [--skip-exact] [--max-seconds N]

For each device (or one), computes exactly over the outcome tree, under the device's priors:
expected minutes of the shopper's effort, expected prompts, the share of sessions ending right,
the share ending in each outcome, and the steps a shopper with each of the three likeliest causes
is led through.

Then simulated shoppers who answer the way real people do: for each device and cause, --runs
shoppers sample each answer from the knowledge base's likelihoods and each step's success from its
P(fix); the same shoppers meet the engine and the knowledge base's fixedOrder (its actions in order
when it has none). Reported side by side: sessions ending right, fixable faults escalated, hands-on
and waiting minutes; and again in --noise worlds where every probability is off by up to ±30 %.

Options:
  --device ID                 only this device
  --purchase-date YYYY-MM-DD  the purchase date to assume (default: 6 months before today)
  --today YYYY-MM-DD          the date to assume (default: today, in this computer's time zone)
  --runs N                    sampled shoppers per device and cause (default 300)
  --noise N                   perturbed worlds (default 3; 0 for none)
  --skip-exact                only the sampled shoppers: the exact expectation visits every path,
                              which grows with every question of a large knowledge base
  --max-seconds N             stop with exit 1 after N seconds (default 120; 0 for no limit)
  --help                      show this help

Work that takes longer than 2 seconds reports its progress on stderr.`,
  graph: `Usage: charge-troubleshooter graph FILE --device ID [--depth N] [--max-nodes N] [--purchase-date YYYY-MM-DD]

Prints the decision tree the engine follows for a device as Mermaid flowchart text: questions are
diamonds, actions boxes, results rounded; branches deeper than --depth end in "…".

Options:
  --device ID                 the device (required)
  --depth N                   how many prompts deep (default 6)
  --max-nodes N               exit 1 if the tree has more nodes (default 500, what Mermaid draws by default)
  --max-seconds N             stop with exit 1 after N seconds (default 120; 0 for no limit)
  --purchase-date YYYY-MM-DD  the purchase date to assume (default: 6 months before today)
  --today YYYY-MM-DD          the date to assume (default: today, in this computer's time zone)
  --help                      show this help`,
  learn: `Usage: charge-troubleshooter learn FILE [RECORDS...] (--out LEARNED.json | --dry-run) [options]

Re-estimates the knowledge base's probabilities from real sessions: each device's cause priors, each
step's P(fix | cause) and each question's P(answer | cause), by expectation-maximisation over the
hidden cause, with the knowledge base's own numbers as the prior. Safety is not learnable:
only probabilities change; the gate questions stay first, and every safety stop, forced step and
outcome stays as authored.

RECORDS are files of JSON lines, gzip or not (or "-", or stdin when none): outcome records as the
widget's ct-result event gives them (detail.record), or rows grouped in a warehouse (the same fields
with "count" instead of "id"). A record may carry the returns desk's verdict ("confirmedCause": a
cause id, or "noFaultFound": true), or get it from --labels by id.

Prints a report: sessions used and set aside, what changed by how much with an uncertainty, and the
log-likelihood of held-out sessions (one in ten) before and after.

Options:
  --out FILE         write the learned knowledge base here (validated, same schema)
  --dry-run          print the report only
  --labels FILE      the returns desk's verdicts by record id, JSON lines:
                     {"id": "…", "confirmedCause": "cable"} or {"id": "…", "noFaultFound": true}
  --strength N       how many sessions the knowledge base's own numbers are worth (default 300):
                     a few hundred sessions nudge them, many thousands outweigh them
  --kb-version TEXT  the learned knowledge base's version (default: the old one + "+learned.SESSIONS")
  --top N            changes listed in the report (default 20)
  --json             the report as JSON, every change included
  --help             show this help`,
  walk: `Usage: charge-troubleshooter walk FILE --device ID

Runs a session in the terminal: type an answer's number, "b" to go back.

Options:
  --device ID   the device (required)
  --help        show this help`,
};

class UsageError extends Error {}

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The clock for progress and time limits, in milliseconds (default `performance.now`). */
  now?: () => number;
}

/** What makes long work shorter, by what it was doing when it hit the time limit. */
function lighter(command: string, task: string): string {
  if (command === 'graph') return 'give a smaller --depth';
  if (command === 'verify') return 'verify one device at a time (--device ID)';
  if (task.startsWith(EXACT))
    return 'leave the exact expectation out with --skip-exact (it grows with every question; the sampled shoppers do not)';
  return 'ask for less (--device ID, a smaller --runs or --noise)';
}

/** Runs the CLI; resolves with the exit code. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const print = (text: string) => io.stdout.write(`${text}\n`);
  const complain = (text: string) => io.stderr.write(`${text}\n`);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      print(HELP.main!);
      return command === undefined ? 2 : 0;
    }
    if (!(command in HELP) || command === 'main') throw new UsageError(`unknown command "${command}"`);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        strict: { type: 'boolean' },
        device: { type: 'string' },
        depth: { type: 'string' },
        runs: { type: 'string' },
        noise: { type: 'string' },
        'max-seconds': { type: 'string' },
        'max-nodes': { type: 'string' },
        'max-prompts': { type: 'string' },
        'return-days': { type: 'string' },
        'skip-exact': { type: 'boolean' },
        'purchase-date': { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        labels: { type: 'string' },
        strength: { type: 'string' },
        'kb-version': { type: 'string' },
        top: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (values.help) {
      print(HELP[command]!);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(`${command} needs a knowledge-base FILE`);
    if (command === 'validate') return await validateFiles(positionals, values.strict ?? false, print);
    if (command === 'learn') {
      if (values.out === undefined && !values['dry-run'])
        throw new UsageError('learn needs --out FILE for the learned knowledge base, or --dry-run');
      if (values.out !== undefined && values['dry-run']) throw new UsageError('--dry-run writes nothing: leave out --out');
      const strength = values.strength === undefined ? undefined : Number(values.strength);
      if (strength !== undefined && !(strength > 0 && Number.isFinite(strength)))
        throw new UsageError('--strength must be a number above 0');
      const knowledgeBase = await loadKnowledgeBase(positionals[0]!, complain);
      if (!knowledgeBase) return 1;
      return await learnCommand({
        knowledgeBase,
        files: positionals.slice(1),
        labels: values.labels,
        strength,
        version: values['kb-version'],
        out: values.out,
        json: values.json ?? false,
        top: wholeNumber(values.top ?? '20', '--top', 0),
        stdin: io.stdin,
        print,
        complain,
      });
    }
    if (positionals.length > 1) throw new UsageError(`${command} takes one FILE`);

    // Problems and warnings go to stderr: stdout carries the command's own output (Mermaid, say).
    const knowledgeBase = await loadKnowledgeBase(positionals[0]!, complain);
    if (!knowledgeBase) return 1;
    const today = values.today ?? localDate(Date.now());
    const purchaseDate = values['purchase-date'] ?? sixMonthsBefore(today);
    const device = values.device;
    if (device !== undefined && !knowledgeBase.devices.some((d) => d.id === device)) {
      complain(`error: unknown device "${device}"; the devices are: ${knowledgeBase.devices.map((d) => d.id).join(', ')}`);
      return 1;
    }
    const progress = pace({
      now: io.now ?? (() => performance.now()),
      maxSeconds: wholeNumber(values['max-seconds'] ?? (command === 'verify' ? '600' : '120'), '--max-seconds', 0),
      report: complain,
    });
    if (command === 'verify') {
      const report = verifyKnowledgeBase(knowledgeBase, {
        today,
        ...(device ? { devices: [device] } : {}),
        ...(values['return-days'] === undefined ? {} : { returnDays: wholeNumber(values['return-days'], '--return-days', 0) }),
        ...(values['max-prompts'] === undefined ? {} : { maxPrompts: wholeNumber(values['max-prompts'], '--max-prompts', 1) }),
        progress,
      });
      print(values.json ? JSON.stringify(report, null, 2) : formatVerifyReport(positionals[0]!, report));
      const proven = report.exhaustive && Object.values(report.violationCounts).every((n) => n === 0);
      return proven ? 0 : 1;
    }
    if (command === 'simulate') {
      const runs = wholeNumber(values.runs ?? '300', '--runs', 1);
      const noiseWorlds = wholeNumber(values.noise ?? '3', '--noise', 0);
      const only = device ? { device } : {};
      // Both parts first, then print: a run stopped at its time limit prints nothing half-done.
      const expectations = values['skip-exact'] ? undefined : simulate(knowledgeBase, { ...only, purchaseDate, today, progress });
      const report = diagnosisReport(knowledgeBase, { ...only, purchaseDate, today, runs, noiseWorlds, progress });
      print([...(expectations ? [formatSimulation(expectations), ''] : []), formatReport(report)].join('\n'));
      return 0;
    }
    if (device === undefined) throw new UsageError(`${command} needs --device ID`);
    if (command === 'graph') {
      const depth = wholeNumber(values.depth ?? '6', '--depth', 1);
      const maxNodes = wholeNumber(values['max-nodes'] ?? '500', '--max-nodes', 1);
      io.stdout.write(decisionGraph(knowledgeBase, { device, depth, maxNodes, purchaseDate, today, progress }));
      return 0;
    }
    await walk(knowledgeBase, device, io.stdin, io.stdout);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      complain(
        `error: ${(error as Error).message}\nRun "charge-troubleshooter ${command && command in HELP ? `${command} ` : ''}--help" for usage.`,
      );
      return 2;
    }
    if (error instanceof TimeLimitError) {
      complain(
        `error: ${command} ${error.message}.\nAllow longer with --max-seconds N (0 for no limit), or ${lighter(command!, error.task)}.`,
      );
      return 1;
    }
    if (error instanceof RangeError) {
      complain(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function wholeNumber(text: string, option: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${option} must be a whole number, ${min} or more`);
  return n;
}

function sixMonthsBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return today; // createSession reports the bad date
  date.setUTCMonth(date.getUTCMonth() - 6);
  return date.toISOString().slice(0, 10);
}

function where(source: JsonSource, path: string): string {
  const { line, column } = positionOf(source, path);
  return `${source.file}:${line}:${column}`;
}

/** Reads and validates one file, printing its problems; undefined when it is not usable. */
async function loadKnowledgeBase(file: string, report: (text: string) => void): Promise<KnowledgeBase | undefined> {
  const checked = await checkFile(file);
  checked.lines.forEach((line) => report(line));
  return checked.knowledgeBase;
}

async function checkFile(file: string): Promise<{ lines: string[]; errors: number; warnings: number; knowledgeBase?: KnowledgeBase }> {
  let source: JsonSource;
  try {
    source = await readJsonSource(file);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const at = error.position ? `${file}:${error.position.line}:${error.position.column}` : file;
    return { lines: [`${at}: error: ${error.message}`], errors: 1, warnings: 0 };
  }
  try {
    const knowledgeBase = validateKnowledgeBase(source.value);
    const warnings = lintKnowledgeBase(knowledgeBase).map((w) => `${where(source, w.path)}: warning: ${w.path}: ${w.message}`);
    return { lines: warnings, errors: 0, warnings: warnings.length, knowledgeBase };
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return {
      lines: error.problems.map((p) => `${where(source, p.path)}: error: ${p.path}: ${p.message}`),
      errors: error.problems.length,
      warnings: 0,
    };
  }
}

async function validateFiles(files: string[], strict: boolean, print: (text: string) => void): Promise<number> {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const checked = await checkFile(file);
    checked.lines.forEach((line) => print(line));
    errors += checked.errors;
    warnings += checked.warnings;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  print(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}`);
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

function formatSimulation(devices: ReturnType<typeof simulate>): string {
  const percent = (p: number) => `${(p * 100).toFixed(1)}%`;
  return devices
    .map(({ device, expectation: e, paths }) => {
      const outcomes = Object.entries(e.outcomes)
        .filter(([, p]) => p > 0.0005)
        .sort(([, a], [, b]) => b - a)
        .map(([outcome, p]) => `${outcome} ${percent(p)}`)
        .join(', ');
      return [
        `${device}`,
        `  expected minutes ${e.minutes.toFixed(1)}, prompts ${e.prompts.toFixed(2)}, ending right ${percent(e.correct)}`,
        `  outcomes: ${outcomes}`,
        ...paths.map((p) => `  ${p.cause} (${percent(p.prior)}): ${p.steps.join(', ')} ⇒ ${p.outcome}`),
      ].join('\n');
    })
    .join('\n\n');
}

function formatReport({ plain, noise }: DiagnosisReport): string {
  const percent = (p: number | undefined) => (p === undefined ? '–' : `${(p * 100).toFixed(1)}%`);
  const row = (label: string, { engine, fixed, ceiling }: { engine: Metrics; fixed: Metrics; ceiling: number }) =>
    `  ${label.padEnd(24)} right ${percent(engine.right)} vs ${percent(fixed.right)} (ceiling ${percent(ceiling)}), fixable escalated ${percent(engine.fixableEscalated)} vs ${percent(fixed.fixableEscalated)}, ` +
    `hands-on ${engine.handsOn.toFixed(1)} vs ${fixed.handsOn.toFixed(1)} min, waiting ${engine.waiting.toFixed(0)} vs ${fixed.waiting.toFixed(0)} min` +
    (engine.refundsNeverOffered === undefined
      ? ''
      : `, refunds never offered the fix ${percent(engine.refundsNeverOffered)} vs ${percent(fixed.refundsNeverOffered)}`);
  return [
    'Sampled shoppers, the engine vs the fixed order (the ceiling: every step tried until one fixes it):',
    ...plain.devices.map((d) => row(d.device, d)),
    ...(plain.devices.length > 1 ? [row('mean over devices', plain.overall)] : []),
    ...(noise
      ? [
          row(`±${Math.round(noise.spread * 100)} % noise, ${noise.worlds} worlds`, noise.overall),
          `  devices where the engine ends right less often than the fixed order in some world: ${noise.devicesBehind.length === 0 ? 'none' : noise.devicesBehind.join(', ')}`,
        ]
      : []),
  ].join('\n');
}

// Run when executed (the npm bin or `node dist/cli/main.js`), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${realpathSync(process.argv[1])}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
