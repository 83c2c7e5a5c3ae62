import { type Ending, policyOf, type Settings } from '../engine/index.js';
import { type Model, type ModelDevice, type Policy, wearShare } from '../model/index.js';
import { formatMessage, listFormat, OUTCOME_KINDS } from '../shared/index.js';
import type { Contact, Likelihood, LikelyCause, Link, NoteSource, PageLink, ResultPrompt, SessionState } from '../types.js';
import { claimFor } from './claim.js';
import { partWords } from './part.js';
import { shopContacts } from './shop.js';
import { actionWords, brandOf, durations, pageLanguage, type Words } from './words.js';

/** How many causes a result lists, and the smallest probability worth listing. */
const LISTED_CAUSES = 3;
const LISTED_PROBABILITY = 0.01;
/** A cause at least this share of the likeliest one is named with it: near-tied causes, not one guess. */
const NEAR_TIE = 0.5;
/** Wear this likely ("possible" and up) is worth a word on a claim: the claim may be refused for it. */
const WORTH_SAYING_WEAR = 0.15;

/** The end of a session in words: what it means, what to do now, who to reach. */
export function resultPrompt(settings: Settings, words: Words, state: SessionState, device: ModelDevice, ending: Ending): ResultPrompt {
  const { messages } = words;
  const { outcome, stop } = ending;
  const causes = likelyCauses(settings.model, words, ending.beliefs);
  const policy = policyOf(settings, device);
  const brand = brandOf(words, device.device);
  const values: Record<string, string> = { ...durations(settings, words, policy), brand, cause: causeWords(words, causes) };
  // "Get the part": the part in this model's words, how to borrow one, the shop's page for it.
  const part = outcome === 'get-part' ? partWords(settings, words, device, ending.notes) : undefined;
  if (part !== undefined) values.part = part.label;
  // A safety stop speaks of its own reason: a wet device is not a fire, a recall is not a warranty claim.
  const heading = outcome === 'safety-stop' && stop !== undefined ? messages.stops[stop] : messages.outcomes[outcome];
  const paragraphs = [
    formatMessage(replaceReason(words, state, device, ending, policy) ?? bodyOf(settings, words, ending, heading.body), values),
  ];
  paragraphs.push(...caveats(settings, words, device, ending, policy, values).map((message) => formatMessage(message, values)));
  const notes = notesFor(settings, words, device, ending);
  paragraphs.push(...notes.flatMap((note) => (note.text === undefined ? [] : [note.text])));
  // What comes once the steps are done: what the shop or maker owes, who to tell. Only a battery
  // fault is the shop's or the maker's to put right by age; a recall's remedy is the recall's.
  const afterSteps: string[] = [];
  if (outcome === 'safety-stop' && stop === 'battery')
    afterSteps.push(formatMessage(messages.safetyRemedy[state.ageBand ?? 'unknown'], values));
  // A fixed product needs nobody; a wet device needs drying, not a hand-off.
  const reach = OUTCOME_KINDS[outcome].contacts;
  const contacts = stop === 'wet' || reach === 'none' ? [] : contactsFor(settings, words, device, ending, brand);
  if (contacts.length === 0 && reach !== 'none' && (outcome !== 'safety-stop' || batteryLike(ending))) afterSteps.push(messages.noContact);
  if (part !== undefined) afterSteps.push(messages.partTryAgain);

  const claim = outcome === 'warranty-claim' ? claimFor(settings, words, device, brand) : undefined;
  // The knowledge base's way on (a recall's page) is the main button, said once; a replacement's is
  // the shop's page for a new one.
  const noteLinks = notes.flatMap((note) => note.links);
  const action =
    noteLinks.find((link) => link.primary) ??
    part?.shopLink ??
    (outcome === 'replace' ? replacementAt(settings, words, causes) : undefined);
  const accessoryCause = outcome === 'resolved' ? causes[0]?.id : undefined;
  const accessory = accessoryCause === undefined ? undefined : settings.shop?.accessories?.[accessoryCause];
  return {
    kind: 'result',
    id: outcome,
    outcome,
    ...(stop === undefined ? {} : { stop }),
    title: formatMessage(heading.title, values),
    body: paragraphs.join('\n\n'),
    steps: [...(part ? [part.borrow] : []), ...stepsFor(words, ending, notes)],
    afterSteps,
    ...(claim ? { claim } : {}),
    ...(accessory ? { accessory: { label: accessory.label, href: accessory.href } } : {}),
    ...(part ? { part: { cause: part.cause, label: part.label } } : {}),
    causes,
    ...(action ? { action: withoutPrimary(action) } : {}),
    links: [...noteLinks.filter((link) => link !== action).map(withoutPrimary), ...makerLinks(settings, words, device, ending, brand)],
    contacts,
    options: [],
  };
}

