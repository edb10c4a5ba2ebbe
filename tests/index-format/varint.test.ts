import { describe, expect, it } from 'vitest';
import { unzigzag, VarintReader, VarintWriter, varintByteLength, zigzag } from '../../src/index-format/varint';

describe('varints', () => {
  it.each([0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40])('reads back %d as written', (value) => {
    const writer = new VarintWriter();
    writer.write(value);
    expect(new VarintReader(writer.finish()).read()).toBe(value);
  });

  it.each([0, 127, 128, 16_383, 16_384, 2 ** 21, 2 ** 31, 2 ** 40])('counts the bytes a writer takes for %d', (value) => {
    const writer = new VarintWriter();
    writer.write(value);
    expect(varintByteLength(value)).toBe(writer.byteLength);
  });

  it('takes one byte for numbers below 128', () => {
    const writer = new VarintWriter();
    writer.write(127);
    expect(writer.byteLength).toBe(1);
  });

  it('fills a reserved length that a plain reader then reads', () => {
    const writer = new VarintWriter();
    const at = writer.reserve();
    for (let index = 0; index < 200; index++) writer.write(index);
    writer.fill(at);
    const reader = new VarintReader(writer.finish());
    const length = reader.read();
    expect(reader.position).toBe(4);
    expect(length).toBe(writer.byteLength - 4);
  });

  it('refuses negative and fractional numbers', () => {
    expect(() => new VarintWriter().write(-1)).toThrow(/non-negative integer/);
    expect(() => new VarintWriter().write(1.5)).toThrow(/non-negative integer/);
  });

  it('says the data is truncated when a number is cut off', () => {
    expect(() => new VarintReader(new Uint8Array([0x80])).read()).toThrow(/truncated/);
  });

  it('skips a number of varints of any length, landing where reading them would', () => {
    const writer = new VarintWriter();
    const values = [0, 127, 128, 16_384, 2 ** 31, 5, 2 ** 40, 1];
    for (const value of values) writer.write(value);
    const bytes = writer.finish();
    for (let skipped = 0; skipped <= values.length; skipped++) {
      const read = new VarintReader(bytes);
      for (let index = 0; index < skipped; index++) read.read();
      const skipping = new VarintReader(bytes);
      skipping.skip(skipped);
      expect(skipping.position).toBe(read.position);
    }
  });

  it('says the data is truncated when a skipped number is cut off', () => {
    expect(() => new VarintReader(new Uint8Array([0x05, 0x80])).skip(2)).toThrow(/truncated/);
    expect(() => new VarintReader(new Uint8Array([0x05])).skip(2)).toThrow(/truncated/);
  });

  it.each([0, 1, -1, 5, -5, 1000, -1000])('zigzag round-trips %d', (value) => {
    expect(unzigzag(zigzag(value))).toBe(value);
  });
});
