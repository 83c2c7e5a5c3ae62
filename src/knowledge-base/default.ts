import type { KnowledgeBase } from '../core/types.js';

/*
 * The built-in knowledge base: data only. Built from the two seed guides (Shokz/AfterShokz and
 * Anker Soundcore) and corrected by the safety rules and sourced facts in the product design:
 * no abrasives, never open the device or probe the battery, safety first, honest charge times.
 * Priors and likelihoods are the team's estimates, not measurements; each entry says so.
 */

const SHOKZ_MAGNETIC = ['shokz-openrun', 'shokz-openrun-pro', 'shokz-aeropex'];
const SHOKZ_ALL = [...SHOKZ_MAGNETIC, 'shokz-openmove', 'shokz-openswim'];
const SOUNDCORE_SPEAKERS = ['soundcore-motion-plus', 'soundcore-flare-2', 'soundcore-boost', 'soundcore-a3102'];
const USB_C = ['shokz-openmove', 'soundcore-motion-plus', 'soundcore-flare-2', 'generic-headphones', 'generic-speaker'];
const MICRO_USB = ['soundcore-boost', 'soundcore-a3102'];
const NOT_SHOKZ = [...SOUNDCORE_SPEAKERS, 'generic-headphones', 'generic-earbuds', 'generic-speaker'];
/** The questions a shopper answers by watching the charging light during a step. */
const LIGHT_QUESTIONS = ['charging-light', 'charging-light-shokz'];
const PRICE = 'Approximate price of a new one, a team estimate for weighing repair against replacement (not shown to shoppers).';
const RECALL_PAGE = { label: 'Soundcore A3102 recall page: check the SN code', href: 'https://us.soundcore.com/pages/a3102-recall' };
const CPSC_NOTICE = {
  label: 'CPSC recall notice',
  href: 'https://www.cpsc.gov/Recalls/2025/Anker-Soundcore-Lithium-Ion-Battery-Powered-Bluetooth-Speakers-Recalled-Due-to-Fire-Hazard-Sold-Exclusively-on-Amazon-com-by-Anker-Innovations',
};
const RECALL_SOURCE =
  'CPSC recall of 5 Dec 2024 (cpsc.gov/Recalls/2025): the black Soundcore A3102 speaker, model A3102016, sold only on Amazon, March 2023 – June 2024; the battery can overheat (33 incidents, smoke, small fires). ' +
  'SN code on the underside, checked at us.soundcore.com/pages/a3102-recall; remedy: free replacement; never in household rubbish or store e-waste bins. Red and blue A3102s and later models are not included (macrumors.com, 6 Dec 2024).';
const SPEAKERS = [...SOUNDCORE_SPEAKERS, 'generic-speaker'];
const ESTIMATE = 'Team estimate from the seed guides’ order of likely causes; not measured.';
const LIFESPAN =
  'Lifespan is an estimate: a Li-ion pack keeps most of its capacity for roughly 300–500 full cycles, 2–4 years of regular use.';

const SHOKZ = {
  brand: 'Shokz',
  warrantyMonths: 24,
  returnDays: 30,
  lifespanMonths: 36,
  supportUrl: 'https://shokz.com/pages/service-policy',
  warrantyUrl: 'https://uk.shokz.com/pages/warranty-policy',
  supportEmail: 'customer.service@shokz.com',
  repairable: false,
  source:
    'Warranty: 2 years for new products in most regions, 1 year refurbished or in mainland China, HK, Macao and Taiwan (uk.shokz.com/pages/warranty-policy); manufacturing defects only, not wear and tear or accidents, and in addition to statutory rights. ' +
    'No repair service: the maker’s FAQ “Do you offer a repair service?” says it does not (aftershokz.zendesk.com, Warranty, Returns & Exchanges). ' +
    PRICE +
    ' ' +
    'Direct-purchase returns: 45 days in the US, 30 in the UK (shokz.com/pages/service-policy, uk.shokz.com/pages/return-refund-policy); 30 is used so no shopper is promised a return they lack. ' +
    'Support address: uk.shokz.com/pages/return-refund-policy. ' +
    LIFESPAN,
} as const;

const SOUNDCORE_POLICY = {
  brand: 'Soundcore',
  warrantyMonths: 18,
  returnDays: 30,
  lifespanMonths: 48,
  supportUrl: 'https://www.soundcore.com/contact-us',
  warrantyUrl: 'https://www.soundcore.com/uk/policies/refund-policy',
  supportEmail: 'service@soundcore.com',
  repairPrice: 50,
  source:
    'Warranty 18 months, 30-day money back on direct purchases (soundcore.com/uk/policies/refund-policy). ' +
    'Repair: the Anker seed guide prices a speaker port repair at US$50–250 (by a repair shop); the low end is used. ' +
    'Prices: Soundcore speakers sell for about US$28–130 (CPSC recall notice); each model’s is a team estimate in that range. ' +
    'Support contact and address: the CPSC recall notice of 5 Dec 2024. ' +
    LIFESPAN,
} as const;

const GENERIC = {
  brand: 'Other',
  warrantyMonths: 12,
  returnDays: 30,
  repairPrice: 50,
  source:
    'Assumed: 12 months is a common minimum maker’s warranty and 30 days a common return window; check the receipt. ' +
    'Repair by an independent shop, priced like the Anker seed guide’s port repair (US$50–250, low end). ' +
    PRICE +
    ' ' +
    LIFESPAN,
} as const;

const MAGNETIC_HEADPHONE_PRIORS = {
  cable: 0.18,
  'power-source': 0.07,
  'dirty-contacts': 0.2,
  'software-glitch': 0.08,
  firmware: 0.02,
  'deep-discharge': 0.12,
  temperature: 0.03,
  moisture: 0.08,
  'port-damage': 0.05,
  'charging-circuit': 0.05,
  'battery-worn': 0.12,
};

const USB_HEADPHONE_PRIORS = {
  cable: 0.15,
  'power-source': 0.08,
  'dirty-contacts': 0.12,
  'software-glitch': 0.1,
  firmware: 0.03,
  'deep-discharge': 0.14,
  temperature: 0.03,
  moisture: 0.05,
  'port-damage': 0.1,
  'charging-circuit': 0.06,
  'battery-worn': 0.14,
};

const SPEAKER_PRIORS = {
  cable: 0.16,
  'power-source': 0.1,
  'dirty-contacts': 0.08,
  'software-glitch': 0.12,
  firmware: 0.04,
  'deep-discharge': 0.14,
  temperature: 0.04,
  moisture: 0.04,
  'port-damage': 0.1,
  'charging-circuit': 0.06,
  'battery-worn': 0.12,
};

