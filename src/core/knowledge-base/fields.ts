import { describe, EMAIL, SAFE_LINK, WEB_LINK } from '../shared/index.js';
import { OUTCOMES, STOP_REASONS } from '../types.js';
import {
  described,
  id,
  isObject,
  list,
  map,
  named,
  object,
  oneOf,
  optional,
  probabilities,
  type Rule,
  round,
  rule,
  type Spec,
  SUM_TOLERANCE,
  text,
} from './rules.js';
import { svgProblem } from './svg.js';

// The knowledge base's own kinds of field, built from the rules.
export const outcome = named('outcome', oneOf(OUTCOMES));
export const stopReason = described(
  optional(named('stopReason', oneOf(STOP_REASONS))),
  'Why a safety-stop stops (battery: fire safety; wet: dry it first; recall; recall-unknown: find out first): its words and remedy follow.',
);
/** A RegExp as JSON Schema wants it: `\xNN` escapes written `\u00NN`, which every schema tool reads. */
export const schemaPattern = (pattern: RegExp): string => pattern.source.replace(/\\x([0-9a-f]{2})/g, '\\u00$1');
export const link = named(
  'href',
  rule(
    'a link',
    (v) =>
      typeof v !== 'string'
        ? `must be a link (a string), not ${describe(v)}`
        : SAFE_LINK.test(v)
          ? undefined
          : `"${v.slice(0, 60)}" is not an allowed link: only https:, mailto:, tel: or relative links, without spaces or backslashes`,
    () => ({ type: 'string', pattern: schemaPattern(SAFE_LINK) }),
  ),
);
export const email = rule(
  'an email address',
  (v) => (typeof v === 'string' && EMAIL.test(v) ? undefined : `${describe(v)} is not an email address`),
  () => ({ type: 'string', pattern: EMAIL.source }),
);
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const languageTagProblem = (tag: string): string | undefined => {
  try {
    Intl.getCanonicalLocales(tag);
    return LANGUAGE_TAG.test(tag) ? undefined : `"${tag}" is not a language tag such as "de" or "fr-CA"`;
  } catch {
    return `"${tag}" is not a language tag such as "de" or "fr-CA"`;
  }
};
export const languageTag = rule(
  'a language tag',
  (v) => (typeof v === 'string' ? languageTagProblem(v) : `must be a language tag (a string), not ${describe(v)}`),
  () => ({ type: 'string', pattern: LANGUAGE_TAG.source }),
);

export const priors: Rule = {
  ...probabilities,
  name: 'priors',
  check(value, path, report) {
    probabilities.check(value, path, report);
    if (!isObject(value)) return;
    const values = Object.values(value);
    if (values.length === 0) return report(path, 'must give at least one cause a probability');
    if (!values.every((p) => typeof p === 'number' && p >= 0 && p <= 1)) return;
    const total = (values as number[]).reduce((sum, p) => sum + p, 0);
    if (Math.abs(total - 1) > SUM_TOLERANCE) report(path, `priors must add up to 1, but add up to ${round(total)}`);
  },
  schema: () => ({ ...probabilities.schema(), minProperties: 1 }),
};

export const svg = rule(
  'SVG markup',
  (v) => (typeof v === 'string' ? svgProblem(v) : `must be SVG markup (a string), not ${describe(v)}`),
  () => ({ type: 'string', pattern: '^\\s*<svg[\\s>]' }),
);
export const imageSrc = rule(
  'an image address',
  (v) =>
    typeof v === 'string' && WEB_LINK.test(v)
      ? undefined
      : `${describe(v)} is not an allowed image address: one relative to the page, such as "/images/port.png", or an https: one (no other scheme, no "//host", no spaces)`,
  () => ({ type: 'string', pattern: schemaPattern(WEB_LINK) }),
);
export const imageFields = object({
  svg: described(optional(svg), 'An inline drawing: only plain shapes (svg, g, path, rect, circle, ellipse, line, polyline, polygon).'),
  src: described(
    optional(imageSrc),
    'The address of an image file: relative to the page, or https: on an origin the widget’s `image-origins` (the session’s `imageOrigins`) lists.',
  ),
  alt: described(text, 'What the picture shows, for shoppers who cannot see it.'),
  source: named('source', optional(text)),
});
/** A picture: exactly one of an inline drawing or an image file, with its alt text. */
export const image = named('image', {
  ...imageFields,
  check(value, path, report) {
    imageFields.check(value, path, report);
    if (isObject(value) && (value.svg === undefined) === (value.src === undefined)) report(path, 'needs exactly one of "svg" and "src"');
  },
  schema: () => ({
    ...imageFields.schema(),
    oneOf: [
      { required: ['svg'], properties: { svg: {} } },
      { required: ['src'], properties: { src: {} } },
    ],
  }),
});
export const imageRef = described(optional(named('imageId', id)), 'The id of one of the knowledge base’s images.');
export const COLOUR = /^#[0-9a-fA-F]{6}$/;
export const swatch = described(
  optional(
    rule(
      'a colour like #d93025',
      (v) => (typeof v === 'string' && COLOUR.test(v) ? undefined : `${describe(v)} is not a colour like "#d93025"`),
      () => ({ type: 'string', pattern: COLOUR.source }),
    ),
  ),
  'A colour the answer is about (a charging light’s), shown beside it.',
);

export const source = named('source', described(optional(text), 'Where a fact comes from, for authors; not shown to shoppers.'));
export const texts = named('texts', list(text));
export const ids = list(text);
export const devicesList = described(optional(ids), 'Device ids it applies to; every device when left out.');

const partWords = object({ part: optional(text), borrow: optional(text) });

/** A knowledge base's words in another language, every entry by id. */
export const translationSpec: Spec = {
  causes: optional(map(object({ label: optional(text) }))),
  actions: optional(
    map(
      object({
        title: optional(text),
        steps: optional(texts),
        variants: optional(map(object({ title: optional(text), steps: optional(texts), needs: optional(partWords) }))),
        whenSkipped: optional(object({ note: optional(text) })),
        needs: optional(partWords),
      }),
    ),
  ),
  questions: optional(
    map(
      object({
        title: optional(text),
        body: optional(text),
        links: optional(map(text)),
        options: optional(map(object({ label: optional(text), note: optional(text), steps: optional(texts), links: optional(map(text)) }))),
        variants: optional(map(object({ title: optional(text), body: optional(text) }))),
      }),
    ),
  ),
  devices: optional(map(object({ brand: optional(text), name: optional(text), serialNumber: optional(text) }))),
  legalRights: optional(map(object({ name: optional(text) }))),
  images: optional(map(object({ alt: optional(text) }))),
};
export const translation = named('translation', object(translationSpec));
