import { APOSTROPHE, CONCEPTS, MODIFIER } from './unsafe-advice-catalogue.js';

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
