import type { KnowledgeBase, Prompt, Question, SessionState } from '../core/index.js';
import {
  type AgeBand,
  addMonths,
  ageBandOf,
  answerIds,
  bandEndMonths,
  decisionInputs,
  type Ending,
  formatDate,
  initialState,
  localDate,
  nextStep,
  parseDate,
  policyOf,
  possibleAgeBands,
  promptFor,
  type Settings,
  type Step,
  settingsOf,
  transition,
  unclassified,
  validateKnowledgeBase,
  type Words,
  wordsFor,
} from '../core/internal.js';
import { INVARIANTS, isSafetyQuestion, type Walk } from './invariants.js';
import { model } from './model-queries.js';
import type { Progress } from './progress.js';

export interface VerifyOptions {
  /** The day the walks happen on (`YYYY-MM-DD`); default the local date. */
  today?: string;
  /** Only these devices (default: every one). */
  devices?: readonly string[];
  /** The shop's own return window, as the widget would be given it (default: each device's). */
  returnDays?: number;
  /** Stop, not proven, after this many prompts (default 50,000,000). */
  maxPrompts?: number;
  /** Told of each situation begun and each prompt checked. */
  progress?: Progress;
}

/** One starting point of the walk: a device, the consumer law, and what is known of its age. */
export interface Situation {
  device: string;
  /** A `legalRights` key, or none (no legal guarantee beyond the maker's warranty). */
  region?: string;
  /** A date inside `band`, or none: the engine asks the age when it matters. */
  purchaseDate?: string;
  band: AgeBand | 'asked';
}

export interface Violation {
  invariant: string;
  message: string;
  situation: Situation;
  /** The answers that lead there, `promptId:optionId`. */
  path: string[];
}

export interface VerifyReport {
  invariants: { id: string; description: string }[];
  situations: Situation[];
  /** Decision trees walked: situations whose sessions take the same steps share one. */
  trees: number;
  /** Prompts walked: every prompt of every tree. */
  prompts: number;
  /** Paths from the first prompt to a result, over every situation. */
  paths: number;
  /** False when it stopped at `maxPrompts`: then nothing is proven. */
  exhaustive: boolean;
  /** The first paths found breaking each invariant, at most `EXAMPLES_PER_INVARIANT` each. */
  violations: Violation[];
  /** How many prompts break each invariant, each situation counted (including the ones not listed). */
  violationCounts: Record<string, number>;
}

const DEFAULT_MAX_PROMPTS = 50_000_000;
const EXAMPLES_PER_INVARIANT = 20;
const DAYS_PER_MONTH = 30.4375;
/** Every answer adds to what is done, so a session ends within its prompts; one that has not by this many is a broken engine. */
const MAX_DEPTH = 200;

/**
 * Walks every path a shopper can take through a valid knowledge base (else a KnowledgeBaseError),
 * every answer including "I can't do this", for every device, every region of its `legalRights` (and
 * none), and every age band (a date in each, and the age left for the engine to ask), and checks
 * `INVARIANTS` at every prompt. It drives the engine a session runs on (`nextStep`, `transition`,
 * `promptFor`), without a session's history and freezing: the walk is exhaustive, not sampled.
 */
