// The authoring CLI: exit codes, exact problem positions, warnings, simulate against a hand
// computation, graph output parsed back, the interactive walk, and the real bin.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../dist/analysis/random.js';
import { run, recordFiles as sharedRecordFiles } from './learn-helpers.mjs';

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)).replace(`${process.cwd()}/`, '');
const example = 'demo/knowledge-bases/acme-kids-speaker.json';

test('verify: proves the demo knowledge base on every path, and lists what it proved', async () => {
  const { code, out } = await run(['verify', example, '--today', '2026-11-21']);
  assert.equal(code, 0);
  const [first, ...invariants] = out.trim().split('\n');
  assert.match(
    first,
    new RegExp(
      `^${example}: proved 7 invariants on every path: \\d+ situations \\(1 device; no region; a date in every age band and the age asked\\), [\\d,]+ prompts, [\\d,]+ paths\\.$`,
    ),
  );
  assert.deepEqual(
    invariants.map((line) => line.trim().split(/\s+/)[0]),
    ['safety-first', 'no-step-unsure', 'required-step', 'stop-reason', 'stop-remedy', 'outcome-facts', 'accident-disclosed'],
  );
});

test('verify: each violation with the situation and the answers that lead to it, exit 1; --json has the report', async () => {
  // The demo knowledge base as it was before the verifier: a wet speaker that cannot be dried went on to charging.
  const kb = JSON.parse(readFileSync(example, 'utf8'));
  delete kb.actions.find((a) => a.id === 'dry-out').whenSkipped;
  delete kb.questions[0].options[0].stop;
  const file = join(mkdtempSync(join(tmpdir(), 'ct-verify-')), 'kb.json');
  writeFileSync(file, JSON.stringify(kb));
  const { code, out } = await run(['verify', file, '--today', '2026-11-21']);
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  assert.ok(lines.includes(`${file}: error: stop-reason: a safety stop names no reason (\`stop\`)`), out);
  assert.ok(
    lines.some((line) => /^ {2}at acme-kids-speaker, bought 2026-11-\d\d \(return\), no region: safety:danger$/.test(line)),
    out,
  );
  assert.ok(
    lines.some((line) =>
      line.startsWith(`${file}: error: required-step: the shopper could not do the required step "dry-out", and the session goes on to`),
    ),
    out,
  );
  assert.ok(
    lines.some((line) => line.includes(': safety:wet → dry-out:skip')),
    out,
  );
  assert.match(
    lines.at(-1),
    /^[\d,]+ prompts break required-step \([\d,]+\), stop-reason \([\d,]+\)(; the first \d+ shown)?\. Walked 5 situations /,
  );
  const json = await run(['verify', file, '--today', '2026-11-21', '--json']);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.out);
  assert.ok(report.violationCounts['stop-reason'] > 0 && report.violationCounts['safety-first'] === 0);
  assert.deepEqual(report.violations.find((v) => v.invariant === 'stop-reason').path, ['safety:danger']);
});

test('verify: a walk stopped at its limit proves nothing and says so', async () => {
  const { code, out } = await run(['verify', example, '--max-prompts', '10']);
  assert.equal(code, 1);
  assert.match(out, new RegExp(`^${example}: not proven: the walk stopped at its limit after `));
  const usage = await run(['verify', example, '--max-prompts', '0']);
  assert.equal(usage.code, 2);
});

test('validate: a good file passes', async () => {
  const { code, out } = await run(['validate', example]);
  assert.equal(code, 0);
  assert.equal(out, '0 errors, 0 warnings in 1 file\n');
});

test('validate: every problem with its JSON path and line:column, exit 1', async () => {
  const file = fixture('broken.json');
  const { code, out } = await run(['validate', file]);
  assert.equal(code, 1);
  assert.deepEqual(out.trim().split('\n'), [
    `${file}:11:53: error: devices[0].kind: must be a non-empty string, not the string ""`,
    `${file}:7:62: error: actions[0].minutes: must be greater than 0, not 0`,
    `${file}:7:81: error: actions[0].fixes.y: unknown cause "y"`,
    '3 errors, 0 warnings in 1 file',
  ]);
});