export const defaultKnowledgeBase: KnowledgeBase = {
  schemaVersion: 1,
  // The seed guides' fixed list, for comparison only (charge-troubleshooter simulate, npm run bench):
  // cable → charger or socket → clean → reset → a long charge (1–2 hours, regardless of the light) → temperature → firmware.
  fixedOrder: [
    'try-another-cable',
    'try-another-power-source',
    'clean-contacts',
    'restart-reset',
    'charge-untouched',
    'charge-longer',
    'room-temperature',
    'update-firmware',
  ],
  costs: {
    waitingWeight: 0.1,
    needlessEscalation: 60,
    dayWithoutProduct: 10,
    moneyUnit: 2,
    outcomes: {
      refund: {
        minutes: 30,
        days: 3,
        source: 'Team estimate: a trip to the shop or a parcel, and a few days until the refund or the exchange.',
      },
      'warranty-claim': {
        minutes: 30,
        days: 14,
        source:
          'Shokz (US): a claim takes about two weeks (prepaid label, inspection, replacement shipped) and needs the serial number and proof of purchase (aftershokz.zendesk.com, Warranty, Returns & Exchanges; uk.shokz.com/pages/warranty-policy).',
      },
      'legal-guarantee': {
        minutes: 40,
        days: 14,
        source:
          'Team estimate: like a warranty claim, with the shop, plus showing the proof of purchase and, after the presumption period, the fault.',
      },
      repair: {
        minutes: 30,
        days: 10,
        source: 'Team estimate: a quote, a trip or parcel to a repair shop, and the repair price (the device’s repairPrice).',
      },
      replace: { minutes: 20, days: 2, source: 'Team estimate: buying a new one (the device’s price) and recycling the old one.' },
      'contact-support': { minutes: 20, days: 7, source: 'Team estimate: a message with the summary and a week of back and forth.' },
    },
    source:
      'Team estimates: a waiting minute counts a tenth of a hands-on one (the shopper does something else meanwhile), a day without the product 10 minutes, a unit of money (US dollar) 2 minutes, about 30 an hour of the shopper’s time; ' +
      'a return or claim for a fault the shopper could have fixed an hour more (the shop’s handling and the maker’s inspection that finds no fault).',
  },
  legalRights: {
    EU: {
      name: 'the EU',
      guaranteeMonths: 24,
      presumedMonths: 12,
      source:
        'Directive (EU) 2019/771, arts. 10–11: the seller is liable for a lack of conformity that appears within 2 years of delivery (a minimum; member states may go further); for one year it is presumed to have existed at delivery (member states may extend this to two).',
    },
    UK: {
      name: 'the UK',
      rejectDays: 30,
      guaranteeMonths: 72,
      presumedMonths: 6,
      source:
        'Consumer Rights Act 2015 (legislation.gov.uk/ukpga/2015/15): a 30-day short-term right to reject faulty goods for a full refund (s.22); then one repair or replacement, then a refund (ss.23–24); a fault in the first 6 months is presumed present at delivery (s.19); claims up to 6 years, 5 in Scotland (citizensadvice.org.uk).',
    },
  },
  causes: [
    { id: 'cable', label: 'Faulty charging cable', userFixable: true },
    { id: 'power-source', label: 'Charger or USB port not giving power', userFixable: true },
    { id: 'dirty-contacts', label: 'Dirty charging contacts or port', userFixable: true },
    { id: 'software-glitch', label: 'Software glitch', userFixable: true },
    { id: 'firmware', label: 'Outdated or faulty firmware', userFixable: true },
    { id: 'deep-discharge', label: 'Battery drained too far', userFixable: true },
    { id: 'temperature', label: 'Too hot or too cold to charge', userFixable: true },
    { id: 'moisture', label: 'Moisture on the contacts or in the port', userFixable: true },
    { id: 'port-damage', label: 'Damaged charging port or contacts', userFixable: false },
    { id: 'charging-circuit', label: 'Faulty charging circuit', userFixable: false },
    { id: 'battery-worn', label: 'Worn-out or failed battery', userFixable: false },
  ],

  actions: [
    {
      id: 'try-another-cable',
      title: 'Try another charging cable',
      steps: [
        'Use a different cable, one you know charges another device.',
        'Push the plug in fully at both ends.',
        'Leave it plugged in for 5 minutes and watch for the charging light.',
      ],
      minutes: 3,
      fixes: { cable: 0.95 },
      tryBeforeEscalating: true,
      reveals: LIGHT_QUESTIONS,
      source: 'Both seed guides start here; the cable is the most common failure.',
      variants: [
        {
          devices: SHOKZ_MAGNETIC,
          steps: [
            'Use another Shokz magnetic charging cable made for your model, if you have or can borrow one.',
            'Check that the magnetic plug snaps squarely onto the two contacts, with nothing in between.',
            'Plug it into a wall charger and watch the light for 5 minutes.',
          ],
          source: 'Seed guide (AfterShokz); magnetic 2-pin cable per reviews.',
        },
        {
          devices: ['shokz-openswim'],
          steps: [
            'Use another OpenSwim charging cradle if you have or can borrow one.',
            'Seat the headphones firmly in the cradle so the contacts touch.',
            'Plug it into a wall charger and watch the light for 5 minutes.',
          ],
          source: 'OpenSwim charges in a magnetic cradle (reviews).',
        },
        {
          devices: ['generic-earbuds'],
          steps: [
            'Charge the case with a different cable, one you know charges another device.',
            'Make sure each earbud sits fully down in the case and the lid closes.',
            'Leave it plugged in for 5 minutes and watch the case light.',
          ],
        },
      ],
    },
    {
      id: 'try-another-power-source',
      title: 'Try another charger or socket',
      steps: [
        'Plug the cable into a different USB wall charger (a phone charger is fine) in a socket you know works.',
        'Avoid laptop ports in sleep mode, TV ports and unpowered USB hubs: many give too little power.',
        'Leave it for 5 minutes and watch the charging light.',
      ],
      minutes: 2,
      fixes: { 'power-source': 0.95 },
      tryBeforeEscalating: true,
      reveals: LIGHT_QUESTIONS,
      source: 'Anker seed guide: check the cable and the outlet.',
    },
    {
      id: 'clean-contacts',
      title: 'Clean the charging contacts',
      steps: [
        'Unplug everything.',
        'Wipe the charging contacts or port and the cable’s plug with a soft, dry cloth or a soft, dry brush.',
        'For sticky grime, use a cotton swab slightly dampened with isopropyl alcohol, then let everything dry fully (at least 10 minutes).',
        'Never use sandpaper, a knife, pins or anything metal or abrasive: they damage the contacts.',
        'Plug it in again and watch the charging light.',
      ],
      // A wipe takes a couple of minutes; alcohol needs about 10 minutes to dry off.
      minutes: 3,
      waitMinutes: 10,
      fixes: { 'dirty-contacts': 0.85, moisture: 0.1 },
      reveals: ['contacts-look', ...LIGHT_QUESTIONS],
      source: 'Seed guides corrected: no sandpaper or abrasive tools (product design safety rules).',
      variants: [
        {
          devices: SHOKZ_MAGNETIC,
          steps: [
            'Unplug the cable.',
            'Wipe the two metal contacts on the headphones and on the cable’s magnetic plug with a soft, dry cloth or a soft, dry brush. Sweat leaves a film you may not see.',
            'For sticky grime, use a cotton swab slightly dampened with isopropyl alcohol, then let everything dry fully (at least 10 minutes).',
            'Never use sandpaper, a knife, pins or anything metal or abrasive: they damage the contacts.',
            'Snap the cable on again and watch the charging light.',
          ],
          source: 'Seed guide (AfterShokz) corrected: no sandpaper.',
        },
        {
          devices: ['shokz-openswim'],
          steps: [
            'Take the headphones out of the cradle.',
            'Wipe the contacts on the headphones and in the cradle with a soft, dry cloth: pool water and sweat leave a film.',
            'For sticky grime, use a cotton swab slightly dampened with isopropyl alcohol, then let everything dry fully (at least 10 minutes).',
            'Never use sandpaper, a knife, pins or anything metal or abrasive.',
            'Seat them in the cradle again and watch the charging light.',
          ],
        },
        {
          devices: [...USB_C, ...MICRO_USB],
          steps: [
            'Unplug it and turn the charging port towards a light.',
            'Loosen any lint with a soft, dry brush or a wooden toothpick, gently and without pressing on the pins; never use anything metal.',
            'Blow the loose dust out, and wipe the cable’s plug with a dry cloth.',
            'For grime, use a cotton swab slightly dampened with isopropyl alcohol around the opening, then let it dry fully (at least 10 minutes).',
            'Plug it in again, fully, and watch the charging light.',
          ],
          source: 'Anker seed guide: dry soft cloth, no sharp or abrasive tools.',
        },
        {
          devices: ['generic-earbuds'],
          steps: [
            'Take the earbuds out of the case.',
            'Wipe the metal contacts on each earbud and inside the case with a dry cotton swab; earwax on them stops charging.',
            'For sticky grime, slightly dampen the swab with isopropyl alcohol, then let everything dry fully (at least 10 minutes).',
            'Never use sandpaper, pins or anything metal or abrasive.',
            'Put the earbuds back, close the lid and watch the case light.',
          ],
        },
      ],
    },
    {
      id: 'clean-thoroughly',
      title: 'Clean the contacts again, thoroughly',
      steps: [
        'Unplug everything.',
        'Dampen a cotton swab slightly with isopropyl alcohol (70–99 %), not dripping.',
        'Rub each charging contact or the port’s opening, and the cable’s plug, for 10–20 seconds, turning the swab to a clean side until it comes away clean.',
        'Let everything dry fully, at least 10 minutes, before plugging in.',
        'Never use sandpaper, a knife, pins or anything metal or abrasive: they damage the contacts.',
        'Plug it in again and watch the charging light.',
      ],
      minutes: 3,
      waitMinutes: 10,
      fixes: { 'dirty-contacts': 0.5, moisture: 0.1 },
      reveals: LIGHT_QUESTIONS,
      source:
        'A second, thorough clean when a quick wipe did not do it: residue from sweat or skin oil needs a solvent (product design: isopropyl alcohol on a swab, let it dry fully; no abrasives). Fix rate a team estimate.',
    },
    {
      id: 'dry-contacts',
      title: 'Let the contacts dry out for 30 minutes',
      steps: [
        'Unplug it. Sweat, rain or condensation on the contacts or in the port can stop charging, and some models refuse to charge while they sense moisture.',
        'Wipe the charging contacts or the port’s opening and the cable’s plug with a soft, dry cloth.',
        'Leave it unplugged for 30 minutes in a dry room at normal temperature, with the port facing down or the contacts facing up. No hair dryer, oven or radiator.',
        'Then plug it in again and watch the charging light.',
      ],
      minutes: 2,
      waitMinutes: 30,
      fixes: { moisture: 0.6 },
      reveals: LIGHT_QUESTIONS,
      source:
        'Product design: moisture on the contacts or in the port stops charging; dry it before charging. A short air-dry for a damp film, the several-hour drying for a wet device. Fix rate a team estimate.',
    },
    {
      id: 'restart-reset',
      title: 'Restart or reset it',
      steps: [
        'Unplug it and turn it off, if it turns on at all.',
        'Wait 10 seconds and turn it on again.',
        'If your manual or the maker’s support site gives a reset for your model, do that: the button combination differs between models, so don’t guess one.',
        'Plug it in again and watch the charging light.',
      ],
      minutes: 3,
      fixes: { 'software-glitch': 0.8, firmware: 0.05 },
      tryBeforeEscalating: true,
      reveals: LIGHT_QUESTIONS,
      source: 'Both seed guides; the reset combination is model-specific (community.anker.com).',
      variants: [
        {
          devices: SHOKZ_MAGNETIC,
          title: 'Reset the headphones',
          steps: [
            'Unplug the cable and turn the headphones off.',
            'Hold the volume + button for 5–7 seconds until the light flashes red and blue (pairing mode).',
            'Hold the multifunction, volume + and volume − buttons together for 3–5 seconds, until you hear beeps or feel a vibration.',
            'Turn the headphones off, plug the cable in again and watch the light. If nothing changes, the reset can be repeated two or three times.',
          ],
          source: 'Seed guide (AfterShokz reset sequence); the maker’s manual for your model has the final word.',
        },
        {
          devices: ['soundcore-boost'],
          title: 'Reset the speaker',
          steps: [
            'Unplug the speaker and turn it on, if it turns on at all.',
            'Hold the power and BassUp buttons together for 5–6 seconds, until it resets.',
            'Plug it in again and watch the charging light.',
          ],
          source: 'community.anker.com: Soundcore Boost reset is Power + BassUp for 5–6 s.',
        },
        {
          devices: ['soundcore-motion-plus', 'soundcore-flare-2'],
          title: 'Restart or reset the speaker',
          steps: [
            'Unplug the speaker and turn it off, if it turns on at all.',
            'Wait 10 seconds and turn it on again.',
            'Soundcore reset combinations differ by model; the “power + volume − for 10 seconds” you may read online is not universal. Use the one in your manual or on Soundcore’s support site.',
            'Plug it in again and watch the charging light.',
          ],
          source: 'community.anker.com: reset combinations differ by model.',
        },
      ],
    },
    {
      id: 'charge-untouched',
      title: 'Leave it charging, untouched, for 30 minutes',
      steps: [
        'Plug it into a wall charger with the cable you trust most.',
        'A battery that ran completely flat can show no light at all for the first 10–30 minutes: don’t unplug it to check.',
        'Charge it on a hard surface, not on a bed or sofa, and not while you sleep.',
        'After 30 minutes, look at the charging light.',
      ],
      minutes: 1,
      waitMinutes: 30,
      fixes: { 'deep-discharge': 0.85 },
      reveals: LIGHT_QUESTIONS,
      source: 'Product design: a deeply discharged battery may show no light for 10–30 min; Li-ion safety (seattle.gov/fire).',
      variants: [
        {
          devices: SOUNDCORE_SPEAKERS,
          steps: [
            'Plug it into a wall charger with the cable you trust most.',
            'A battery that ran completely flat can show no light at all for the first 10–30 minutes: don’t unplug it to check.',
            'Charge it on a hard surface, not on a bed or sofa, and not while you sleep.',
            'After 30 minutes, look at the charging light. Once it charges, a Soundcore speaker commonly takes 3–5 hours to fill.',
          ],
          source: 'Product design: Soundcore speakers commonly take 3–5 h to fill.',
        },
      ],
    },
    {
      id: 'charge-longer',
      title: 'Keep it charging, untouched, for another 90 minutes',
      steps: [
        'Leave it plugged into the wall charger, on a hard surface, for another 90 minutes: 2 hours in all.',
        'A battery that ran completely flat may need that long before the light comes on or the level moves.',
        'Don’t charge it on a bed or sofa, and not while you sleep.',
        'Then look at the charging light, or turn it on and check the battery level.',
      ],
      minutes: 0.5,
      waitMinutes: 90,
      fixes: { 'deep-discharge': 0.7 },
      reveals: LIGHT_QUESTIONS,
      source:
        'Seed guide (AfterShokz): charge a flat pair for 1–2 hours regardless of the light; product design: a deeply discharged cell may show no light for the first 10–30 minutes.',
      variants: [
        {
          devices: SOUNDCORE_SPEAKERS,
          steps: [
            'Leave it plugged into the wall charger, on a hard surface, for another 90 minutes: 2 hours in all.',
            'A battery that ran completely flat may need that long before the light comes on; a Soundcore speaker commonly takes 3–5 hours to fill.',
            'Don’t charge it on a bed or sofa, and not while you sleep.',
            'Then look at the charging light, or turn it on and check the battery level.',
          ],
          source: 'Product design: Soundcore speakers commonly take 3–5 h to fill.',
        },
      ],
    },
    {
      id: 'charge-switched-off',
      title: 'Charge it switched off',
      steps: [
        'Turn it off completely (hold the power button until it shuts down), if it turns on at all.',
        'Plug it into a wall charger with the cable you trust most and leave it switched off, on a hard surface, for 30 minutes.',
        'Some products won’t start charging while a glitch keeps them busy; switched off, only the charging runs.',
        'Then look at the charging light.',
      ],
      minutes: 1,
      waitMinutes: 30,
      fixes: { 'software-glitch': 0.4 },
      reveals: LIGHT_QUESTIONS,
      source: 'Anker seed guide, bonus tips: turn the speaker off while it charges. Fix rate a team estimate.',
    },
    {
      id: 'room-temperature',
      title: 'Let it reach room temperature',
      steps: [
        'If it has been in a cold or hot place (a car, outdoors, in the sun, near a heater), unplug it and bring it indoors.',
        'Leave it at room temperature for about 45 minutes. Don’t warm it with a heater or hair dryer, and don’t cool it in a fridge.',
        'Plug it in again and watch the charging light.',
      ],
      minutes: 1,
      waitMinutes: 45,
      fixes: { temperature: 0.9 },
      reveals: LIGHT_QUESTIONS,
      source: 'Seed guide (AfterShokz): it will not charge when too hot or too cold.',
    },
    {
      id: 'update-firmware',
      title: 'Update the firmware',
      steps: [
        'This needs it to turn on, even if only while plugged in; if it doesn’t, choose “I can’t do this”.',
        'Connect it to your phone and open the maker’s app for it, if there is one.',
        'Install any firmware update the app offers, with the product close to the phone and plugged in until the update finishes.',
        'Then watch whether it charges.',
      ],
      minutes: 10,
      fixes: { firmware: 0.7, 'software-glitch': 0.2 },
      devices: ['shokz-openrun', 'shokz-openrun-pro', 'shokz-openmove', 'shokz-aeropex', ...NOT_SHOKZ],
      source: 'Anker seed guide: update the firmware in the app.',
      variants: [
        {
          devices: SOUNDCORE_SPEAKERS,
          steps: [
            'This needs it to turn on, even if only while plugged in; if it doesn’t, choose “I can’t do this”.',
            'Connect the speaker to your phone and open the Soundcore app.',
            'Open the speaker’s settings and install any firmware update offered, with the speaker plugged in and close to the phone until it finishes.',
            'Then watch whether it charges.',
          ],
          source: 'Anker seed guide: the Soundcore app offers firmware updates.',
        },
        {
          devices: ['shokz-openrun', 'shokz-openrun-pro', 'shokz-openmove', 'shokz-aeropex'],
          steps: [
            'This needs the headphones to turn on; if they don’t, choose “I can’t do this”.',
            'Connect them to your phone and open the Shokz app, if it supports your model (not every model gets updates).',
            'Install any firmware update offered, and keep the headphones close to the phone until it finishes.',
            'Then watch whether they charge.',
          ],
        },
      ],
    },
    {
      id: 'dry-out',
      title: 'Dry it completely before charging',
      steps: [
        'Unplug it now and don’t charge it while it’s damp.',
        'Wipe the outside and the charging contacts or port with a soft, dry cloth; shake out water from openings, port facing down.',
        'Leave it in a dry, airy place at room temperature for at least several hours; overnight is safest. Don’t use a hair dryer, oven or radiator.',
        'Only when it is completely dry, plug it in and watch the charging light.',
      ],
      minutes: 3,
      waitMinutes: 240,
      fixes: { moisture: 0.9 },
      reveals: LIGHT_QUESTIONS,
      whenSkipped: {
        outcome: 'safety-stop',
        note:
          'Don’t charge it until it is completely dry: water in the charging port or on the contacts can short them, corrode them for good, or damage the battery. ' +
          'Leave it unplugged in a dry, airy place at room temperature for at least several hours (overnight is safest), then start the troubleshooter again.',
      },
      source: 'Product design safety rule: a wet device is dried for at least several hours before charging.',
    },
  ],

  questions: [
    {
      id: 'safety',
      title: 'First, a safety check: is any of this happening?',
      body: 'Look at it without holding it for long: is it swollen or bulging, very hot, smelling of burning or chemicals, smoking, leaking or hissing? Or did it get wet?',
      minutes: 0.5,
      source: 'Li-ion warning signs: seattle.gov/fire lithium-ion battery safety; product design safety rules.',
      options: [
        {
          id: 'danger',
          label: 'Yes: swollen, very hot, a smell, smoke, leaking or hissing',
          outcome: 'safety-stop',
          note:
            'A swollen, hot, smelling, smoking or leaking battery can catch fire, so don’t charge it again. ' +
            'Leave it on a hard surface away from anything that burns (not a bed or sofa). If it smokes or flames, get away from it and call the fire service. ' +
            'Never put it in household rubbish: the maker or a battery recycling point will take it. A product that does this is faulty: the shop or the maker owes you a refund or a replacement.',
          likelihood: {
            cable: 0.002,
            'power-source': 0.002,
            'dirty-contacts': 0.002,
            'software-glitch': 0.002,
            firmware: 0.002,
            'deep-discharge': 0.002,
            temperature: 0.01,
            moisture: 0.01,
            'port-damage': 0.01,
            'charging-circuit': 0.05,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'wet',
          label: 'It got wet, or was charged while damp (rain, sweat, a swim)',
          next: 'dry-out',
          likelihood: {
            cable: 0.05,
            'power-source': 0.05,
            'dirty-contacts': 0.15,
            'software-glitch': 0.05,
            firmware: 0.05,
            'deep-discharge': 0.05,
            temperature: 0.05,
            moisture: 0.75,
            'port-damage': 0.1,
            'charging-circuit': 0.1,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'none',
          label: 'No, none of these',
          likelihood: {
            cable: 0.948,
            'power-source': 0.948,
            'dirty-contacts': 0.848,
            'software-glitch': 0.948,
            firmware: 0.948,
            'deep-discharge': 0.948,
            temperature: 0.94,
            moisture: 0.24,
            'port-damage': 0.89,
            'charging-circuit': 0.85,
            'battery-worn': 0.9,
          },
        },
      ],
    },
    {
      id: 'recall-check',
      title: 'Check the recall before anything else',
      body: 'Anker recalled black Soundcore A3102 speakers (model A3102016) sold on Amazon between March 2023 and June 2024: their battery can overheat. Enter the SN code from the underside of the speaker on Soundcore’s recall page. Red and blue A3102 speakers are not part of the recall.',
      devices: ['soundcore-a3102'],
      minutes: 2,
      source: RECALL_SOURCE,
      options: [
        {
          id: 'recalled',
          label: 'The recall page says it is recalled',
          outcome: 'safety-stop',
          note: 'This speaker is part of a safety recall: stop using it, switch it off and unplug it, and don’t charge it again. Anker replaces recalled speakers free of charge: claim the replacement on Soundcore’s recall page. Never put it in household rubbish or a shop’s e-waste bin: follow Anker’s instructions for returning it.',
          links: [RECALL_PAGE, CPSC_NOTICE],
          // A recalled pack says little about why this one won't charge, a little more for battery faults.
          likelihood: {
            cable: 0.2,
            'power-source': 0.2,
            'dirty-contacts': 0.2,
            'software-glitch': 0.2,
            firmware: 0.2,
            'deep-discharge': 0.2,
            temperature: 0.2,
            moisture: 0.2,
            'port-damage': 0.2,
            'charging-circuit': 0.3,
            'battery-worn': 0.3,
          },
        },
        {
          id: 'not-recalled',
          label: 'It is not recalled, or it is red or blue',
          likelihood: {
            cable: 0.75,
            'power-source': 0.75,
            'dirty-contacts': 0.75,
            'software-glitch': 0.75,
            firmware: 0.75,
            'deep-discharge': 0.75,
            temperature: 0.75,
            moisture: 0.75,
            'port-damage': 0.75,
            'charging-circuit': 0.65,
            'battery-worn': 0.65,
          },
        },
        {
          id: 'cannot-check',
          label: 'I can’t check it now',
          outcome: 'safety-stop',
          note: 'Until you know it isn’t recalled, don’t charge it: switch it off, unplug it, and check its SN code on Soundcore’s recall page first. If it is recalled, Anker replaces it free of charge; if it isn’t, start the troubleshooter again.',
          links: [RECALL_PAGE],
          likelihood: {},
        },
      ],
    },
    {
      id: 'recall-label',
      title: 'Is it a recalled Soundcore speaker?',
      body: 'Anker recalled black Soundcore speakers with model number A3102016 on the underside (sold on Amazon in 2023–24) because the battery can overheat. Turn it over and look at the label.',
      devices: ['generic-speaker'],
      minutes: 1,
      source: RECALL_SOURCE,
      options: [
        {
          id: 'recalled',
          label: 'Yes: a black Soundcore speaker, model A3102016',
          outcome: 'safety-stop',
          note: 'This model is part of a safety recall: stop using it, switch it off and unplug it, and don’t charge it again. Enter the SN code from the underside on Soundcore’s recall page: Anker replaces recalled speakers free of charge. Never put it in household rubbish or a shop’s e-waste bin.',
          links: [RECALL_PAGE, CPSC_NOTICE],
          likelihood: {
            cable: 0.003,
            'power-source': 0.003,
            'dirty-contacts': 0.003,
            'software-glitch': 0.003,
            firmware: 0.003,
            'deep-discharge': 0.003,
            temperature: 0.003,
            moisture: 0.003,
            'port-damage': 0.003,
            'charging-circuit': 0.01,
            'battery-worn': 0.01,
          },
        },
        {
          id: 'other-model',
          label: 'No, it’s another make or model',
          likelihood: {
            cable: 0.9,
            'power-source': 0.9,
            'dirty-contacts': 0.9,
            'software-glitch': 0.9,
            firmware: 0.9,
            'deep-discharge': 0.9,
            temperature: 0.9,
            moisture: 0.9,
            'port-damage': 0.9,
            'charging-circuit': 0.89,
            'battery-worn': 0.89,
          },
        },
        {
          id: 'cannot-find',
          label: 'I can’t find the label',
          note: 'You couldn’t find the model label: if it is a black Soundcore speaker bought on Amazon in 2023–24, check its SN code on Soundcore’s recall page before charging it again.',
          links: [RECALL_PAGE],
          likelihood: {},
        },
      ],
    },
    {
      id: 'charging-light',
      title: 'What does the charging light do when you plug it in?',
      body: 'Plug it in with the cable and charger you normally use and watch the light for a minute.',
      devices: NOT_SHOKZ,
      minutes: 1,
      source: ESTIMATE,
      variants: [
        {
          devices: ['generic-earbuds'],
          body: 'Put the earbuds in the case, plug the case in and watch the case light for a minute.',
        },
      ],
      options: [
        {
          id: 'no-light',
          label: 'No light at all',
          likelihood: {
            cable: 0.85,
            'power-source': 0.85,
            'dirty-contacts': 0.7,
            'software-glitch': 0.3,
            firmware: 0.2,
            'deep-discharge': 0.8,
            temperature: 0.3,
            moisture: 0.5,
            'port-damage': 0.7,
            'charging-circuit': 0.5,
            'battery-worn': 0.15,
          },
        },
        {
          id: 'odd-light',
          label: 'It blinks, flickers or shows an unusual colour',
          likelihood: {
            cable: 0.1,
            'power-source': 0.1,
            'dirty-contacts': 0.25,
            'software-glitch': 0.4,
            firmware: 0.3,
            'deep-discharge': 0.15,
            temperature: 0.6,
            moisture: 0.4,
            'port-damage': 0.25,
            'charging-circuit': 0.3,
            'battery-worn': 0.25,
          },
        },
        {
          id: 'normal-light',
          label: 'It looks normal, but the battery doesn’t fill or runs out fast',
          likelihood: {
            cable: 0.05,
            'power-source': 0.05,
            'dirty-contacts': 0.05,
            'software-glitch': 0.3,
            firmware: 0.5,
            'deep-discharge': 0.05,
            temperature: 0.1,
            moisture: 0.1,
            'port-damage': 0.05,
            'charging-circuit': 0.2,
            'battery-worn': 0.6,
          },
        },
      ],
    },
    {
      id: 'charging-light-shokz',
      title: 'What does the light do when you plug the cable in?',
      body: 'Plug it in with the cable you normally use and watch the light for a minute. On Shokz headphones a red light, steady or flashing, means they are charging; blue means full.',
      devices: SHOKZ_ALL,
      minutes: 1,
      source:
        'Seed guide (AfterShokz): a flashing red light while plugged in means it is charging, no light means it is not; red while charging and blue when full (gadgetbriefs.com, secondary). Likelihoods are team estimates.',
      options: [
        {
          id: 'no-light',
          label: 'No light at all',
          likelihood: {
            cable: 0.9,
            'power-source': 0.9,
            'dirty-contacts': 0.8,
            'software-glitch': 0.35,
            firmware: 0.25,
            'deep-discharge': 0.8,
            temperature: 0.4,
            moisture: 0.6,
            'port-damage': 0.75,
            'charging-circuit': 0.55,
            'battery-worn': 0.15,
          },
        },
        {
          id: 'red-light',
          label: 'Red, steady or flashing, but the battery doesn’t fill or runs out fast',
          likelihood: {
            cable: 0.07,
            'power-source': 0.07,
            'dirty-contacts': 0.15,
            'software-glitch': 0.35,
            firmware: 0.5,
            'deep-discharge': 0.17,
            temperature: 0.3,
            moisture: 0.25,
            'port-damage': 0.15,
            'charging-circuit': 0.3,
            'battery-worn': 0.75,
          },
        },
        {
          id: 'other-light',
          label: 'Blue straight away though it’s flat, or red and blue flashing',
          likelihood: {
            cable: 0.03,
            'power-source': 0.03,
            'dirty-contacts': 0.05,
            'software-glitch': 0.3,
            firmware: 0.25,
            'deep-discharge': 0.03,
            temperature: 0.3,
            moisture: 0.15,
            'port-damage': 0.1,
            'charging-circuit': 0.15,
            'battery-worn': 0.1,
          },
        },
      ],
    },
    {
      id: 'how-it-started',
      title: 'How did the problem start?',
      // Reading six short answers and choosing one: about 15 seconds.
      minutes: 0.25,
      source: ESTIMATE,
      options: [
        {
          id: 'suddenly',
          label: 'Suddenly, for no clear reason',
          likelihood: {
            cable: 0.54,
            'power-source': 0.69,
            'dirty-contacts': 0.49,
            'software-glitch': 0.72,
            firmware: 0.62,
            'deep-discharge': 0.1,
            temperature: 0.14,
            moisture: 0.59,
            'port-damage': 0.2,
            'charging-circuit': 0.35,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'gradually',
          label: 'Gradually: the battery lasted less and less',
          likelihood: {
            cable: 0.1,
            'power-source': 0.05,
            'dirty-contacts': 0.35,
            'software-glitch': 0.05,
            firmware: 0.15,
            'deep-discharge': 0.05,
            temperature: 0.02,
            moisture: 0.1,
            'port-damage': 0.1,
            'charging-circuit': 0.15,
            'battery-worn': 0.7,
          },
        },
        {
          id: 'after-knock',
          label: 'After a drop or a knock, or a yank on the cable',
          note: 'Makers’ warranties cover manufacturing faults, not drops, knocks or other accidents: because it stopped working after one, a claim may be refused, or the repair charged. Say honestly what happened when you claim.',
          noteWhen: ['warranty-claim', 'legal-guarantee'],
          likelihood: {
            cable: 0.2,
            'power-source': 0.05,
            'dirty-contacts': 0.05,
            'software-glitch': 0.05,
            firmware: 0.05,
            'deep-discharge': 0.03,
            temperature: 0.03,
            moisture: 0.1,
            'port-damage': 0.6,
            'charging-circuit': 0.25,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'after-cold-or-heat',
          label: 'After it was somewhere cold or hot',
          likelihood: {
            cable: 0.05,
            'power-source': 0.05,
            'dirty-contacts': 0.05,
            'software-glitch': 0.05,
            firmware: 0.05,
            'deep-discharge': 0.07,
            temperature: 0.75,
            moisture: 0.15,
            'port-damage': 0.02,
            'charging-circuit': 0.1,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'after-storage',
          label: 'After weeks unused, or after it ran completely flat',
          likelihood: {
            cable: 0.05,
            'power-source': 0.1,
            'dirty-contacts': 0.05,
            'software-glitch': 0.1,
            firmware: 0.1,
            'deep-discharge': 0.7,
            temperature: 0.05,
            moisture: 0.05,
            'port-damage': 0.03,
            'charging-circuit': 0.05,
            'battery-worn': 0.1,
          },
        },
        {
          id: 'never-worked',
          label: 'It has never charged since I got it',
          offersReturn: true,
          likelihood: {
            cable: 0.06,
            'power-source': 0.06,
            'dirty-contacts': 0.01,
            'software-glitch': 0.03,
            firmware: 0.03,
            'deep-discharge': 0.05,
            temperature: 0.01,
            moisture: 0.01,
            'port-damage': 0.05,
            'charging-circuit': 0.1,
            'battery-worn': 0.05,
          },
        },
      ],
    },
    {
      id: 'cable-on-other-device',
      title: 'Does the same cable and charger charge another device, such as a phone?',
      devices: [...USB_C, ...MICRO_USB, 'generic-earbuds'],
      // Plugging a phone into the same cable and charger and looking for its charging sign: about a minute.
      minutes: 1,
      source: 'Anker seed guide: test the cable and the outlet.',
      options: [
        {
          id: 'yes',
          label: 'Yes, the other device charges',
          likelihood: { cable: 0.1, 'power-source': 0.1 },
        },
        {
          id: 'no',
          label: 'No, it doesn’t charge either',
          likelihood: {
            cable: 0.7,
            'power-source': 0.7,
            'dirty-contacts': 0.05,
            'software-glitch': 0.05,
            firmware: 0.05,
            'deep-discharge': 0.05,
            temperature: 0.05,
            moisture: 0.05,
            'port-damage': 0.05,
            'charging-circuit': 0.05,
            'battery-worn': 0.05,
          },
        },
        {
          id: 'cannot-try',
          label: 'I can’t try that',
          likelihood: {
            cable: 0.2,
            'power-source': 0.2,
            'dirty-contacts': 0.2,
            'software-glitch': 0.2,
            firmware: 0.2,
            'deep-discharge': 0.2,
            temperature: 0.2,
            moisture: 0.2,
            'port-damage': 0.2,
            'charging-circuit': 0.2,
            'battery-worn': 0.2,
          },
        },
      ],
    },
    {
      id: 'works-when-plugged',
      title: 'Does the speaker turn on?',
      devices: SPEAKERS,
      // Pressing the power button, unplugged and plugged in: about 30 seconds.
      minutes: 0.5,
      source: 'Anker seed guide: a speaker that works only while plugged in points at the battery or its circuit.',
      options: [
        {
          id: 'only-plugged-in',
          label: 'Only while it’s plugged in',
          likelihood: {
            cable: 0.05,
            'power-source': 0.05,
            'dirty-contacts': 0.05,
            'software-glitch': 0.2,
            firmware: 0.2,
            'deep-discharge': 0.05,
            temperature: 0.1,
            moisture: 0.1,
            'port-damage': 0.1,
            'charging-circuit': 0.45,
            'battery-worn': 0.45,
          },
        },
        {
          id: 'never',
          label: 'No, not even while plugged in',
          // An update needs it to turn on.
          excludes: ['update-firmware'],
          likelihood: {
            cable: 0.9,
            'power-source': 0.9,
            'dirty-contacts': 0.85,
            'software-glitch': 0.5,
            firmware: 0.3,
            'deep-discharge': 0.9,
            temperature: 0.6,
            moisture: 0.7,
            'port-damage': 0.8,
            'charging-circuit': 0.35,
            'battery-worn': 0.15,
          },
        },
        {
          id: 'runs-out-fast',
          label: 'Yes, but the battery runs out fast or its level is stuck',
          likelihood: {
            cable: 0.05,
            'power-source': 0.05,
            'dirty-contacts': 0.1,
            'software-glitch': 0.3,
            firmware: 0.5,
            'deep-discharge': 0.05,
            temperature: 0.3,
            moisture: 0.2,
            'port-damage': 0.1,
            'charging-circuit': 0.2,
            'battery-worn': 0.4,
          },
        },
      ],
    },
    {
      id: 'update-offered',
      title: 'Does the maker’s app offer a firmware update?',
      body: 'Turn it on (plugged in, if it only works that way), connect it to your phone and open the maker’s app. Don’t install anything yet: just look whether an update is offered.',
      devices: ['shokz-openrun', 'shokz-openrun-pro', 'shokz-openmove', 'shokz-aeropex', ...NOT_SHOKZ],
      minutes: 1.5,
      source:
        'Anker seed guide: firmware updates come through the maker’s app. An update can only fix firmware when one is offered, and only on a product that turns on. Likelihoods are team estimates.',
      options: [
        {
          id: 'offered',
          label: 'Yes, an update is offered',
          // Makers often have an update for a product some months old, whatever is wrong with it.
          likelihood: {
            cable: 0.25,
            'power-source': 0.25,
            'dirty-contacts': 0.3,
            'software-glitch': 0.3,
            firmware: 0.85,
            'deep-discharge': 0.15,
            temperature: 0.3,
            moisture: 0.3,
            'port-damage': 0.25,
            'charging-circuit': 0.3,
            'battery-worn': 0.3,
          },
        },
        {
          id: 'up-to-date',
          label: 'No, it says it’s up to date',
          excludes: ['update-firmware'],
          likelihood: {
            cable: 0.35,
            'power-source': 0.35,
            'dirty-contacts': 0.4,
            'software-glitch': 0.6,
            firmware: 0.1,
            'deep-discharge': 0.25,
            temperature: 0.4,
            moisture: 0.4,
            'port-damage': 0.35,
            'charging-circuit': 0.5,
            'battery-worn': 0.5,
          },
        },
        {
          id: 'cannot-check',
          label: 'I can’t check: it doesn’t turn on, or there’s no app',
          excludes: ['update-firmware'],
          likelihood: {},
        },
      ],
    },
    {
      id: 'contacts-look',
      title: 'Look closely at the charging port or contacts in good light. What do you see?',
      minutes: 0.5,
      source: 'Anker seed guide: check the port for debris or damage.',
      variants: [
        {
          devices: SHOKZ_MAGNETIC,
          title: 'Look closely at the two metal contacts on the headphones and on the cable’s plug. What do you see?',
        },
        { devices: ['shokz-openswim'], title: 'Look closely at the contacts on the headphones and in the cradle. What do you see?' },
        { devices: ['generic-earbuds'], title: 'Look closely at the contacts on the earbuds and inside the case. What do you see?' },
      ],
      options: [
        {
          id: 'dirt',
          label: 'Dirt, lint, or a green or white crust',
          likelihood: { 'dirty-contacts': 0.75, moisture: 0.3, 'port-damage': 0.1, 'charging-circuit': 0.05 },
        },
        {
          id: 'damage',
          label: 'Something bent, loose, cracked or burnt',
          likelihood: { 'dirty-contacts': 0.05, moisture: 0.05, 'port-damage': 0.7, 'charging-circuit': 0.1 },
        },
        {
          id: 'looks-fine',
          label: 'They look clean and undamaged',
          likelihood: {
            cable: 0.87,
            'power-source': 0.87,
            'dirty-contacts': 0.2,
            'software-glitch': 0.87,
            firmware: 0.87,
            'deep-discharge': 0.87,
            temperature: 0.87,
            moisture: 0.65,
            'port-damage': 0.2,
            'charging-circuit': 0.85,
            'battery-worn': 0.87,
          },
        },
      ],
    },
  ],

  devices: [
    {
      id: 'shokz-openrun',
      name: 'OpenRun',
      kind: 'headphones',
      connector: 'magnetic',
      priors: MAGNETIC_HEADPHONE_PRIORS,
      price: 130,
      ...SHOKZ,
    },
    {
      id: 'shokz-openrun-pro',
      name: 'OpenRun Pro',
      kind: 'headphones',
      connector: 'magnetic',
      priors: MAGNETIC_HEADPHONE_PRIORS,
      price: 180,
      ...SHOKZ,
    },
    { id: 'shokz-openmove', name: 'OpenMove', kind: 'headphones', connector: 'usb-c', priors: USB_HEADPHONE_PRIORS, price: 80, ...SHOKZ },
    {
      id: 'shokz-openswim',
      name: 'OpenSwim',
      kind: 'headphones',
      connector: 'cradle',
      // An MP3 player without Bluetooth or an app, so no firmware cause; pool water makes moisture likelier.
      priors: {
        cable: 0.12,
        'power-source': 0.08,
        'dirty-contacts': 0.22,
        'software-glitch': 0.08,
        'deep-discharge': 0.12,
        temperature: 0.03,
        moisture: 0.15,
        'port-damage': 0.04,
        'charging-circuit': 0.05,
        'battery-worn': 0.11,
      },
      price: 150,
      ...SHOKZ,
    },
    {
      id: 'shokz-aeropex',
      name: 'Aeropex',
      kind: 'headphones',
      connector: 'magnetic',
      priors: MAGNETIC_HEADPHONE_PRIORS,
      price: 160,
      ...SHOKZ,
    },
    {
      id: 'soundcore-motion-plus',
      name: 'Motion+',
      kind: 'speaker',
      connector: 'usb-c',
      priors: SPEAKER_PRIORS,
      price: 100,
      ...SOUNDCORE_POLICY,
    },
    {
      id: 'soundcore-flare-2',
      name: 'Flare 2',
      kind: 'speaker',
      connector: 'usb-c',
      priors: SPEAKER_PRIORS,
      price: 70,
      ...SOUNDCORE_POLICY,
    },
    {
      id: 'soundcore-boost',
      name: 'Boost',
      kind: 'speaker',
      connector: 'micro-usb',
      // Micro-USB ports wear and get yanked more than USB-C ones.
      priors: {
        cable: 0.18,
        'power-source': 0.1,
        'dirty-contacts': 0.07,
        'software-glitch': 0.12,
        firmware: 0.04,
        'deep-discharge': 0.13,
        temperature: 0.04,
        moisture: 0.04,
        'port-damage': 0.12,
        'charging-circuit': 0.05,
        'battery-worn': 0.11,
      },
      price: 60,
      ...SOUNDCORE_POLICY,
    },
    {
      id: 'soundcore-a3102',
      name: 'A3102 speaker (black)',
      kind: 'speaker',
      connector: 'micro-usb',
      // The model of the 2024 recall: its battery packs can overheat, so battery and circuit faults weigh more.
      priors: {
        cable: 0.16,
        'power-source': 0.1,
        'dirty-contacts': 0.07,
        'software-glitch': 0.1,
        firmware: 0.03,
        'deep-discharge': 0.13,
        temperature: 0.04,
        moisture: 0.04,
        'port-damage': 0.1,
        'charging-circuit': 0.08,
        'battery-worn': 0.15,
      },
      price: 30,
      ...SOUNDCORE_POLICY,
      source: `${SOUNDCORE_POLICY.source} ${RECALL_SOURCE} The speaker charges over micro-USB (secondary: product listings). Price within the recall’s US$28–130 range (CPSC).`,
    },
    {
      id: 'generic-headphones',
      name: 'wireless headphones',
      kind: 'headphones',
      connector: 'usb-c',
      priors: USB_HEADPHONE_PRIORS,
      price: 80,
      ...GENERIC,
      lifespanMonths: 36,
    },
    {
      id: 'generic-earbuds',
      name: 'wireless earbuds',
      kind: 'earbuds',
      connector: 'case',
      // Earwax and lint on the case contacts are a classic.
      priors: {
        cable: 0.12,
        'power-source': 0.08,
        'dirty-contacts': 0.2,
        'software-glitch': 0.12,
        firmware: 0.04,
        'deep-discharge': 0.12,
        temperature: 0.03,
        moisture: 0.06,
        'port-damage': 0.07,
        'charging-circuit': 0.06,
        'battery-worn': 0.1,
      },
      price: 60,
      ...GENERIC,
      lifespanMonths: 30,
    },
    {
      id: 'generic-speaker',
      name: 'Bluetooth speaker',
      kind: 'speaker',
      connector: 'usb-c',
      priors: SPEAKER_PRIORS,
      price: 60,
      ...GENERIC,
      lifespanMonths: 48,
    },
  ],
};
