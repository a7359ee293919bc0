import { describe, expect, it } from 'vitest';
import { springFestival } from './spring-festival';

describe('the Spring Festival from the Chinese calendar', () => {
  // As China's calendar has them; 2027 and 2030 are the years ICU's Chinese calendar gets a day wrong.
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-03'],
  ])('%i: %s', (year, day) => {
    expect(springFestival(year)).toBe(day);
  });
});
