/**
 * Finds advice a troubleshooter must never give a shopper (design.md, "The source material and where it is wrong"):
 * opening the product, puncturing or probing the battery, abrasives on the contacts, charging a wet or
 * swollen product, heat or cold to dry it, shorting or soldering. English only.
 *
 * It matches by meaning rather than by single words: each concept is a set of phrases with their
 * synonyms and word forms, written so that ordinary advice that shares a word passes ("open the
 * Soundcore app", "open the charging case lid", "a short cable"). A phrase counts as advice only where
 * nothing before it in its clause says not to do it (see `protectedRanges`), and not where it is the
 * subject of a warning ("Opening the case voids the warranty") or the job of someone else ("only a
 * technician should open the housing").
 */

/** One piece of unsafe advice found in a text. */
export interface UnsafeAdvice {
  /** The kind of advice, short enough for a warning: "heat to dry". */
  concept: string;
  /** The words that give it, as written: "use a hair dryer". */
  phrase: string;
  /** Why it is unsafe and what to say instead, for the author. */
  reason: string;
  /** Where `phrase` starts in the text. */
  index: number;
}

/** Finds every piece of unsafe advice in `text`, in the order it appears. */
export function unsafeAdvice(text: string): UnsafeAdvice[] {
  const shielded = protectedRanges(text);
  const found: UnsafeAdvice[] = [];
  for (const concept of CONCEPTS) {
    const spans: UnsafeAdvice[] = [];
    for (const pattern of concept.patterns) {
      for (const match of text.matchAll(pattern)) {
        const index = match.index;
        const phrase = match[0];
        if (shielded.some(([start, end]) => index >= start && index < end)) continue;
        if (isWarningAbout(text, index, phrase)) continue;
        spans.push({ concept: concept.name, phrase, reason: concept.reason, index });
      }
    }
    // Two patterns of one concept often find the same words ("pry the shell open"): report them once.
    spans.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
    let reachedTo = -1;
    for (const span of spans) {
      if (span.index < reachedTo) continue;
      found.push(span);
      reachedTo = span.index + span.phrase.length;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---- Building blocks of the phrase patterns -------------------------------------------------------

const APOSTROPHE = "[’']";
/** Words that end a gap inside a phrase: a negation or a new clause between its parts breaks it. */
const GAP_STOP = `(?:not|never|no|don${APOSTROPHE}?t|do|without|avoid|instead|rather|but|then|nor|and|or|unless|until|before|after|once)`;
/** Up to `n` words, with no punctuation and no negation between them. */
const gap = (n: number) => `(?:\\s+(?!${GAP_STOP}\\b)[\\w’'-]+){0,${n}}`;
const DETERMINER = '(?:the|its|their|your|this|that|these|those|a|an|both|each|all|some)';
/** One or two describing words before a noun ("the plastic back cover"). */
const MODIFIERS = `(?:(?!(?:and|or|but|not|then|with|app)\\b)[\\w-]+\\s+){0,2}`;
const MODIFIER = '(?:[\\w-]+\\s+)?';
/** What a verb acts on, so that the warning quotes "Disassemble the speaker", not just "Disassemble". */
const OBJECT = `(?:\\s+(?:it|them|${DETERMINER}(?:\\s+(?!${GAP_STOP}\\b)[\\w-]+){1,2}))?`;
const BATTERY = '(?:batter(?:y|ies)|cells?|battery\\s+pack)';

/**
 * Parts whose opening is opening the product. The charging case of earbuds, its lid, a port's rubber
 * cover and a protective sleeve are opened in normal use, so they are left out.
 */
const PRODUCT_PART = `(?:${[
  `(?<!(?:charging|earbuds?|buds|carry(?:ing)?|travel|protective|storage|battery)\\s)case(?!\\s*(?:${APOSTROPHE}s\\s+)?lid)(?![^.;:!?]{0,40}\\b(?:ear)?buds\\b)`,
  'casing',
  'housing',
  'shell',
  `(?<!(?:port|rubber|dust|usb(?:-c)?|charging|flap|silicone|protective)\\s)cover(?!\\s+(?:over|on|of|from|for)\\s+(?:the\\s+|its\\s+)?${MODIFIER}port)`,
  'back(?:\\s+(?:panel|plate|cover))?',
  'earbuds?',
  'ear\\s?cups?',
  'speakers?',
  'headphones',
  'headsets?',
  'devices?',
  'products?',
  'units?',
  'battery\\s+(?:compartment|cover|door|bay)',
].join('|')})\\b`;
/** "the speaker’s settings", "the device list", "the Shokz headphones app": not the product itself. */
const NOT_THE_PART_ITSELF = `(?!${APOSTROPHE})(?!\\s+(?:app|application|settings|menu|page|site|website|manual|box|packaging|lid|flap|case|list|account|listing|guide|recall)\\b)`;
const OPENING_TOOL =
  '(?:screwdriver|knife|blade|spudger|pry\\s+tool|opening\\s+tool|guitar\\s+pick|plastic\\s+card|credit\\s+card|flat-?head)';

const METAL_TOOL = '(?:knife|knives|coin|blade|razor|screwdriver|needle|pin|paper\\s?clip|nail\\s+file|(?:metal|steel)\\s+[\\w-]+)';
const CONTACTS = '(?:contacts?|pins?|terminals?|connectors?|plug|port|corrosion|crust|surface)';

/** Where something wet or swollen must not be charged, and the words that say so. */
const BAD_STATE =
  '(?:wet|damp|moist|soaked|soggy|waterlogged|swollen|swelling|bulging|bulged|puffy|puffed(?:\\s+up)?|hot|overheating|overheated|leaking|smoking|hissing|damaged|cracked|dented|punctured|burnt|burned|scorched|submerged)';
const BE_WORDS = `(?:(?:is|are|was|were|looks?|feels?|seems?|gets?|got|still|a\\s+(?:bit|little)|slightly|very|too|quite|partly|even)\\s+){0,3}`;
const SUBJECT = `(?:(?:it|they|the\\s+[\\w-]+|its\\s+[\\w-]+)(?:${APOSTROPHE}(?:s|re))?\\s+)?`;
/** "charging" as what the shopper does, not as in "the charging light". */
const CHARGING = `(?:(?:re)?charg(?:e|ing)(?!\\s+(?:lights?|case|port|contacts?|cable|cradle|plug|pins?|socket|station|dock|brick|level|time|indicator|led|circuit|chip|board|speed|mode|point|pad|coil|lead|problem|fault|issue|status|icon)\\b)|plug(?:ging)?${gap(2)}\\s+in(?:to)?|leave\\s+(?:it|them)\\s+plugged\\s+in|connect(?:ing)?\\s+(?:it|them)\\s+to\\s+(?:a|the)\\s+${MODIFIER}(?:charger|power))`;

const PLACING = `(?:put|putting|place|placing|leave|leaving|set|setting|lay|laying|stand|rest|keep|keeping|dry|drying|warm|warming|heat|heating|bake|baking|pop|stick|hang|hanging|toss|store|storing)`;
const HEAT_SOURCE = `(?:${DETERMINER}\\s+)?${MODIFIER}(?:ovens?|radiators?|stoves?|hobs?|heaters?|fireplaces?|fires?|dryers?|dashboard|heated\\s+[\\w-]+|hot\\s+(?:car|window(?:sill)?|surface|plate)|sun(?:light|shine)?)`;
const NEXT_TO =
  '(?:on|in|into|inside|near|next\\s+to|by|under|beside|against|over|above|with|using|in\\s+front\\s+of|close\\s+to|on\\s+top\\s+of)';

/** "Water can short the contacts" states a risk; it is not advice. */
const NOT_A_RISK = '(?<!\\b(?:can|could|may|might|will|would|which|that|risk)\\s)';

/** A tool or material named with the words that put it to use: "use a hair dryer", "with sandpaper". */
const usingA = (thing: string) => `(?:(?:use|using|with|try)\\s+(?:${DETERMINER}\\s+)?${MODIFIER})?${thing}`;

const regex = (source: string) => new RegExp(`\\b${source}`, 'gi');

interface Concept {
  name: string;
  reason: string;
  patterns: RegExp[];
}

const CONCEPTS: readonly Concept[] = [
  {
    name: 'opening the product',
    reason: 'opening it voids the warranty and can damage the battery inside, a fire risk; send the shopper to repair or replacement',
    patterns: [
      `open(?:ing)?\\s+(?:up\\s+)?(?:${DETERMINER}\\s+)?${MODIFIERS}${PRODUCT_PART}${NOT_THE_PART_ITSELF}`,
      'open(?:ing)?\\s+(?:it|them)\\s+up\\b',
      `open(?:ing)?\\s+(?:it|them)\\s+with\\s+(?:${DETERMINER}\\s+)?${MODIFIER}${OPENING_TOOL}`,
      `tak(?:e|ing)${gap(3)}\\s+apart\\b`,
      `(?:disassembl|dismantl)(?:e|ing)\\b${OBJECT}`,
      `unscrew(?:ing)?\\b${OBJECT}`,
      `remov(?:e|ing)\\s+(?:${DETERMINER}\\s+)?${MODIFIERS}(?:back(?:\\s+(?:panel|plate|cover))?|(?<!(?:port|rubber|dust|usb(?:-c)?|charging|flap|silicone|protective)\\s)cover(?!\\s+(?:over|on|of|from|for)\\s+(?:the\\s+|its\\s+)?${MODIFIER}port)|casing|housing|shell|screws?|${BATTERY})\\b`,
      `(?:pry|prying|prise|prising)\\b(?!\\s+eyes)(?:${gap(3)}\\s+(?:open|off|apart|out|up)\\b)?`,
      `(?:prize|prizing|lever|levering)${gap(3)}\\s+(?:open|off|apart|out)\\b`,
      `(?:crack|cracking|force|forcing|split|splitting|tear|tearing)${gap(3)}\\s+(?:open|apart)\\b`,
      `(?:split(?:ting)?|open(?:ing)?)\\s+(?:${DETERMINER}\\s+)?${MODIFIER}seams?\\b`,
      `${OPENING_TOOL}${gap(3)}\\s+(?:into|along|under|between)\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:seams?|gap|joint)\\b`,
    ].map(regex),
  },
  {
    name: 'puncturing the battery',
    reason: 'a punctured lithium battery can short inside and catch fire',
    patterns: [
      `(?:punctur|pierc)(?:e|ing)\\b${OBJECT}`,
      'pok(?:e|ing)\\s+(?:a\\s+|some\\s+)?holes?\\b',
      `(?:poke|poking|stick|sticking|push|pushing|insert|inserting|jab|jabbing|drive|driving)\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:needle|pin|nail|paper\\s?clip|screw|screwdriver|knife|blade)s?\\s+(?:in|into|through)\\s+(?:it|them|(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|pouch|casing|housing|case|shell|speaker|earbuds?|headphones|device))\\b`,
      `(?:poke|poking|prick|pricking|stab|stabbing)\\s+(?:(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|pouch)\\b|(?:it|them)\\s+with\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:needle|pin|nail|knife|blade|screwdriver|paper\\s?clip))`,
      `drill(?:ing)?\\b${OBJECT}`,
    ].map(regex),
  },
  {
    name: 'abrasives on contacts',
    reason:
      'abrasives and metal strip the plating off the contacts for good; say a soft, dry cloth or brush, or isopropyl alcohol on a swab',
    patterns: [
      usingA(
        '(?:sand\\s?-?papers?|glass\\s?papers?|emery(?:\\s+(?:boards?|cloth|paper))?|(?:steel|wire)\\s+wool|wire\\s+brush(?:es)?|scouring\\s+(?:pads?|sponges?)|brillo(?:\\s+pads?)?|toothpaste|(?:nail|metal)\\s+files?)\\b',
      ),
      `sand(?:ing)?\\s+(?:(?:it|them|down|off|away|lightly)\\b|${DETERMINER}\\s+${MODIFIER}${CONTACTS}\\b)`,
      `fil(?:e|ing)\\s+(?:(?:down|off|away)\\b|(?:${DETERMINER}\\s+)?${MODIFIER}${CONTACTS}\\b)`,
      `scrap(?:e|es|ing)\\b${OBJECT}`,
      'scour(?:ing)?\\b',
      '(?<!non[-\\s]?)abrasives?\\b',
      'scratch(?:ing)?\\s+(?:off|away|at|the|it|them)\\b',
      `${METAL_TOOL}${gap(2)}\\s+to\\s+(?:(?:gently|lightly|carefully)\\s+)?(?:scrape|rub|scratch|clean|polish|scrub|dig|pick)\\b`,
      `(?:rub|rubbing|scrub|scrubbing|clean|cleaning|polish|polishing|dig|digging|pick|picking|scratch|scratching)\\b${gap(5)}\\s+with\\s+(?:${DETERMINER}\\s+)?${MODIFIER}${METAL_TOOL}\\b`,
    ].map(regex),
  },
  {
    name: 'probing the battery',
    reason: 'a meter or a direct connection can short the battery; measuring it is a technician’s job, not a shopper’s',
    patterns: [
      usingA('(?:(?:multi|volt|am)[-\\s]?meters?|(?:voltage|battery|continuity)\\s+testers?)\\b'),
      `(?:measur|check|test|read|prob)(?:e|ing)?\\s+(?:${DETERMINER}\\s+)?${BATTERY}(?:${APOSTROPHE}s?)?\\s+(?:voltage|volts|terminals|resistance|current|output)\\b`,
      `(?:measur|check|test|read)(?:e|ing)?\\s+(?:${DETERMINER}\\s+)?voltage\\s+(?:of|across|at|on|from)\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|terminals|contacts|pins)\\b`,
      `test(?:ing)?\\s+(?:${DETERMINER}\\s+)?${BATTERY}\\s+with\\b`,
      `prob(?:e|ing)\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|terminals|circuit|board|pcb)\\b`,
      `connect(?:ing)?\\s+(?:${DETERMINER}\\s+)?${MODIFIER}${BATTERY}(?:${gap(4)}\\s+directly\\b|\\s+(?:straight\\s+)?to\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:power\\s+supply|charger|9\\s?v|car\\s+battery|bench\\s+supply)\\b)`,
      `directly\\s+to\\s+(?:${DETERMINER}\\s+)?${MODIFIER}${BATTERY}\\b`,
      'jump[-\\s]?start(?:ing)?\\b',
      `bypass(?:ing)?\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|protection|bms|circuit|charging\\s+(?:circuit|chip|board))\\b`,
    ].map(regex),
  },
  {
    name: 'charging while wet or damaged',
    reason:
      'charging a wet, swollen, hot or damaged battery can short it or start a fire; say to stop, unplug and dry it or get it replaced',
    patterns: [
      `${CHARGING}\\b${gap(6)}\\s+(?:while|when|whenever|even\\s+if|even\\s+though|if|though|although|as\\s+long\\s+as)\\s+${SUBJECT}${BE_WORDS}${BAD_STATE}\\b`,
      `${CHARGING}\\s+(?:it|them)\\s+(?:still\\s+)?${BAD_STATE}\\b`,
      `(?:even\\s+)?(?:if|when|while|though|although)\\s+${SUBJECT}${BE_WORDS}${BAD_STATE}\\b\\s*,?\\s+(?:(?:just|still|simply|then|go\\s+ahead\\s+and|you\\s+can|it${APOSTROPHE}?s\\s+(?:fine|ok|okay|safe)\\s+to)\\s+)*${CHARGING}\\b`,
    ].map(regex),
  },
  {
    name: 'heat to dry',
    reason: 'heat damages the battery and melts seals and glue; say to leave it in a dry, airy place at room temperature',
    patterns: [
      usingA(
        '(?:hair\\s?-?dryers?|blow[-\\s]?dryers?|blow[-\\s]?dry(?:ing)?|heat\\s+guns?|heat\\s+lamps?|heating\\s+pads?|tumble[-\\s]?dry(?:ers?|ing)?|microwav(?:e|es|ing))\\b',
      ),
      `${PLACING}\\b${gap(4)}\\s+${NEXT_TO}\\s+${HEAT_SOURCE}\\b`,
      `(?:heat|heating|bake|baking)\\s+(?:it|them|(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|speaker|earbuds?|headphones|device|product|port|contacts))\\b`,
    ].map(regex),
  },
  {
    name: 'freezing',
    reason: 'cold draws condensation inside and harms the battery; say to let it reach room temperature',
    patterns: [
      usingA('(?:freezers?|ice\\s+(?:packs?|cubes?)|bags?\\s+of\\s+ice|dry\\s+ice|cold\\s+packs?)\\b'),
      `freez(?:e|ing)\\s+(?:it|them|(?:${DETERMINER}\\s+)?${MODIFIER}(?:${BATTERY}|speaker|earbuds?|headphones|device|product))\\b`,
      `(?:put|putting|place|placing|leave|leaving|keep|keeping|cool|cooling|chill|chilling|pop|stick|store|storing)\\b${gap(4)}\\s+(?:in|into|inside)\\s+(?:${DETERMINER}\\s+)?(?:fridge|refrigerator|snow|ice|cold\\s+water)\\b`,
    ].map(regex),
  },
  {
    name: 'short-circuiting or soldering',
    reason: 'shorting, soldering or swapping a lithium battery can start a fire; that is a repair for the maker or a technician',
    patterns: [
      `${NOT_A_RISK}short[-\\s]?circuit(?:ing)?\\s+(?:it|them|${DETERMINER})\\b`,
      `${NOT_A_RISK}(?:cause|causing|create|creating|make|making)\\s+a\\s+short(?:[-\\s]?circuit)?\\b`,
      `${NOT_A_RISK}short(?:ing)?\\s+(?:out\\s+)?${DETERMINER}\\s+${MODIFIER}(?:contacts?|pins?|terminals?|${BATTERY}|circuit|leads|wires)\\b`,
      `(?:bridge|bridging|connect|connecting|touch|touching|join|joining)\\s+(?:${DETERMINER}\\s+)?(?:two\\s+)?${MODIFIER}(?:contacts|pins|terminals)${gap(3)}\\s+(?:together\\b|with\\s+(?:${DETERMINER}\\s+)?${MODIFIER}(?:wire|coin|key|paper\\s?clip|foil|metal\\s+[\\w-]+))`,
      `(?:re-?)?solder(?:ing)?\\b${OBJECT}`,
      `(?:replac(?:e|ing)|swap(?:ping)?(?:\\s+out)?|chang(?:e|ing))\\s+(?:${DETERMINER}\\s+)?${MODIFIER}${BATTERY}\\b(?!\\s+(?:settings|mode|level|saver|indicator|percentage|icon|widget|life))(?:${gap(3)}\\s+yourself\\b)?`,
    ].map(regex),
  },
];

/** The names of the concepts, in the order they are checked. */
export const UNSAFE_ADVICE_CONCEPTS: readonly string[] = CONCEPTS.map((c) => c.name);

// ---- Where a phrase is not advice ------------------------------------------------------------------

const NEGATION = new RegExp(
  `\\b(?:don${APOSTROPHE}?t|do\\s+not|never|not|no|neither|nor|avoid(?:ing)?|without|instead\\s+of|rather\\s+than|stop|shouldn${APOSTROPHE}t|mustn${APOSTROPHE}t|cannot)\\b`,
  'gi',
);

/**
 * Someone other than the shopper doing the work ("only a technician should …", "ask the maker to …"),
 * or a warning ("it is dangerous to …"): these cover the rest of their clause like a negation.
 */
const AGENT = `(?:technicians?|repair\\s+(?:shops?|centres?|centers?|services?|technicians?)|repairers?|professionals?|specialists?|engineers?|electricians?|service\\s+(?:centres?|centers?|technicians?)|manufacturers?|makers?(?!${APOSTROPHE})|the\\s+shop|retailers?|support(?:\\s+(?:team|staff))?)`;
const SOMEONE_ELSE_OR_A_WARNING = new RegExp(
  `\\b(?:dangerous|unsafe|risky|harmful|a\\s+fire\\s+risk|a\\s+bad\\s+idea|never\\s+safe)\\s+(?:for\\s+you\\s+)?to\\b|\\b${AGENT}(?:\\s+(?:only|alone|themselves))?\\s+(?:(?:can|could|should|will|may|must|would|might)\\b|needs?\\s+to\\b|has\\s+to\\b|(?:is|are)\\s+able\\s+to\\b|to\\b)|\\b(?:let|have|get)\\s+(?:a|an|the|your)\\s+${MODIFIER}${AGENT}\\b`,
  'gi',
);

/** Imperative verbs that are rarely a noun in a list: ", use a …" always starts a new instruction. */
const INSTRUCTION_VERB =
  'use|put|open|take|apply|rub|scrub|remove|unscrew|try|leave|hold|insert|poke|wipe|clean|scrape|blow|measure|connect|replace|pierce|puncture|let|keep|bring|grab|disassemble|dismantle|bypass|swap|go|get|make|give|wrap|bake|unplug|pour|soak|submerge|dip|shake|ask|send|do|see';
/** Imperative verbs that are also nouns ("heat gun", "a file"): a new instruction only before an object. */
const VERB_OR_NOUN =
  'heat|dry|charge|plug|file|test|check|set|lay|place|press|push|pull|run|turn|switch|wait|cut|crack|split|short|spray|tape|change|lever|probe|pry|prise|prize|drill|sand|solder|stick|freeze|microwave|cool|warm|touch|polish|force|pop|tear|scratch|bridge|jump-start|start|look|call|contact|return';
const OBJECT_START =
  '(?:it|them|the|a|an|your|its|their|this|that|these|those|some|any|each|both|all|every|everything|one|up|off|out|on|in|into|down|away|over|open|apart|to|with|for|again|gently|carefully|firmly|lightly|hard|now|until|slowly|\\d+)';
const ADVERB = '(?:just|simply|carefully|gently|quickly|slowly|firmly|lightly|briefly|then|now|also|please|instead|finally|first|next|so)';

/**
 * Where a "don't" stops reaching. A negation covers the rest of its clause, so a list after a comma
 * stays covered ("no hair dryer, oven or radiator"; "never open it, pry it or take it apart": a list of
 * verbs ends in "or" and one more) but a new instruction does not ("don't charge it while wet, use a
 * hair dryer").
 */
const CLAUSE_BREAK = new RegExp(
  [
    '[.!?]+(?=\\s|$)',
    '[;:]',
    '\\s[–-]\\s',
    '—',
    '\\b(?:but|then|instead(?!\\s+of)|however|otherwise)\\b',
    `,(?=\\s*(?:and\\s+)?(?:${ADVERB}\\s+)*(?:(?:${INSTRUCTION_VERB})\\b(?!\\s+(?:or|and|nor)\\b)(?!\\s*[,.;:!?)])|(?:${INSTRUCTION_VERB}|${VERB_OR_NOUN})\\s+${OBJECT_START}\\b|you\\s+(?:can|could|should|may|might|must|need\\s+to|have\\s+to|will)\\b|you${APOSTROPHE}ll\\b|it${APOSTROPHE}?s\\s+(?:fine|ok|okay|safe|best)\\s+to\\b))(?![^.;:!?]*\\b(?:or|nor)\\s+(?:${ADVERB}\\s+)?(?:${INSTRUCTION_VERB}|${VERB_OR_NOUN})\\b)`,
  ].join('|'),
  'gi',
);
/** A negation inside "if …" ends with that clause: "if it does not charge, open the case" is advice. */
const CONDITION = /\b(?:if|when|whenever|while|unless|once|because|since|although|though|whether|until)\b[^,]*$/i;

/** The stretches of `text` that a negation or someone else's job covers, as [start, end) ranges. */
function protectedRanges(text: string): [number, number][] {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const nextBreak = (from: number) => breaks.find((at) => at >= from) ?? text.length;
  const clauseStart = (before: number) => breaks.filter((at) => at < before).at(-1) ?? 0;

  const ranges: [number, number][] = [];
  for (const cover of [...text.matchAll(NEGATION), ...text.matchAll(SOMEONE_ELSE_OR_A_WARNING)]) {
    const start = cover.index + cover[0].length;
    let end = nextBreak(start);
    const closing = unmatchedClosingParenthesis(text, start);
    if (closing !== undefined) end = Math.min(end, closing);
    if (CONDITION.test(text.slice(clauseStart(cover.index), cover.index))) {
      const comma = text.indexOf(',', start);
      if (comma !== -1) end = Math.min(end, comma);
    }
    ranges.push([start, end]);
  }
  return ranges;
}

/** A negation inside brackets ends with them: "(not in the sun) with a hair dryer". */
function unmatchedClosingParenthesis(text: string, from: number): number | undefined {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && depth-- === 0) return at;
  }
  return undefined;
}

/** A warning that names the act as its subject: "Opening the case voids the warranty". */
const CONSEQUENCE =
  /^\s*(?:[\w’'-]+\s+){0,6}?(?:voids?|invalidates?|damages|ruins|destroys|risks|(?:is|are|can\s+be|could\s+be|would\s+be)\s+(?:(?:very|really|too|always)\s+)?(?:dangerous|unsafe|risky|harmful|a\s+fire\s+risk|a\s+bad\s+idea|not\s+safe|a\s+job\s+for|best\s+left\s+to|for\s+(?:a|the)\s+(?:technician|maker|manufacturer|repair)|a\s+myth)|(?:should|must)\s+(?:only\s+)?be\s+(?:left\s+to|done\s+by)|(?:can|could|may|might|will|would)\s+(?:(?:easily|also|even)\s+)?(?:void|damage|ruin|break|start|cause|destroy|kill|short|crack|melt|harm|hurt|ignite))\b/i;
/** An imperative verb at the start of a phrase: then it is an instruction whatever follows. */
const STARTS_WITH_INSTRUCTION = new RegExp(`^(?:${INSTRUCTION_VERB}|${VERB_OR_NOUN})\\b`, 'i');

function isWarningAbout(text: string, index: number, phrase: string): boolean {
  const clause = text.slice(0, index).search(/[^.!?;:,(—]*$/);
  const before = text.slice(clause, index);
  const isSubject = /^\s*(?:(?:a|an|the|any)\s+)?$/i.test(before) && !STARTS_WITH_INSTRUCTION.test(phrase);
  if (!isSubject) return false;
  const rest = text.slice(index + phrase.length).match(/^[^.!?;:]*/)![0];
  return CONSEQUENCE.test(rest);
}
