import { truncate } from '../shared/index.js';
import { childPath, isObject, type Json, type Report, round, SUM_TOLERANCE } from './rules.js';

// What a question's likelihoods must say: each cause's column adds up to 1, and every answer is possible.

/** The likelihood maps of a question's options, once every entry is a valid probability (else undefined). */
function validLikelihoods(options: [Json, string][]): Record<string, number>[] | undefined {
  const maps = options.map(([option]) => option.likelihood);
  const valid = maps.every((m) => isObject(m) && Object.values(m).every((p) => typeof p === 'number' && p >= 0 && p <= 1));
  return valid ? (maps as Record<string, number>[]) : undefined;
}

/** For each cause, P(answer | cause) over the options adds up to 1; options leaving it out share the rest. */
export function checkLikelihoodSums(options: [Json, string][], path: string, report: Report): void {
  const likelihoods = validLikelihoods(options);
  if (likelihoods === undefined) return; // sums are only meaningful once every entry is a valid probability
  for (const cause of new Set(likelihoods.flatMap((l) => Object.keys(l)))) {
    const listed = likelihoods.filter((l) => Object.hasOwn(l, cause));
    const total = listed.reduce((sum, l) => sum + l[cause]!, 0);
    const everyOption = listed.length === likelihoods.length;
    if (total > 1 + SUM_TOLERANCE || (everyOption && Math.abs(total - 1) > SUM_TOLERANCE)) {
      report(
        path,
        `likelihoods of cause "${truncate(cause)}" add up to ${round(total)} over the options; P(answer | cause) over a question's options must add up to 1` +
          (everyOption ? '' : ' (options that leave the cause out share what is left)'),
      );
    }
  }
}

/**
 * An answer with P(answer | cause) = 0 for every cause, after the fill rule, could never be given; the
 * engine would keep the beliefs as they were (nothing to renormalise), so it changes no belief and the
 * mistake would go unseen. Only an answer that ends the session (`outcome`) needs no likelihood.
 * An answer equally likely under every cause is fine: that is an honest "I can't tell", which moves on.
 */
export function checkAnswersPossible(options: [Json, string][], causes: ReadonlySet<string>, report: Report): void {
  const likelihoods = validLikelihoods(options);
  if (likelihoods === undefined || causes.size === 0) return;
  // What the options that leave a cause out share (the fill rule): 1 / options for a cause none names.
  const leftOver = new Map<string, number>();
  for (const cause of causes) {
    const listed = likelihoods.filter((l) => Object.hasOwn(l, cause));
    const unlisted = likelihoods.length - listed.length;
    const total = listed.reduce((sum, l) => sum + l[cause]!, 0);
    leftOver.set(cause, unlisted === 0 ? 0 : Math.max(0, 1 - total) / unlisted);
  }
  options.forEach(([option, path], i) => {
    if (option.outcome !== undefined) return;
    const likelihood = likelihoods[i]!;
    const possible = [...causes].some((cause) => (Object.hasOwn(likelihood, cause) ? likelihood[cause]! : leftOver.get(cause)!) > 0);
    if (!possible)
      report(
        childPath(path, 'likelihood'),
        `P(answer | cause) is 0 for every cause, so the answer "${truncate(String(option.id))}" could never be given and changes no belief: give the causes it points to a likelihood above 0, or an outcome`,
      );
  });
}
