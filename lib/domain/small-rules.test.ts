// The small shared rules at their edges: CSV cells, calendar helpers, numbers, plausibility hints,
// settings and login throttling.
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { addDays, dateOf, daysBetween, defaultAsOf, defaultReportDate, isIsoDate, monthEnd, parseAsOfParam } from './dates';
import { dueWithin, isReachedAt } from './milestones';
import { displayExpected, isWholeUnit, mean, round1, round1OrNull } from './numbers';
import { figureFlags, updateFlags } from './plausibility';
import { checkSetting, DEFAULT_STATUS_SETTINGS, resolveSettings } from './settings';
import { afterFailure, lockedMinutes, staleBefore, THROTTLE, throttleKeys } from './throttle';

describe('CSV cells', () => {
  it('blank for null/undefined, numbers as written, quotes doubled, formula starts defused only for text', () => {
    const body = (rows: (string | number | null | undefined)[][]) => toCsv(['h'], rows).slice(1).split('\r\n').slice(1, -1);
    expect(body([[null], [undefined], [0], [-5], ['-5'], ['=SUM(A1)'], ['+1'], ['@x'], ['\tx'], ['a=b'], ['x-1'], ['说"明"'], ['a,b'], ['a\nb']])).toEqual([
      '',
      '',
      '0',
      '-5',
      "'-5",
      "'=SUM(A1)",
      "'+1",
      "'@x",
      "'\tx",
      'a=b',
      'x-1',
      '"说""明"""',
      '"a,b"',
      '"a\nb"',
    ]);
    expect(toCsv(['甲', '乙'], [[1, 'x']])).toBe('\uFEFF甲,乙\r\n1,x\r\n');
  });
});

describe('calendar', () => {
  it('stores a date at UTC midnight; counts whole days both ways; month ends incl. February', () => {
    expect(dateOf('2023-06-30').toISOString()).toBe('2023-06-30T00:00:00.000Z');
    expect(daysBetween('2023-06-30', '2023-07-10')).toBe(10);
    expect(daysBetween('2023-07-10', '2023-06-30')).toBe(-10);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
  });
  it('a real date written YYYY-MM-DD only', () => {
    expect(isIsoDate('2023-06-30')).toBe(true);
    for (const s of ['2023-02-30', '2023-13-01', 'x2023-06-30', '2023-06-30x', '2023-6-30', '']) expect(isIsoDate(s), s).toBe(false);
  });
  it('the default as-of date: today inside the year (its first and last day included), else the latest update; an unreported year outside today: its first day', () => {
    expect(defaultAsOf(2023, '2023-01-01', '2022-12-01')).toBe('2023-01-01');
    expect(defaultAsOf(2023, '2023-12-31', null)).toBe('2023-12-31');
    expect(defaultAsOf(2023, '2024-01-01', '2023-06-30')).toBe('2023-06-30');
    expect(defaultAsOf(2023, '2022-12-31', null)).toBe('2023-01-01');
    expect(defaultAsOf(2023, '2024-01-01', null)).toBe('2023-01-01');
  });
  it('a new report starts today inside the year, on its last day after it, on its first day before it', () => {
    expect(defaultReportDate(2023, '2023-01-01')).toBe('2023-01-01');
    expect(defaultReportDate(2023, '2023-12-31')).toBe('2023-12-31');
    expect(defaultReportDate(2023, '2023-06-15')).toBe('2023-06-15');
    expect(defaultReportDate(2023, '2024-03-01')).toBe('2023-12-31');
    expect(defaultReportDate(2023, '2022-11-01')).toBe('2023-01-01');
  });
  it('?asOf= only as a real date of the plan year', () => {
    expect(parseAsOfParam('2023-06-30', 2023)).toBe('2023-06-30');
    expect(parseAsOfParam('2024-06-30', 2023)).toBeNull();
    expect(parseAsOfParam('2023-02-30', 2023)).toBeNull();
    expect(parseAsOfParam(undefined, 2023)).toBeNull();
    expect(parseAsOfParam('', 2023)).toBeNull();
  });
});

