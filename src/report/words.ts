import type { KnowledgeBase } from '../core/types.js';
import type { Change } from '../learn/index.js';
import type { Group } from './groups.js';
import type { Ending } from './read.js';
import type { Escalation } from './stats.js';

// The words the page shows for ids: the knowledge base's own titles and names where it has them. Every
// one is plain text; the page escapes it (an id from a record is whatever a beacon sent).

export const GROUP_WORDS: Record<Group, string> = {
  fixed: 'Fixed by the shopper',
  part: 'Needs a part',
  escalated: 'Handed on',
  safety: 'Safety stop',
  abandoned: 'Left before the end',
  unknown: 'Outcome not given',
};

export const ENDING_WORDS: Record<Ending | 'unknown', string> = {
  resolved: 'Fixed by the shopper',
  refund: 'Refund',
  'warranty-claim': 'Warranty claim',
  'legal-guarantee': 'Legal guarantee claim',
  repair: 'Repair',
  replace: 'Replace',
  'safety-stop': 'Safety stop',
  'contact-support': 'Contact support',
  'get-part': 'Get a part',
  abandoned: 'Left before the end',
  unknown: 'Outcome not given',
};

const ENGINE_PROMPT_WORDS: Record<string, string> = {
  device: 'Which device is it?',
  age: 'How old is it?',
  'return-offer': 'Return it instead?',
};

export const NOT_IN_KB = 'Not in this knowledge base';

/** Labels for the ids of one knowledge base. */
export class Words {
  readonly #devices: Map<string, string>;
  readonly #prompts: Map<string, string>;
  readonly #causes: Map<string, string>;
  readonly #options: Map<string, string>;

  constructor(kb: KnowledgeBase) {
    this.#devices = new Map(kb.devices.map((d) => [d.id, `${d.brand} ${d.name}`]));
    this.#causes = new Map(kb.causes.map((c) => [c.id, c.label]));
    const titles = [...kb.questions.map((q) => [q.id, q.title] as const), ...kb.actions.map((a) => [a.id, a.title] as const)];
    // Two prompts with one title ("What does the light do?" for two kinds of light) get their ids too.
    const repeated = new Set(titles.filter(([, t], i) => titles.findIndex(([, u]) => u === t) !== i).map(([, t]) => t));
    this.#prompts = new Map([
      ...Object.entries(ENGINE_PROMPT_WORDS),
      ...titles.map(([id, title]) => [id, repeated.has(title) ? `${title} (${id})` : title] as const),
    ]);
    this.#options = new Map(kb.questions.flatMap((q) => q.options.map((o) => [`${q.id}\n${o.id}`, o.label] as const)));
  }

  device(id: string | null): string {
    return id === null ? NOT_IN_KB : (this.#devices.get(id) ?? id);
  }

  prompt(id: string | null | undefined): string {
    if (id === undefined) return 'Could not be replayed (another version, or a path that could not have happened)';
    return id === null ? NOT_IN_KB : (this.#prompts.get(id) ?? id);
  }

  cause(id: string | null): string {
    return id === null ? NOT_IN_KB : (this.#causes.get(id) ?? id);
  }

  escalation(escalation: Escalation): string {
    if (escalation.kind === 'cause') return `Cause found: ${this.cause(escalation.cause)}`;
    if (escalation.kind === 'no-fault') return 'No fault found';
    return `${ENDING_WORDS[escalation.outcome]} (no verdict)`;
  }

  /** A learned probability in words: P(Worn battery) for Shokz OpenRun. */
  change(change: Change): string {
    const cause = this.cause(change.cause);
    if (change.kind === 'prior') return `P(${cause}) for ${this.device(change.device)}`;
    if (change.kind === 'fix') return `P(“${this.prompt(change.action)}” fixes it | ${cause})`;
    const option = this.#options.get(`${change.question}\n${change.option}`) ?? change.option;
    return `P(“${this.prompt(change.question)}” = “${option}” | ${cause})`;
  }
}
