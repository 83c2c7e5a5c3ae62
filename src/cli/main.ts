#!/usr/bin/env node
/// <reference types="node" />
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diagnosisReport } from '../analysis/compare.js';
import { EXACT, simulate } from '../analysis/expectation.js';
import { verifyKnowledgeBase } from '../analysis/verify.js';
import { localDate } from '../core/internal.js';
import { loadKnowledgeBase, validateFiles } from './check-files.js';
import { formatReport, formatSimulation } from './format-simulation.js';
import { decisionGraph } from './graph.js';
import { HELP } from './help.js';
import { learnCommand } from './learn.js';
import { pace, TimeLimitError } from './pace.js';
import { reportCommand } from './report.js';
import { formatVerifyReport } from './verify.js';
import { walk } from './walk.js';

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
  if (command === 'learn' || command === 'report')
    return 'group the records in your warehouse first (docs/learning.md, "Group in your warehouse")';
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
        'max-bytes': { type: 'string' },
        'max-nodes': { type: 'string' },
        'max-prompts': { type: 'string' },
        'return-days': { type: 'string' },
        'skip-exact': { type: 'boolean' },
        'skip-decisions': { type: 'boolean' },
        'purchase-date': { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        labels: { type: 'string' },
        rows: { type: 'string', multiple: true },
        'max-share': { type: 'string' },
        replicates: { type: 'string' },
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
      const maxShare = values['max-share'] === undefined ? undefined : Number(values['max-share']);
      if (maxShare !== undefined && !(maxShare > 0 && maxShare <= 1))
        throw new UsageError('--max-share must be a number above 0 and at most 1 (a share of the sessions; 1 for no cap)');
      const maxBytes = byteSize(values['max-bytes'] ?? '1G', '--max-bytes');
      const maxSeconds = wholeNumber(values['max-seconds'] ?? '120', '--max-seconds', 0);
      const knowledgeBase = await loadKnowledgeBase(positionals[0]!, complain);
      if (!knowledgeBase) return 1;
      return await learnCommand({
        knowledgeBase,
        knowledgeBaseFile: positionals[0]!,
        maxBytes,
        progress: pace({ now: io.now ?? (() => performance.now()), maxSeconds, report: complain }),
        files: positionals.slice(1),
        labels: values.labels,
        rows: values.rows ?? [],
        maxShare,
        replicates: values.replicates === undefined ? undefined : wholeNumber(values.replicates, '--replicates', 0),
        strength,
        version: values['kb-version'],
        out: values.out,
        json: values.json ?? false,
        decisions: !(values['skip-decisions'] ?? false),
        today: values.today ?? localDate(Date.now()),
        top: wholeNumber(values.top ?? '20', '--top', 0),
        stdin: io.stdin,
        print,
        complain,
      });
    }
    if (command === 'report') {
      if (values.out === undefined) throw new UsageError('report needs --out FILE for the HTML page');
      const maxBytes = byteSize(values['max-bytes'] ?? '1G', '--max-bytes');
      const maxSeconds = wholeNumber(values['max-seconds'] ?? '120', '--max-seconds', 0);
      const knowledgeBase = await loadKnowledgeBase(positionals[0]!, complain);
      if (!knowledgeBase) return 1;
      return await reportCommand({
        knowledgeBase,
        knowledgeBaseFile: positionals[0]!,
        files: positionals.slice(1),
        rows: values.rows ?? [],
        labels: values.labels,
        out: values.out,
        maxBytes,
        progress: pace({ now: io.now ?? (() => performance.now()), maxSeconds, report: complain }),
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

/** A size in bytes: a whole number, or with K, M or G (powers of 1,024: `1G`, `512MiB`); 0 for no limit. */
function byteSize(text: string, option: string): number {
  const match = /^(\d+)(?:([KMG])(?:i?B)?)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`${option} must be a whole number of bytes, or with K, M or G (512M, 2G), 0 for no limit`);
  return Number(match[1]) * 1024 ** (match[2] === undefined ? 0 : ' KMG'.indexOf(match[2].toUpperCase()));
}

function sixMonthsBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return today; // createSession reports the bad date
  date.setUTCMonth(date.getUTCMonth() - 6);
  return date.toISOString().slice(0, 10);
}

// Run when executed (the npm bin or `node dist/cli/main.js`), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${realpathSync(process.argv[1])}`).href) {
  // A reader that stops early (`learn --json | head`) closes the pipe: the output is not wanted, not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  process.exitCode = await main(process.argv.slice(2));
}
