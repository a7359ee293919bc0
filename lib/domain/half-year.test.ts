import { describe, expect, it } from 'vitest';
import { averages, halfYearRows, markOf, sortByVariance } from './half-year';
import { defaultReportPeriod, halfOf, resolvePeriod } from './periods';
import { evaluate, type OverviewTask } from './overview';
import { DEFAULT_STATUS_SETTINGS } from './settings';
import { overviewTask } from '@/tests/helpers/overview-task';
import type { IndicatorInput, MilestoneInput, ProblemInput } from './types';

const ind = (over: Partial<IndicatorInput>): IndicatorInput => ({
  key: 'k',
  name: '指标',
  unitOfMeasure: '场',
  isPercent: false,
  direction: 'AT_LEAST',
  target: 100,
  accrual: 'EVEN',
  values: [],
  ...over,
});
const task = (number: number, indicators: IndicatorInput[], over: Partial<OverviewTask> = {}): OverviewTask =>
  overviewTask(number, { indicators, content: `任务${number}`, ...over });
const at = '2023-06-30';
const rowsOf = (tasks: OverviewTask[], asOf = at) => halfYearRows(evaluate(tasks, asOf, DEFAULT_STATUS_SETTINGS), asOf, 10);
const noNext = { next: null };

describe('half-year figures', () => {
  it('% of target, expected share, variance', () => {
    const [r] = rowsOf([task(1, [ind({ target: 2000, values: [{ value: 903, asOf: at }] })])]);
    expect(r).toMatchObject({ actual: 903, pctOfTarget: 45.2, expectedPct: 49.6, variancePts: -4.4, mark: 'on_pace', taskStatus: 'on_track' });
  });
  it('figure marks, including boundaries and direction', () => {
    expect(markOf({ target: 100, actual: 40, pctOfTarget: 40, expectedPct: 50, variancePts: -10, ...noNext }, 10)).toBe('behind');
    expect(markOf({ target: 100, actual: 41, pctOfTarget: 41, expectedPct: 50, variancePts: -9, ...noNext }, 10)).toBe('on_pace');
    expect(markOf({ target: 100, actual: 60, pctOfTarget: 60, expectedPct: 50, variancePts: 10, ...noNext }, 10)).toBe('ahead');
    expect(markOf({ target: 3000, actual: 5446, pctOfTarget: 181.5, expectedPct: 49.6, variancePts: 50.4, ...noNext }, 10)).toBe('ahead');
    const [exactly] = rowsOf([task(1, [ind({ direction: 'EXACTLY', target: 280, values: [{ value: 197, asOf: at }] })])]);
    expect(exactly).toMatchObject({ direction: 'EXACTLY', pctOfTarget: 70.4, mark: 'ahead' });
  });
  it('no figure: null, marked not reported, left out of averages (never 0)', () => {
    const rows = rowsOf([task(1, [ind({ key: 'a' }), ind({ key: 'b', values: [{ value: 50, asOf: at }] })])]);
    expect(rows[0]).toMatchObject({ actual: null, pctOfTarget: null, variancePts: null, mark: 'not_reported' });
    expect(averages(rows)).toEqual({ percent: { mean: null, n: 0 }, counts: { mean: 50, n: 1 }, notReported: 1 });
  });
  it('never mixes percent-complete indicators with counts', () => {
    const rows = rowsOf([
      task(1, [ind({ key: 'p', isPercent: true, values: [{ value: 60, asOf: at }] }), ind({ key: 'c', target: 10, values: [{ value: 2, asOf: at }] })]),
    ]);
    expect(averages(rows)).toMatchObject({ percent: { mean: 60, n: 1 }, counts: { mean: 20, n: 1 } });
  });
  it('values after the reporting date are not used; no target is not judged; a task without indicators still has a row', () => {
    const rows = rowsOf([
      task(1, [ind({ values: [{ value: 90, asOf: '2023-09-30' }] }), ind({ key: 'n', target: null, values: [{ value: 5, asOf: at }] })]),
      task(2, []),
    ]);
    expect(rows.map((r) => r.mark)).toEqual(['not_reported', 'not_judged', 'no_indicator']);
  });
  it('a level or rate (accrual NONE) is shown but not judged nor averaged', () => {
    const rows = rowsOf([task(5, [ind({ accrual: 'NONE', target: 5, unitOfMeasure: '元', values: [{ value: 5, asOf: at }] })])]);
    expect(rows[0]).toMatchObject({ pctOfTarget: 100, expectedPct: null, mark: 'not_judged' });
    expect(averages(rows).counts).toEqual({ mean: null, n: 0 });
  });
  it('口径不一 and approximate figures are shown, never judged, averaged or charted', () => {
    const rows = rowsOf([
      task(13, [ind({ target: 1000, mismatch: true, values: [{ value: 1021, asOf: at }] })]),
      task(14, [ind({ target: 1000, values: [{ value: 1000, asOf: at, approx: true }] })]),
    ]);
    expect(rows.map((r) => [r.mark, r.pctOfTarget, r.variancePts])).toEqual([
      ['mismatch', 102.1, null],
      ['approx', 100, null],
    ]);
    expect(averages(rows).counts.n).toBe(0);
  });
  it('before the first plan point: 未到计划节点 with the next point, no expected share, never 超前', () => {
    const m: MilestoneInput = {
      key: 'm12',
      periodLabel: '12月',
      dueDate: '2023-12-31',
      text: '12月：完成',
      indicatorKey: 'k',
      cumulativeTarget: 4,
      reachedOn: null,
    };
    const [r] = rowsOf([task(1, [ind({ accrual: 'MILESTONES', target: 4, unitOfMeasure: '条', values: [{ value: 2, asOf: at }] })], { milestones: [m] })]);
    expect(r).toMatchObject({ pctOfTarget: 50, expectedPct: null, variancePts: null, mark: 'before_plan', next: { label: '12月', value: 4 } });
  });
  it('every row carries its task status and first reason: a figure ahead never hides a lagging task', () => {
    const blocking: ProblemInput = { kind: 'PRELIMINARY', text: '方案未通过', blocking: true, itemNames: [], raisedOn: at, resolvedOn: null };
    const [r] = rowsOf([task(3, [ind({ isPercent: true, target: 100, values: [{ value: 95, asOf: at }] })], { problems: [blocking] })]);
    expect(r).toMatchObject({ mark: 'ahead', taskStatus: 'lagging', taskReason: { kind: 'blocking_problem' } });
    // Past its deadline (task 4 at 2023-10-31): lagging whatever the figure says.
    const [late] = rowsOf([task(4, [ind({ isPercent: true, target: 100, values: [{ value: 95, asOf: at }] })], { deadlineMonth: '2023-08' })], '2023-10-31');
    expect(late).toMatchObject({ taskStatus: 'lagging', taskReason: { kind: 'deadline_passed', daysOver: 61 } });
  });
  it('sorts the most behind first, unjudged last', () => {
    const rows = rowsOf([task(1, [ind({ values: [{ value: 45, asOf: at }] })]), task(2, [ind({ values: [{ value: 20, asOf: at }] })]), task(3, [ind({})])]);
    expect(sortByVariance(rows).map((r) => r.taskNumber)).toEqual([2, 1, 3]);
  });
  it('the period: asked 上半年/全年 at its end; a date at that date; by default the period of the default date, never a future end', () => {
    const ctx = { defaultAsOf: '2023-06-30', today: '2026-11-29' };
    expect(resolvePeriod(2023, { period: 'H1', asOf: null }, ctx)).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(resolvePeriod(2023, { period: 'FY', asOf: '2023-10-31' }, ctx)).toEqual({ kind: 'FY', asOf: '2023-12-31' });
    expect(resolvePeriod(2023, { period: null, asOf: '2023-10-31' }, ctx)).toEqual({ kind: 'DATE', asOf: '2023-10-31' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, ctx)).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-12-31' })).toEqual({ kind: 'FY', asOf: '2023-12-31' });
    expect(resolvePeriod(2024, { period: null, asOf: null }, { defaultAsOf: '2024-09-10' })).toEqual({ kind: 'DATE', asOf: '2024-09-10' });
  });
  it('after an August approval (years later) the view opens on the same date as every other screen, not on 全年 at 12-31', () => {
    expect(resolvePeriod(2023, { period: null, asOf: null }, { defaultAsOf: '2023-08-31' })).toEqual({ kind: 'DATE', asOf: '2023-08-31' });
    expect(halfOf('2023-08-31')).toBe('FY');
    expect(halfOf('2023-06-30')).toBe('H1');
  });
  it('/reports opens on the half the default date falls in, at its end once that has passed', () => {
    expect(defaultReportPeriod(2023, { defaultAsOf: '2023-06-30', today: '2026-12-01' })).toEqual({ kind: 'H1', asOf: '2023-06-30' });
    expect(defaultReportPeriod(2023, { defaultAsOf: '2023-08-31', today: '2026-12-01' })).toEqual({ kind: 'FY', asOf: '2023-12-31' });
    expect(defaultReportPeriod(2023, { defaultAsOf: '2023-08-31', today: '2023-08-31' })).toEqual({ kind: 'DATE', asOf: '2023-08-31' });
    expect(defaultReportPeriod(2023, { defaultAsOf: '2023-06-20', today: '2023-06-29' })).toEqual({ kind: 'DATE', asOf: '2023-06-20' });
  });
});
