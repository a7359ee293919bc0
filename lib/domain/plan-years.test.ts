import { describe, expect, it } from 'vitest';
import { defaultYear, nextPlanYear, nextStatus, planChangedAfter, shiftDate, shiftMonth, takesUpdates, visibleYears } from './plan-years';

const years = [
  { year: 2023, title: 'a', status: 'ARCHIVED' as const },
  { year: 2024, title: 'b', status: 'ACTIVE' as const },
  { year: 2025, title: 'c', status: 'DRAFT' as const },
];

describe('plan years', () => {
  it('one step at a time: 草稿 → 执行中 → 已归档, and no way back', () => {
    expect(nextStatus('DRAFT')).toBe('ACTIVE');
    expect(nextStatus('ACTIVE')).toBe('ARCHIVED');
    expect(nextStatus('ARCHIVED')).toBeNull();
  });
  it('drafts are visible to plan editors only, newest first', () => {
    expect(visibleYears(years, false).map((y) => y.year)).toEqual([2024, 2023]);
    expect(visibleYears(years, true).map((y) => y.year)).toEqual([2025, 2024, 2023]);
  });
  it('with no year containing today and none reported on: the newest active year, else the newest visible one', () => {
    expect(defaultYear(years, '2030-06-01')).toBe(2024);
    expect(defaultYear(visibleYears(years, true), '2030-06-01')).toBe(2024);
    expect(defaultYear([years[0]!], '2030-06-01')).toBe(2023);
    expect(defaultYear([], '2030-06-01')).toBeNull();
  });
  it('the turn of the year: 2023 and 2024 both active, 2024 not yet reported on', () => {
    const turn = [
      { year: 2023, title: '', status: 'ACTIVE' as const, latestReport: '2023-06-30' },
      { year: 2024, title: '', status: 'ACTIVE' as const, latestReport: null },
    ];
    // A date in 2023: 2023, though 2024 is active and newer.
    expect(defaultYear(turn, '2023-12-20')).toBe(2023);
    // A date in 2024: 2024 (its screens say 未开始报送 until the first approval).
    expect(defaultYear(turn, '2024-01-05')).toBe(2024);
    // Years later (the seed's situation): the newest year that has an approved report, not the empty one.
    expect(defaultYear(turn, '2026-12-01')).toBe(2023);
    // Once 2024 has a report it is the newest reported one.
    expect(defaultYear([turn[0]!, { ...turn[1]!, latestReport: '2024-03-31' }], '2026-12-01')).toBe(2024);
    // A draft is never the default, even when it contains today.
    expect(defaultYear([turn[0]!, { ...turn[1]!, status: 'DRAFT' as const }], '2024-01-05')).toBe(2023);
  });
  it('only an active year takes progress updates', () => {
    expect([takesUpdates('DRAFT'), takesUpdates('ACTIVE'), takesUpdates('ARCHIVED')]).toEqual([false, true, false]);
  });
  it('moves months and dates by whole years; the end of a month stays its end (2月底 is the 29th in a leap year)', () => {
    expect(shiftMonth('2023-08', 1)).toBe('2024-08');
    expect(shiftDate('2023-06-30', 1)).toBe('2024-06-30');
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate('2023-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2024-02-28', 1)).toBe('2025-02-28'); // not the end of February 2024: the 28th stays the 28th
    expect(shiftDate('2023-02-27', 1)).toBe('2024-02-27');
    expect(shiftDate('2023-12-31', 2)).toBe('2025-12-31');
  });
  it('names the plan changes made after the evaluated day: the earliest, and the tasks touched once each', () => {
    const changes = [
      { at: '2023-07-02T09:00:00.000Z', taskNumber: 7 },
      { at: '2023-06-30T15:59:59.000Z', taskNumber: 3 }, // 23:59:59 on 30 June in Beijing, the day itself: the plan already stood so
      { at: '2023-06-30T16:00:00.000Z', taskNumber: 11 }, // 00:00 on 1 July in Beijing (still 30 June in UTC)
      { at: '2023-08-01T00:00:00.000Z', taskNumber: 7 },
    ];
    expect(planChangedAfter(changes, '2023-06-30')).toEqual({ first: '2023-06-30T16:00:00.000Z', taskNumbers: [7, 11], removedNumbers: [] });
    expect(planChangedAfter(changes, '2023-06-29')).toEqual({ first: '2023-06-30T15:59:59.000Z', taskNumbers: [3, 7, 11], removedNumbers: [] });
    expect(planChangedAfter(changes, '2023-08-01')).toBeNull();
    expect(planChangedAfter([], '2023-01-01')).toBeNull();
  });
  it('a task removed since is listed among the removed only (its page is gone), even if it was edited first', () => {
    const changes = [
      { at: '2023-07-02T00:00:00.000Z', taskNumber: 20 },
      { at: '2023-07-03T00:00:00.000Z', taskNumber: 20, removed: true },
      { at: '2023-07-04T00:00:00.000Z', taskNumber: 5 },
      { at: '2023-06-01T00:00:00.000Z', taskNumber: 21, removed: true }, // before the date: not mentioned
    ];
    expect(planChangedAfter(changes, '2023-06-30')).toEqual({ first: '2023-07-02T00:00:00.000Z', taskNumbers: [5], removedNumbers: [20] });
    expect(planChangedAfter(changes.slice(1, 2), '2023-06-30')).toEqual({ first: '2023-07-03T00:00:00.000Z', taskNumbers: [], removedNumbers: [20] });
  });
});

describe('what a task plan text is', () => {
  it('the report column for a task from the half-year report, the year plan otherwise', async () => {
    const { planTextKind } = await import('./plan-years');
    expect(planTextKind({ h1Progress: '已完成招标' })).toBe('report');
    expect(planTextKind({ h1Progress: '' })).toBe('plan');
    expect(planTextKind({ h1Progress: '  ' })).toBe('plan');
  });
});

describe('nextPlanYear', () => {
  it('suggests the year after the newest plan, or next year when there is none', () => {
    expect(nextPlanYear([{ year: 2023 }, { year: 2024 }], '2026-12-01')).toBe(2025);
    expect(nextPlanYear([{ year: 2024 }, { year: 2023 }], '2026-12-01')).toBe(2025);
    expect(nextPlanYear([], '2026-12-01')).toBe(2027);
  });
});
