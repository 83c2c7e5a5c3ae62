import type { CoreLocale, CoreMessages } from './types.js';

/** The core's English words: the default of every session. */
export const englishCore: CoreMessages = {
  deviceTitle: 'Which product won’t charge?',
  deviceBody: 'Pick the closest match: the steps and the warranty advice depend on it.',
  ageTitle: 'When was it bought?',
  ageBody: 'The date on the receipt or order confirmation decides whether a return, a warranty claim or a repair is the way on.',
  ageOptions: {
    return: 'In the last {days}',
    warranty: 'Between {days} and {warranty} ago',
    warrantyNoReturn: 'Less than {warranty} ago',
    legal: 'Between {warranty} and {legal} ago',
    lifespan: 'Between {legal} and {lifespan} ago',
    'past-lifespan': 'More than {lifespan} ago',
    unknown: 'I’m not sure',
  },
  actionOptions: {
    fixed: 'It’s charging now',
    'not-fixed': 'Still not charging',
    skip: 'I can’t do this',
  },
  returnOffer: {
    title: 'Return it now, or try the likely fixes first?',
    body: 'It never worked and it’s still within the return period of {days}, so you can take it back for a refund or an exchange right away. Or try the steps most likely to help first: you can still return it afterwards.',
    options: {
      'return-now': 'Return it now',
      'try-first': 'Try the likely fixes first',
    },
  },
  outcomes: {
    resolved: {
      title: 'It’s charging again',
      body: 'Good news. The likely cause: {cause}. If it happens again, start with the step that worked this time.',
    },
    'safety-stop': {
      title: 'Stop: don’t use or charge it',
      body: 'Your answer means it isn’t safe to go on. Do these things now, in this order.',
    },
    refund: {
      title: 'Return it for a refund or an exchange',
      body: 'It’s still within the return period of {days}, so the quickest way on is to return it to the shop you bought it from, at its counter or through its website: tell them it doesn’t charge and what you have tried. Returns are usually taken only complete, with the cable and the box, and in resalable condition.',
    },
    'warranty-claim': {
      title: 'Claim the warranty',
      body: 'It’s still under its warranty of {warranty}, which covers manufacturing faults: if the maker finds one, it repairs or replaces it at no cost. Don’t open it or have it repaired elsewhere first: that can void the warranty.',
    },
    'legal-guarantee': {
      title: 'Ask the shop to put it right',
      body: 'It’s past the maker’s warranty of {warranty}, but within {legal} of delivery. Under the consumer law of {region}, the shop that sold it must repair or replace a product that was faulty, at no cost to you, or refund you if that fails. Contact the shop, not the maker, with the proof of purchase.',
    },
    repair: {
      title: 'Get it repaired',
      body: 'It’s past its warranty of {warranty} but younger than the {lifespan} a battery like this usually lasts, and a repair costs less than a new one, so a repair can be worth it. Ask the maker or a repair shop for a quote. Don’t open it yourself: a damaged battery can catch fire.',
    },
    replace: {
      title: 'Time to replace it',
      body: 'It’s past its warranty of {warranty} and older than the {lifespan} a battery like this usually lasts, so a repair rarely pays off. Recycle the old one at a battery collection point, never in household rubbish.',
    },
    'contact-support': {
      title: 'Contact support',
      body: 'The steps here didn’t settle it. Support can take it from here: send them the summary, so they know what you have already tried.',
    },
    'get-part': {
      title: 'The likely fix: {part}',
      body: 'You couldn’t do the step that needs it, and the likeliest cause is still: {cause}. Get one, borrowed or bought, and try that step again before anything else: a return or a claim would probably find nothing wrong with the product itself.',
    },
  },
  replaceReasons: {
    'no-repair-service':
      'It’s past its warranty of {warranty}, and {brand} offers no repair service, so replacing it is the way on. Recycle the old one at a battery collection point, never in household rubbish.',
    'repair-too-costly':
      'It’s past its warranty of {warranty}, and a repair typically costs as much as a new one, or more, so replacing it is the way on. Recycle the old one at a battery collection point, never in household rubbish.',
  },
  legalPresumed:
    'A fault that shows within {presumed} of delivery is presumed to have been there from the start; after that, you may be asked to show it was.',
  alsoSeller:
    'The consumer law of {region} applies as well: the shop that sold it must put right a fault that shows within {legal} of delivery.',
  returnStillOpen: 'You can still return it: it’s within the return period of {days}. This step may fix it first.',
  wearExcluded:
    '{brand}’s warranty covers manufacturing faults, not normal wear and tear: if the battery has simply worn out with use, the claim may be refused.',
  wearDurability:
    'The consumer law of {region} applies as well: the shop that sold it must put right a fault that shows within {legal} of delivery, and a battery that wears out sooner than one like it can reasonably be expected to last counts as one.',
  legalWear:
    'A battery that wore out gradually with use counts as a fault only if it lasted less than one like it can reasonably be expected to: the shop may ask you to show that it did.',
  stops: {
    battery: {
      title: 'Stop: don’t use or charge it',
      body: 'A battery in this state can catch fire. Do these things now, in this order.',
    },
    wet: {
      title: 'Dry it before you charge it',
      body: 'Charging it while it’s wet can damage it for good. Dry it completely first, then start the troubleshooter again.',
    },
    recall: {
      title: 'Stop: it’s part of a safety recall',
      body: 'Its battery can overheat. The recall’s remedy applies whatever its age or warranty: follow the recall’s instructions, and don’t throw it away or recycle it yourself.',
    },
    'recall-unknown': {
      title: 'Check the recall before you charge it',
      body: 'It may be part of a safety recall for a battery that can overheat. Until you know it isn’t, don’t charge it or use it.',
    },
  },
  yourRegion: 'your country',
  unknownCause: 'one of the simple ones',
  likelihood: { 'very-likely': 'very likely', likely: 'likely', possible: 'possible', unlikely: 'less likely' },
  safetyRemedy: {
    return:
      'It’s within the return period of {days}, so the shop you bought it from owes you a refund or a replacement. Tell them it’s a battery safety fault and ask how to hand it over: don’t post it until they say how.',
    warranty:
      'A battery that swells or overheats on its own is a manufacturing fault, and the warranty of {warranty} covers those: ask the shop or the maker for a replacement. Tell them it’s a battery safety fault and ask how to hand it over: don’t post it until they say how.',
    legal:
      'It’s past the maker’s warranty of {warranty} but within {legal} of delivery: under the consumer law of {region}, the shop that sold it must put a fault right at no cost. Tell them it’s a battery safety fault and ask how to hand it over.',
    lifespan:
      'It’s past its warranty of {warranty}. Once it has cooled down, take it to a battery collection point, never in household rubbish.',
    'past-lifespan':
      'It’s past its warranty of {warranty}. Once it has cooled down, take it to a battery collection point, never in household rubbish.',
    unknown:
      'If it’s within the shop’s return period or the maker’s warranty, a battery that swells or overheats on its own is a fault they must put right: tell the shop or the maker it’s a battery safety fault, and ask how to hand it over before you post it.',
  },
  safetySteps: [
    'Stop using it, and don’t charge it again.',
    'If it’s plugged in, switch the charger off at the wall or unplug it there, without touching the product.',
    'Keep it on a hard surface away from anything that burns. If it smokes or flames, get away from it and call the fire service.',
  ],
  partTryAgain:
    'Still not charging with the other one? Press “Start over”: this time you can do that step, and the next ones follow from there.',
  noContact: 'Contact the shop you bought it from and show them the summary: it says what you have already tried.',
  claim: {
    start: 'Start your {brand} warranty claim',
    terms: 'Read {brand}’s warranty terms: how to claim',
    serialNumber: 'The serial number (on the box or the product’s label)',
    serialNumberAt: 'The serial number: {where}',
    proofOfPurchase: 'Proof of purchase: the receipt or order confirmation',
    proofOfOrder: 'Proof of purchase: the receipt or the confirmation of order {order}',
  },
  warrantyLink: '{brand} warranty',
  supportLink: '{brand} support',
  refundOnline:
    'It’s still within the return period of {days}, so the quickest way on is to return it: start the return on the shop’s returns page, and say that it doesn’t charge and what you have tried. Returns are usually taken only complete, with the cable and the box, and in resalable condition.',
  replaceAtShop: 'Find a new one at the shop',
  theShop: 'the shop',
  theMaker: '{brand}, the maker',
  shopPage: 'Visit {site} ({who})',
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
      legal: 'past its warranty of {warranty}, within the legal guarantee of {legal}',
      lifespan: 'past its warranty of {warranty}',
      'past-lifespan': 'past its warranty of {warranty} and the usual lifespan of {lifespan}',
      unknown: 'age unknown',
    },
    line: '{label}: {value}',
    dateAndBand: '{date}, {band}',
    dateAndAnswer: '{date}; {answer}',
    step: '{n}. {step} → {answer}',
    likelyCause: '{cause} ({likelihood}, {percent})',
    shop: 'Shop',
    order: 'Order',
    steps: 'Steps',
    noSteps: 'none yet',
    result: 'Result',
    inProgress: 'not finished yet',
    causes: 'Likely causes',
    reference: 'Reference',
  },
};

/** English for sessions (the core's words only): the language of a session that was given none. */
export const coreEnglish: CoreLocale = { tag: 'en', core: englishCore };
