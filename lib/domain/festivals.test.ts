import { describe, expect, it } from 'vitest';
import { festivalDay, springFestival } from './festivals';

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

describe('端午 and 中秋 from the Chinese calendar', () => {
  // As the State Council's holiday notices have them.
  it.each([
    [2023, '2023-06-22', '2023-09-29'],
    [2024, '2024-06-10', '2024-09-17'],
    [2025, '2025-05-31', '2025-10-06'],
    [2026, '2026-06-19', '2026-09-25'],
  ])('%i: 端午 %s, 中秋 %s', (year, dragonBoat, midAutumn) => {
    expect(festivalDay(year, 'dragon_boat')).toBe(dragonBoat);
    expect(festivalDay(year, 'mid_autumn')).toBe(midAutumn);
  });
  it('端午 in a year with a leap fifth month is of the fifth month itself (2028: 闰五月)', () => {
    expect(festivalDay(2028, 'dragon_boat')).toBe('2028-05-28');
  });
});