describe('milestones due within a window', () => {
  const m = (dueDate: string, reachedOn: string | null = null) => ({ dueDate, reachedOn });
  it('reached only on or before the date; due from the date to date + days inclusive; earliest first', () => {
    expect(isReachedAt(m('2023-07-01', '2023-06-30'), '2023-06-30')).toBe(true);
    expect(isReachedAt(m('2023-07-01', '2023-07-01'), '2023-06-30')).toBe(false);
    expect(isReachedAt(m('2023-07-01'), '2023-06-30')).toBe(false);
    const list = [m('2023-07-30'), m('2023-06-30'), m('2023-07-31'), m('2023-06-29'), m('2023-07-05', '2023-06-01'), m('2023-07-10', '2023-07-02')];
    expect(dueWithin(list, '2023-06-30', 30).map((x) => [x.dueDate, x.daysLeft])).toEqual([
      ['2023-06-30', 0],
      ['2023-07-10', 10],
      ['2023-07-30', 30],
    ]);
  });
});

describe('numbers', () => {
  it('rounds to one decimal, passes null, averages (null for none)', () => {
    expect(round1(49.65)).toBe(49.7);
    expect(round1OrNull(null)).toBeNull();
    expect(round1OrNull(12.34)).toBe(12.3);
    expect(round1OrNull(0)).toBe(0);
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });
  it('whole counts are exactly the counting units', () => {
    for (const u of ['人', '人次', '户', '个', '场', '台', '套', '张', '位', '支', '条', '名', '家', '次', '课时']) expect(isWholeUnit(u), u).toBe(true);
    for (const u of ['万元', '%', '公里', '人均', '万人', '平方米', '']) expect(isWholeUnit(u), u).toBe(false);
    expect(displayExpected(139.6, '户', false)).toBe(140);
    expect(displayExpected(139.66, '万元', false)).toBe(139.7);
    expect(displayExpected(49.66, '户', true)).toBe(49.7);
  });
});

describe('plausibility hints', () => {
  it('over 1.5 × target (only with a positive target), more than double the last (only from a positive one), a decrease', () => {
    expect(figureFlags({ before: null, after: 421, target: 280 })).toEqual(['over_target']);
    expect(figureFlags({ before: null, after: 420, target: 280 })).toEqual([]);
    expect(figureFlags({ before: null, after: 5, target: 0 })).toEqual([]);
    expect(figureFlags({ before: null, after: 5, target: null })).toEqual([]);
    expect(figureFlags({ before: 100, after: 201, target: null })).toEqual(['more_than_double']);
    expect(figureFlags({ before: 100, after: 200, target: null })).toEqual([]);
    expect(figureFlags({ before: 0, after: 5, target: null })).toEqual([]);
    expect(figureFlags({ before: 100, after: 99, target: null })).toEqual(['decrease']);
    expect(figureFlags({ before: 100, after: 100, target: null })).toEqual([]);
    expect(figureFlags({ before: 10, after: 800, target: 280 })).toEqual(['over_target', 'more_than_double']);
  });
  it('dates before the last approved update; nothing to compare before the first', () => {
    expect(updateFlags({ asOf: '2023-06-01', milestonesReachedOn: ['2023-05-01'] }, null)).toEqual([]);
    expect(updateFlags({ asOf: '2023-06-01', milestonesReachedOn: ['2023-05-01', '2023-07-01'] }, '2023-06-30')).toEqual([
      'milestone_before_last_update',
      'as_of_before_last_update',
    ]);
    expect(updateFlags({ asOf: '2023-06-30', milestonesReachedOn: ['2023-06-30'] }, '2023-06-30')).toEqual([]);
  });
});

