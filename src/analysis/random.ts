/** Seeded randomness for the simulations: the same seed gives the same shoppers and the same worlds. */

export type Random = () => number;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same shoppers. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An index drawn with probability proportional to its weight. */
export function draw(weights: readonly number[], random: Random): number {
  let left = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i]!;
    if (left < 0) return i;
  }
  return weights.length - 1;
}
