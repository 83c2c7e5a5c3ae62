/// <reference types="node" />
import type { Progress } from '../analysis/progress.js';
import type { KnowledgeBase } from '../core/index.js';
import { learn, OutcomeTally } from '../learn/index.js';
import { ReportStats, reportPage } from '../report/index.js';
import { FileError, identity, writeWhole } from './files.js';
import { distinctFiles, LineProblems, readLines } from './learn.js';
import { ByteLimitError } from './learn-input.js';

// `charge-troubleshooter report`: the records read as `learn` reads them (same files, limits and
// FILE:LINE errors), counted for the page and learned from, and the page written whole or not at all.

export interface ReportCommand {
  knowledgeBase: KnowledgeBase;
  knowledgeBaseFile: string;
  /** Record files (`-` is stdin); stdin when there are none and no rows. */
  files: string[];
  rows: string[];
  labels: string | undefined;
  out: string;
  maxBytes: number;
  progress: Progress;
  stdin: NodeJS.ReadableStream;
  print: (text: string) => void;
  complain: (text: string) => void;
}

async function outOverwritesInput(command: ReportCommand): Promise<string | undefined> {
  const out = await identity(command.out);
  if (out === undefined) return undefined;
  const inputs = [command.knowledgeBaseFile, ...(command.labels === undefined ? [] : [command.labels]), ...command.files, ...command.rows];
  for (const file of inputs)
    if (file !== '-' && (await identity(file)) === out)
      return `error: --out ${command.out} is ${file}, which the report reads: give another file`;
  return undefined;
}

/** Runs `report`; resolves with the exit code. */
export async function reportCommand(command: ReportCommand): Promise<number> {
  const refusal = await outOverwritesInput(command);
  if (refusal !== undefined) {
    command.complain(refusal);
    return 2;
  }
  const problems = new LineProblems();
  const tally = new OutcomeTally(command.knowledgeBase);
  const stats = new ReportStats(command.knowledgeBase);
  const options = { budget: { max: command.maxBytes, read: 0 }, progress: command.progress, warn: command.complain };
  // Each line counted by both or by neither: a line learn refuses is an error here too.
  const asRecord = (value: unknown, where: string) => {
    stats.add(value, where);
    tally.add(value, where);
  };
  const asRow = (value: unknown, where: string) => {
    stats.addRow(value, where);
    tally.addRow(value, where);
  };
  try {
    if (command.labels !== undefined)
      await readLines(
        command.labels,
        command,
        options,
        (value, where) => {
          stats.addLabel(value, where);
          tally.addLabel(value, where);
        },
        problems,
      );
    const files = command.files.length === 0 && command.rows.length === 0 ? ['-'] : command.files;
    const rows = new Set(command.rows);
    for (const file of await distinctFiles([...files, ...command.rows], command.complain)) {
      await readLines(file, command, options, rows.has(file) ? asRow : asRecord, problems);
    }
  } catch (error) {
    if (!(error instanceof ByteLimitError)) throw error;
    command.complain(error.message.replace('nothing learned, nothing written', 'no report written'));
    return 1;
  }
  if (problems.count > 0) {
    problems.listed.forEach((line) => command.complain(line));
    if (problems.count > problems.listed.length) command.complain(`… and ${problems.count - problems.listed.length} more`);
    command.complain(problems.summary.replace('nothing learned, nothing written', 'no report written'));
    return 1;
  }
  const summary = stats.summary();
  let learned: { report: ReturnType<typeof learn>['report'] } | { error: string };
  try {
    learned = { report: learn(command.knowledgeBase, tally, { progress: command.progress }).report };
  } catch (error) {
    // No session learn can use (all set aside, say): the page says so; the counts still stand.
    if (!(error instanceof RangeError)) throw error;
    learned = { error: error.message };
  }
  try {
    await writeWhole(command.out, reportPage({ knowledgeBase: command.knowledgeBase, stats: summary, learned }));
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    command.complain(`${error.message}: nothing written`);
    return 1;
  }
  command.print(
    `Wrote ${command.out}: ${summary.sessions.toLocaleString('en')} sessions from ${summary.lines.toLocaleString('en')} lines.`,
  );
  return 0;
}