/**
 * What a claim or a legal remedy does not promise: the presumption's end, the seller's duty beside
 * the maker's warranty, and wear and tear where the likely fault is a worn battery.
 */
function caveats(
  settings: Settings,
  { messages }: Words,
  { device }: ModelDevice,
  { outcome, beliefs }: Ending,
  policy: Policy,
  values: Record<string, string>,
): string[] {
  const worn = wearShare(settings.model, beliefs) >= WORTH_SAYING_WEAR;
  const sellerToo = policy.legalMonths > policy.warrantyMonths && values.region !== undefined;
  const said: string[] = [];
  if (outcome === 'legal-guarantee') {
    if (policy.presumedMonths > 0) said.push(messages.legalPresumed);
    if (worn) said.push(messages.legalWear);
  }
  if (outcome === 'warranty-claim') {
    if (worn && device.warrantyExcludesWear) said.push(messages.wearExcluded);
    if (sellerToo) said.push(worn && device.warrantyExcludesWear ? messages.wearDurability : messages.alsoSeller);
  }
  return said;
}

/**
 * A stop for a battery in danger, or one whose answer names no reason: the core's safety steps, the
 * maker's warranty terms and someone to hand it to apply. A wet device or a recall has its own.
 */
function batteryLike({ outcome, stop }: Ending): boolean {
  return outcome === 'safety-stop' && (stop === 'battery' || stop === undefined);
}

/** What to do now: the answer's own steps, or a skipped step's own (dry it); a battery-like stop always has some. */
function stepsFor(words: Words, ending: Ending, notes: readonly Note[]): string[] {
  const steps = notes.flatMap((note) => note.steps);
  return steps.length === 0 && batteryLike(ending) ? [...words.messages.safetySteps] : steps;
}

/** A refund through the shop's online returns page says so; without one, the words fit a counter and a website alike. */
function bodyOf(settings: Settings, { messages }: Words, { outcome }: Ending, body: string): string {
  return outcome === 'refund' && settings.shop?.returnUrl !== undefined ? messages.refundOnline : body;
}

/** The shop's page for a new one: its product page, else its page for the part of the likeliest cause. */
function replacementAt(settings: Settings, { messages }: Words, causes: readonly LikelyCause[]): Link | undefined {
  const shop = settings.shop;
  if (shop?.replaceUrl !== undefined) return { label: messages.replaceAtShop, href: shop.replaceUrl };
  const top = causes[0]?.id;
  return top === undefined ? undefined : shop?.accessories?.[top];
}

/** A replacement before the end of the usual lifespan says why a repair does not pay. */
function replaceReason(words: Words, state: SessionState, device: ModelDevice, ending: Ending, policy: Policy): string | undefined {
  if (ending.outcome !== 'replace' || policy.repairPays || state.ageBand === 'past-lifespan') return undefined;
  return words.messages.replaceReasons[device.device.repairable === false ? 'no-repair-service' : 'repair-too-costly'];
}

/** The likeliest cause, with any near-tied ones ("A or B"). */
function causeWords(words: Words, causes: readonly LikelyCause[]): string {
  const top = causes[0];
  if (top === undefined) return words.messages.unknownCause;
  const tied = causes.filter((cause) => cause.probability >= top.probability * NEAR_TIE).map((cause) => cause.label);
  return listFormat(words.locale, 'disjunction').format(tied);
}

/** What an answer (or a skipped required step) adds to a result. */
interface Note {
  text: string | undefined;
  steps: readonly string[];
  links: (PageLink & { primary?: true })[];
}

