import { describe, expect, it } from 'vitest';
import { wholeNumberVar } from '../../src/api/whole-number-var';

describe('a whole-number [vars] entry', () => {
  it('reads digits, with spaces around them, up to the digits allowed', () => {
    expect(wholeNumberVar('60', 9)).toBe(60);
    expect(wholeNumberVar(' 0 ', 9)).toBe(0);
    expect(wholeNumberVar('999', 3)).toBe(999);
  });

  it('is undefined when unset, empty, too long, signed, fractional or not a number', () => {
    for (const value of [undefined, '', '  ', '1000', '-5', '+5', '4.5', '1e3', 'ten', '1 0']) expect(wholeNumberVar(value, 3)).toBeUndefined();
  });
});
