import type { Action, Device, KnowledgeBase, Question } from '../../src/core/index.js';

/** A small hand-made knowledge base whose numbers the tests can follow by hand. */
export function tinyKnowledgeBase(overrides: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    schemaVersion: 1,
    escalationMinutes: 1000,
    causes: [
      { id: 'x', label: 'Cause X', userFixable: true },
      { id: 'y', label: 'Cause Y', userFixable: true },
      { id: 'z', label: 'Cause Z', userFixable: false },
    ],
    actions: [action('fix-x', 1, { x: 0.8 }), action('fix-y', 1, { y: 0.5 })],
    questions: [],
    devices: [device('gadget', { x: 0.5, y: 0.3, z: 0.2 })],
    ...overrides,
  };
}

export function action(id: string, minutes: number, fixes: Record<string, number>, extra: Partial<Action> = {}): Action {
  return { id, title: `Do ${id}`, steps: [`Step of ${id}`], minutes, fixes, ...extra };
}

export function device(id: string, priors: Record<string, number>, extra: Partial<Device> = {}): Device {
  return {
    id,
    brand: 'Acme',
    name: id,
    kind: 'speaker',
    connector: 'usb-c',
    priors,
    warrantyMonths: 12,
    returnDays: 30,
    lifespanMonths: 36,
    supportUrl: 'https://support.example/acme',
    warrantyUrl: 'https://support.example/acme/warranty',
    ...extra,
  };
}

export function question(id: string, options: Question['options'], extra: Partial<Question> = {}): Question {
  return { id, title: `Question ${id}?`, options, ...extra };
}

/** Deep copy, so a test can break one field of a valid knowledge base. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
