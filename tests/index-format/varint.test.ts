import { describe, expect, it } from 'vitest';
import { unzigzag, VarintReader, VarintWriter, zigzag } from '../../src/index-format/varint';

describe('varints', () => {
  it.each([0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40])('reads back %d as written', (value) => {
    const writer = new VarintWriter();
    writer.write(value);
    expect(new VarintReader(writer.finish()).read()).toBe(value);
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

  it.each([0, 1, -1, 5, -5, 1000, -1000])('zigzag round-trips %d', (value) => {
    expect(unzigzag(zigzag(value))).toBe(value);
  });
});
