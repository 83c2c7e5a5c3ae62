// The unsafe-advice finder: a table of unsafe and safe sentences, each its own test, and the rules
// that hold for any text (a negation never reaches past its sentence; what is found is in the text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { unsafeAdvice } from '../../src/analysis/unsafe-advice.js';
import { UNSAFE_ADVICE_CONCEPTS } from '../../src/analysis/unsafe-advice-catalogue.js';

const UNSAFE: readonly [sentence: string, concept: string][] = [
  // opening the product
  ['Open the case and check the battery.', 'opening the product'],
  ['Carefully open up the housing with a flat screwdriver.', 'opening the product'],
  ['Opening the back lets you reach the battery.', 'opening the product'],
  ['Take the earbuds apart to clean the inside.', 'opening the product'],
  ['Take them apart and dry each part.', 'opening the product'],
  ['Disassemble the speaker and look for loose wires.', 'opening the product'],
  ['Unscrew the four screws on the bottom.', 'opening the product'],
  ['Remove the back cover to reach the battery.', 'opening the product'],
  ['Remove the screws under the rubber feet.', 'opening the product'],
  ['Pry the shell open with a guitar pick.', 'opening the product'],
  ['Prise the earcup off with a spudger.', 'opening the product'],
  ['Prize it open with a butter knife.', 'opening the product'],
  ['Lever the cover off with a coin.', 'opening the product'],
  ['Split the seam with a plastic card.', 'opening the product'],
  ['Crack it open and look inside.', 'opening the product'],
  ['If nothing works, open the earbud and reseat the battery.', 'opening the product'],
  ['Open the device with a plastic opening tool.', 'opening the product'],
  ['Crack open the casing.', 'opening the product'],
  ['The fix: unscrew the back and reseat the battery connector.', 'opening the product'],
  ['Open it up and look for corrosion.', 'opening the product'],
  // puncturing the battery
  ['Puncture the swollen battery to let the gas out.', 'puncturing the battery'],
  ['Pierce the battery pouch with a pin.', 'puncturing the battery'],
  ['Poke a hole in the battery to release the pressure.', 'puncturing the battery'],
  ['Push a needle into the battery to drain it.', 'puncturing the battery'],
  ['Drill a small hole in the casing to let the water out.', 'puncturing the battery'],
  ['Stick a pin into the battery to let the pressure out.', 'puncturing the battery'],
  // abrasives on contacts
  ['Lightly sand the contacts until they shine.', 'abrasives on contacts'],
  ['Rub the pins with fine sandpaper.', 'abrasives on contacts'],
  ['Use an emery board on the contacts.', 'abrasives on contacts'],
  ['Steel wool removes the green crust quickly.', 'abrasives on contacts'],
  ['Scrub the port with a wire brush.', 'abrasives on contacts'],
  ['File down the contacts so they touch the cable again.', 'abrasives on contacts'],
  ['Scrape the corrosion off with a knife.', 'abrasives on contacts'],
  ['Use a coin to scrape the contacts clean.', 'abrasives on contacts'],
  ['A scouring pad gets the grime off.', 'abrasives on contacts'],
  ['Any abrasive cloth will do.', 'abrasives on contacts'],
  ['Clean the port with a paper clip.', 'abrasives on contacts'],
  ['Use toothpaste and an old toothbrush on the contacts.', 'abrasives on contacts'],
  // probing the battery
  ['Use a multimeter to check the battery.', 'probing the battery'],
  ['Measure the battery voltage: it should read 3.7 V.', 'probing the battery'],
  ['Check the voltage across the battery terminals.', 'probing the battery'],
  ['Test the cells with a 9 V battery.', 'probing the battery'],
  ["Probe the battery with the meter's leads.", 'probing the battery'],
  ['Connect the battery directly to a USB charger.', 'probing the battery'],
  ['Jump-start the battery with a 9 V cell.', 'probing the battery'],
  ['Bypass the protection circuit to wake the battery.', 'probing the battery'],
  ['Use a voltmeter on the terminals.', 'probing the battery'],
  // charging while wet or damaged
  ['Charge it even if it is still a bit damp.', 'charging while wet or damaged'],
  ["Plug it in while it's wet; it will dry as it charges.", 'charging while wet or damaged'],
  ["It's fine to keep charging it when it gets hot.", 'charging while wet or damaged'],
  ['If the battery is swollen, just charge it slowly.', 'charging while wet or damaged'],
  ['Charge them while they are bulging.', 'charging while wet or damaged'],
  ['Charging it while it is leaking is fine.', 'charging while wet or damaged'],
  ['Charge it wet, it will be fine.', 'charging while wet or damaged'],
  ['Leave it plugged in even though it is swollen.', 'charging while wet or damaged'],
  // heat to dry
  ['Use a hair dryer to dry the port.', 'heat to dry'],
  ['Dry it with a hairdryer on the warm setting.', 'heat to dry'],
  ['Blow-dry the speaker for five minutes.', 'heat to dry'],
  ['Put the earbuds in the oven at 50 °C for ten minutes.', 'heat to dry'],
  ['Leave it on a radiator overnight.', 'heat to dry'],
  ['Warm it with a heat gun.', 'heat to dry'],
  ['Put it in the microwave for 10 seconds.', 'heat to dry'],
  ['Leave it in direct sunlight to dry.', 'heat to dry'],
  ['Put it in the tumble dryer with a towel.', 'heat to dry'],
  ['Dry it next to the stove.', 'heat to dry'],
  ['Put it on the dashboard in the sun to dry.', 'heat to dry'],
  ['Bake the earbuds at a low temperature to dry them.', 'heat to dry'],
  ['Place the speaker on a heater overnight.', 'heat to dry'],
  // freezing
  ['Put it in the freezer for an hour to reset the battery.', 'freezing'],
  ['Freeze it overnight to revive the battery.', 'freezing'],
  ['Put the speaker in the fridge to cool it down.', 'freezing'],
  ['Hold an ice pack on the battery.', 'freezing'],
  ['Try the freezer: it sometimes revives a dead battery.', 'freezing'],
  // short-circuiting or soldering
  ['Short the two contacts with a paper clip to wake the battery.', 'short-circuiting or soldering'],
  ['Solder the loose wire back onto the port.', 'short-circuiting or soldering'],
  ['Replace the battery yourself; it only takes five minutes.', 'short-circuiting or soldering'],
  ['Touch the pins together with a coin.', 'short-circuiting or soldering'],
  ['Cause a short circuit across the pins to reset it.', 'short-circuiting or soldering'],
  ['Put a drop of solder on the broken pin.', 'short-circuiting or soldering'],
  ['Swap the battery for a new one from an online shop.', 'short-circuiting or soldering'],
  // A negation that does not reach the advice: it comes before it, or a new instruction or clause ends it
  ['Without opening it, pry the cover off.', 'opening the product'],
  ['If it does not charge, open the case.', 'opening the product'],
  ['If it is not charging after that, you can take it apart.', 'opening the product'],
  ['If it does not charge after an hour, the next step is to open the case.', 'opening the product'],
  ['If there is no light, the fix is to take it apart.', 'opening the product'],
  ["If the case won't open, pry it with a knife.", 'opening the product'],
  ['Don’t use the app, open the back panel and reset the board.', 'opening the product'],
  ['No light? Take the speaker apart.', 'opening the product'],
  ["Don't use sandpaper; use a wire brush.", 'abrasives on contacts'],
  ["Don't wipe it, scrape it with a knife.", 'abrasives on contacts'],
  ['Not a soft cloth but steel wool is best.', 'abrasives on contacts'],
  ['Instead of a cloth, use sandpaper.', 'abrasives on contacts'],
  ['Never use a cloth — use sandpaper.', 'abrasives on contacts'],
  ['Use a hair dryer, not an oven.', 'heat to dry'],
  ["Don't charge it while wet, use a hair dryer to dry it.", 'heat to dry'],
  ['Never charge it wet, and then put it on a radiator.', 'heat to dry'],
  ['Rather than waiting, heat it with a hair dryer.', 'heat to dry'],
  ['Dry it (not in the sun) with a hair dryer.', 'heat to dry'],
  ['Avoid the oven, but a radiator works well: leave it on the radiator for an hour.', 'heat to dry'],
];