export function verifyKnowledgeBase(knowledgeBase: KnowledgeBase, options: VerifyOptions = {}): VerifyReport {
  validateKnowledgeBase(knowledgeBase);
  const today = options.today ?? localDate(Date.now());
  const maxPrompts = options.maxPrompts ?? DEFAULT_MAX_PROMPTS;
  const situations = situationsOf(knowledgeBase, today, options);
  const report: VerifyReport = {
    invariants: INVARIANTS.map(({ id, description }) => ({ id, description })),
    situations,
    trees: 0,
    prompts: 0,
    paths: 0,
    exhaustive: true,
    violations: [],
    violationCounts: Object.fromEntries(INVARIANTS.map(({ id }) => [id, 0])),
  };
  const safety = new Set(knowledgeBase.questions.filter(isSafetyQuestion).map((q) => q.id));
  const record = (situation: Situation, path: readonly string[], broken: readonly Broken[]) => {
    for (const [invariant, message] of broken) {
      if (report.violationCounts[invariant]!++ < EXAMPLES_PER_INVARIANT)
        report.violations.push({ invariant, message, situation, path: [...path] });
    }
  };

  for (const group of sameDecisions(knowledgeBase, situations, today, options.returnDays)) {
    const [first] = group;
    const alike = group.length > 1 ? ` and ${group.length - 1} situation${group.length > 2 ? 's' : ''} that take the same steps` : '';
    options.progress?.begin(`every path of ${describeSituation(first!.situation)}${alike}`);
    report.trees++;
    const { settings, words } = first!;
    const device = knowledgeBase.devices.find((d) => d.id === first!.situation.device)!;
    const checkAll = (prompt: Prompt, ageBand: AgeBand | undefined, walk: Walk): Broken[] =>
      INVARIANTS.flatMap(({ id, check }) => {
        const message = check({ knowledgeBase, device, prompt, ageBand, walk });
        return message === undefined ? [] : [[id, message] as Broken];
      });
    const results = group.map((start) => resultChecker(start, checkAll));
    const path: string[] = [];
    const visit = (state: SessionState, walk: Walk): void => {
      if (path.length > MAX_DEPTH) throw new Error(`A session did not end within ${MAX_DEPTH} prompts: ${path.join(' → ')}`);
      if (report.prompts >= maxPrompts) {
        report.exhaustive = false;
        return;
      }
      report.prompts++;
      options.progress?.step();
      const step = nextStep(settings, state);
      if (step.kind === 'result') {
        // The same ending, in each situation's own words and age.
        const key = endingKey(step.ending, walk);
        group.forEach((start, i) => record(start.situation, path, results[i]!(step.ending, state, walk, key)));
        report.paths += group.length;
        return;
      }
      const prompt = promptFor(settings, words, state, step);
      const broken = checkAll(prompt, state.ageBand, walk);
      // A step or question is the same in every situation of the group: its verdict is.
      for (const start of group) record(start.situation, path, broken);
      for (const id of answerIds(settings, step)) {
        path.push(`${prompt.id}:${id}`);
        visit(transition(settings, state, step, id), after(walk, step, state, id, safety));
        path.pop();
      }
    };
    visit(first!.state, { safetyAnswered: [], accidents: [], justFixed: false });
  }
  return report;
}

type Broken = readonly [invariant: string, message: string];

/** Where a situation's walk starts: its settings, words and first state. */
interface Start {
  situation: Situation;
  settings: Settings;
  words: Words;
  state: SessionState;
}

/**
 * The situations grouped by the decisions their sessions take (`decisionInputs`): a group walks one
 * tree, each situation checking its own results. Within a group only a known age can differ, and only
 * in its name (one escalation for every path): each situation's results are built with its own.
 */
function sameDecisions(kb: KnowledgeBase, situations: readonly Situation[], today: string, returnDays: number | undefined): Start[][] {
  const groups = new Map<string, Start[]>();
  for (const situation of situations) {
    const { settings, locale } = settingsOf({
      knowledgeBase: kb,
      device: situation.device,
      today,
      ...(situation.purchaseDate === undefined ? {} : { purchaseDate: situation.purchaseDate }),
      ...(situation.region === undefined ? {} : { region: situation.region }),
      ...(returnDays === undefined ? {} : { returnDays }),
    });
    const state = initialState(settings, situation.device);
    const key = `${situation.device}|${decisionInputs(settings, state)}`;
    const start = { situation, settings, words: wordsFor(settings.model, locale), state };
    groups.set(key, [...(groups.get(key) ?? []), start]);
  }
  return [...groups.values()];
}

/**
 * Checks one situation's results, building each kind once. What the invariants read of a result (its
 * outcome, stop reason, steps, remedies, contacts, links, claim, and the notes in its body) follows
 * from the ending's outcome, stop reason and notes, the product's age and what the walk said; the
 * beliefs choose only the causes it names. So results alike in those are built and checked once.
 */
