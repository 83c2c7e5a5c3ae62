// Hostile input for the core, as an attacker or a careless integrator would give it: mutated knowledge
// bases, mangled snapshots, bad answers, tampered saved progress. Each case runs the public API and says
// what went wrong, if anything, by the documented contract: the right error type, or a session that
// works (no NaN, no empty prompt, a result within bounds). The property tests (tests/core/fuzz.test.ts)
// assert none goes wrong; `npm run fuzz` counts them over many cases.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  createController,
  createSession,
  type KnowledgeBase,
  KnowledgeBaseError,
  type ProgressStore,
  type Prompt,
  restoreSession,
  SAFE_LINK,
  type Session,
  validateKnowledgeBase,
  WEB_LINK,
} from '../../dist/core/index.js';
import { defaultKnowledgeBase } from '../../dist/knowledge-base/index.js';
import { POLLUTING_VALUES, withPollution } from '../pollution.js';

const TODAY = '2026-11-21';
/** Names every object inherits: a lookup that is not an own-property one finds them. */
export const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__proto__',
  '__defineGetter__',
] as const;

/** A verdict: undefined when the contract held, else what broke. */
export type Failure = string | undefined;

// biome-ignore lint/suspicious/noExplicitAny: hostile input is untyped by nature
type Json = any;

const cyclic = () => {
  const value: Json = { a: 1 };
  value.self = value;
  return value;
};
/** Values no careful author writes. */
const junk = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1e308,
    '',
    ' ',
    'x',
    [],
    {},
    true,
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    'en-a1',
    'de-DE-AB',
  ),
  fc.constant(1n),
  fc.constant('W'.repeat(5000)),
  fc.constant(null).map(cyclic),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a value inside `value`, as key lists. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return value;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
  Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

function deleteAt(root: Json, path: (string | number)[]): Json {
  if (path.length === 0) return root;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else delete parent[path.at(-1)!];
  return root;
}

/** Renames an id everywhere it is named: in its own entry and in every key and list that refers to it. */
function renameEverywhere(kb: Json, from: string, to: string): Json {
  const text = JSON.stringify(kb).replaceAll(JSON.stringify(from), JSON.stringify(to));
  return JSON.parse(text);
}

const base = (): Json => JSON.parse(JSON.stringify(defaultKnowledgeBase));
const allPaths = paths(base());
/** Where the knowledge base keeps addresses: every link, page and image field. */
const linkPaths = allPaths.filter((path) => /^(href|src|supportUrl|warrantyUrl)$/.test(String(path.at(-1))));
/** Addresses no page should follow: other schemes, other hosts without a scheme, hidden whitespace, backslashes. */
export const hostileLink = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://maker.example/warranty',
    '//evil.example/x',
    '\\\\evil.example\\x',
    '/\\evil.example',
    'https://evil.example/a b',
    'https:\\\\evil.example',
    'file:///etc/passwd',
  ),
  fc.tuple(fc.constantFrom('javascript', 'data', 'blob', 'ftp', 'http', 'ws'), fc.webPath()).map(([scheme, path]) => `${scheme}:${path}`),
);

/**
 * The addresses of a knowledge base the validator accepted that a page should never follow. The "$"
 * fields are left out: the validator ignores them and nothing reads them (they may hold anything, even
 * a cycle, which a junk mutation puts there).
 */
function unsafeAddresses(kb: Json, path = '$'): string[] {
  if (typeof kb !== 'object' || kb === null) return [];
  return Object.entries(kb).flatMap(([key, value]) => {
    if (key.startsWith('$')) return [];
    if (typeof value === 'string' && /^(href|supportUrl|warrantyUrl)$/.test(key) && !SAFE_LINK.test(value)) return [`${path}.${key}`];
    if (typeof value === 'string' && key === 'src' && !WEB_LINK.test(value)) return [`${path}.${key}`];
    return unsafeAddresses(value, `${path}.${key}`);
  });
}

const ids = [
  ...defaultKnowledgeBase.causes.map((c) => c.id),
  ...defaultKnowledgeBase.actions.map((a) => a.id),
  ...defaultKnowledgeBase.questions.map((q) => q.id),
  ...defaultKnowledgeBase.devices.map((d) => d.id),
];

