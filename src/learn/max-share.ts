import type { TalliedPath } from './evidence.js';

// --max-share: no one device and path may weigh more than a small share of the sessions beyond what
// the authored numbers expect of it. Forged records are cheap (the beacon is unauthenticated, and an
// id is any string), and the cheapest forgery is one path sent many times.

/** A device and a path through it, with the share of that device's sessions the authored numbers expect to take it. */
export interface Route {
  device: string;
  expected: number;
}

/** A path as the tally keeps it: its place in the tally and its route (shared by the route's verdicts). */
export type CountedPath = TalliedPath & { index: number; route: Route };

/** Any one route may weigh at most this share of all sessions beyond EXPECTED_SLACK × what the authors expect of it. */
export const DEFAULT_MAX_SHARE = 0.01;

/**
 * How far past the authored expectation a route may go before the share counts. The 1 % alone caps
 * real paths: the recalled speaker's recall path is 1.4–1.7 % of all sessions of the built-in
 * knowledge base, and in a shop selling one product its paths are up to 20 %. With the expectation
 * on top, no path of the simulated worlds is capped (±50 % worlds, a shop of one product whose
 * firmware fault is seven times as common as authored) already at 2; 4 leaves room for larger
 * shifts, and a crafted rare path gains nothing from it (docs/learning.md, "What learn will not believe").
 */
export const EXPECTED_SLACK = 4;

/** A route keeps at least this many sessions: in a small sample any path is a large share, and says little. */
export const MIN_KEPT = 10;

export interface Capped {
  paths: TalliedPath[];
  /** Sessions' weight taken off by the cap, and the routes it took it from. */
  sessions: number;
  routes: number;
}

/**
 * Each route's weight capped at maxShare × the other routes' sessions + EXPECTED_SLACK × what the
 * authored numbers expect of it beside its device's other sessions (e / (1 − e) of them), and never
 * below MIN_KEPT; not at all while the others are fewer than 1 / maxShare (a sample too small to
 * speak of shares, a test of one path). Measured against the others, not a total it is part of: a forger cannot buy room
 * for a path by sending it more often, and one path alone keeps about maxShare of the rest.
 */
export function cappedPaths(paths: readonly CountedPath[], maxShare: number): Capped {
  const weights = new Map<Route, number>();
  const byDevice = new Map<string, number>();
  let total = 0;
  for (const path of paths) {
    const weight = path.train + path.heldOut;
    weights.set(path.route, (weights.get(path.route) ?? 0) + weight);
    byDevice.set(path.route.device, (byDevice.get(path.route.device) ?? 0) + weight);
    total += weight;
  }
  const kept = new Map<Route, number>();
  let sessions = 0;
  for (const [route, weight] of weights) {
    const { expected } = route;
    const beside = expected >= 1 ? Number.POSITIVE_INFINITY : (expected / (1 - expected)) * (byDevice.get(route.device)! - weight);
    // Fewer other sessions than 1 / maxShare: their share is less than one session, nothing to measure against.
    const others = total - weight;
    const limit = others * maxShare < 1 ? Number.POSITIVE_INFINITY : Math.max(MIN_KEPT, maxShare * others + EXPECTED_SLACK * beside);
    if (weight > limit) {
      kept.set(route, limit / weight);
      sessions += weight - limit;
    }
  }
  return {
    paths: paths.map((path) => {
      const share = kept.get(path.route);
      if (share === undefined) return path;
      // Written out, not spread: a spread copy is an object the expectation–maximisation reads far slower.
      const { device, causes, constant, prior, times, timesNot, unable } = path;
      return { device, causes, constant, prior, times, timesNot, unable, train: path.train * share, heldOut: path.heldOut * share };
    }),
    sessions,
    routes: kept.size,
  };
}