/**
 * The words, steps and links the answers (or a required step the shopper could not do) add to this
 * result. A skipped required step brings its own steps: what to do instead of going on (dry it first).
 */
function notesFor(settings: Settings, words: Words, device: ModelDevice, ending: Ending): Note[] {
  const { translation } = words;
  const { model } = settings;
  return ending.notes.flatMap((source: NoteSource): Note[] => {
    if ('skippedAction' in source) {
      const action = model.actions.get(source.skippedAction)!.action;
      const text = translation?.actions?.[action.id]?.whenSkipped?.note ?? action.whenSkipped?.note;
      return [{ text, steps: actionWords(words, action, device.device.id).steps, links: [] }];
    }
    const option = model.questions.get(source.question)!.question.options.find((o) => o.id === source.option)!;
    if (option.noteWhen !== undefined && !option.noteWhen.includes(ending.outcome)) return [];
    const own = translation?.questions?.[source.question]?.options?.[source.option];
    return [
      {
        text: option.note === undefined ? undefined : (own?.note ?? option.note),
        steps: own?.steps ?? option.steps ?? [],
        links: (option.links ?? []).map((link) => ({
          label: own?.links?.[link.id] ?? link.label,
          href: link.href,
          ...pageLanguage(settings, words),
          ...(link.primary ? { primary: true } : {}),
        })),
      },
    ];
  });
}

/**
 * The maker's pages worth reading next: its warranty terms for a repair, support or a battery fault.
 * A refund, a claim (its page is the claim's), a legal remedy, a fixed product, a replacement, a
 * recall and a wet device need none.
 */
function makerLinks(settings: Settings, words: Words, { device }: ModelDevice, ending: Ending, brand: string): PageLink[] {
  const worthReading = OUTCOME_KINDS[ending.outcome].warrantyTerms || batteryLike(ending);
  if (!worthReading || device.warrantyUrl === undefined) return [];
  return [{ label: formatMessage(words.messages.warrantyLink, { brand }), href: device.warrantyUrl, ...pageLanguage(settings, words) }];
}

function withoutPrimary({ primary: _, ...link }: PageLink & { primary?: true }): PageLink {
  return link;
}

/**
 * Who to reach: the shop first (it sold it, and a refund or a legal remedy is its business alone),
 * then the maker's support for what the maker handles; the maker first for its own warranty.
 */
function contactsFor(settings: Settings, words: Words, { device }: ModelDevice, { outcome }: Ending, brand: string): Contact[] {
  const shop = shopContacts(settings.shop, words);
  const reach = OUTCOME_KINDS[outcome].contacts;
  if (reach === 'shop') return shop;
  const who = formatMessage(words.messages.theMaker, { brand });
  const maker: Contact[] = [];
  if (device.supportEmail !== undefined) {
    maker.push({ kind: 'email', href: `mailto:${device.supportEmail}`, label: device.supportEmail, from: 'maker', who });
  }
  if (device.supportUrl !== undefined) {
    maker.push({
      kind: 'link',
      href: device.supportUrl,
      label: formatMessage(words.messages.supportLink, { brand }),
      from: 'maker',
      who,
    });
  }
  return reach === 'maker-then-shop' ? [...maker, ...shop] : [...shop, ...maker];
}

export function likelyCauses(model: Model, words: Words, beliefs: readonly number[]): LikelyCause[] {
  const labels = words.translation?.causes;
  return model.causes
    .map((cause, c) => ({
      id: cause.id,
      label: labels?.[cause.id]?.label ?? cause.label,
      probability: beliefs[c]!,
      likelihood: likelihoodOf(beliefs[c]!),
    }))
    .filter((cause) => cause.probability >= LISTED_PROBABILITY)
    .sort((a, b) => b.probability - a.probability) // stable: knowledge-base order breaks ties
    .slice(0, LISTED_CAUSES);
}

/** A probability in words, for shoppers: a percentage claims more precision than the estimates have. */
export function likelihoodOf(probability: number): Likelihood {
  if (probability >= 0.75) return 'very-likely';
  if (probability >= 0.4) return 'likely';
  if (probability >= 0.15) return 'possible';
  return 'unlikely';
}
