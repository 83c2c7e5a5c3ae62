/// <reference types="node" />
import type { KnowledgeBase } from '../core/index.js';
import { decisionReport, learn, OutcomeTally } from '../learn/index.js';
import { formatDecisions } from './decisions-report.js';
import { FileError, identity, writeWhole } from './files.js';
import { formatLearnReport } from './learn-report.js';
import { type Inputs, readInputs } from './read-inputs.js';

/** `learn`: what it reads (`Inputs`), how it learns, and where it writes. */
export interface LearnCommand extends Inputs {
  knowledgeBase: KnowledgeBase;
  /** Where the knowledge base was read from: --out may not name it. */
  knowledgeBaseFile: string;
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
  print: (text: string) => void;
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

/** Runs `learn`: reads labels, then records, learns, and writes the knowledge base and the report. Resolves with the exit code. */
export async function learnCommand(command: LearnCommand): Promise<number> {
  const refusal = await outOverwritesInput(command);
  if (refusal !== undefined) {
    command.complain(refusal);
    return 2;
  }
  const tally = new OutcomeTally(command.knowledgeBase);
  const read = await readInputs(command, {
    label: (value, where) => tally.addLabel(value, where),
    record: (value, where) => tally.add(value, where),
    row: (value, where) => tally.addRow(value, where),
  });
  if (!read) return 1;
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
