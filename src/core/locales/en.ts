import type { CoreMessages } from './messages.js';

export const en: CoreMessages = {
  deviceTitle: 'Which product won’t charge?',
  deviceBody: 'Pick the closest match: the steps and the warranty advice depend on it.',
  ageTitle: 'When was it bought?',
  ageBody: 'The date on the receipt or order confirmation decides whether a return, a warranty claim or a repair is the way on.',
  ageOptions: {
    return: 'In the last {days}',
    warranty: 'Between {days} and {warranty} ago',
    warrantyNoReturn: 'Less than {warranty} ago',
    lifespan: 'Between {warranty} and {lifespan} ago',
    'past-lifespan': 'More than {lifespan} ago',
    unknown: 'I’m not sure',
  },
  actionOptions: {
    fixed: 'It’s charging now',
    'not-fixed': 'Still not charging',
    skip: 'I can’t do this',
  },
  outcomes: {
    resolved: {
      title: 'It’s charging again',
      body: 'Good news. The most likely cause was: {cause}. If it happens again, start with the step that worked this time.',
    },
    'safety-stop': {
      title: 'Stop: don’t use or charge it',
      body:
        'A swollen, hot, smelling, smoking or leaking battery can catch fire. Unplug the charger at the wall if you can do it without touching the product, and don’t charge it again. ' +
        'Leave it on a hard surface away from anything that burns (not a bed or sofa). If it smokes or flames, get away from it and call the fire service. ' +
        'Never put it in household rubbish: the maker or a battery recycling point will take it.',
    },
    refund: {
      title: 'Return it for a refund or an exchange',
      body: 'It’s still within the return period of {days}, so the quickest fix is to take it back to where you bought it for a refund or an exchange. Bring the receipt, the cable and the box if you have them.',
    },
    'warranty-claim': {
      title: 'Claim the warranty',
      body: 'It’s still under its warranty of {warranty}, so a claim should get it repaired or replaced at no cost. Don’t open it or have it repaired elsewhere first: that can void the warranty.',
    },
    repair: {
      title: 'Get it repaired',
      body: 'It’s past its warranty of {warranty} but younger than the {lifespan} a battery like this usually lasts, so a repair can be worth it. Ask the maker or a repair shop for a quote. Don’t open it yourself: a damaged battery can catch fire.',
    },
    replace: {
      title: 'Time to replace it',
      body: 'It’s past its warranty of {warranty} and older than the {lifespan} a battery like this usually lasts, so a repair rarely pays off. Recycle the old one at a battery collection point, never in household rubbish.',
    },
    'contact-support': {
      title: 'Contact support',
      body: 'The steps here didn’t settle it. The maker’s support can take it from here: send them the summary, so they know what you have already tried.',
    },
  },
  unknownCause: 'one of the simple ones',
  warrantyLink: '{brand} warranty',
  supportLink: '{brand} support',
  summary: {
    heading: 'Charging problem: troubleshooter summary',
    device: 'Device',
    noDevice: 'not chosen yet',
    purchased: 'Purchased',
    notGiven: 'date not given',
    shopperSaid: 'shopper says: {answer}',
    bands: {
      return: 'within the return period of {days}',
      warranty: 'under its warranty of {warranty}',
      lifespan: 'past its warranty of {warranty}',
      'past-lifespan': 'past its warranty of {warranty} and the usual lifespan of {lifespan}',
      unknown: 'age unknown',
    },
    steps: 'Steps',
    noSteps: 'none yet',
    result: 'Result',
    inProgress: 'not finished yet',
    causes: 'Likely causes',
  },
};
