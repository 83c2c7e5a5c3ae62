/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import { childPath } from '../core/internal.js';
import { fileReason } from './files.js';

export interface Position {
  line: number;
  column: number;
}

/** A JSON file with where each value starts, by the validator's JSON path (`$` is the root). */
export interface JsonSource {
  file: string;
  value: unknown;
  positions: Map<string, Position>;
}

export class SourceError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly position?: Position,
  ) {
    super(message);
  }
}

export async function readJsonSource(file: string): Promise<JsonSource> {
  let text: string;
  try {
    // A device never ends (/dev/zero): not read at all. A pipe (`<(…)`) is.
    const info = await stat(file);
    if (info.isCharacterDevice() || info.isBlockDevice()) throw new SourceError(file, 'is a device, not a file');
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(file, fileReason(error, 'read') ?? `cannot read it (${(error as Error).message})`);
  }
  return parseJsonSource(file, text);
}

/** Far deeper than any knowledge base (about 6), far shallower than what overflows the stack. */
export const MAX_NESTING = 100;

function parseJsonSource(file: string, withBom: string): JsonSource {
  // Editors on Windows write a byte-order mark; positions count from after it, as editors show them.
  const text = withBom.startsWith('\uFEFF') ? withBom.slice(1) : withBom;
  const positions = new Map<string, Position>();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Our own scan finds where it breaks, as line:column.
    scan(text, positions, file);
    throw new SourceError(file, `invalid JSON: ${(error as Error).message}`);
  }
  scan(text, positions, file);
  return { file, value, positions };
}

/** Walks valid-looking JSON, recording each value's start; throws a SourceError where it is not. */
function scan(text: string, positions: Map<string, Position>, file: string): void {
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: index - lineStart + 1 });
  const fail = (what: string): never => {
    throw new SourceError(file, `invalid JSON: ${what}`, here());
  };
  const skipSpace = () => {
    while (index < text.length && /[\s]/.test(text[index]!)) {
      if (text[index] === '\n') {
        line++;
        lineStart = index + 1;
      }
      index++;
    }
  };
  const readString = (): string => {
    const start = index;
    index++; // opening quote
    while (index < text.length && text[index] !== '"') {
      if (text[index] === '\n') fail('unterminated string');
      index += text[index] === '\\' ? 2 : 1;
    }
    if (index >= text.length) fail('unterminated string');
    index++;
    return JSON.parse(text.slice(start, index)) as string;
  };
  const readValue = (path: string, depth: number): void => {
    skipSpace();
    positions.set(path, here());
    const char = text[index];
    if ((char === '{' || char === '[') && depth === MAX_NESTING)
      throw new SourceError(file, `nested more than ${MAX_NESTING} levels deep, far more than a knowledge base is`, here());
    if (char === '{') {
      index++;
      skipSpace();
      if (text[index] === '}') return void index++;
      for (;;) {
        skipSpace();
        if (text[index] !== '"') fail(`expected a "quoted" property name, found ${describe(text[index])}`);
        const key = readString();
        skipSpace();
        if (text[index] !== ':') fail(`expected ":" after "${key}", found ${describe(text[index])}`);
        index++;
        readValue(childPath(path, key), depth + 1);
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === '}') return void index++;
        else fail(`expected "," or "}", found ${describe(text[index])}`);
      }
    }
    if (char === '[') {
      index++;
      skipSpace();
      if (text[index] === ']') return void index++;
      for (let i = 0; ; i++) {
        readValue(childPath(path, i), depth + 1);
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === ']') return void index++;
        else fail(`expected "," or "]", found ${describe(text[index])}`);
      }
    }
    if (char === '"') return void readString();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(index));
    if (!literal) fail(`unexpected ${describe(char)}`);
    index += literal![0].length;
  };
  readValue('$', 0);
  skipSpace();
  if (index < text.length) fail(`unexpected ${describe(text[index])} after the end of the data`);
}

function describe(char: string | undefined): string {
  return char === undefined ? 'end of file' : JSON.stringify(char);
}

/** The position of `path`, or of its nearest recorded parent (a missing field is reported at its object). */
export function positionOf(source: JsonSource, path: string): Position {
  for (let at = path; ; at = parentPath(at)) {
    const position = source.positions.get(at === '' ? '$' : at);
    if (position) return position;
    if (at === '' || at === '$') return { line: 1, column: 1 };
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '$' : path.slice(0, cut);
}