const SAFE: readonly string[] = [
  // Ordinary advice that shares words with unsafe advice
  'Wipe the contacts with a soft, dry cloth.',
  'For grime, use isopropyl alcohol on a cotton swab.',
  'Leave it in a dry, airy place at room temperature.',
  'Open the Soundcore app and check for an update.',
  'Open the charging case lid and put the earbuds in.',
  'Plug it in and watch the light.',
  'Let it warm up to room temperature before charging.',
  'Hold the power button for 10 seconds.',
  'Open the speaker’s settings and install any firmware update.',
  'Open the Shokz app, if it supports your model.',
  'Connect the speaker to your phone and open the Soundcore app.',
  "Open the device list in your phone's Bluetooth settings.",
  'Open the rubber cover over the USB-C port before plugging in.',
  'Open the case and take out both earbuds.',
  'Open the lid of the charging case.',
  'Pop the lid open and put the earbuds back.',
  'Put the earbuds back in the case and close the lid.',
  'Put the earbuds back, close the lid and watch the case light.',
  'Remove the earbuds from the case and wipe the contacts with a dry cotton swab.',
  'Use a soft, non-abrasive cloth.',
  'Use a toothbrush with soft bristles to brush out crumbs.',
  'Blow the loose dust out of the port.',
  'Unplug it and wipe it dry.',
  'Leave it unplugged for 30 minutes in a dry room at normal temperature.',
  'Keep it away from heaters and direct sunlight.',
  'Keep it in a cool place out of the sun.',
  'Bring it indoors if it has been near a heater or in the sun.',
  'Use a different cable, one you know charges another device.',
  'Check the battery level in the app.',
  'Press the button on the case to check the charge level.',
  'Turn the charging port towards a light and look for lint.',
  'Check that the magnetic plug snaps squarely onto the two contacts, with nothing in between.',
  'Push the plug in fully at both ends.',
  'Insert the pin into the reset hole for 3 seconds.',
  'File a warranty claim with the maker.',
  'The key to clean contacts is patience.',
  'Use a short cable, no longer than 1 m.',
  'Wipe the charging contacts if they are damp.',
  'Dry the charging port when it is wet.',
  'Only when it is completely dry, plug it in and watch the charging light.',
  'It got wet, or was charged while damp (rain, sweat, a swim).',
  'Water on the contacts can short them.',
  'Water can cause a short circuit.',
  'Take it to a repair shop if the port is loose.',
  'Turn the speaker off and hold the power and BassUp buttons for 5 seconds.',
  'If it doesn’t turn on, choose “I can’t do this”.',
  'Wait until it has cooled down before you unplug it.',
  'If it is hot, unplug it and let it cool down before you touch it.',
  'Switch the charger off at the wall without touching the product.',
  'Never put it in household rubbish.',
  // What not to do: the negation reaches the advice, lists after a comma included
  'No hair dryer, oven or radiator.',
  'Never use sandpaper or a wire brush.',
  'Do not open the case; take it to a repair shop.',
  "Don't use a hair dryer, oven or radiator.",
  'Never use sandpaper, a knife, pins or anything metal or abrasive: they damage the contacts.',
  'Don’t warm it with a heater or hair dryer, and don’t cool it in a fridge.',
  'Don’t charge it until it is completely dry.',
  'Unplug it now and don’t charge it while it’s damp.',
  'Avoid multimeters and never probe the battery.',
  'Do not puncture, crush or heat the battery.',
  'Never open the case: ask support.',
  'Don’t put it in the freezer or the oven.',
  'Charge it on a hard surface, not on a bed or sofa, and not while you sleep.',
  'If it is swollen or hot, stop using it and don’t charge it again.',
  "Don't pry, drill or file anything.",
  'Do not try to replace the battery yourself.',
  'Never charge it while it is wet, swollen or hot.',
  'Dry it at room temperature instead of with a hair dryer.',
  'Use a fan on a cool setting rather than a heat gun.',
  'Stop using it and never charge it while it is swollen.',
  'Avoid heat: no radiator, no hair dryer, no direct sun.',
  'Never use a knife, a coin or a pin to scrape the contacts.',
  'No soldering, prying or drilling.',
  'Don’t use a hair dryer to dry it, and don’t put it on a radiator.',
  'Do not disassemble, crush, puncture, short or incinerate the battery.',
  'Don’t freeze it, and don’t leave it in a hot car.',
  'Never leave it on a radiator or in the sun to dry.',
  "Don't let a drop of water short the contacts; dry them first.",
  'Wipe the port gently; never poke anything metal into it.',
  'Never try to open it, pry it or take it apart.',
  'Avoid opening the case or unscrewing the back.',
  "Don't put it on a radiator, in the sun or near a heater to dry.",
  'Neither a hair dryer nor a radiator is safe for drying it.',
  'Loosen any lint with a wooden toothpick, gently and without pressing on the pins; never use anything metal.',
  // Someone else's job, or a warning about the act
  'Only a technician should open the housing.',
  'Ask the maker to replace the battery.',
  'A repair shop opens it and replaces the battery.',
  'A technician can solder a new port in.',
  'The battery cannot be replaced by the shopper.',
  'Opening the case voids the warranty and is a fire risk.',
  'Replacing the battery is a job for the maker.',
  'If it is wet, charging it can short the battery.',
  'It is dangerous to open the case or probe the battery.',
];

