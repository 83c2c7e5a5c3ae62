// The built-in knowledge base, proven on every path a shopper can take: every device, every region
// and none, every age band and the age asked. The walk is split by device across the machine's
// cores; it takes a few minutes on two.
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { VerifyReport } from '../../src/analysis/verify.js';
import { verifyKnowledgeBase } from '../../src/analysis/verify.js';
import { createSession, type Session } from '../../src/core/index.js';
import { decisionInputs, initialState, settingsOf } from '../../src/core/internal.js';
import { defaultKnowledgeBase } from './fixtures.js';

const TODAY = '2026-11-21';

function verifyIn(devices: string[]): Promise<VerifyReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.mjs', import.meta.url), { workerData: { today: TODAY, devices } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('the built-in knowledge base', () => {
  it('is safe and honest on every path: 0 violations, exhaustively', async (t) => {
    const devices = defaultKnowledgeBase.devices.map((d) => d.id);
    const workers = Math.max(1, Math.min(availableParallelism(), 4));
    const shares = Array.from({ length: workers }, (_, w) => devices.filter((_, i) => i % workers === w));
    const reports = await Promise.all(shares.map(verifyIn));
    const sum = (pick: (r: VerifyReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
    for (const report of reports) {
      assert.equal(report.exhaustive, true);
      assert.deepEqual(report.violations, [], JSON.stringify(report.violations.slice(0, 3), null, 2));
    }
    // Every device in every region (none, EU, UK), with a date in each of its age bands and with the age asked.
    assert.deepEqual(new Set(reports.flatMap((r) => r.situations.map((s) => s.device))), new Set(devices));
    for (const region of [undefined, 'EU', 'UK']) {
      for (const device of devices) {
        const bands = reports
          .flatMap((r) => r.situations)
          .filter((s) => s.device === device && s.region === region)
          .map((s) => s.band);
        assert.ok(
          bands.includes('asked') && bands.includes('return') && bands.includes('warranty') && bands.includes('past-lifespan'),
          `${device} ${region}: ${bands}`,
        );
      }
    }
    t.diagnostic(
      `${sum((r) => r.situations.length)} situations, ${sum((r) => r.trees)} decision trees, ${sum((r) => r.prompts).toLocaleString('en')} prompts, ${sum((r) => r.paths).toLocaleString('en')} paths`,
    );
  });

  it('takes the same steps in situations the verifier walks once (property)', () => {
    // The verifier shares one walk among situations with the same decision inputs: sessions in them
    // must meet the same prompts whatever the answers, or the proof would skip paths.
    const { situations } = verifyKnowledgeBase(defaultKnowledgeBase, { today: TODAY, maxPrompts: 1 });
    const groups = new Map<string, typeof situations>();
    for (const situation of situations) {
      const { device, region, purchaseDate } = situation;
      const options = {
        knowledgeBase: defaultKnowledgeBase,
        device,
        today: TODAY,
        ...(region ? { region } : {}),
        ...(purchaseDate ? { purchaseDate } : {}),
      };
      const { settings } = settingsOf(options);
      const key = `${device}|${decisionInputs(settings, initialState(settings, device))}`;
      groups.set(key, [...(groups.get(key) ?? []), situation]);
    }
    const shared = [...groups.values()].filter((group) => group.length > 1);
    assert.ok(shared.length >= 12, `${shared.length} groups share a walk`);
    const walk = (session: Session, choices: number[]) => {
      const ids: string[] = [];
      for (const choice of choices) {
        if (session.current.kind === 'result') break;
        ids.push(session.current.id);
        session = session.answer(session.current.options[choice % session.current.options.length]!.id);
      }
      return [...ids, session.current.kind === 'result' ? session.current.outcome : '…'];
    };
    fc.assert(
      fc.property(fc.constantFrom(...shared), fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }), (group, choices) => {
        const paths = group.map(({ device, region, purchaseDate }) =>
          walk(
            createSession({
              knowledgeBase: defaultKnowledgeBase,
              device,
              today: TODAY,
              ...(region ? { region } : {}),
              ...(purchaseDate ? { purchaseDate } : {}),
            }),
            choices,
          ),
        );
        for (const path of paths.slice(1)) assert.deepEqual(path, paths[0]);
      }),
      { numRuns: 300 },
    );
  });
});