describe('settings', () => {
  it('stored values override the defaults when known, finite and not negative', () => {
    expect(
      resolveSettings([
        { key: 'staleDays', value: '45' },
        { key: 'amberGapPts', value: '0' },
        { key: 'redGapPts', value: '-1' },
        { key: 'dueSoonDays', value: 'x' },
        { key: 'other', value: '3' },
      ]),
    ).toEqual({ ...DEFAULT_STATUS_SETTINGS, staleDays: 45, amberGapPts: 0 });
  });
  it('a new value: a known key, a plain non-negative number, amber not above red', () => {
    const cur = DEFAULT_STATUS_SETTINGS;
    expect(checkSetting('nope', '1', cur)).toBe(`unknown setting nope; known: ${Object.keys(DEFAULT_STATUS_SETTINGS).join(', ')}`);
    for (const bad of ['-1', '1e3', '1.', '.5', '1.5x', 'x1']) expect(checkSetting('staleDays', bad, cur), bad).toBe('staleDays must be a non-negative number');
    expect(checkSetting('staleDays', '12.25', cur)).toBeNull();
    expect(checkSetting('amberGapPts', String(cur.redGapPts), cur)).toBeNull();
    expect(checkSetting('amberGapPts', String(cur.redGapPts + 1), cur)).toBe('amberGapPts must not exceed redGapPts');
  });
});

describe('login throttling', () => {
  const now = new Date('2026-11-29T08:00:00Z');
  const at = (min: number) => new Date(now.getTime() + min * 60_000);
  it('keys: the account (lower-case) with the address, and the address alone', () => {
    expect(throttleKeys('DuChaShi', '10.0.0.1')).toEqual({ pair: 'pair:duchashi|10.0.0.1', address: 'ip:10.0.0.1' });
  });
  it('a lock counts in whole minutes rounded up, and lifts at its end', () => {
    expect(lockedMinutes(null, now)).toBe(0);
    expect(lockedMinutes({ failures: 5, windowStart: now, lockedUntil: null }, now)).toBe(0);
    expect(lockedMinutes({ failures: 5, windowStart: now, lockedUntil: at(15) }, now)).toBe(15);
    expect(lockedMinutes({ failures: 5, windowStart: now, lockedUntil: new Date(now.getTime() + 61_000) }, now)).toBe(2);
    expect(lockedMinutes({ failures: 5, windowStart: now, lockedUntil: now }, now)).toBe(0);
  });
  it('failures count within the window; the fifth locks; a new window (or an expired lock) starts over', () => {
    let s = afterFailure(null, now);
    expect(s).toEqual({ failures: 1, windowStart: now, lockedUntil: null });
    for (let i = 1; i < 4; i++) s = afterFailure(s, at(i));
    expect(s).toEqual({ failures: 4, windowStart: now, lockedUntil: null });
    s = afterFailure(s, at(4));
    expect(s).toEqual({ failures: 5, windowStart: now, lockedUntil: at(19) });
    expect(afterFailure(s, at(19))).toEqual({ failures: 1, windowStart: at(19), lockedUntil: null });
    expect(afterFailure({ failures: 2, windowStart: now, lockedUntil: null }, at(15))).toEqual({ failures: 3, windowStart: now, lockedUntil: null });
    expect(afterFailure({ failures: 2, windowStart: now, lockedUntil: null }, new Date(at(15).getTime() + 1))).toEqual({
      failures: 1,
      windowStart: new Date(at(15).getTime() + 1),
      lockedUntil: null,
    });
    expect(afterFailure({ failures: 29, windowStart: now, lockedUntil: null }, at(1), THROTTLE.address).lockedUntil).toEqual(at(16));
  });
  it('rows older than the longer of window and lock are stale', () => {
    expect(staleBefore(now)).toEqual(at(-15));
    expect(staleBefore(now, { maxFailures: 1, windowMs: 60_000, lockMs: 120_000 })).toEqual(at(-2));
    expect(staleBefore(now, { maxFailures: 1, windowMs: 180_000, lockMs: 120_000 })).toEqual(at(-3));
  });
});
