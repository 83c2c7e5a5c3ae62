/// <reference types="node" />
import type { Progress } from '../analysis/progress.js';
import type { KnowledgeBase } from '../core/index.js';
import { decisionReport, learn, OutcomeTally, RecordError } from '../learn/index.js';
import { MAX_LINE_BYTES } from '../learn/lines.js';
import { formatDecisions } from './decisions-report.js';
import { FileError, identity, writeWhole } from './files.js';
import { ByteLimitError, inputLines, showBytes, shownName } from './learn-input.js';
import { formatLearnReport } from './learn-report.js';

export interface LearnCommand {
  knowledgeBase: KnowledgeBase;
  /** Where the knowledge base was read from: --out may not name it. */
  knowledgeBaseFile: string;
  /** Record files (`-` is stdin); stdin when none and no rows. */
  files: string[];
  /** Files of rows grouped in the shop's warehouse (trusted: `count` and verdicts are read). */
  rows: string[];
  labels: string | undefined;
  strength: number | undefined;
  /** Bootstrap replicates behind the intervals (default: learn's). */
  replicates: number | undefined;
  maxShare: number | undefined;
  version: string | undefined;
  out: string | undefined;
  json: boolean;
  /** Judge what the learned numbers change, decision by decision (default; `--skip-decisions` leaves it out). */
  decisions: boolean;
  /** The day the shoppers of the decision report are simulated on. */
  today: string;
  top: number;
  /** Stop past this many bytes of input, after inflating (0: no limit). */
  maxBytes: number;
  /** Reports on long work, stops it at --max-seconds. */
  progress: Progress;
  stdin: NodeJS.ReadableStream;
  print: (text: string) => void;
  complain: (text: string) => void;
}

/** Lines that could not be read are listed up to this many, then counted. */
const LISTED_PROBLEMS = 20;

/** A line `learn` cannot read, where it is. */
export class LineProblems {
  readonly listed: string[] = [];
  count = 0;
  files = 0;
  add(text: string, file = false): void {
    this.count++;
    if (file) this.files++;
    if (this.listed.length < LISTED_PROBLEMS) this.listed.push(text);
  }

  /** `2 lines and 1 file could not be read`. */
  get summary(): string {
    const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
    const lines = this.count - this.files;
    const what = [...(lines > 0 ? [plural(lines, 'line')] : []), ...(this.files > 0 ? [plural(this.files, 'file')] : [])];
    return `${what.join(' and ')} could not be read: nothing learned, nothing written.`;
  }
}

/** --out naming a file learn reads (by device and inode: `./x`, symbolic and hard links too), or undefined. */
async function outOverwritesInput(command: LearnCommand): Promise<string | undefined> {
  if (command.out === undefined) return undefined;
  const out = await identity(command.out);
  if (out === undefined) return undefined;
  const inputs: [string, string][] = [
    [command.knowledgeBaseFile, 'the knowledge base it learns from'],
    ...(command.labels === undefined ? [] : [[command.labels, 'the labels file'] as [string, string]]),
    ...command.files.map((file): [string, string] => [file, 'a records file']),
    ...command.rows.map((file): [string, string] => [file, 'a rows file']),
  ];
  for (const [file, role] of inputs) {
    if (file !== '-' && (await identity(file)) === out)
      return `error: --out ${command.out} is ${role} (${file}): learn will not write over what it reads; give another file`;
  }
  return undefined;
}

/** Each file once: the same file given twice (by another name, a link) is read once, with a warning. */
export async function distinctFiles(files: string[], warn: (line: string) => void): Promise<string[]> {
  const seen = new Map<string, string>();
  const distinct: string[] = [];
  for (const file of files) {
    const id = file === '-' ? '-' : ((await identity(file)) ?? `missing:${file}`);
    const earlier = seen.get(id);
    if (earlier === undefined) {
      seen.set(id, file);
      distinct.push(file);
    } else
      warn(`${shownName(file)}: warning: the same file as ${shownName(earlier)}, given before: read once (its sessions would count twice)`);
  }
  return distinct;
}

