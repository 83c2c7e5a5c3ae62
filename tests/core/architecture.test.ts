// docs/architecture.md as rules over the source: the core's folders import in one direction, through
// their doors; the elements use only the public entry; no source file grows past 300 lines.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const SRC = 'src';
const LAYERS = ['shared', 'knowledge-base', 'model', 'engine', 'outcomes', 'session'];
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const files = sourceFiles(SRC);

/** Every relative module a file imports or re-exports, resolved to a path under src/ (without extension). */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  const statements = /^\s*(import|export)\s+(type\s+)?[^;'"]*?from\s*'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/gm;
  return [...source.matchAll(statements)].map(([, , typeOnly, from, dynamic]) => ({
    target: path.join(path.dirname(file), from ?? dynamic!).replace(/\.(js|ts|json)$/, ''),
    typeOnly: typeOnly !== undefined,
  }));
}

/** The core folder a path is in (`engine`), `root` for src/core/*.ts, or undefined outside the core. */
function coreFolder(file: string): string | undefined {
  const parts = path.relative(path.join(SRC, 'core'), file).split(path.sep);
  if (parts[0] === '..') return undefined;
  return parts.length === 1 ? 'root' : parts[0];
}

describe('the architecture in docs/architecture.md', () => {
  it('finds the source and the layers it describes', () => {
    assert.ok(files.length > 50, `${files.length} source files`);
    for (const layer of LAYERS) assert.ok(files.includes(path.join(SRC, 'core', layer, 'index.ts')), `core/${layer}/index.ts`);
  });

  it('each core folder imports only the folders before it, through their index.ts', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = coreFolder(file);
      if (from === undefined || from === 'root') continue;
      for (const { target } of importsOf(file)) {
        const to = coreFolder(target);
        if (to === from) continue;
        const allowed =
          target === path.join(SRC, 'core', 'types') ||
          !target.startsWith(path.join(SRC, 'core')) ||
          (to !== undefined && LAYERS.indexOf(to) < LAYERS.indexOf(from) && target === path.join(SRC, 'core', to, 'index'));
        if (!allowed) wrong.push(`${file} imports ${target}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('the core imports nothing of the elements, the built-in knowledge base, analysis, learn or the CLI', () => {
    const outside = ['components', 'knowledge-base', 'analysis', 'learn', 'report', 'cli'].map((dir) => path.join(SRC, dir) + path.sep);
    const wrong = files
      .filter((file) => coreFolder(file) !== undefined)
      .flatMap((file) => importsOf(file).map(({ target }) => `${file} imports ${target}`))
      .filter((line) => outside.some((dir) => line.split(' imports ')[1]!.startsWith(dir)));
    assert.deepEqual(wrong, []);
  });

  it('the elements and the entries use only the public entry of the core; analysis, learn, the report and the CLI also core/internal', () => {
    const publicEntry = [path.join(SRC, 'core', 'index'), path.join(SRC, 'core', 'types')];
    const shared = [...publicEntry, path.join(SRC, 'core', 'internal')];
    const wrong: string[] = [];
    for (const file of files) {
      if (coreFolder(file) !== undefined) continue;
      const tools = /^src[/\\](analysis|learn|report|cli)[/\\]/.test(file);
      for (const { target } of importsOf(file)) {
        if (coreFolder(target) === undefined) continue;
        if (!(tools ? shared : publicEntry).includes(target)) wrong.push(`${file} imports ${target}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it(`no source file is over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines}`);
    assert.deepEqual(long, []);
  });
});
