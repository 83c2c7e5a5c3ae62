/// <reference types="node" />
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { KnowledgeBase } from '../core/index.js';
import { type Change, type LearnReport, learn, OutcomeTally, RecordError } from '../learn/index.js';

export interface LearnCommand {
  knowledgeBase: KnowledgeBase;
  /** Record files (`-` is stdin); stdin when none. */
  files: string[];
  labels: string | undefined;
  strength: number | undefined;
  version: string | undefined;
  out: string | undefined;
  json: boolean;
  top: number;
  stdin: NodeJS.ReadableStream;
  print: (text: string) => void;
  complain: (text: string) => void;
}

/** Lines that could not be read are listed up to this many, then counted. */
const LISTED_PROBLEMS = 20;

/** A line `learn` cannot read, where it is. */
class LineProblems {
  readonly listed: string[] = [];
  count = 0;
  add(text: string): void {
    this.count++;
    if (this.listed.length < LISTED_PROBLEMS) this.listed.push(text);
  }
}

/** The lines of a stream, gzip or not (told by its first bytes, not its name), a UTF-8 byte-order mark dropped. */
async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  const all = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
    })(),
  );
  const bytes: AsyncIterable<Buffer> = head[0] === 0x1f && head[1] === 0x8b ? all.pipe(createGunzip()) : all;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let rest = '';
  for await (const chunk of bytes) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

function openInput(file: string, stdin: NodeJS.ReadableStream): NodeJS.ReadableStream {
  return file === '-' ? stdin : createReadStream(file);
}

/** Reads JSON lines into `add`, listing what cannot be read as FILE:LINE: problem. */
async function readLines(
  file: string,
  stream: NodeJS.ReadableStream,
  add: (value: unknown, where: string) => void,
  problems: LineProblems,
): Promise<void> {
  const name = file === '-' ? '(stdin)' : file;
  let n = 0;
  try {
    for await (const line of linesOf(stream)) {
      n++;
      if (line.trim() === '') continue;
      const where = `${name}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    problems.add(
      `${name}: error: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code.startsWith('Z_') ? 'gzip data is damaged' : `cannot read it (${code})`}`,
    );
  }
}

/** Runs `learn`: reads labels, then records, learns, and writes the knowledge base and the report. Resolves with the exit code. */
export async function learnCommand(command: LearnCommand): Promise<number> {
  const problems = new LineProblems();
  const tally = new OutcomeTally(command.knowledgeBase);
  if (command.labels !== undefined) {
    await readLines(command.labels, openInput(command.labels, command.stdin), (value, where) => tally.addLabel(value, where), problems);
  }
  for (const file of command.files.length === 0 ? ['-'] : command.files) {
    await readLines(file, openInput(file, command.stdin), (value, where) => tally.add(value, where), problems);
  }
  if (problems.count > 0) {
    problems.listed.forEach((line) => command.complain(line));
    if (problems.count > problems.listed.length) command.complain(`… and ${problems.count - problems.listed.length} more`);
    command.complain(`${problems.count} line${problems.count === 1 ? '' : 's'} could not be read: nothing learned, nothing written.`);
    return 1;
  }
  const { knowledgeBase, report } = learn(command.knowledgeBase, tally, {
    ...(command.strength === undefined ? {} : { strength: command.strength }),
    ...(command.version === undefined ? {} : { version: command.version }),
  });
  if (command.out !== undefined) await writeFile(command.out, `${JSON.stringify(knowledgeBase, null, 2)}\n`);
  command.print(
    command.json
      ? JSON.stringify({ ...report, version: knowledgeBase.version, written: command.out ?? null }, null, 2)
      : formatLearnReport(report, { top: command.top, version: knowledgeBase.version!, written: command.out }),
  );
  return 0;
}

const count = (n: number) => Math.round(n).toLocaleString('en');
const probability = (p: number) => p.toFixed(4).replace(/0{1,2}$/, '');

/** A change in words: which probability, from what to what, how sure, on how many sessions. */
export function describeChange(change: Change): string {
  const what =
    change.kind === 'prior'
      ? `P(${change.cause}) for ${change.device}`
      : change.kind === 'fix'
        ? `P(${change.action} fixes it | ${change.cause})`
        : `P(${change.question} = ${change.option} | ${change.cause})`;
  return `${what}: ${probability(change.before)} → ${probability(change.after)} ± ${probability(change.uncertainty)} (${count(change.sessions)} sessions)`;
}

export function formatLearnReport(
  report: LearnReport,
  { top, version, written }: { top: number; version: string; written: string | undefined },
): string {
  const { read, sessions } = report;
  const held = report.heldOutLogLikelihood;
  const moved = report.changes.filter((c) => c.after !== c.before);
  return [
    `Learned from ${count(sessions.used)} sessions (${count(read.lines)} lines, ${count(report.paths)} distinct paths), strength ${report.strength}: ${report.iterations} iterations${report.converged ? '' : ' (stopped before converging)'}.`,
    ...(read.labels > 0 ? [`Labels: ${count(read.labels)} given, ${count(read.labelsMatched)} joined to a record.`] : []),
    // Records of older versions are learned from where their prompts and answers still exist: say how many.
    ...(Object.keys(read.versions).length > 1
      ? [
          `Knowledge-base versions: ${Object.entries(read.versions)
            .map(([v, n]) => `${v} (${count(n)} sessions)`)
            .join(', ')}.`,
        ]
      : []),
    ...report.skipped.map(
      (s) =>
        `Set aside: ${count(s.sessions)} sessions with ${s.reason} (${s.examples.join(', ')}${s.sessions > s.examples.length ? ', …' : ''}).`,
    ),
    held === undefined
      ? 'Held-out log-likelihood: too few sessions to hold any back.'
      : `Held-out log-likelihood per session (${count(sessions.heldOut)} sessions kept back, learned from the rest): ${held.before.toFixed(4)} before, ${held.after.toFixed(4)} after (${held.after >= held.before ? 'better' : 'worse'} by ${Math.abs(held.after - held.before).toFixed(4)}).`,
    `${count(moved.length)} of ${count(report.changes.length)} probabilities changed${moved.length > 0 ? `; the largest ${Math.min(top, moved.length)}:` : '.'}`,
    ...moved.slice(0, top).map((c) => `  ${describeChange(c)}`),
    written === undefined
      ? `Dry run: nothing written (the learned version would be ${version}).`
      : `Wrote ${written} (version ${version}).`,
  ].join('\n');
}
