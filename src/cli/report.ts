/// <reference types="node" />
import type { KnowledgeBase } from '../core/index.js';
import { learn, OutcomeTally } from '../learn/index.js';
import { ReportStats, reportPage } from '../report/index.js';
import { FileError, identity, writeWhole } from './files.js';
import { type Inputs, readInputs } from './read-inputs.js';

// `charge-troubleshooter report`: the records read as `learn` reads them (same files, limits and
// FILE:LINE errors), counted for the page and learned from, and the page written whole or not at all.

/** `report`: what it reads, as `learn` does (`Inputs`), and where it writes the page. */
export interface ReportCommand extends Inputs {
  knowledgeBase: KnowledgeBase;
  knowledgeBaseFile: string;
  out: string;
  print: (text: string) => void;
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
  const tally = new OutcomeTally(command.knowledgeBase);
  const stats = new ReportStats(command.knowledgeBase);
  // Each line counted by both or by neither: a line learn refuses is an error here too.
  const read = await readInputs(
    command,
    {
      label: (value, where) => {
        stats.addLabel(value, where);
        tally.addLabel(value, where);
      },
      record: (value, where) => {
        stats.add(value, where);
        tally.add(value, where);
      },
      row: (value, where) => {
        stats.addRow(value, where);
        tally.addRow(value, where);
      },
    },
    'no report written',
  );
  if (!read) return 1;
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
