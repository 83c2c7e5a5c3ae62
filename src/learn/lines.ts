/**
 * Lines of JSON-lines input, in time linear in the bytes: each byte is looked at once for a newline,
 * and a line's bytes are joined once, when it ends. A line longer than the limit is not kept: its
 * bytes are counted and dropped as they come, and it is given as `tooLong`. Plain bytes in, no Node:
 * the CLI feeds it a file's (inflated) chunks.
 */

/**
 * Longer than any record or row can sensibly be (a path of a hundred prompts is a few kilobytes),
 * short enough that one line never fills memory: a file without newlines (a JSON array on one line)
 * is one line too long, not a gigabyte held.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/** A line read (empty ones are not given, but counted in `number`): its text (`invalidUtf8` when bytes that are not UTF-8 were replaced by U+FFFD), or only how long it was. */
export type Line = { number: number; text: string; invalidUtf8: boolean } | { number: number; tooLong: number };

const NEWLINE = 0x0a;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export class LineReader {
  readonly #max: number;
  #pieces: Uint8Array[] = [];
  /** Bytes of the line so far (counted on, not kept, once it is too long). */
  #length = 0;
  #tooLong = false;
  #number = 0;

  constructor(maxLineBytes = MAX_LINE_BYTES) {
    this.#max = maxLineBytes;
  }

  /**
   * The lines that end in this chunk; the rest is kept for the next (a copy: the chunk may be reused).
   * An empty line is counted, not given: a gzip of nothing but newlines costs a search, not a decoding.
   */
  *push(chunk: Uint8Array): Generator<Line> {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (end === start && this.#length === 0) this.#number++;
      else {
        this.#add(chunk.subarray(start, end), false);
        yield this.#line();
      }
      start = end + 1;
    }
    if (start < chunk.length) this.#add(chunk.subarray(start), true);
  }

  /** The last line, when the input does not end with a newline. */
  *end(): Generator<Line> {
    if (this.#length > 0) yield this.#line();
  }

  /** Lines given so far. */
  get lines(): number {
    return this.#number;
  }

  #add(bytes: Uint8Array, copy: boolean): void {
    this.#length += bytes.length;
    if (this.#tooLong || bytes.length === 0) return;
    if (this.#length > this.#max) {
      this.#tooLong = true;
      this.#pieces = [];
    } else this.#pieces.push(copy ? bytes.slice() : bytes);
  }

  #line(): Line {
    this.#number++;
    const number = this.#number;
    const length = this.#length;
    const tooLong = this.#tooLong;
    const pieces = this.#pieces;
    this.#pieces = [];
    this.#length = 0;
    this.#tooLong = false;
    if (tooLong) return { number, tooLong: length };
    const bytes = pieces.length === 1 ? pieces[0]! : joined(pieces, length);
    try {
      return { number, text: strict.decode(bytes), invalidUtf8: false };
    } catch {
      return { number, text: lenient.decode(bytes), invalidUtf8: true };
    }
  }
}

function joined(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** How a file's text is encoded, told by its first bytes. */
export interface Sniffed {
  /** What it is read as; UTF-32 and `binary` are not read at all. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'binary';
  /** Bytes of byte-order mark to drop. */
  bom: number;
  /** Told by the pattern of NUL bytes (RFC 4627, section 3), not by a byte-order mark. */
  guessed: boolean;
}

/** Bytes looked at for NULs: a few kilobytes tell text from not. */
const SNIFF_BYTES = 4096;

/**
 * Tells UTF-8 from UTF-16 and UTF-32 by a byte-order mark, or without one by where the NULs are in the
 * first four bytes (a JSON line starts with an ASCII character), and from data that is not text at all
 * (a quarter or more of NUL bytes, /dev/zero say). Give it at least the first four bytes.
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
  const [a, b, c, d] = head;
  const mark = (encoding: Sniffed['encoding'], bom: number): Sniffed => ({ encoding, bom, guessed: false });
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return mark('utf-32be', 4);
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return mark('utf-32le', 4);
  if (a === 0xfe && b === 0xff) return mark('utf-16be', 2);
  if (a === 0xff && b === 0xfe) return mark('utf-16le', 2);
  if (a === 0xef && b === 0xbb && c === 0xbf) return mark('utf-8', 3);
  if (head.length >= 4) {
    const guess = (encoding: Sniffed['encoding']): Sniffed => ({ encoding, bom: 0, guessed: true });
    if (a === 0 && b === 0 && c === 0 && d !== 0) return guess('utf-32be');
    if (a !== 0 && b === 0 && c === 0 && d === 0) return guess('utf-32le');
    if (a === 0 && b !== 0 && c === 0 && d !== 0) return guess('utf-16be');
    if (a !== 0 && b === 0 && c !== 0 && d === 0) return guess('utf-16le');
  }
  const sample = head.subarray(0, SNIFF_BYTES);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  if (nuls > 0 && nuls * 4 >= sample.length) return { encoding: 'binary', bom: 0, guessed: true };
  return mark('utf-8', 0);
}

/** Names as people know them: `UTF-16 LE`. */
export function encodingName(encoding: Sniffed['encoding']): string {
  return encoding === 'binary' ? 'binary' : encoding.toUpperCase().replace(/(LE|BE)$/, ' $1');
}

/** UTF-16 chunks as UTF-8 chunks, for the line reader (a character split between chunks is kept whole). */
export async function* utf16AsUtf8(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield encoder.encode(decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest !== '') yield encoder.encode(rest);
}
