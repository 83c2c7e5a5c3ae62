import type { Distribution, Model, ModelAction, ModelDevice, ModelQuestion } from '../model/index.js';
import { ageBandOf, type Policy, repairPays } from '../model/index.js';
import type { AgeBand, CalendarDate } from '../shared/index.js';
import type { LegalRights, SessionSnapshot, SessionState, Shop } from '../types.js';

// What the engine works on: a session's settings (fixed) and state (grows with each answer), and the steps it takes.

/** What a session was started with; fixed for its whole life, and free of words. */
export interface Settings {
  model: Model;
  today: CalendarDate;
  purchaseDate?: CalendarDate;
  returnDays?: number;
  /** The consumer law that applies, with the retailer's own guarantee period if given. */
  legal?: LegalRights;
  /** The shop that sold it, for hand-offs (not part of a snapshot: the page gives it each time). */
  shop?: Shop;
  /** The settings as given, for snapshots. */
  origin: Omit<SessionSnapshot, 'version' | 'history' | 'locale'>;
}

/** How a session ended: the outcome, the beliefs its result reports, the words that go with it. */
export type Ending = NonNullable<SessionState['ending']>;

/** What the engine asks for next, derived from the state (never stored). */
export type Step =
  | { kind: 'device' }
  | { kind: 'question'; question: ModelQuestion }
  | { kind: 'action'; action: ModelAction }
  | { kind: 'age'; bands: AgeBand[] }
  | { kind: 'return-offer' }
  | { kind: 'result'; ending: Ending };

export const ACTION_ANSWERS = ['fixed', 'not-fixed', 'skip'] as const;

export const RETURN_OFFER_ANSWERS = ['return-now', 'try-first'] as const;

/** The state's beliefs as the numbers the inference works on. */
export function beliefsOf(state: SessionState): Distribution {
  return Float64Array.from(state.beliefs);
}

export function initialState(settings: Settings, deviceId?: string): SessionState {
  const device = deviceId === undefined ? undefined : settings.model.devices.get(deviceId);
  if (device === undefined) return { beliefs: [], done: [], skipped: [], excluded: [], notes: [] };
  const state: SessionState = {
    device: device.device.id,
    beliefs: Array.from(device.prior),
    done: [],
    skipped: [],
    excluded: [],
    notes: [],
  };
  if (settings.purchaseDate !== undefined) state.ageBand = ageBandOf(settings.purchaseDate, settings.today, policyOf(settings, device));
  return state;
}

export function deviceOf(settings: Settings, state: SessionState): ModelDevice | undefined {
  return state.device === undefined ? undefined : settings.model.devices.get(state.device);
}

export function policyOf(settings: Settings, device: ModelDevice): Policy {
  const { returnDays, warrantyMonths, lifespanMonths } = device.device;
  const legal = settings.legal;
  return {
    returnDays: Math.max(settings.returnDays ?? returnDays, legal?.rejectDays ?? 0),
    warrantyMonths,
    // Past the usual lifespan a failing battery is wear, not a fault that was there at delivery.
    legalMonths: Math.min(legal?.guaranteeMonths ?? 0, lifespanMonths),
    presumedMonths: legal?.presumedMonths ?? 0,
    lifespanMonths,
    repairPays: repairPays(settings.model.costs, device.device),
  };
}

/** The actions still open: not done, not ruled out by an answer. */
export function openActions(state: SessionState, device: ModelDevice): ModelAction[] {
  const closed = new Set([...state.done, ...state.excluded]);
  return device.actions.filter((a) => !closed.has(a.action.id));
}