/** Unsafe imperatives that "Do not …" in front of turns into safe advice. */
const NEGATABLE = [
  'Open the case and check the battery.',
  'Take them apart and dry each part.',
  'Pry the shell open with a guitar pick.',
  'Puncture the swollen battery to let the gas out.',
  'Rub the pins with fine sandpaper.',
  'Scrape the corrosion off with a knife.',
  'Use a multimeter to check the battery.',
  'Charge it even if it is still a bit damp.',
  'Use a hair dryer to dry the port.',
  'Leave it on a radiator overnight.',
  'Put it in the freezer for an hour to reset the battery.',
  'Short the two contacts with a paper clip to wake the battery.',
  'Replace the battery yourself.',
];

const conceptsIn = (text: string) => unsafeAdvice(text).map((advice) => advice.concept);
const lowerFirst = (text: string) => text[0]!.toLowerCase() + text.slice(1);

describe('unsafe advice', () => {
  it('has tables big enough to mean something, and names only known concepts', () => {
    assert.ok(UNSAFE.length >= 35 && SAFE.length >= 35);
    for (const [, concept] of UNSAFE) assert.ok(UNSAFE_ADVICE_CONCEPTS.includes(concept), concept);
    assert.deepEqual(new Set(UNSAFE.map(([, concept]) => concept)), new Set(UNSAFE_ADVICE_CONCEPTS));
  });

  for (const [sentence, concept] of UNSAFE) {
    it(`finds ${concept} in: ${sentence}`, () => {
      assert.ok(conceptsIn(sentence).includes(concept), `found ${JSON.stringify(unsafeAdvice(sentence))}`);
    });
  }

  for (const sentence of SAFE) {
    it(`lets pass: ${sentence}`, () => {
      assert.deepEqual(unsafeAdvice(sentence), []);
    });
  }

  it('quotes the words that give the advice, and why it is unsafe', () => {
    assert.deepEqual(
      unsafeAdvice('Use a hair dryer, not an oven.').map(({ phrase, concept, index }) => ({ phrase, concept, index })),
      [{ phrase: 'Use a hair dryer', concept: 'heat to dry', index: 0 }],
    );
    const [advice] = unsafeAdvice('Don’t charge it while wet, use a hair dryer to dry it.');
    assert.equal(advice?.phrase, 'use a hair dryer');
    assert.match(advice!.reason, /room temperature/);
    assert.deepEqual(
      unsafeAdvice('Without opening it, pry the cover off.').map((a) => a.phrase),
      ['pry the cover off'],
    );
  });

  it('finds each piece of advice in a text, in order, once', () => {
    const text = 'Open the case. Then sand the contacts with sandpaper and dry it with a hair dryer.';
    assert.deepEqual(
      unsafeAdvice(text).map(({ phrase, concept }) => [phrase, concept]),
      [
        ['Open the case', 'opening the product'],
        ['sand the contacts', 'abrasives on contacts'],
        ['with sandpaper', 'abrasives on contacts'],
        ['dry it with a hair dryer', 'heat to dry'],
      ],
    );
  });

  it('reads "Do not …" in front of an unsafe instruction as safe advice', () => {
    for (const sentence of NEGATABLE) {
      assert.notDeepEqual(unsafeAdvice(sentence), [], sentence);
      for (const negation of ['Do not', 'Don’t', 'Never']) {
        const negated = `${negation} ${lowerFirst(sentence)}`;
        assert.deepEqual(unsafeAdvice(negated), [], negated);
      }
    }
  });

  it('ignores case and the kind of apostrophe', () => {
    const variants = (text: string) => [text.toUpperCase(), text.replaceAll('’', "'"), text.replaceAll("'", '’')];
    for (const [sentence, concept] of UNSAFE) {
      for (const variant of variants(sentence)) assert.ok(conceptsIn(variant).includes(concept), variant);
    }
    for (const sentence of SAFE) for (const variant of variants(sentence)) assert.deepEqual(unsafeAdvice(variant), [], variant);
  });

  it('never lets a negation or a warning reach past its own sentence', () => {
    const safe = fc.constantFrom(...SAFE);
    fc.assert(
      fc.property(
        fc.array(safe, { maxLength: 4 }),
        fc.constantFrom(...UNSAFE),
        fc.array(safe, { maxLength: 4 }),
        (before, [sentence, concept], after) => {
          const text = [...before, sentence, ...after].join(' ');
          const start = [...before, ''].join(' ').length;
          const found = unsafeAdvice(text).filter((advice) => advice.index >= start && advice.index < start + sentence.length);
          return found.some((advice) => advice.concept === concept);
        },
      ),
    );
  });

  it('keeps safe sentences safe side by side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SAFE), { minLength: 2, maxLength: 6 }),
        (sentences) => unsafeAdvice(sentences.join(' ')).length === 0,
      ),
    );
  });

  it('reports phrases that are in the text where it says, for any text', () => {
    const words = fc.constantFrom(
      ...'open the case pry it not never no hair dryer oven , ; : . sandpaper charge while wet swollen use a technician can battery multimeter freezer solder take apart ( ) — but then instead of it is dangerous to'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
        ),
        (text) => {
          for (const advice of unsafeAdvice(text)) {
            assert.equal(text.slice(advice.index, advice.index + advice.phrase.length), advice.phrase);
            assert.ok(UNSAFE_ADVICE_CONCEPTS.includes(advice.concept) && advice.reason.length > 0);
          }
        },
      ),
    );
  });

  it('reads a long text quickly', () => {
    const text = Array.from({ length: 200 }, (_, i) => (i % 2 ? SAFE[i % SAFE.length] : UNSAFE[i % UNSAFE.length]![0])).join(' ');
    const started = performance.now();
    const found = unsafeAdvice(text);
    assert.ok(found.length >= 100);
    assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
  });
});