test('validate: authoring smells are warnings; --strict makes them fail', async () => {
  const file = fixture('smells.json');
  const { code, out } = await run(['validate', file]);
  assert.equal(code, 0);
  const lines = out.trim().split('\n');
  const paths = lines.slice(0, -1).map((line) => line.split(': ').slice(1, 3).join(': '));
  assert.deepEqual(paths, [
    'warning: devices[0]',
    'warning: causes[1]',
    'warning: actions[1]',
    'warning: questions[0]',
    'warning: actions[0].steps[0]',
  ]);
  assert.match(lines[0], /^.*smells\.json:23:5: warning: devices\[0\]: "d" has no safety question/);
  assert.match(lines[4], /unsafe advice \("Sand the contacts": abrasives on contacts\): abrasives .* strip the plating/);
  assert.doesNotMatch(out, /open the case/); // "Never open the case" is safe advice
  assert.equal(lines.at(-1), '0 errors, 5 warnings in 1 file');
  assert.equal((await run(['validate', '--strict', file])).code, 1);
});

test('validate: unsafe advice anywhere a shopper reads it is a warning at its JSON path; translations are not read', async () => {
  const kb = JSON.parse(readFileSync(example, 'utf8'));
  kb.actions[5].steps.push('If it is still damp after that, dry it with a hair dryer.');
  kb.questions[1].options[1].note = 'Open the case and check the battery with a multimeter.';
  kb.questions[1].options[2].note = 'Never open the case yourself: a repair shop can replace the battery.';
  kb.questions[0].options[0].steps = ['Unplug it and don’t charge it again, even once it has cooled down.'];
  kb.translations = { fr: { actions: { [kb.actions[5].id]: { title: 'Use a hair dryer' } } } };
  const text = JSON.stringify(kb, null, 2);
  const file = scratchFile('unsafe-advice.json', text);
  const lineOf = (words) => text.split('\n').findIndex((line) => line.includes(words)) + 1;

  const { code, out } = await run(['validate', file]);
  assert.equal(code, 0);
  const lines = out.trim().split('\n');
  assert.deepEqual(
    lines.slice(0, -1).map((line) => line.replace(/^[^:]*:(\d+):\d+: /, '$1: ').replace(/\): .*$/, ')')),
    [
      `${lineOf('dry it with a hair dryer')}: warning: actions[5].steps[2]: unsafe advice ("dry it with a hair dryer": heat to dry)`,
      `${lineOf('Open the case and check')}: warning: questions[1].options[1].note: unsafe advice ("Open the case": opening the product)`,
      `${lineOf('Open the case and check')}: warning: questions[1].options[1].note: unsafe advice ("with a multimeter": probing the battery)`,
    ],
  );
  assert.match(lines[0], /heat to dry\): heat damages the battery .*room temperature$/);
  assert.equal(lines.at(-1), '0 errors, 3 warnings in 1 file');
  assert.equal((await run(['validate', '--strict', file])).code, 1);

  // The patterns are English: a knowledge base in another language is not read by them.
  const german = scratchFile('unsafe-advice-de.json', JSON.stringify({ ...kb, language: 'de' }, null, 2));
  assert.deepEqual(await run(['validate', german]), { code: 0, out: '0 errors, 0 warnings in 1 file\n', err: '' });
});

test('validate: the built-in knowledge base gives no unsafe-advice warning', async () => {
  const { out } = await run(['validate', 'src/knowledge-base/knowledge-base.json']);
  assert.doesNotMatch(out, /unsafe advice/);
  assert.match(out, /^0 errors, /m);
});

test('validate: several files, bad JSON with its position, a missing file', async () => {
  const { code, out } = await run(['validate', example, fixture('not-json.json'), 'no/such/file.json', 'demo']);
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  assert.match(lines[0], /not-json\.json:1:35: error: invalid JSON: unexpected "\}"/);
  assert.equal(lines[1], 'no/such/file.json: error: no such file');
  assert.equal(lines[2], 'demo: error: is a folder, not a file');
  assert.equal(lines[3], '3 errors, 0 warnings in 4 files');
});

const scratch = mkdtempSync(join(tmpdir(), 'ct-cli-'));
const scratchFile = (name, text) => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

/**
 * The example with `questions` more three-answer questions and `actions` more steps, all valid: the
 * exact expectation visits every path, so it grows with every question (20 and 30 ran for minutes).
 */
