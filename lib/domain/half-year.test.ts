import { describe, expect, it } from 'vitest';
import { averages, halfYearRows, markOf, periodOf, sortByVariance } from './half-year';
import type { IndicatorInput, TaskInput } from './types';

const ind = (over: Partial<IndicatorInput>): IndicatorInput => ({ key: 'k', name: '指标', unitOfMeasure: '场', isPercent: false, direction: 'AT_LEAST', target: 100, accrual: 'EVEN', values: [], ...over });
const task = (number: number, indicators: IndicatorInput[], over: Partial<TaskInput> = {}) => ({
  number, projectNumber: 1, planYear: 2023, deadlineMonth: '2023-12', completedOn: null, items: [], indicators, milestones: [], problems: [], updateDates: [], ...over,
});
const at = '2023-06-30';

describe('half-year figures', () => {
  it('% of target, expected share, variance', () => {
    const [r] = halfYearRows([task(1, [ind({ target: 2000, values: [{ value: 903, asOf: at }] })])], at, 10);
    expect(r).toMatchObject({ actual: 903, pctOfTarget: 45.2, expectedPct: 49.6, variancePts: -4.4, mark: 'on_pace' });
  });
  it('status marks, including boundaries and direction', () => {
    expect(markOf({ target: 100, actual: 40, pctOfTarget: 40, expectedPct: 50, variancePts: -10 }, 10)).toBe('behind');
    expect(markOf({ target: 100, actual: 41, pctOfTarget: 41, expectedPct: 50, variancePts: -9 }, 10)).toBe('on_pace');
    expect(markOf({ target: 100, actual: 60, pctOfTarget: 60, expectedPct: 50, variancePts: 10 }, 10)).toBe('ahead');
    expect(markOf({ target: 3000, actual: 5446, pctOfTarget: 181.5, expectedPct: 49.6, variancePts: 50.4 }, 10)).toBe('ahead');
    const [exactly] = halfYearRows([task(1, [ind({ direction: 'EXACTLY', target: 280, values: [{ value: 197, asOf: at }] })])], at, 10);
    expect(exactly).toMatchObject({ direction: 'EXACTLY', pctOfTarget: 70.4, mark: 'ahead' });
  });
  it('no figure: null, marked not reported, left out of averages (never 0)', () => {
    const rows = halfYearRows([task(1, [ind({ key: 'a' }), ind({ key: 'b', values: [{ value: 50, asOf: at }] })])], at, 10);
    expect(rows[0]).toMatchObject({ actual: null, pctOfTarget: null, variancePts: null, mark: 'not_reported' });
    expect(averages(rows)).toEqual({ percent: { mean: null, n: 0 }, counts: { mean: 50, n: 1 }, notReported: 1 });
  });
  it('never mixes percent-complete indicators with counts', () => {
    const rows = halfYearRows([task(1, [ind({ key: 'p', isPercent: true, values: [{ value: 60, asOf: at }] }), ind({ key: 'c', target: 10, values: [{ value: 2, asOf: at }] })])], at, 10);
    expect(averages(rows)).toMatchObject({ percent: { mean: 60, n: 1 }, counts: { mean: 20, n: 1 } });
  });
  it('values after the reporting date are not used; no target is not judged; a task without indicators still has a row', () => {
    const rows = halfYearRows([task(1, [ind({ values: [{ value: 90, asOf: '2023-09-30' }] }), ind({ key: 'n', target: null, values: [{ value: 5, asOf: at }] })]), task(2, [])], at, 10);
    expect(rows.map((r) => r.mark)).toEqual(['not_reported', 'not_judged', 'no_indicator']);
  });
  it('a level or rate (accrual NONE) is shown but not judged nor averaged', () => {
    const rows = halfYearRows([task(5, [ind({ accrual: 'NONE', target: 5, unitOfMeasure: '元', values: [{ value: 5, asOf: at }] })])], at, 10);
    expect(rows[0]).toMatchObject({ pctOfTarget: 100, expectedPct: null, mark: 'not_judged' });
    expect(averages(rows).counts).toEqual({ mean: null, n: 0 });
  });
  it('sorts the most behind first, unjudged last', () => {
    const rows = halfYearRows([task(1, [ind({ values: [{ value: 45, asOf: at }] })]), task(2, [ind({ values: [{ value: 20, asOf: at }] })]), task(3, [ind({})])], at, 10);
    expect(sortByVariance(rows).map((r) => r.taskNumber)).toEqual([2, 1, 3]);
  });
  it('the period of a reporting date', () => {
    expect(periodOf(2023, '2023-06-30').label).toBe('H1');
    expect(periodOf(2023, '2023-07-01').label).toBe('H2');
  });
});
