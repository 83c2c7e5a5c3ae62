import { createSession } from '../core/index.js';
import { DEFAULT_QUESTION_MINUTES } from '../core/internal.js';
import type { KnowledgeBase, Outcome, Session } from '../core/types.js';
import { appliesTo, model } from './model-queries.js';
import type { Ending, Shopper } from './simulated-shopper.js';

// The strategy the engine replaces: the seed guides' fixed order of steps, behind the same safety gates.

/** The fixed order: the same gates first (a wet device is dried first), then the list, then escalate. */
export function runFixed(kb: KnowledgeBase, device: string, order: readonly string[], escalation: Outcome, shopper: Shopper): Ending {
  const ending: Ending = { outcome: escalation, handsOn: 0, waiting: 0, prompts: 0, missedFix: false };
  const offered: string[] = [];
  const end = (outcome: Outcome): Ending => ({ ...ending, outcome, missedFix: shopper.missedFix(offered) });
  let forced: string | undefined;
  // The engine's own gates for the device: the questions that can end a session at once.
  for (const { question: gate } of model(kb).devices.get(device)!.gates) {
    ending.prompts++;
    ending.handsOn += gate.minutes ?? DEFAULT_QUESTION_MINUTES;
    const option = gate.options[shopper.answer(gate.id)]!;
    if (option.outcome !== undefined) return end(option.outcome);
    forced = option.next ?? forced;
  }
  const steps = forced === undefined ? order : [forced, ...order.filter((id) => id !== forced)];
  for (const id of steps) {
    const action = kb.actions.find((a) => a.id === id);
    if (action === undefined || !appliesTo(action, device)) continue;
    ending.prompts++;
    offered.push(id);
    const answer = shopper.tries(id);
    ending.handsOn += shopper.minutesFor(id, action.minutes);
    if (answer === 'skip') {
      // A required step the shopper cannot do ends the session as the knowledge base says (a wet device is not charged).
      if (id === forced && action.whenSkipped) return end(action.whenSkipped.outcome);
      continue;
    }
    ending.waiting += action.waitMinutes ?? 0;
    if (answer === 'fixed') return end('resolved');
  }
  return end(escalation);
}

/** Where the engine escalates a fault nobody at home can fix, at this age: the fixed order escalates the same way. */
export function escalationAt(kb: KnowledgeBase, device: string, options: { today: string; purchaseDate: string }): Outcome {
  let session: Session = createSession({ knowledgeBase: kb, device, today: options.today, purchaseDate: options.purchaseDate });
  // Answer everything as "not fixed" and the first option that does not end the session: the end is the age's escalation.
  for (let guard = 0; guard < 200 && session.current.kind !== 'result'; guard++) {
    const prompt = session.current;
    if (prompt.kind === 'action') session = session.answer('not-fixed');
    else {
      const question = kb.questions.find((q) => q.id === prompt.id);
      const calm = question?.options.find((o) => o.outcome === undefined && o.next === undefined) ?? question?.options[0];
      session = session.answer(calm?.id ?? prompt.options[0]!.id);
    }
  }
  const { current } = session;
  return current.kind === 'result' && current.outcome !== 'resolved' ? current.outcome : 'contact-support';
}
