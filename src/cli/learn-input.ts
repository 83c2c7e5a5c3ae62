/// <reference types="node" />
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Progress } from '../analysis/progress.js';
import { encodingName, type Line, LineReader, MAX_LINE_BYTES, sniffEncoding, utf16AsUtf8 } from '../learn/lines.js';
import { FileError, fileReason } from './files.js';

// The files `learn` reads, as lines: gzip or not (told by the first bytes, not the name), UTF-8 or
// UTF-16, every byte counted against --max-bytes, the time limit checked as they come.

/** What all the inputs of one run may add up to, after inflating, and what they have. */
export interface ByteBudget {
  /** 0: no limit. */
  max: number;
  read: number;
}

/** The inputs inflated to more than --max-bytes: stop before a gzip bomb fills the afternoon. */
export class ByteLimitError extends Error {}

/** 1 GiB, as `1 GiB`; whole bytes as `1,000 bytes`. */
export function showBytes(n: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (n >= size && n % size === 0) return `${(n / size).toLocaleString('en')} ${unit}`;
  }
  return `${n.toLocaleString('en')} bytes`;
}

export interface ReadOptions {
  budget: ByteBudget;
  progress: Progress;
  /** Where warnings go (stderr). */
  warn: (line: string) => void;
}

/** `-` is stdin, named `(stdin)` in messages. */
export const shownName = (file: string) => (file === '-' ? '(stdin)' : file);

/**
 * The lines of one input, a chunk's at a time (a line at a time through async generators costs a
 * microsecond each: a gzip of empty lines would take minutes). Throws a FileError for a file that cannot be read (one line, FILE: error:
 * why), a ByteLimitError past the budget, the progress's error past the time limit.
 */
export async function* inputLines(file: string, stdin: NodeJS.ReadableStream, options: ReadOptions): AsyncGenerator<Line[]> {
  const name = shownName(file);
  const source = file === '-' ? stdin : createReadStream(file);
  try {
    const raw = await peek(source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>, 2);
    const zipped = raw.head[0] === 0x1f && raw.head[1] === 0x8b;
    const inflated = await peek(counted(zipped ? gunzip(raw.chunks) : raw.chunks, name, options), 4);
    const sniffed = sniffEncoding(inflated.head);
    const encoding = encodingName(sniffed.encoding);
    const how = sniffed.guessed ? 'by its NUL bytes, without a byte-order mark' : 'by its byte-order mark';
    if (sniffed.encoding === 'binary') throw new FileError(name, 'not text (a quarter or more of its first bytes are NUL)');
    if (sniffed.encoding === 'utf-32le' || sniffed.encoding === 'utf-32be')
      throw new FileError(name, `encoded as ${encoding} (${how}): learn reads UTF-8 (and UTF-16); save it as UTF-8`);
    let chunks = dropBom(inflated.chunks, sniffed.bom);
    if (sniffed.encoding !== 'utf-8') {
      options.warn(`${name}: warning: encoded as ${encoding} (${how}); read as ${encoding}, but JSON lines are UTF-8: save it as UTF-8`);
      chunks = utf16AsUtf8(chunks, sniffed.encoding);
    }
    const reader = new LineReader(MAX_LINE_BYTES);
    let invalid = 0;
    let firstInvalid = 0;
    const checked = (lines: Line[]) => {
      for (const line of lines) if ('text' in line && line.invalidUtf8 && invalid++ === 0) firstInvalid = line.number;
      return lines;
    };
    for await (const chunk of chunks) yield checked([...reader.push(chunk)]);
    yield checked([...reader.end()]);
    if (invalid > 0)
      options.warn(
        `${name}:${firstInvalid}: warning: not UTF-8 (${invalid.toLocaleString('en')} line${invalid === 1 ? '' : 's'} with bytes that are not, the first here): read with U+FFFD in their place; save the file as UTF-8`,
      );
  } catch (error) {
    if (error instanceof FileError || error instanceof ByteLimitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) throw new FileError(name, 'gzip data is damaged');
    const reason = fileReason(error, 'read');
    throw reason === undefined ? error : new FileError(name, reason);
  } finally {
    if ('destroy' in source && source !== stdin) (source as Readable).destroy();
  }
}

/** Reads chunks until `bytes` are in hand (or the input ends): the head, and every chunk again from the first. */
async function peek(
  iterator: AsyncIterator<Uint8Array | string>,
  bytes: number,
): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const first: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    first.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(first);
  return {
    head,
    chunks: (async function* () {
      yield* first;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    })(),
  };
}

/** Inflated chunks; the gzip stream and its source are ended together, whichever stops first. */
function gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterator<Buffer> {
  const inflating = createGunzip();
  pipeline(Readable.from(chunks), inflating, () => undefined);
  return inflating[Symbol.asyncIterator]();
}

/** Each chunk counted against the budget, and a step of progress (the time limit is checked there). */
async function* counted(
  chunks: AsyncIterable<Uint8Array> | AsyncIterator<Uint8Array>,
  name: string,
  { budget, progress }: ReadOptions,
): AsyncGenerator<Uint8Array> {
  const iterable: AsyncIterable<Uint8Array> = Symbol.asyncIterator in chunks ? chunks : { [Symbol.asyncIterator]: () => chunks };
  progress.begin(`reading ${name}`);
  for await (const chunk of iterable) {
    budget.read += chunk.length;
    if (budget.max > 0 && budget.read > budget.max)
      throw new ByteLimitError(
        `${name}: error: the records come to more than ${showBytes(budget.max)} (inflated): stopped, nothing learned, nothing written. Allow more with --max-bytes N (0 for no limit), or group the records in your warehouse first`,
      );
    progress.step();
    yield chunk;
  }
}

async function* dropBom(chunks: AsyncIterable<Uint8Array>, bytes: number): AsyncGenerator<Uint8Array> {
  let drop = bytes;
  for await (const chunk of chunks) {
    if (drop > 0) {
      const cut = Math.min(drop, chunk.length);
      drop -= cut;
      if (cut < chunk.length) yield chunk.subarray(cut);
    } else yield chunk;
  }
}
