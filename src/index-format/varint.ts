// Unsigned LEB128 varints: the postings file is a stream of small integers, most of them one byte.

/** A reserved length takes four bytes: up to 256 MiB, padded with continuation bits, which any reader accepts. */
const RESERVED_BYTES = 4;

/** Appends integers as varints into a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  write(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new Error(`VarintWriter: ${value} is not a non-negative integer`);
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.bytes[this.length++] = rest;
  }

  /** Appends bytes already encoded (another writer's finish()). */
  writeBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.length + bytes.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Reserves four bytes for a number known only later (a length); fill() writes it. */
  reserve(): number {
    const position = this.length;
    for (let index = 0; index < RESERVED_BYTES; index++) this.write(0);
    return position;
  }

  /** Writes, at a reserved position, how many bytes were written after it (padded to four varint bytes). */
  fill(position: number): void {
    let rest = this.length - position - RESERVED_BYTES;
    if (rest >= 2 ** (7 * RESERVED_BYTES)) throw new Error('VarintWriter: a reserved length exceeds four varint bytes');
    for (let index = 0; index < RESERVED_BYTES; index++) {
      const last = index === RESERVED_BYTES - 1;
      this.bytes[position + index] = (rest & 0x7f) | (last ? 0 : 0x80);
      rest = Math.floor(rest / 128);
    }
  }

  get byteLength(): number {
    return this.length;
  }

  /** A copy of exactly the bytes written. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** The bytes VarintWriter.write takes for `value`: a writer that puts a length before what it measures needs it first. */
export function varintByteLength(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) bytes++;
  return bytes;
}

/** The error of data that ends inside a number: a cut-off piece, or a count its bytes cannot hold. */
export function truncatedNumberError(): Error {
  return new Error('VarintReader: the data ends inside a number (truncated file?)');
}

/** Reads varints from a byte array; `position` is public so callers can jump to known offsets. */
export class VarintReader {
  position: number;

  constructor(
    /** The bytes read: a loop over many numbers (posting-blocks.ts) decodes them in place, with its own position. */
    readonly bytes: Uint8Array,
    position = 0,
  ) {
    this.position = position;
  }

  read(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw truncatedNumberError();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  /**
   * Moves past `count` varints without working out their values: each ends at
   * its first byte below 0x80. A term's fields are stored one after another, so
   * reaching its body postings means passing its title ones, and this is
   * several times cheaper than reading them.
   */
  skip(count: number): void {
    const bytes = this.bytes;
    let position = this.position;
    for (let left = count; left > 0; position++) {
      if (position >= bytes.length) throw truncatedNumberError();
      if (bytes[position]! < 0x80) left--;
    }
    this.position = position;
  }
}

/** Zigzag folds signed deltas into unsigned numbers: 0, -1, 1, -2 → 0, 1, 2, 3. */
export const zigzag = (value: number): number => (value >= 0 ? value * 2 : -value * 2 - 1);
export const unzigzag = (value: number): number => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);
