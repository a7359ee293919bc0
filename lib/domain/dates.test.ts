import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, defaultAsOf, isIsoDate, monthEnd } from './dates';

describe('dates', () => {
  it('month ends, including February and December', () => {
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-12')).toBe('2023-12-31');
    expect(monthEnd('2023-11')).toBe('2023-11-30');
  });
  it('counts days across months', () => {
    expect(daysBetween('2023-06-30', '2023-12-31')).toBe(184);
    expect(daysBetween('2023-12-31', '2023-06-30')).toBe(-184);
    expect(addDays('2023-06-30', 1)).toBe('2023-07-01');
  });
  it('validates ISO dates', () => {
    expect(isIsoDate('2023-06-30')).toBe(true);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-6-30')).toBe(false);
  });
  it('defaults the as-of date (lib/domain/README.md, "As-of date")', () => {
    expect(defaultAsOf(2023, '2026-11-29', '2023-06-30')).toBe('2023-06-30');
    expect(defaultAsOf(2023, '2023-09-15', '2023-06-30')).toBe('2023-09-15');
    expect(defaultAsOf(2023, '2026-11-29', null)).toBe('2023-01-01');
  });
});

describe('the day in China', () => {
  it('an instant is dated as Beijing sees it (UTC+8, no daylight saving)', async () => {
    const { chinaDay, chinaDayStart } = await import('./dates');
    expect(chinaDay(new Date('2023-06-30T16:00:00Z'))).toBe('2023-07-01');
    expect(chinaDay(new Date('2023-06-30T15:59:59.999Z'))).toBe('2023-06-30');
    expect(chinaDay(new Date('2023-12-31T16:00:00Z'))).toBe('2024-01-01');
    expect(chinaDayStart('2023-07-01').toISOString()).toBe('2023-06-30T16:00:00.000Z');
    expect(chinaDay(chinaDayStart('2024-02-29'))).toBe('2024-02-29');
  });
  it('a stored time: a Date as is; text with an offset as written; text without one (as SQLite writes its own clock) as UTC', async () => {
    const { storedInstant } = await import('./dates');
    const d = new Date('2023-07-01T02:00:00Z');
    expect(storedInstant(d)).toBe(d);
    expect(storedInstant('2023-07-01T02:00:00.000+00:00').toISOString()).toBe('2023-07-01T02:00:00.000Z');
    expect(storedInstant('2023-07-01T10:00:00+08:00').toISOString()).toBe('2023-07-01T02:00:00.000Z');
    expect(storedInstant('2023-07-01 02:00:00').toISOString()).toBe('2023-07-01T02:00:00.000Z');
    expect(storedInstant('2023-07-01T02:00:00.000Z').toISOString()).toBe('2023-07-01T02:00:00.000Z');
  });
});

describe('impossible dates', () => {
  it('are not dates (and never throw)', async () => {
    const { isIsoDate, parseAsOfParam } = await import('./dates');
    for (const s of ['2023-13-45', '2023-00-10', '2023-02-30', '2023-13-01', 'abc', '']) expect(isIsoDate(s), s).toBe(false);
    expect(parseAsOfParam('2023-13-45', 2023)).toBeNull();
    expect(parseAsOfParam('2024-01-02', 2023)).toBeNull();
    expect(parseAsOfParam('2023-10-31', 2023)).toBe('2023-10-31');
  });
});

describe('the one default date of every screen, with its reason', () => {
  it('today inside the year; else the latest approved report; a year without reports is 未开始报送', async () => {
    const { defaultDate } = await import('./dates');
    expect(defaultDate(2023, '2023-09-15', '2023-08-31')).toEqual({ date: '2023-09-15', reason: 'today' });
    expect(defaultDate(2023, '2026-12-01', '2023-08-31')).toEqual({ date: '2023-08-31', reason: 'latest_report' });
    // Not started: today inside the year, else its first day (nothing is due on it: never "all overdue").
    expect(defaultDate(2024, '2026-12-01', null)).toEqual({ date: '2024-01-01', reason: 'not_started' });
    expect(defaultDate(2024, '2024-03-10', null)).toEqual({ date: '2024-03-10', reason: 'not_started' });
    expect(defaultDate(2027, '2026-12-01', null)).toEqual({ date: '2027-01-01', reason: 'not_started' });
  });
});
