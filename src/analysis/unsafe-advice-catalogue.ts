/**
 * The catalogue of unsafe advice `unsafeAdvice` looks for: each concept a name, why it is unsafe, and
 * its phrases as patterns built from shared vocabulary (word forms, synonyms, what may stand between).
 * Data more than code: a new concept is a new entry here.
 */

// ---- Building blocks of the phrase patterns -------------------------------------------------------

export const APOSTROPHE = "[’']";
/** Words that end a gap inside a phrase: a negation or a new clause between its parts breaks it. */
const GAP_STOP = `(?:not|never|no|don${APOSTROPHE}?t|do|without|avoid|instead|rather|but|then|nor|and|or|unless|until|before|after|once)`;
/** Up to `n` words, with no punctuation and no negation between them. */
const gap = (n: number) => `(?:\\s+(?!${GAP_STOP}\\b)[\\w’'-]+){0,${n}}`;
const DETERMINER = '(?:the|its|their|your|this|that|these|those|a|an|both|each|all|some)';
/** One or two describing words before a noun ("the plastic back cover"). */
const MODIFIERS = `(?:(?!(?:and|or|but|not|then|with|app)\\b)[\\w-]+\\s+){0,2}`;
export const MODIFIER = '(?:[\\w-]+\\s+)?';
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

export interface Concept {
  name: string;
  reason: string;
  patterns: RegExp[];
}

export const CONCEPTS: readonly Concept[] = [
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