function largerKnowledgeBase(questions, actions) {
  const kb = JSON.parse(readFileSync(example, 'utf8'));
  const causes = kb.causes.map((c) => c.id);
  const fixable = kb.causes.filter((c) => c.userFixable).map((c) => c.id);
  const draw = seededRandom(7);
  const random = () => 0.1 + 0.8 * draw();
  for (let i = 0; i < actions; i++)
    kb.actions.push({
      id: `step-${i}`,
      title: `Step ${i}`,
      steps: [`Do ${i}.`],
      minutes: 1 + (i % 5),
      fixes: { [fixable[i % fixable.length]]: random() / 2 },
    });
  for (let i = 0; i < questions; i++) {
    const odds = causes.map(() => {
      const a = random() / 2;
      const b = random() / 2;
      return [a, b, 1 - a - b].map((p) => Math.round(p * 1000) / 1000);
    });
    const options = ['a', 'b', 'c'].map((id, o) => ({
      id,
      label: id,
      likelihood: Object.fromEntries(causes.map((c, k) => [c, odds[k][o]])),
    }));
    options[2].likelihood = Object.fromEntries(causes.map((c, k) => [c, Math.round((1 - odds[k][0] - odds[k][1]) * 1000) / 1000]));
    kb.questions.push({ id: `question-${i}`, title: `Question ${i}?`, options });
  }
  return scratchFile(`larger-${questions}-${actions}.json`, JSON.stringify(kb, null, 2));
}

/** A clock that moves `ms` each time it is read: long work, without waiting for it. */
function ticking(ms) {
  let time = 0;
  return () => (time += ms);
}

test('validate: a UTF-8 byte-order mark is accepted, positions counted after it', async () => {
  const withBom = scratchFile('bom.json', `\uFEFF${readFileSync(example, 'utf8')}`);
  assert.deepEqual(await run(['validate', withBom]), { code: 0, out: '0 errors, 0 warnings in 1 file\n', err: '' });
  const broken = scratchFile('bom-broken.json', '\uFEFF{\n  "id": 1,,\n}');
  const { code, out } = await run(['validate', broken]);
  assert.equal(code, 1);
  assert.equal(out.split('\n')[0], `${broken}:2:11: error: invalid JSON: expected a "quoted" property name, found ","`);
  assert.equal((await run(['simulate', withBom, '--runs', '5', '--noise', '0'])).code, 0);
});

