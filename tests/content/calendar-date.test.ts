import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/content/calendar-date';

describe('isCalendarDate', () => {
  it.each(['2023-11-05', '2024-02-29', '1999-12-31'])('accepts the real day %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    ['2023-02-30', 'a day February does not have'],
    ['2023-02-29', 'a leap day in a common year'],
    ['2023/11/05', 'slashes'],
    ['2023-11-5', 'a one-digit day'],
    ['2023-11-05T00:00', 'a time after the day'],
  ])('refuses %s (%s)', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