/** One to three mutations of the built-in knowledge base. */
export const mutatedKnowledgeBase: fc.Arbitrary<{ kb: Json; what: string }> = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...ids), fc.constantFrom(...PROTOTYPE_NAMES, 'x', 'a-b'))
        .map(([from, to]) => ({ what: `rename ${from} to ${to}`, apply: (kb: Json) => renameEverywhere(kb, from, to) })),
      fc
        .tuple(fc.constantFrom(...allPaths), junk)
        .map(([path, value]) => ({ what: `${path.join('.')} = junk`, apply: (kb: Json) => setAt(kb, path, value) })),
      fc.constantFrom(...allPaths).map((path) => ({ what: `delete ${path.join('.')}`, apply: (kb: Json) => deleteAt(kb, path) })),
      fc.tuple(fc.constantFrom(...allPaths.filter((p) => p.length > 0)), fc.constantFrom(...PROTOTYPE_NAMES)).map(([path, key]) => ({
        what: `${[...path, key].join('.')} added`,
        apply: (kb: Json) => {
          const target = path.reduce((value: Json, k) => value?.[k], kb);
          if (target !== null && typeof target === 'object' && !Array.isArray(target)) setAt(kb, [...path, key], 1);
          return kb;
        },
      })),
      fc
        .tuple(fc.constantFrom(...linkPaths), hostileLink)
        .map(([path, link]) => ({ what: `${path.join('.')} = ${JSON.stringify(link)}`, apply: (kb: Json) => setAt(kb, path, link) })),
      fc.constantFrom(
        { what: 'priors {}', apply: (kb: Json) => setAt(kb, ['devices', 0, 'priors'], {}) },
        { what: 'no devices', apply: (kb: Json) => setAt(kb, ['devices'], []) },
        { what: 'translation tag en-a1', apply: (kb: Json) => setAt(kb, ['translations'], { 'en-a1': {} }) },
        { what: 'translation tag de-DE-AB', apply: (kb: Json) => setAt(kb, ['translations'], { 'de-DE-AB': {} }) },
        { what: 'language en-a1', apply: (kb: Json) => setAt(kb, ['language'], 'en-a1') },
      ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((mutations) => {
    let kb = base();
    for (const mutation of mutations) {
      try {
        kb = mutation.apply(kb);
      } catch {
        // A mutation that cannot apply to what an earlier one left: keep what there is.
      }
    }
    return { kb, what: mutations.map((m) => m.what).join('; ') };
  });

/** Problems a prompt can have whatever its knowledge base: numbers that are not numbers, nothing to press. */
function promptProblem(session: Session): Failure {
  const prompt: Prompt = session.current;
  if (prompt.kind !== 'result' && prompt.options.length === 0) return `"${prompt.id}" has no answers`;
  if (prompt.kind === 'result' && prompt.causes.some((c) => !Number.isFinite(c.probability)))
    return 'a cause’s probability is not a number';
  if (session.state.beliefs.some((p) => !Number.isFinite(p))) return 'a belief is not a number';
  const { handsOn, waiting } = session.timeLeft;
  if (!Number.isFinite(handsOn) || !Number.isFinite(waiting) || !Number.isFinite(session.progress))
    return 'time or progress is not a number';
  return undefined;
}

/** Walks a session answering by `choices` until a result; what went wrong, if anything. */
export function walkProblem(session: Session, choices: readonly number[]): Failure {
  let current = session;
  for (let i = 0; i < 80; i++) {
    const problem = promptProblem(current);
    if (problem) return problem;
    if (current.current.kind === 'result') {
      current.summary();
      return undefined;
    }
    const options = current.current.options;
    current = current.answer(options[(choices[i] ?? 0) % options.length]!.id);
  }
  return 'no result after 80 prompts';
}

/** A mutated knowledge base is rejected with every problem's path, or works for every device. */
export function knowledgeBaseProblem(kb: Json, choices: readonly number[]): Failure {
  let valid: KnowledgeBase;
  try {
    valid = validateKnowledgeBase(kb);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) return `validation threw ${(error as Error)?.name}: ${(error as Error)?.message}`;
    if (error.problems.length === 0 || error.problems.some((p) => typeof p.path !== 'string')) return 'a KnowledgeBaseError without paths';
    return undefined;
  }
  const unsafe = unsafeAddresses(valid);
  if (unsafe.length > 0) return `an address no page should follow was accepted at ${unsafe[0]}`;
  try {
    const picker = createSession({ knowledgeBase: valid, today: TODAY });
    if (picker.current.options.length === 0) return 'the device question has no answers';
    for (const device of valid.devices.slice(0, 4)) {
      for (const purchaseDate of [undefined, '2026-11-01', '2024-01-01']) {
        const problem = walkProblem(
          createSession({ knowledgeBase: valid, device: device.id, today: TODAY, ...(purchaseDate ? { purchaseDate } : {}) }),
          choices,
        );
        if (problem) return `${device.id}: ${problem}`;
      }
    }
  } catch (error) {
    return `an accepted knowledge base threw ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 160)}`;
  }
  return undefined;
}