function resultChecker(start: Start, checkAll: (prompt: Prompt, ageBand: AgeBand | undefined, walk: Walk) => Broken[]) {
  const verdicts = new Map<string, Broken[]>();
  const known = start.state.ageBand;
  return (ending: Ending, walked: SessionState, walk: Walk, endingKey: string): Broken[] => {
    const ageBand = known ?? walked.ageBand;
    const key = `${endingKey}|${ageBand}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      const state = known === undefined ? walked : { ...walked, ageBand: known };
      verdict = checkAll(promptFor(start.settings, start.words, state, { kind: 'result', ending }), ageBand, walk);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}

/** What a result's verdict follows from, besides the age: the ending's outcome, stop reason and notes, and the walk. */
function endingKey(ending: Ending, walk: Walk): string {
  const notes = ending.notes.map((note) => ('question' in note ? `${note.question}:${note.option}` : `!${note.skippedAction}`));
  const { safetyAnswered, unsure, accidents, justFixed, skippedRequired } = walk;
  return [ending.outcome, ending.stop, notes, safetyAnswered, unsure, accidents, justFixed, skippedRequired].join('|');
}

/** What the walk knows after answering `step` with `optionId`. */
function after(walk: Walk, step: Step, state: SessionState, optionId: string, safety: ReadonlySet<string>): Walk {
  const next: Walk = { safetyAnswered: walk.safetyAnswered, accidents: walk.accidents, justFixed: false };
  if (walk.unsure !== undefined) next.unsure = walk.unsure;
  switch (step.kind) {
    case 'action':
      next.justFixed = optionId === 'fixed';
      if (optionId === 'skip' && state.forced === step.action.action.id) next.skippedRequired = step.action.action.id;
      return next;
    case 'question':
      return afterQuestion(walk, next, step.question.question, optionId, safety);
    // A prompt the engine makes itself tells about the product and the shopper: the walk learns nothing.
    case 'device':
    case 'age':
    case 'return-offer':
    case 'result':
      return next;
    default:
      return unclassified(step);
  }
}

/** What the walk knows after answering a knowledge-base question. */
function afterQuestion(walk: Walk, next: Walk, question: Question, optionId: string, safety: ReadonlySet<string>): Walk {
  const option = question.options.find((o) => o.id === optionId)!;
  const answer = `${question.id}:${optionId}`;
  if (safety.has(question.id)) {
    next.safetyAnswered = [...walk.safetyAnswered, question.id];
    if (option.unsure) next.unsure ??= answer;
  }
  if (option.accident) next.accidents = [...walk.accidents, answer];
  return next;
}

/**
 * Every device × region (none, and each of `legalRights`) × age: a purchase date in the middle of
 * each band the device's policy has, and no date at all (the engine asks when it matters, and its
 * question offers every band and "I'm not sure").
 */
function situationsOf(kb: KnowledgeBase, today: string, options: VerifyOptions): Situation[] {
  const day = parseDate(today, 'today');
  const regions = [undefined, ...Object.keys(kb.legalRights ?? {})];
  const devices = kb.devices.filter((d) => options.devices === undefined || options.devices.includes(d.id));
  return devices.flatMap((device) =>
    regions.flatMap((region): Situation[] => {
      const where = region === undefined ? {} : { region };
      const policy = policyOf(
        { model: model(kb), today: day, ...(region === undefined ? {} : { legal: kb.legalRights![region]! }), ...options } as Settings,
        model(kb).devices.get(device.id)!,
      );
      const ends = bandEndMonths(policy);
      const returnMonths = policy.returnDays / DAYS_PER_MONTH;
      // The middle of each band, in months before today.
      const middle: Record<AgeBand, number> = {
        return: returnMonths / 2,
        warranty: (returnMonths + ends.warranty) / 2,
        legal: (ends.warranty + ends.legal) / 2,
        lifespan: (ends.legal + ends.lifespan) / 2,
        'past-lifespan': ends.lifespan + 12,
        unknown: 0,
      };
      const dated = possibleAgeBands(policy).flatMap((band): Situation[] => {
        const purchase = addMonths(day, -middle[band]);
        // A band too narrow to hold a day in its middle has no date of its own: the asked age covers it.
        if (ageBandOf(purchase, day, policy) !== band) return [];
        return [{ device: device.id, ...where, purchaseDate: formatDate(purchase), band }];
      });
      return [...dated, { device: device.id, ...where, band: 'asked' }];
    }),
  );
}

/** A situation in words, for the report: "soundcore-a3102, bought 2026-03-07 (warranty), region EU". */
export function describeSituation({ device, region, purchaseDate, band }: Situation): string {
  const age = purchaseDate === undefined ? 'age asked' : `bought ${purchaseDate} (${band})`;
  return `${device}, ${age}, ${region === undefined ? 'no region' : `region ${region}`}`;
}