/** Reads JSON lines into `add`, listing what cannot be read as FILE:LINE: problem; a file that cannot be read at all as FILE: error. */
export async function readLines(
  file: string,
  command: Pick<LearnCommand, 'stdin'>,
  options: Parameters<typeof inputLines>[2],
  add: (value: unknown, where: string) => void,
  problems: LineProblems,
): Promise<void> {
  const name = shownName(file);
  try {
    for await (const lines of inputLines(file, command.stdin, options))
      for (const line of lines) {
        const where = `${name}:${line.number}`;
        if (!('text' in line)) {
          problems.add(
            `${where}: error: line too long (${showBytes(line.tooLong)}; learn reads lines of up to ${showBytes(MAX_LINE_BYTES)}: one JSON object a line)`,
          );
          continue;
        }
        if (line.text.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line.text);
        } catch (error) {
          problems.add(`${where}: error: not JSON (${(error as Error).message})`);
          continue;
        }
        try {
          add(value, where);
        } catch (error) {
          if (!(error instanceof RecordError)) throw error;
          problems.add(`${where}: error: ${error.problem}`);
        }
      }
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    problems.add(error.message, true);
  }
}

/** Runs `learn`: reads labels, then records, learns, and writes the knowledge base and the report. Resolves with the exit code. */
export async function learnCommand(command: LearnCommand): Promise<number> {
  const refusal = await outOverwritesInput(command);
  if (refusal !== undefined) {
    command.complain(refusal);
    return 2;
  }
  const problems = new LineProblems();
  const tally = new OutcomeTally(command.knowledgeBase);
  const options = { budget: { max: command.maxBytes, read: 0 }, progress: command.progress, warn: command.complain };
  try {
    if (command.labels !== undefined)
      await readLines(command.labels, command, options, (value, where) => tally.addLabel(value, where), problems);
    // Records, then rows: a file given as both is read once, as records (the first role it is given).
    const records = command.files.length === 0 && command.rows.length === 0 ? ['-'] : command.files;
    for (const file of await distinctFiles([...records, ...command.rows], command.complain)) {
      const asRows = !records.includes(file);
      await readLines(file, command, options, (value, where) => (asRows ? tally.addRow(value, where) : tally.add(value, where)), problems);
    }
  } catch (error) {
    if (!(error instanceof ByteLimitError)) throw error;
    command.complain(error.message);
    return 1;
  }
  if (problems.count > 0) {
    problems.listed.forEach((line) => command.complain(line));
    if (problems.count > problems.listed.length) command.complain(`… and ${problems.count - problems.listed.length} more`);
    command.complain(problems.summary);
    return 1;
  }
  const { knowledgeBase, report } = learn(command.knowledgeBase, tally, {
    ...(command.strength === undefined ? {} : { strength: command.strength }),
    ...(command.replicates === undefined ? {} : { replicates: command.replicates }),
    ...(command.version === undefined ? {} : { version: command.version }),
    ...(command.maxShare === undefined ? {} : { maxShare: command.maxShare }),
    progress: command.progress,
  });
  if (command.out !== undefined) {
    try {
      await writeWhole(command.out, `${JSON.stringify(knowledgeBase, null, 2)}\n`);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      command.complain(`${error.message}: nothing written`);
      return 1;
    }
  }
  command.progress.begin('judging what the learned numbers change, with simulated shoppers');
  const decisions = command.decisions
    ? decisionReport(command.knowledgeBase, knowledgeBase, {
        today: command.today,
        ...(report.heldOutLogLikelihood === undefined ? {} : { heldOutLogLikelihood: report.heldOutLogLikelihood }),
      })
    : undefined;
  command.print(
    command.json
      ? JSON.stringify({ ...report, decisions: decisions ?? null, version: knowledgeBase.version, written: command.out ?? null }, null, 2)
      : [
          formatLearnReport(report, { top: command.top, version: knowledgeBase.version!, written: command.out }),
          ...(decisions === undefined ? [] : formatDecisions(decisions)),
        ].join('\n'),
  );
  return 0;
}