/** A real snapshot from a walk, then mangled. */
export const mangledSnapshot: fc.Arbitrary<{ snapshot: Json; what: string }> = fc
  .record({
    device: fc.constantFrom(...defaultKnowledgeBase.devices.map((d) => d.id)),
    choices: fc.array(fc.nat(20), { minLength: 1, maxLength: 8 }),
    field: fc.constantFrom(
      'version',
      'device',
      'purchaseDate',
      'today',
      'returnDays',
      'region',
      'legalGuaranteeMonths',
      'locale',
      'history',
      'extra',
    ),
    history: fc.nat(10),
    value: junk,
    how: fc.constantFrom('replace', 'delete', 'history entry', 'history field'),
  })
  .map(({ device, choices, field, history, value, how }) => {
    let session = createSession({ knowledgeBase: defaultKnowledgeBase, device, today: TODAY });
    for (const choice of choices) {
      if (session.current.kind === 'result') break;
      session = session.answer(session.current.options[choice % session.current.options.length]!.id);
    }
    const snapshot: Json = JSON.parse(JSON.stringify(session.snapshot()));
    if (how === 'replace') setAt(snapshot, [field], value);
    else if (how === 'delete') delete snapshot[field];
    else if (snapshot.history.length > 0) {
      const at = history % snapshot.history.length;
      if (how === 'history entry') snapshot.history[at] = value;
      else setAt(snapshot.history[at], [history % 2 ? 'promptId' : 'optionId'], value);
    }
    return { snapshot, what: `${how} ${field}` };
  });

