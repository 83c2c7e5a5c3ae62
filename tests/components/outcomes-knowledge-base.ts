import type { KnowledgeBase } from '../../src/core/index.js';

/** A small knowledge base that reaches every outcome in few clicks. */
export function outcomesKnowledgeBase(): KnowledgeBase {
  return {
    schemaVersion: 1,
    escalationMinutes: 100,
    causes: [
      { id: 'dirt', label: 'Dirt', userFixable: true },
      { id: 'wear', label: 'Worn battery', userFixable: false },
    ],
    actions: [
      { id: 'clean', title: 'Clean it', steps: ['Wipe the contacts'], minutes: 2, fixes: { dirt: 0.9 } },
      { id: 'wait', title: 'Charge it untouched', steps: ['Leave it plugged in'], minutes: 1, waitMinutes: 30, fixes: { dirt: 0.3 } },
    ],
    questions: [
      {
        id: 'safety',
        title: 'Is it swollen or hot?',
        options: [
          { id: 'danger', label: 'Yes', likelihood: { dirt: 0, wear: 0.1 }, outcome: 'safety-stop', stop: 'battery' },
          { id: 'none', label: 'No', likelihood: { dirt: 1, wear: 0.9 } },
        ],
      },
    ],
    devices: [
      {
        id: 'gizmo',
        brand: 'Acme',
        name: 'Gizmo',
        kind: 'speaker',
        connector: 'usb-c',
        priors: { dirt: 0.5, wear: 0.5 },
        warrantyMonths: 12,
        returnDays: 30,
        lifespanMonths: 36,
        supportUrl: 'https://support.example/gizmo',
        warrantyUrl: 'https://support.example/gizmo/warranty',
        claimPages: [
          { href: 'https://support.example/gizmo/claim', regions: ['EU'] },
          { href: 'https://support.example/uk/gizmo/claim', regions: ['UK'] },
        ],
        supportEmail: 'help@support.example',
      },
    ],
    legalRights: {
      EU: { name: 'the EU', guaranteeMonths: 24, presumedMonths: 12 },
      UK: { name: 'the UK', guaranteeMonths: 72, presumedMonths: 6 },
    },
  };
}
