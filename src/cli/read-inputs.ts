/// <reference types="node" />
import type { Progress } from '../analysis/progress.js';
import { RecordError } from '../learn/index.js';
import { MAX_LINE_BYTES } from '../learn/lines.js';
import { FileError, identity } from './files.js';
import { ByteLimitError, inputLines, showBytes, shownName } from './learn-input.js';

// What `learn` and `report` read, read the same way: labels first, then records, then rows; each file
// once; every line that cannot be read listed, and nothing done if any could not.

/** The files a command reads, and how. */
export interface Inputs {
  /** Record files (`-` is stdin); stdin when neither records nor rows are given. */
  files: string[];
  /** Files of rows grouped in the shop's warehouse (trusted: `count` and verdicts are read). */
  rows: string[];
  labels: string | undefined;
  /** Stop past this many bytes of input, after inflating (0: no limit). */
  maxBytes: number;
  /** Reports on long work, stops it at --max-seconds. */
  progress: Progress;
  stdin: NodeJS.ReadableStream;
  complain: (text: string) => void;
}

/** Where each kind of line goes; each throws a RecordError for a line it cannot take. */
export interface Sinks {
  label: (value: unknown, where: string) => void;
  record: (value: unknown, where: string) => void;
  row: (value: unknown, where: string) => void;
}

/** What the byte limit's message says was not done, as `learn` words it. */
const NOTHING_LEARNED = 'nothing learned, nothing written';

/** Lines that could not be read are listed up to this many, then counted. */
const LISTED_PROBLEMS = 20;

/** A line `learn` cannot read, where it is. */
class LineProblems {
  readonly listed: string[] = [];
  count = 0;
  files = 0;
  add(text: string, file = false): void {
    this.count++;
    if (file) this.files++;
    if (this.listed.length < LISTED_PROBLEMS) this.listed.push(text);
  }

  /** `2 lines and 1 file could not be read: ` and what was not done for it. */
  summary(nothingDone: string): string {
    const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
    const lines = this.count - this.files;
    const what = [...(lines > 0 ? [plural(lines, 'line')] : []), ...(this.files > 0 ? [plural(this.files, 'file')] : [])];
    return `${what.join(' and ')} could not be read: ${nothingDone}.`;
  }
}

/** Each file once: the same file given twice (by another name, a link) is read once, with a warning. */
async function distinctFiles(files: string[], warn: (line: string) => void): Promise<string[]> {
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
async function readLines(
  file: string,
  command: Pick<Inputs, 'stdin'>,
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

/**
 * Reads labels, then records, then rows into the sinks: a file given twice (under any name, or as both
 * records and rows) once, in the first role it is given. Lists every line that cannot be read and ends
 * with what was not done (`nothingDone`); resolves false then, true when everything was read.
 */
export async function readInputs(inputs: Inputs, sinks: Sinks, nothingDone = NOTHING_LEARNED): Promise<boolean> {
  const problems = new LineProblems();
  const options = { budget: { max: inputs.maxBytes, read: 0 }, progress: inputs.progress, warn: inputs.complain };
  try {
    if (inputs.labels !== undefined) await readLines(inputs.labels, inputs, options, sinks.label, problems);
    const records = inputs.files.length === 0 && inputs.rows.length === 0 ? ['-'] : inputs.files;
    for (const file of await distinctFiles([...records, ...inputs.rows], inputs.complain)) {
      await readLines(file, inputs, options, records.includes(file) ? sinks.record : sinks.row, problems);
    }
  } catch (error) {
    if (!(error instanceof ByteLimitError)) throw error;
    inputs.complain(error.message.replace(NOTHING_LEARNED, nothingDone));
    return false;
  }
  if (problems.count === 0) return true;
  problems.listed.forEach((line) => inputs.complain(line));
  if (problems.count > problems.listed.length) inputs.complain(`… and ${problems.count - problems.listed.length} more`);
  inputs.complain(problems.summary(nothingDone));
  return false;
}