/** A mangled snapshot restores into a working session, or is refused with "Cannot restore session:". */
export function snapshotProblem(snapshot: Json): Failure {
  let session: Session;
  try {
    session = restoreSession(snapshot, { knowledgeBase: defaultKnowledgeBase });
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('Cannot restore session:')) {
      return `threw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 120)}`;
    }
    return undefined;
  }
  try {
    const problem = promptProblem(session);
    session.summary();
    return problem;
  } catch (error) {
    return `a restored session threw ${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

/** Things a careless integrator passes as an answer id. */
export const badAnswer = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, 1, -1, Number.NaN, '', ' ', 'fixed ', 'FIXED', [], {}, true, ...PROTOTYPE_NAMES),
  fc.constant(1n),
  fc.constant(Symbol('answer')),
  fc.string({ maxLength: 20 }),
  fc.object({ maxDepth: 1 }),
);

/** A bad answer is a RangeError naming every valid id, and the session is as it was. */
export function answerProblem(choices: readonly number[], answer: unknown): Failure {
  let session = createSession({ knowledgeBase: defaultKnowledgeBase, device: 'generic-speaker', today: TODAY });
  for (const choice of choices) {
    if (session.current.kind === 'result') break;
    session = session.answer(session.current.options[choice % session.current.options.length]!.id);
  }
  const valid = session.current.options.map((o) => o.id);
  if (typeof answer === 'string' && valid.includes(answer)) return undefined;
  const before = JSON.stringify(session.snapshot());
  try {
    session.answer(answer as string);
    return `accepted a ${typeof answer}`;
  } catch (error) {
    if (!(error instanceof RangeError)) return `threw ${(error as Error)?.name}, not a RangeError`;
    if (!valid.every((id) => error.message.includes(id))) return 'the RangeError does not name every valid id';
  }
  return JSON.stringify(session.snapshot()) === before ? undefined : 'the session changed';
}

/** Saved progress for the widget's store, tampered with. */
export const tamperedProgress = fc
  .record({
    device: fc.constantFrom('shokz-openrun', 'soundcore-boost', 'generic-speaker'),
    savedAt: fc.oneof(fc.constant(0), fc.double({ noNaN: false }), fc.constant(-1e300), fc.constant(1e300)),
    startedAt: fc.oneof(fc.constant(1e301), fc.constant(-1e301), fc.double(), fc.constant(0)),
  })
  .map(({ device, savedAt, startedAt }) => {
    let session = createSession({ knowledgeBase: defaultKnowledgeBase, device, today: TODAY }).answer('wet');
    if (session.current.id !== 'dry-out') session = createSession({ knowledgeBase: defaultKnowledgeBase, device, today: TODAY });
    return { snapshot: session.snapshot(), timer: { promptId: session.current.id, startedAt }, savedAt };
  });

/**
 * Tampered saved progress never resumes another device's session under this one, and never shows a
 * timer that cannot be: one started in the future, or long before the progress was kept.
 */
export async function progressProblem(saved: Json, device: string, now: number): Promise<Failure> {
  const store: ProgressStore = { load: () => saved, save: () => {}, clear: () => {}, discard: () => {} };
  const controller = createController({ knowledgeBase: defaultKnowledgeBase, device, today: TODAY, store, now: () => now });
  await controller.ready;
  const state = controller.state;
  if (state.status !== 'ready') return `the controller did not start: ${state.status === 'error' ? state.message : state.status}`;
  if (state.session.state.device !== device) return `resumed ${state.session.state.device}'s session under ${device}`;
  const timer = state.timer;
  if (timer && (!(timer.startedAt <= now) || now - timer.startedAt > 14 * 24 * 3600 * 1000))
    return `kept a timer started at ${timer.startedAt}`;
  return undefined;
}

/** A page's script polluted Object.prototype and Array.prototype: these names, with this value. */
export const pollution = fc.record({
  names: fc.subarray(JSON.parse(readFileSync(new URL('../fixtures/field-names.json', import.meta.url), 'utf8')) as string[], {
    minLength: 1,
  }),
  value: fc.constantFrom(...POLLUTING_VALUES),
});

/** What a walk advises: every prompt and the summary, from a fresh copy of the built-in knowledge base. */
function advice(device: string, choices: readonly number[]): string {
  let session = createSession({
    knowledgeBase: structuredClone(defaultKnowledgeBase),
    id: 'fuzz',
    device,
    today: TODAY,
    purchaseDate: '2026-10-01',
    region: 'EU',
  });
  const seen = [JSON.stringify(session.current)];
  for (let i = 0; i < 80 && session.current.kind !== 'result'; i++) {
    const options = session.current.options;
    session = session.answer(options[(choices[i] ?? 0) % options.length]!.id);
    seen.push(JSON.stringify(session.current));
  }
  return `${seen.join('\n')}\n${session.summary()}`;
}

/** A polluted page's session advises exactly what a clean page's does. */
export function pollutionProblem(
  { names, value }: { names: string[]; value: unknown },
  device: string,
  choices: readonly number[],
): Failure {
  const clean = advice(device, choices);
  let polluted: string;
  try {
    polluted = withPollution(
      names,
      () => value,
      () => advice(device, choices),
    );
  } catch (error) {
    return `polluted ${names.length} names with ${JSON.stringify(value)}: threw ${(error as Error)?.message}`;
  }
  return polluted === clean ? undefined : `polluted ${names.length} names with ${JSON.stringify(value)}: different advice`;
}
