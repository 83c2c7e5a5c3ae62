/**
 * The sessions read so far, by id, each with a number (what the tally needs to take it back): a
 * record stream holds one id per session, so they are kept small. An id is kept as two 32-bit hashes
 * (64 bits) in an open-addressing table, 13 bytes a slot and at least half the slots free: 26 to 52
 * bytes an id, whatever its length (a Map of the strings took about 90). Two different ids share both
 * hashes with a chance of about n² / 2⁶⁵: one in 370,000 for 10 million sessions, and then one
 * session is counted once too few.
 */
export class SessionIds {
  #first = new Uint32Array(1024);
  #second = new Uint32Array(1024);
  #value = new Int32Array(1024);
  #used = new Uint8Array(1024);
  #size = 0;

  /** The number kept for `id`, or undefined for an id not seen. */
  get(id: string): number | undefined {
    const [a, b] = hashes(id);
    const slot = this.#find(a, b);
    return this.#used[slot] === 1 ? this.#value[slot] : undefined;
  }

  /** Keeps `value` for `id` (a new id, or a new value for one seen). */
  set(id: string, value: number): void {
    const [a, b] = hashes(id);
    let slot = this.#find(a, b);
    if (this.#used[slot] === 0) {
      if ((this.#size + 1) * 2 > this.#used.length) {
        this.#grow();
        slot = this.#find(a, b);
      }
      this.#size++;
      this.#used[slot] = 1;
      this.#first[slot] = a;
      this.#second[slot] = b;
    }
    this.#value[slot] = value;
  }

  get size(): number {
    return this.#size;
  }

  /** Bytes the table holds. */
  get bytes(): number {
    return this.#used.length * 13;
  }

  /** The slot holding (a, b), or the free one where it would go (linear probing; never full). */
  #find(a: number, b: number): number {
    const mask = this.#used.length - 1;
    let slot = a & mask;
    while (this.#used[slot] === 1 && (this.#first[slot] !== a || this.#second[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const [first, second, value, used] = [this.#first, this.#second, this.#value, this.#used];
    const capacity = used.length * 2;
    this.#first = new Uint32Array(capacity);
    this.#second = new Uint32Array(capacity);
    this.#value = new Int32Array(capacity);
    this.#used = new Uint8Array(capacity);
    for (let i = 0; i < used.length; i++) {
      if (used[i] === 0) continue;
      const slot = this.#find(first[i]!, second[i]!);
      this.#used[slot] = 1;
      this.#first[slot] = first[i]!;
      this.#second[slot] = second[i]!;
      this.#value[slot] = value[i]!;
    }
  }
}

/** Two independent 32-bit hashes of a string (FNV-1a and a MurmurHash-style mix, each finished with Murmur3's fmix32). */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [finish(a), finish(b)];
}

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
