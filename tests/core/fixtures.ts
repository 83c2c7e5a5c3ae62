import assert from 'node:assert/strict';
import type { Action, Device, KnowledgeBase, Question, Session, SessionOptions } from '../../src/core/index.js';
import { createSession } from '../../src/core/index.js';
import { BUILT_IN_TRANSLATIONS, defaultKnowledgeBase, loadKnowledgeBase } from '../../src/knowledge-base/index.js';

export { defaultKnowledgeBase };

/** The built-in knowledge base carrying every translation it has: it speaks every shipped language. */
export const translatedKnowledgeBase = await loadKnowledgeBase(...BUILT_IN_TRANSLATIONS);

/** A session on the built-in knowledge base with its translations (or on `knowledgeBase`, when given). */
export function builtIn(options: Omit<SessionOptions, 'knowledgeBase'> & { knowledgeBase?: KnowledgeBase } = {}): Session {
  return createSession({ knowledgeBase: translatedKnowledgeBase, ...options });
}

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

/** chai's `closeTo`: `actual` is a number within `delta` of `expected`. */
export function assertClose(actual: number | undefined, expected: number, delta: number): void {
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= delta, `expected ${actual} ≈ ${expected} (±${delta})`);
}

/** chai's `include` on a string: `text` contains `part`. */
export function assertContains(text: string, part: string, message?: string): void {
  assert.ok(text.includes(part), message ?? `expected ${JSON.stringify(text)} to contain ${JSON.stringify(part)}`);
}

/** chai's `include` on an object: `actual` has each of `expected`'s properties, each strictly equal. */
export function assertHasProperties(actual: object, expected: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(expected)) {
    assert.ok(key in actual, `expected ${JSON.stringify(actual)} to have a property "${key}"`);
    assert.equal((actual as Record<string, unknown>)[key], value, `property "${key}" of ${JSON.stringify(actual)}`);
  }
}

/** Deep copy, so a test can break one field of a valid knowledge base. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
