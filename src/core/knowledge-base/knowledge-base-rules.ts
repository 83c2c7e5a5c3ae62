import { describe, ESCALATIONS } from '../shared/index.js';
import {
  devicesList,
  email,
  ids,
  image,
  imageRef,
  languageTag,
  link,
  outcome,
  priors,
  source,
  stopReason,
  swatch,
  texts,
  translation,
  translationSpec,
} from './fields.js';
import { bool, described, id, list, map, named, nonNegative, object, optional, positive, probabilities, rule, text } from './rules.js';

const questionLink = object({ id, label: text, href: link });
const knowledgeBaseLink = object({
  id,
  label: text,
  href: link,
  primary: described(optional(bool), 'The way on: the result shows it as its main button (a recall page).'),
});

// The shape of a knowledge base and of a translation file, field by field: the validator checks it and
// the published JSON Schema is generated from it.
export const KNOWLEDGE_BASE = object({
  schemaVersion: rule(
    '1',
    (v) => (v === 1 ? undefined : `unsupported schemaVersion ${describe(v)}: this version reads schemaVersion 1`),
    () => ({ const: 1 }),
  ),
  id: described(optional(id), 'Names the knowledge base for translations shipped apart from it and for outcome records.'),
  version: described(optional(text), 'The version of the content, for outcome records.'),
  language: described(optional(languageTag), 'The language its text is written in. Default "en".'),
  causes: list(
    named(
      'cause',
      object({
        id,
        label: text,
        userFixable: bool,
        wear: described(
          optional(bool),
          'Normal wear and tear (a worn battery): a claim under a warranty that excludes wear says it may be refused.',
        ),
        source,
      }),
    ),
  ),
  // Devices before actions and questions, so problems read in the order one fixes them.
  devices: list(
    named(
      'device',
      object({
        id,
        brand: text,
        name: text,
        kind: described(optional(text), 'What it is, for grouping (the built-in knowledge base: headphones, earbuds, speaker).'),
        connector: described(optional(text), 'How it charges (the built-in knowledge base: magnetic, usb-c, micro-usb, cradle, case).'),
        priors: described(priors, 'P(cause) before any answer; adds up to 1. Causes left out have probability 0.'),
        warrantyMonths: nonNegative,
        returnDays: nonNegative,
        lifespanMonths: positive,
        price: described(optional(positive), 'Typical price of a new one: what replacing costs.'),
        repairable: described(optional(bool), 'False when nobody repairs it (no repair service). Default true.'),
        repairPrice: described(
          optional(positive),
          'Typical price of a repair (the low end when repairPriceMax is given); a repair is advised only when it costs less than replacing.',
        ),
        repairPriceMax: described(
          optional(positive),
          'The high end of the typical repair price: a repair is weighed at the middle of the range.',
        ),
        warrantyExcludesWear: described(
          optional(bool),
          'The maker’s warranty excludes normal wear and tear: a claim whose likely fault is wear says it may be refused.',
        ),
        supportUrl: optional(link),
        warrantyUrl: described(
          optional(link),
          'The maker’s warranty terms (never a refund policy): a claim without a claim page links them, labelled as the terms.',
        ),
        claimPages: described(
          optional(list(object({ href: link, regions: optional(list(text)), language: optional(languageTag) }))),
          'The maker’s pages for starting a warranty claim, for the regions (legalRights keys) and in the language given; the best match is the claim’s main button.',
        ),
        supportEmail: optional(email),
        serialNumber: described(optional(text), 'Where to find the serial number a warranty claim asks for.'),
        image: imageRef,
        source,
      }),
    ),
  ),
  actions: list(
    named(
      'action',
      object({
        id,
        title: text,
        steps: texts,
        minutes: described(positive, 'Hands-on minutes of the shopper’s effort.'),
        waitMinutes: described(optional(positive), 'Unattended waiting, shown as a timer.'),
        fixes: described(probabilities, 'P(this action fixes the fault | cause); causes left out are never fixed by it.'),
        devices: devicesList,
        image: imageRef,
        variants: optional(
          list(
            object({
              id,
              devices: ids,
              title: optional(text),
              steps: optional(texts),
              image: imageRef,
              needs: described(optional(object({ part: optional(text), borrow: optional(text) })), 'This model’s words for the part.'),
              source,
            }),
          ),
        ),
        tryBeforeEscalating: described(
          optional(bool),
          'Tried before any escalation, unless an answer excludes it or leaves it under 1 % to fix.',
        ),
        reveals: described(optional(ids), 'Question ids whose answer the shopper sees while doing this step; they are not asked after it.'),
        whenSkipped: described(
          optional(object({ outcome, stop: stopReason, note: text })),
          'When an answer made this step required and the shopper cannot do it, the session ends with this outcome and note.',
        ),
        needs: described(
          optional(object({ cause: text, part: text, borrow: text })),
          'A part the step needs that the shopper may lack (another cable, a charger): the cause it fixes (one this action fixes), the part in words, how to borrow one. A shopper who cannot do the step while that cause is the likely one is sent to get the part.',
        ),
        source,
      }),
    ),
    0,
  ),
  questions: list(
    named(
      'question',
      object({
        id,
        title: text,
        body: optional(text),
        devices: devicesList,
        minutes: described(optional(positive), 'The shopper’s minutes to answer; 0.5 when left out.'),
        image: imageRef,
        links: described(
          optional(list(questionLink, 0)),
          'Pages the question points to (the recall checker it asks about), shown with it.',
        ),
        options: list(
          named(
            'option',
            object({
              id,
              label: text,
              likelihood: described(
                probabilities,
                'P(this answer | cause). For each cause the options add up to 1; options that leave a cause out share the rest.',
              ),
              outcome: described(optional(outcome), 'Ends the session at once with this outcome.'),
              stop: stopReason,
              unsure: described(optional(bool), 'The shopper cannot tell: on a safety or recall question it must stop the session.'),
              accident: described(optional(bool), 'An accident (a drop): its note must go with every return, claim or legal remedy.'),
              steps: described(optional(texts), 'What to do now, in order, shown numbered on the result this answer ends in.'),
              swatch,
              next: described(optional(text), 'An action that must come next, before anything else.'),
              excludes: described(optional(ids), 'Action ids this answer makes impossible or pointless.'),
              note: optional(text),
              noteWhen: described(optional(list(outcome)), 'Show note and links only when the session ends in one of these outcomes.'),
              links: optional(list(knowledgeBaseLink, 0)),
              offersReturn: described(
                optional(bool),
                'The product never worked: inside the return window, offer the return at once or one quick step first.',
              ),
            }),
          ),
          2,
          (n) => `a question needs at least two options, not ${n}`,
        ),
        variants: optional(list(object({ id, devices: ids, title: optional(text), body: optional(text), image: imageRef, source }))),
        source,
      }),
    ),
    0,
  ),
  fixedOrder: described(
    optional(ids),
    'The fixed list of action ids this knowledge base replaces; simulate and the benchmark compare the engine with it.',
  ),
  costs: described(
    optional(
      object({
        waitingWeight: described(optional(nonNegative), 'A minute of unattended waiting in minutes of effort. Default 0.1.'),
        needlessEscalation: described(
          optional(nonNegative),
          'Extra cost of a return or claim for a fault the shopper could have fixed. Default 60.',
        ),
        dayWithoutProduct: described(optional(nonNegative), 'A day without the product in minutes of effort. Default 10.'),
        moneyUnit: described(optional(nonNegative), 'One unit of money in minutes of effort. Default 2.'),
        needlessReturn: described(
          optional(nonNegative),
          'A return for a fault the shopper could have fixed, in place of needlessEscalation. Default 180.',
        ),
        outcomes: optional(
          object(
            Object.fromEntries(
              ESCALATIONS.map((escalation) => [escalation, optional(object({ minutes: nonNegative, days: nonNegative, source }))]),
            ),
          ),
        ),
        source,
      }),
    ),
    'What waiting and each escalation cost the shopper, in minutes of effort.',
  ),
  legalRights: described(
    optional(
      map(
        object({
          name: text,
          rejectDays: optional(nonNegative),
          guaranteeMonths: nonNegative,
          presumedMonths: optional(nonNegative),
          source,
        }),
      ),
    ),
    'Consumer law by region code, chosen with the session’s region option.',
  ),
  escalationMinutes: described(
    optional(positive),
    'Older flat cost of every escalation, used only when costs is absent (waiting is then free).',
  ),
  translations: optional(map(translation, languageTag)),
  images: described(optional(map(image)), 'Pictures by id, for actions, questions, variants and devices to name.'),
  source,
});

export const TRANSLATION_FILE = object({
  knowledgeBase: described(id, 'The id of the knowledge base it translates.'),
  language: described(languageTag, 'The language tag: "de", "fr-CA".'),
  ...translationSpec,
});