test('validate: 100,000-deep JSON is a clear error with its file and position, and the next file is still checked', async () => {
  const objects = scratchFile('deep-objects.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  const arrays = scratchFile('deep-arrays.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  const { code, out } = await run(['validate', objects, arrays, example]);
  assert.equal(code, 1);
  assert.deepEqual(out.trim().split('\n'), [
    `${objects}:1:501: error: nested more than 100 levels deep, far more than a knowledge base is`,
    `${arrays}:1:101: error: nested more than 100 levels deep, far more than a knowledge base is`,
    '2 errors, 0 warnings in 3 files',
  ]);
  const simulated = await run(['simulate', objects]);
  assert.equal(simulated.code, 1);
  assert.match(simulated.err, /^.*deep-objects\.json:1:501: error: nested more than 100 levels deep/);
});

test('simulate: long work reports progress on stderr and stops at --max-seconds, printing nothing half-done', async () => {
  const larger = largerKnowledgeBase(20, 30);
  // One step per millisecond: progress after 2 s, then every 5 s; the limit after 10 s.
  const { code, out, err } = await run(['simulate', larger, '--max-seconds', '10'], '', ticking(1));
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.deepEqual(err.trim().split('\n'), [
    '… 2 s, 2,000 steps: the exact expectation for acme-kids-speaker',
    '… 7 s, 7,000 steps: the exact expectation for acme-kids-speaker',
    'error: simulate stopped at the time limit of 10 s, working on the exact expectation for acme-kids-speaker (10,001 steps done).',
    'Allow longer with --max-seconds N (0 for no limit), or leave the exact expectation out with --skip-exact (it grows with every question; the sampled shoppers do not).',
  ]);
});

test('simulate --skip-exact: only the sampled shoppers, with progress through the noise worlds; --max-seconds 0 never stops', async () => {
  const larger = largerKnowledgeBase(20, 30);
  const { code, out, err } = await run(['simulate', larger, '--skip-exact', '--runs', '300', '--max-seconds', '0'], '', ticking(1));
  assert.equal(code, 0, err);
  assert.match(
    out,
    /^Sampled shoppers, the engine vs the fixed order \(the ceiling: every step tried until one fixes it\):\n {2}acme-kids-speaker +right \d+\.\d% vs \d+\.\d% \(ceiling \d+\.\d%\)/,
  );
  assert.doesNotMatch(out, /expected minutes/);
  // 8 causes × 300 shoppers in each of the 4 worlds: 2,400 steps a world.
  assert.deepEqual(err.trim().split('\n'), [
    '… 2 s, 2,000 steps: sampled shoppers for acme-kids-speaker',
    '… 7 s, 7,000 steps: noise world 2 of 3, sampled shoppers for acme-kids-speaker',
  ]);
  // Ordinary runs are quiet: a clock that barely moves reports nothing.
  assert.equal((await run(['simulate', example, '--runs', '20'], '', ticking(0.001))).err, '');
});

test('graph: a time limit and a node limit, each with what to do', async () => {
  const slow = await run(['graph', example, '--device', 'acme-kids-speaker', '--max-seconds', '1'], '', ticking(600));
  assert.equal(slow.code, 1);
  assert.equal(slow.out, '');
  assert.match(
    slow.err,
    /^error: graph stopped at the time limit of 1 s, working on the tree of acme-kids-speaker \(2 steps done\)\.\n.*give a smaller --depth\.\n$/,
  );
  const big = await run(['graph', example, '--device', 'acme-kids-speaker', '--max-nodes', '3']);
  assert.equal(big.code, 1);
  assert.equal(
    big.err,
    'error: the tree of "acme-kids-speaker" has more than 3 nodes at depth 6: give a smaller --depth, or a larger --max-nodes\n',
  );
  assert.equal((await run(['graph', example, '--device', 'acme-kids-speaker', '--max-nodes', '0'])).code, 2);
  assert.equal((await run(['simulate', example, '--max-seconds', '-1'])).code, 2);
});

test('simulate: matches the expectation computed by hand', async () => {
  // Priors a .4, c .2, b .4 (b not user-fixable). fix-a (2 min) fixes a half the time, fix-c (5 min)
  // always fixes c. Efficiency: fix-a .2/2 = .1 > fix-c .2/5 = .04, so fix-a first, then fix-c
  // unless fix-a fixed it (P .2). Minutes 2 + .8 × 5 = 6; prompts 1.8; resolved .2 + .2 = .4; the
  // rest escalates to a warranty claim (bought inside the warranty); right ends: .4 resolved + .4 b.
  const { code, out } = await run(['simulate', fixture('tiny.json'), '--today', '2026-11-21']);
  assert.equal(code, 0);
  const lines = out.trim().split('\n');
  assert.equal(lines[0], 'd');
  assert.equal(lines[1], '  expected minutes 6.0, prompts 1.80, ending right 80.0%');
  assert.equal(lines[2], '  outcomes: warranty-claim 60.0%, resolved 40.0%');
  assert.equal(lines[3], '  a (40.0%): fix-a → fixed ⇒ resolved');
});

test('simulate: sampled shoppers meet the engine and the fixed order, with a noise row on request', async () => {
  // tiny.json has no fixedOrder, so the fixed order is its actions in order, the engine's own order here.
  const { code, out } = await run(['simulate', fixture('tiny.json'), '--today', '2026-11-21', '--runs', '200', '--noise', '0']);
  assert.equal(code, 0);
  const sampled = out.slice(out.indexOf('Sampled shoppers, the engine vs the fixed order'));
  const row = sampled.split('\n')[1];
  const [, right, fixedRight, ceiling] = row.match(/right (\d+\.\d)% vs (\d+\.\d)% \(ceiling (\d+\.\d)%\)/);
  assert.equal(right, fixedRight);
  // Near the exact 80 % above: 200 shoppers per cause. Every step tried can do no better here: fix-a
  // fixes a half the time whatever comes before it, so the ceiling is 80 % too.
  assert.ok(Math.abs(Number(right) - 80) < 6, row);
  assert.ok(Math.abs(Number(ceiling) - 80) < 6 && Number(ceiling) >= Number(right), row);
  assert.ok(!sampled.includes('noise'), sampled);
  const noisy = await run(['simulate', fixture('tiny.json'), '--today', '2026-11-21', '--runs', '50', '--noise', '2']);
  assert.match(noisy.out, /±30 % noise, 2 worlds +right \d+\.\d% vs \d+\.\d%/);
  assert.equal((await run(['simulate', fixture('tiny.json'), '--runs', '0'])).code, 2);
});

test('simulate: every device of the example, or an unknown device is an error', async () => {
  const { code, out } = await run(['simulate', example, '--device', 'acme-kids-speaker']);
  assert.equal(code, 0);
  assert.match(out, /^acme-kids-speaker\n {2}expected minutes \d+\.\d, prompts \d\.\d\d, ending right \d+\.\d%/);
  const unknown = await run(['simulate', example, '--device', 'toaster']);
  assert.equal(unknown.code, 1);
  assert.equal(unknown.err, 'error: unknown device "toaster"; the devices are: acme-kids-speaker\n');
});

test('graph: Mermaid text that parses back into the engine’s tree', async () => {
  const { code, out } = await run(['graph', fixture('tiny.json'), '--device', 'd', '--today', '2026-11-21']);
  assert.equal(code, 0);
  const lines = out.trim().split('\n');
  assert.equal(lines[0], 'flowchart TD');
  const nodes = new Map();
  const edges = [];
  for (const line of lines.slice(1)) {
    const node = line.match(/^ {2}(n\d+)(\{|\(\[|\[)"(.*)"(\}|\]\)|\])$/);
    const edge = line.match(/^ {2}(n\d+) -->\|"(.*)"\| (n\d+)$/);
    if (node) nodes.set(node[1], { shape: node[2], label: node[3].replace(/#quot;/g, '"') });
    else if (edge) edges.push({ from: edge[1], label: edge[2], to: edge[3] });
    else assert.fail(`not a node or an edge: ${line}`);
  }
  const children = (id) => Object.fromEntries(edges.filter((e) => e.from === id).map((e) => [e.label, nodes.get(e.to)]));
  assert.deepEqual(nodes.get('n1'), { shape: '[', label: 'Fix "A"' });
  const first = children('n1');
  assert.deepEqual(Object.keys(first), ['It’s charging now', 'Still not charging', 'I can’t do this']);
  assert.deepEqual(first['It’s charging now'], { shape: '([', label: 'It’s charging again (resolved)' });
  assert.equal(first['Still not charging'].label, 'Fix C');
  assert.ok(edges.every((e) => nodes.has(e.from) && nodes.has(e.to)));
  // A depth limit cuts the tree with "…".
  const shallow = await run(['graph', fixture('tiny.json'), '--device', 'd', '--depth', '1']);
  assert.match(shallow.out, /n2\["…"\]/);
});

test('walk: answers typed in the terminal lead to a result and its summary', async () => {
  const { code, out } = await run(['walk', fixture('tiny.json'), '--device', 'd'], '2\nb\n2\n1\n');
  assert.equal(code, 0);
  assert.match(out, /Fix "A"\n {2}1\. Do A\n {2}\[1\] It’s charging now/);
  assert.match(out, /== It’s charging again ==/);
  assert.match(out, /Steps:\n {2}1\. Fix "A" → Still not charging\n {2}2\. Fix C → It’s charging now/);
});

test('usage errors exit 2; --help works on every command', async () => {
  assert.equal((await run(['frobnicate'])).code, 2);
  assert.equal((await run(['graph', example])).code, 2); // no --device
  assert.equal((await run(['simulate'])).code, 2); // no FILE
  assert.equal((await run(['graph', example, '--device', 'acme-kids-speaker', '--depth', 'deep'])).code, 2);
  assert.equal((await run(['validate', example, '--bogus'])).code, 2);
  for (const command of ['validate', 'simulate', 'graph', 'walk']) {
    const { code, out } = await run([command, '--help']);
    assert.equal(code, 0);
    assert.match(out, new RegExp(`^Usage: charge-troubleshooter ${command} `));
  }
  assert.match((await run(['--help'])).out, /^Usage: charge-troubleshooter <command>/);
});

test('the package bin runs as a program', () => {
  const out = execFileSync(process.execPath, ['dist/cli/main.js', 'validate', example], { encoding: 'utf8' });
  assert.equal(out, '0 errors, 0 warnings in 1 file\n');
});

test('the bin stops a run that would take minutes at --max-seconds, on the real clock', () => {
  const larger = largerKnowledgeBase(20, 30);
  const { status, stdout, stderr } = spawnSync(process.execPath, ['dist/cli/main.js', 'simulate', larger, '--max-seconds', '1'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(status, 1, stderr);
  assert.equal(stdout, '');
  assert.match(stderr, /error: simulate stopped at the time limit of 1 s, working on the exact expectation/);
});

// learn: outcome records in (files, gzip or not, stdin, aggregated rows, labels), a validated knowledge base and a report out.
const builtInFile = 'src/knowledge-base/knowledge-base.json';

/** The shared learn helper's records (a world off by ±50 %), with a gzip copy beside them. */
async function recordFiles() {
  const { gzipSync } = await import('node:zlib');
  const files = await sharedRecordFiles();
  writeFileSync(join(files.dir, 'records.jsonl.gz'), gzipSync(files.text));
  return files;
}

test('learn: reads records gzip or not, reports what changed, held-out likelihood, and writes nothing on --dry-run', async () => {
  const { dir } = await recordFiles();
  const plain = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--dry-run', '--top', '3']);
  const zipped = await run(['learn', builtInFile, join(dir, 'records.jsonl.gz'), '--dry-run', '--top', '3']);
  assert.equal(plain.code, 0, plain.err);
  assert.equal(zipped.out, plain.out);
  const lines = plain.out.trim().split('\n');
  assert.match(
    lines[0],
    /^Learned from 600 sessions \(600 lines, \d+ distinct paths\), strength 300: \d+ iterations, converged \(last change \d\.\de-\d+\); intervals from 20 bootstrap replicates\.$/,
  );
  assert.match(
    lines[1],
    /^Held-out log-likelihood per session \(\d+ sessions kept back, learned from the rest\): -\d\.\d{4} before, -\d\.\d{4} after/,
  );
  const found = Number(/^(\d+) of \d+ probabilities changed where the records identify them(; the largest \d:|\.)$/.exec(lines[2])?.[1]);
  const findings = lines.slice(3, 3 + Math.min(3, found));
  for (const line of findings) assert.match(line, /^ {2}P\(.+\): [\d.]+ → [\d.]+, 90 % interval [\d.]+–[\d.]+ \([\d,]+ sessions\)$/);
  // What 600 sessions cannot pin down is listed apart, with why, never as a finding.
  const apart = 3 + findings.length;
  assert.match(lines[apart], /^[\d,]+ probabilities the records cannot identify \(not findings\); the 3 that moved most:$/);
  for (const line of lines.slice(apart + 1, apart + 4))
    assert.match(line, /^ {2}P\(.+\): [\d.]+ → [\d.]+ \((held by the prior|traded with P\(.+\)); [\d,]+ sessions\)$/);
  assert.match(lines[apart + 4], /^\d+ answer odds held as authored: answers that end the session at once \(safety, recall\)\.$/);
  const version = JSON.parse(readFileSync(builtInFile, 'utf8')).version.replaceAll('.', '\\.');
  assert.match(lines.at(-1), new RegExp(`^Dry run: nothing written \\(the learned version would be ${version}\\+learned\\.600\\)\\.$`));
  assert.equal(lines.length, apart + 6);
});

test('learn: --out writes a knowledge base that validates; stdin and aggregated rows learn the same', async () => {
  const { dir, records, text } = await recordFiles();
  const out = join(dir, 'learned.json');
  const fromFile = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--out', out, '--kb-version', '2026.12']);
  assert.equal(fromFile.code, 0, fromFile.err);
  assert.match(fromFile.out, new RegExp(`Wrote ${out} \\(version 2026\\.12\\)\\.\\n$`));
  const learned = readFileSync(out, 'utf8');
  assert.equal(JSON.parse(learned).version, '2026.12');
  assert.deepEqual(await run(['validate', out]), { code: 0, out: '0 errors, 0 warnings in 1 file\n', err: '' });

  const fromStdin = join(dir, 'stdin.json');
  assert.equal((await run(['learn', builtInFile, '--out', fromStdin, '--kb-version', '2026.12'], text)).code, 0);
  assert.equal(readFileSync(fromStdin, 'utf8'), learned);

  // What a warehouse's GROUP BY device, path gives: one row per path with its count.
  const counts = new Map();
  for (const r of records) counts.set(`${r.device} ${r.path}`, (counts.get(`${r.device} ${r.path}`) ?? 0) + 1);
  const rows = [...counts].map(([key, count]) => {
    const [device, ...path] = key.split(' ');
    return JSON.stringify({ record: 1, knowledgeBase: 'charge-troubleshooter', device, path: path.join(' '), count });
  });
  writeFileSync(join(dir, 'rows.jsonl'), rows.join('\n'));
  const fromRows = join(dir, 'rows.json');
  const grouped = await run(['learn', builtInFile, '--rows', join(dir, 'rows.jsonl'), '--out', fromRows, '--kb-version', '2026.12']);
  assert.match(grouped.out, new RegExp(`^Learned from 600 sessions \\(${rows.length} lines,`));
  assert.match(
    grouped.out,
    new RegExp(
      `\\nNOTE: ${rows.length} lines of rows stand for 600 of the 600 sessions: their counts and verdicts are trusted as the shop's own, not checked\\. Lines and sessions differ\\.\\n`,
    ),
  );
  assert.equal(readFileSync(fromRows, 'utf8'), learned);
});

test('learn: labels from the returns desk are joined by id; --json has every change', async () => {
  const { dir, records } = await recordFiles();
  // One row from an older version of the knowledge base, beside the records of this one.
  const rows = join(dir, 'rows.jsonl');
  writeFileSync(rows, `${JSON.stringify({ ...records[1], id: undefined, knowledgeBaseVersion: '2026.10.01', count: 4 })}\n`);
  writeFileSync(
    join(dir, 'labels.jsonl'),
    `${JSON.stringify({ id: records[0].id, confirmedCause: 'battery-worn' })}\n${JSON.stringify({ id: 'not-logged', noFaultFound: true })}\n`,
  );
  const { code, out } = await run([
    'learn',
    builtInFile,
    join(dir, 'records.jsonl'),
    '--rows',
    rows,
    '--labels',
    join(dir, 'labels.jsonl'),
    '--dry-run',
  ]);
  assert.equal(code, 0);
  const version = JSON.parse(readFileSync(builtInFile, 'utf8')).version.replaceAll('.', '\\.');
  assert.match(
    out,
    new RegExp(
      `\\nLabels: 2 given, 1 joined to a record\\.\\nKnowledge-base versions: ${version} \\(600 sessions\\), 2026\\.10\\.01 \\(4 sessions\\)\\.\\n`,
    ),
  );
  const json = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--rows', rows, '--dry-run', '--json']);
  const report = JSON.parse(json.out);
  assert.equal(report.sessions.used, 604);
  assert.deepEqual([report.read.rows, report.read.rowSessions, report.capped.sessions], [1, 4, 0]);
  assert.equal(report.written, null);
  assert.ok(report.changes.length > 100 && report.changes.every((c) => typeof c.uncertainty === 'number' && c.cause));
});

test('learn: a line it cannot read is an error with FILE:LINE, and nothing is written', async () => {
  const { dir, text } = await recordFiles();
  const lines = text.split('\n');
  lines.splice(
    2,
    0,
    '{"record": 1, "id": "x1"',
    '{"record": 1, "id": "x2", "device": "generic-speaker", "path": "safety:none", "confirmedCause": "gremlins"}',
  );
  const file = join(dir, 'broken.jsonl');
  writeFileSync(file, lines.join('\n'));
  const out = join(dir, 'never.json');
  const { code, err } = await run(['learn', builtInFile, file, '--out', out]);
  assert.equal(code, 1);
  const problems = err.trim().split('\n');
  assert.match(problems[0], new RegExp(`^${file}:3: error: not JSON \\(`));
  // The record that claims a verdict is not a broken line: it is set aside (see the forged line below).
  assert.equal(problems[1], '1 line could not be read: nothing learned, nothing written.');
  assert.throws(() => readFileSync(out));

  writeFileSync(
    join(dir, 'damaged.gz'),
    Buffer.concat([readFileSync(join(dir, 'records.jsonl.gz')).subarray(0, 200), Buffer.from('garbage')]),
  );
  const damaged = await run(['learn', builtInFile, join(dir, 'damaged.gz'), '--dry-run']);
  assert.equal(damaged.code, 1);
  assert.match(damaged.err, /damaged.gz: error: gzip data is damaged/);
  const missing = await run(['learn', builtInFile, join(dir, 'nowhere.jsonl'), '--dry-run']);
  assert.match(missing.err, /nowhere.jsonl: error: no such file\n/);
});

test('learn: wrong usage exits 2 and says why', async () => {
  assert.match((await run(['learn', builtInFile])).err, /^error: learn needs --out FILE for the learned knowledge base, or --dry-run\n/);
  const zero = await run(['learn', builtInFile, '--dry-run', '--strength', '0']);
  assert.equal(zero.code, 2);
  assert.match(zero.err, /--strength must be a number above 0/);
  assert.equal((await run(['learn', builtInFile, '--dry-run', '--out', 'x.json'])).code, 2);
  const replicates = await run(['learn', builtInFile, '--dry-run', '--replicates', 'some']);
  assert.equal(replicates.code, 2);
  assert.match(replicates.err, /--replicates must be a whole number, 0 or more/);
  for (const share of ['0', '1.5', 'lots']) {
    const wrong = await run(['learn', builtInFile, '--dry-run', '--max-share', share]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /--max-share must be a number above 0 and at most 1/);
  }
});

// The issue's forged line: one beacon line standing for a million sessions, with a verdict.
const FORGED = {
  record: 1,
  device: 'generic-earbuds',
  count: 1000000,
  confirmedCause: 'cable',
  path: 'safety:none try-another-cable:not-fixed',
};

test('learn: the forged line is set aside as a record (counted, where it was, the run goes on), and taken from --rows, loudly', async () => {
  const { dir, text } = await recordFiles();
  const beacon = join(dir, 'beacon.jsonl');
  writeFileSync(beacon, `${text}${JSON.stringify(FORGED)}\n`);
  const refused = await run(['learn', builtInFile, beacon, '--dry-run']);
  assert.equal(refused.code, 0, refused.err);
  assert.match(refused.out, /^Learned from 600 sessions /);
  assert.ok(
    refused.out.includes(
      `\nSet aside: 1 sessions claiming what only a trusted row may (a record is one session from an unauthenticated beacon: give aggregated rows with --rows, the returns desk's verdicts with --labels), on 1 line: ${beacon}:601 "count", "confirmedCause".\n`,
    ),
    refused.out,
  );
  // Rows are the shop's own aggregates: believed, and the report says how much they stand for.
  writeFileSync(join(dir, 'forged-row.jsonl'), `${JSON.stringify(FORGED)}\n`);
  const trusted = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--rows', join(dir, 'forged-row.jsonl'), '--dry-run']);
  assert.equal(trusted.code, 0, trusted.err);
  assert.match(trusted.out, /\nNOTE: 1 line of rows stands for 1,000,000 of the 1,000,600 sessions: /);
  // Trusted, but one path all the same: --max-share weighs it against the other sessions, rows or records.
  assert.match(trusted.out, /\nCapped by --max-share 0\.01: 999,\d{3} sessions' weight taken off 1 path /);
});

test('learn: duplicates, impossible paths and one path sent many times are counted in the report, never an error', async () => {
  const { dir, records, text } = await recordFiles();
  const forged = Array.from({ length: 200 }, (_, i) =>
    JSON.stringify({
      record: 1,
      id: `forged${i}`,
      device: 'generic-earbuds',
      path: 'safety:none how-it-started:after-knock contacts-look:damage',
    }),
  );
  const file = join(dir, 'beacon.jsonl');
  writeFileSync(
    file,
    `${text}${JSON.stringify(records[0])}\n${JSON.stringify({ ...records[1], id: 'twice1', path: `safety:none ${'try-another-cable:not-fixed '.repeat(3).trim()}` })}\n${forged.join('\n')}\n`,
  );
  const { code, out } = await run(['learn', builtInFile, file, '--dry-run']);
  assert.equal(code, 0);
  assert.match(out, /\nDuplicates: 1 line with the id of a record read before, counted once\.\n/);
  assert.match(
    out,
    /\nCapped by --max-share 0\.01: \d+ sessions' weight taken off 1 path \(none may weigh more than 1 % of the other sessions beyond 4 × what the knowledge base expects of it\)\.\n/,
  );
  assert.match(
    out,
    new RegExp(
      `\\nSet aside: 1 sessions with a prompt asked twice \\(the engine asks each once\\), on 1 line: ${file}:602 "try-another-cable"\\.\\n`,
    ),
  );
});

test('learn: says what the engine will do differently, device by device, and whether to ship (go or no-go, with why)', async () => {
  const { dir } = await recordFiles();
  const { code, out, err } = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--dry-run', '--today', '2026-11-21']);
  assert.equal(code, 0, err);
  const lines = out.split('\n');
  const start = lines.findIndex((line) => line.startsWith('What the engine will do differently, authored → learned'));
  assert.ok(start > 0, out);
  assert.match(lines[start], /bought 0, 8, 30 months ago/);
  const devices = JSON.parse(readFileSync(builtInFile, 'utf8')).devices.map((d) => d.id);
  assert.deepEqual(
    lines.slice(start + 1, start + 1 + devices.length).map((line) => line.slice(2, line.indexOf(':'))),
    devices,
  );
  for (const line of lines.slice(start + 1, start + 2 + devices.length)) {
    assert.match(
      line,
      /(first steps .*;|all devices:) right \d+\.\d % → \d+\.\d % \(if the authored numbers are true: .*\); fixable faults handed over .*; hands-on .* min; waiting .* min$/,
    );
  }
  const verdict = lines[start + 2 + devices.length];
  assert.match(verdict, /^(Go: the learned numbers are worth shipping\.|No-go: do not ship the learned numbers yet\.)$/);
  const reasons = lines.slice(start + 3 + devices.length, start + 6 + devices.length);
  assert.equal(reasons.length, 3);
  for (const reason of reasons) assert.match(reason, /^ {2}(yes|no): /);
  assert.equal(
    verdict.startsWith('Go'),
    reasons.every((r) => r.startsWith('  yes')),
  );
  const json = JSON.parse(
    (await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--dry-run', '--json', '--today', '2026-11-21'])).out,
  );
  assert.equal(json.decisions.devices.length, devices.length);
  assert.equal(typeof json.decisions.go, 'boolean');
  const fewer = JSON.parse((await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--dry-run', '--json', '--replicates', '2'])).out);
  assert.equal(fewer.replicates, 2);
  // Left out on request: the report ends with what was (not) written.
  const quick = await run(['learn', builtInFile, join(dir, 'records.jsonl'), '--dry-run', '--skip-decisions']);
  assert.doesNotMatch(quick.out, /What the engine will do differently/);
});
