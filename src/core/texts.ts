import type { AgeBand, Policy } from './policy.js';
import type { Outcome } from './types.js';

/** What a result's words may mention, all taken from the knowledge base and the session. */
export interface ResultFacts {
  policy: Policy;
  cause?: string;
}

/** English words for the prompts the engine makes itself, its results and the summary. */
export const texts = {
  device: {
    title: 'Which product won’t charge?',
    body: 'Pick the closest match: the steps and the warranty advice depend on it.',
  },
  age: {
    title: 'When was it bought?',
    body: 'The date on the receipt or order confirmation decides whether a return, a warranty claim or a repair is the way on.',
    option(band: AgeBand, policy: Policy): string {
      const warranty = duration(policy.warrantyMonths);
      switch (band) {
        case 'return':
          return `In the last ${policy.returnDays} days`;
        case 'warranty':
          return policy.returnDays > 0 ? `Between ${policy.returnDays} days and ${warranty} ago` : `Less than ${warranty} ago`;
        case 'lifespan':
          return `Between ${warranty} and ${duration(policy.lifespanMonths)} ago`;
        case 'past-lifespan':
          return `More than ${duration(Math.max(policy.warrantyMonths, policy.lifespanMonths))} ago`;
        case 'unknown':
          return 'I’m not sure';
      }
    },
  },
  actionOptions: {
    fixed: 'It’s charging now',
    'not-fixed': 'Still not charging',
    skip: 'I can’t do this',
  },
  outcomes: {
    resolved: {
      title: 'It’s charging again',
      body: (f: ResultFacts) =>
        `Good news. The most likely cause was: ${f.cause ?? 'one of the simple ones'}. If it happens again, start with the step that worked this time.`,
    },
    'safety-stop': {
      title: 'Stop: don’t use or charge it',
      body: () =>
        'A swollen, hot, smelling, smoking or leaking battery can catch fire. Unplug the charger at the wall if you can do it without touching the product, and don’t charge it again. ' +
        'Leave it on a hard surface away from anything that burns (not a bed or sofa). If it smokes or flames, get away from it and call the fire service. ' +
        'Never put it in household rubbish: the maker or a battery recycling point will take it.',
    },
    refund: {
      title: 'Return it for a refund or an exchange',
      body: (f: ResultFacts) =>
        `It’s still inside the ${f.policy.returnDays}-day return window, so the quickest fix is to take it back to where you bought it for a refund or an exchange. Bring the receipt, the cable and the box if you have them.`,
    },
    'warranty-claim': {
      title: 'Claim the warranty',
      body: (f: ResultFacts) =>
        `It’s inside its ${warrantyTerm(f.policy.warrantyMonths)} warranty, so a claim should get it repaired or replaced at no cost. ` +
        'Don’t open it or have it repaired elsewhere first: that can void the warranty.',
    },
    repair: {
      title: 'Get it repaired',
      body: (f: ResultFacts) =>
        `It’s past the ${warrantyTerm(f.policy.warrantyMonths)} warranty but younger than the ${duration(f.policy.lifespanMonths)} a battery like this usually lasts, so a repair can be worth it. ` +
        'Ask the maker or a repair shop for a quote. Don’t open it yourself: a damaged battery can catch fire.',
    },
    replace: {
      title: 'Time to replace it',
      body: (f: ResultFacts) =>
        `It’s past the ${warrantyTerm(f.policy.warrantyMonths)} warranty and older than the ${duration(f.policy.lifespanMonths)} a battery like this usually lasts, so a repair rarely pays off. ` +
        'Recycle the old one at a battery collection point, never in household rubbish.',
    },
    'contact-support': {
      title: 'Contact support',
      body: () =>
        'The steps here didn’t settle it. The maker’s support can take it from here: send them the summary, so they know what you have already tried.',
    },
  } satisfies Record<Outcome, { title: string; body: (facts: ResultFacts) => string }>,
  links: {
    warranty: (brand: string) => `${brand} warranty`,
    support: (brand: string) => `${brand} support`,
  },
  summary: {
    heading: 'Charging problem: troubleshooter summary',
    device: 'Device',
    noDevice: 'not chosen yet',
    purchased: 'Purchased',
    notGiven: 'date not given',
    shopperSaid: (label: string) => `shopper says: ${label.toLowerCase()}`,
    band: (band: AgeBand, policy: Policy): string => {
      const warranty = warrantyTerm(policy.warrantyMonths);
      switch (band) {
        case 'return':
          return `inside the ${policy.returnDays}-day return window`;
        case 'warranty':
          return `inside the ${warranty} warranty`;
        case 'lifespan':
          return `out of the ${warranty} warranty`;
        case 'past-lifespan':
          return `out of the ${warranty} warranty and past the usual ${duration(policy.lifespanMonths)} lifespan`;
        case 'unknown':
          return 'age unknown';
      }
    },
    steps: 'Steps',
    noSteps: 'none yet',
    result: 'Result',
    inProgress: 'not finished yet',
    causes: 'Likely causes',
  },
};

/** "18 months", "2 years", "1 year". */
export function duration(months: number): string {
  if (months > 0 && months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

/** "2-year", "18-month": the length of a warranty as an adjective. */
export function warrantyTerm(months: number): string {
  return months > 0 && months % 12 === 0 ? `${months / 12}-year` : `${months}-month`;
}

export function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}
