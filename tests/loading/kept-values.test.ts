import { describe, expect, it } from 'vitest';
import { KeptValues } from '../../src/loading/kept-values';

describe('KeptValues', () => {
  it('reads a value once and hands the kept value to every later caller', async () => {
    const kept = new KeptValues<string, number>();
    let reads = 0;
    const read = async () => ++reads;
    expect(await kept.get('a', read)).toBe(1);
    expect(await kept.get('a', read)).toBe(1);
    expect(reads).toBe(1);
  });

  it('never shares a read still in flight: callers that miss together each read, and all get the first value kept', async () => {
    const kept = new KeptValues<string, string>();
    const finish: ((value: string) => void)[] = [];
    const read = () => new Promise<string>((resolve) => finish.push(resolve));
    const first = kept.get('a', read);
    const second = kept.get('a', read);
    expect(finish).toHaveLength(2);
    finish[1]!('second');
    finish[0]!('first');
    expect(await second).toBe('second');
    expect(await first).toBe('second');
  });

  it('keeps nothing when a read fails, so the next caller tries again', async () => {
    const kept = new KeptValues<string, string>();
    await expect(kept.get('a', () => Promise.reject(new Error('missing')))).rejects.toThrow('missing');
    expect(await kept.get('a', async () => 'found')).toBe('found');
  });
});
