import { describe, expect, it } from 'vitest';
import { expectation, expectedValue, taskProgress, timeShare, rollUp } from './progress';
import { DEFAULT_STATUS_SETTINGS as S, resolveSettings } from './settings';
import { taskStatus, worstStatus } from './status';
import type { IndicatorInput, MilestoneInput, TaskInput } from './types';

const task = (over: Partial<TaskInput> = {}): TaskInput => ({
  number: 1,
  planYear: 2023,
  deadlineMonth: '2023-12',
  completedOn: null,
  items: [],
  indicators: [],
  milestones: [],
  problems: [],
  updateDates: ['2023-06-30'],
  ...over,
});
const ind = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
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
const ms = (over: Partial<MilestoneInput> = {}): MilestoneInput => ({
  key: 'm',
  periodLabel: '9月',
  dueDate: '2023-09-30',
  text: '9月：完成',
  indicatorKey: null,
  cumulativeTarget: null,
  reachedOn: null,
  ...over,
});
const ctx = { planYear: 2023, deadline: '2023-12-31', asOf: '2023-06-30' };

describe('expected progress', () => {
  it('EVEN: target × time share from the year start to the deadline (序时进度)', () => {
    expect(timeShare(2023, '2023-12-31', '2023-06-30')).toBeCloseTo(181 / 365, 10);
    expect(expectedValue(ind(), [], ctx)).toBeCloseTo((100 * 181) / 365, 10);
    expect(timeShare(2023, '2023-08-31', '2023-09-15')).toBe(1);
    expect(timeShare(2023, '2023-12-31', '2022-12-01')).toBe(0);
  });
  it('MILESTONES: stepped at the latest milestone due on or before the date; no expectation (not 0) before the first', () => {
    const steps = [300, 700, 1200, 1500].map((c, i) =>
      ms({ key: `m${i}`, dueDate: ['2023-09-30', '2023-10-31', '2023-11-30', '2023-12-31'][i]!, indicatorKey: 'k', cumulativeTarget: c }),
    );
    const i = ind({ accrual: 'MILESTONES', target: 1500 });
    expect(expectedValue(i, steps, { ...ctx, asOf: '2023-09-29' })).toBeNull();
    expect(expectation(i, steps, { ...ctx, asOf: '2023-09-29' }).next).toEqual({ label: '9月', dueDate: '2023-09-30', value: 300 });
    expect(expectedValue(i, steps, { ...ctx, asOf: '2023-09-30' })).toBe(300);
    expect(expectedValue(i, steps, { ...ctx, asOf: '2023-10-30' })).toBe(300);
    expect(expectedValue(i, steps, { ...ctx, asOf: '2023-11-30' })).toBe(1200);
  });
  it('AT_COMPLETION: no expectation until the delivering milestone (named as next), then the full target', () => {
    const i = ind({ accrual: 'AT_COMPLETION', target: 386 });
    const open = ms({ dueDate: '2023-11-30', indicatorKey: 'k', cumulativeTarget: 386 });
    expect(expectedValue(i, [open], { ...ctx, deadline: '2023-12-31', asOf: '2023-06-30' })).toBeNull();
    expect(expectation(i, [open], { ...ctx, deadline: '2023-12-31', asOf: '2023-06-30' }).next).toEqual({ label: '9月', dueDate: '2023-11-30', value: 386 });
    expect(expectedValue(i, [open], { ...ctx, deadline: '2023-12-31', asOf: '2023-11-30' })).toBe(386);
    expect(expectation(i, [], { ...ctx, deadline: '2023-07-31', asOf: '2023-07-30' })).toEqual({
      expected: null,
      next: { label: null, dueDate: '2023-07-31', value: 386 },
    });
    expect(expectedValue(i, [], { ...ctx, deadline: '2023-07-31', asOf: '2023-07-31' })).toBe(386);
  });
  it('NONE or no target: not judged', () => {
    expect(expectedValue(ind({ accrual: 'NONE' }), [], ctx)).toBeNull();
    expect(expectedValue(ind({ target: null }), [], ctx)).toBeNull();
  });
});

describe('task progress', () => {
  it('prefers a percent-complete indicator, else averages counts capped at 100 %, else sub-items, else none', () => {
    const pct = ind({ key: 'p', isPercent: true, values: [{ value: 65, asOf: '2023-06-30' }] });
    expect(taskProgress(task({ indicators: [ind({ values: [{ value: 10, asOf: '2023-06-30' }] }), pct] }), '2023-06-30')).toMatchObject({
      basis: 'percent',
      actualPct: 65,
    });
    const counts = [ind({ key: 'a', values: [{ value: 300, asOf: '2023-06-30' }] }), ind({ key: 'b', values: [{ value: 40, asOf: '2023-06-30' }] })];
    expect(taskProgress(task({ indicators: counts }), '2023-06-30')).toMatchObject({ basis: 'indicators', actualPct: 70 });
    const items = [
      { key: 'a', name: 'A', completedOn: '2023-04-30' },
      { key: 'b', name: 'B', completedOn: null },
    ];
    expect(taskProgress(task({ items }), '2023-06-30')).toMatchObject({ basis: 'items', actualPct: 50, expectedPct: null });
    expect(taskProgress(task({ indicators: [ind()] }), '2023-06-30')).toMatchObject({ basis: 'none', actualPct: null });
  });
  it('uses the latest value on or before the as-of date only', () => {
    const i = ind({
      values: [
        { value: 10, asOf: '2023-03-31' },
        { value: 90, asOf: '2023-09-30' },
      ],
    });
    expect(taskProgress(task({ indicators: [i] }), '2023-06-30').indicators[0]!.actual?.value).toBe(10);
    expect(taskProgress(task({ indicators: [i] }), '2023-02-01').indicators[0]!.actual).toBeNull();
  });
  it('rolls up by plain mean over tasks with a figure and says how many had one; actual vs expected only over the same tasks', () => {
    expect(
      rollUp([
        { actualPct: 50, expectedPct: 40 },
        { actualPct: null, expectedPct: null },
        { actualPct: 100, expectedPct: null },
      ]),
    ).toEqual({
      actualPct: 75,
      covered: 2,
      total: 3,
      paired: { actualPct: 50, expectedPct: 40, n: 1 },
    });
    expect(
      rollUp([
        { actualPct: 100, expectedPct: null },
        { actualPct: null, expectedPct: null },
      ]).paired,
    ).toBeNull();
  });
  it('a figure before its first plan point: actual shown, no expectation, the next point named (never 序时应达0%)', () => {
    // Task 1 of the report: 2 of 4 roads, the 4-road step due in December.
    const roads = ind({ accrual: 'MILESTONES', target: 4, unitOfMeasure: '条', values: [{ value: 2, asOf: '2023-06-30' }] });
    const t1 = task({
      indicators: [roads],
      milestones: [ms({ key: 'm12', periodLabel: '12月', dueDate: '2023-12-31', indicatorKey: 'k', cumulativeTarget: 4 })],
    });
    const p = taskProgress(t1, '2023-06-30');
    expect(p).toMatchObject({ actualPct: 50, expectedPct: null, basis: 'indicators', next: { label: '12月', value: 4, unitOfMeasure: '条' } });
    expect(taskStatus(t1, '2023-06-30', S).reasons.filter((r) => r.kind === 'behind')).toEqual([]);
    expect(taskProgress(t1, '2023-12-31')).toMatchObject({ expectedPct: 100, next: null });
  });
  it('a step may set values for more than its own indicator (task 3: 10–12月 sets 形象进度100% and 5 parks)', () => {
    const step = ms({
      key: 'm10-12',
      periodLabel: '10-12月',
      dueDate: '2023-12-31',
      indicatorKey: 'visual',
      cumulativeTarget: 100,
      alsoTargets: [{ indicatorKey: 'k', value: 5 }],
    });
    const parks = ind({ accrual: 'MILESTONES', target: 5, unitOfMeasure: '个', values: [{ value: 4, asOf: '2023-06-30' }] });
    expect(expectation(parks, [step], { ...ctx, deadline: '2024-01-31' })).toEqual({
      expected: null,
      next: { label: '10-12月', dueDate: '2023-12-31', value: 5 },
    });
    expect(expectation(parks, [step], { ...ctx, deadline: '2024-01-31', asOf: '2023-12-31' }).expected).toBe(5);
  });
  it('a figure counted in another unit (口径不一) or worded approximately is shown but never judged', () => {
    const v = [{ value: 1021, asOf: '2023-06-30' }];
    const mismatch = taskProgress(task({ indicators: [ind({ target: 1000, mismatch: true, values: v })] }), '2023-06-30');
    expect(mismatch).toMatchObject({ actualPct: null, basis: 'none' });
    expect(mismatch.indicators[0]).toMatchObject({ mismatch: true, gapPts: null, actualShare: 1.021 });
    const approx = taskProgress(task({ indicators: [ind({ target: 1000, values: [{ value: 1000, asOf: '2023-06-30', approx: true }] })] }), '2023-06-30');
    expect(approx.indicators[0]).toMatchObject({ gapPts: null });
    expect(approx.actualPct).toBeNull();
  });
});

describe('status', () => {
  const at = (t: TaskInput, asOf: string) => taskStatus(t, asOf, S);

  it('completed when the task or all its sub-items are done by the as-of date', () => {
    expect(at(task({ completedOn: '2023-06-30' }), '2023-06-30').status).toBe('completed');
    expect(at(task({ completedOn: '2023-07-01' }), '2023-06-30').status).toBe('on_track');
    const items = [
      { key: 'a', name: 'A', completedOn: '2023-04-30' },
      { key: 'b', name: 'B', completedOn: '2023-05-30' },
    ];
    expect(at(task({ items }), '2023-06-30').status).toBe('completed');
  });

  it('red for an open blocking problem, with its text as the reason', () => {
    const p = { kind: 'COORDINATION' as const, text: '地块被占用', blocking: true, itemNames: ['3号地块'], raisedOn: '2023-06-30', resolvedOn: null };
    const s = at(task({ problems: [p] }), '2023-06-30');
    expect(s.status).toBe('lagging');
    expect(s.reasons[0]).toMatchObject({ kind: 'blocking_problem', text: '地块被占用', severity: 'red' });
    expect(at(task({ problems: [{ ...p, resolvedOn: '2023-06-30' }] }), '2023-06-30').status).toBe('on_track');
    expect(at(task({ problems: [{ ...p, raisedOn: '2023-07-01' }] }), '2023-06-30').status).toBe('on_track');
    expect(at(task({ problems: [{ ...p, blocking: false }] }), '2023-06-30')).toMatchObject({
      status: 'on_track',
      reasons: [{ kind: 'open_problem', severity: 'info' }],
    });
  });

  it('sub-items: done, or lagging on their own blocking problem', () => {
    const items = [
      { key: 'a', name: '4个公园', completedOn: '2023-06-30' },
      { key: 'b', name: '3号地块', completedOn: null },
      { key: 'c', name: '其他', completedOn: null },
    ];
    const p = { kind: 'COORDINATION' as const, text: '被占用', blocking: true, itemNames: ['3号地块'], raisedOn: '2023-06-30', resolvedOn: null };
    expect(at(task({ items, problems: [p] }), '2023-06-30').items.map((i) => i.status)).toEqual(['completed', 'lagging', 'on_track']);
  });

  it('a milestone due today is not overdue; the day after it is, with the days counted', () => {
    const m = ms({ dueDate: '2023-09-30' });
    expect(at(task({ milestones: [m], updateDates: ['2023-09-20'] }), '2023-09-30').status).toBe('on_track');
    const s = at(task({ milestones: [m] }), '2023-10-12');
    expect(s.status).toBe('lagging');
    expect(s.reasons).toContainEqual(expect.objectContaining({ kind: 'milestone_overdue', daysOverdue: 12 }));
    expect(at(task({ milestones: [{ ...m, reachedOn: '2023-09-28' }], updateDates: ['2023-10-01'] }), '2023-10-12').status).toBe('on_track');
    expect(at(task({ milestones: [{ ...m, reachedOn: '2023-10-20' }] }), '2023-10-12').status).toBe('lagging');
  });

  it('deadline: due through the last day of its month, passed the day after', () => {
    const t = task({ deadlineMonth: '2023-08', updateDates: ['2023-08-20'] });
    expect(at(t, '2023-08-31')).toMatchObject({ status: 'on_track', daysLeft: 0 });
    const s = at(t, '2023-09-01');
    expect(s.status).toBe('lagging');
    expect(s.reasons).toContainEqual(expect.objectContaining({ kind: 'deadline_passed', daysOver: 1 }));
  });

  describe('gap thresholds (amber 10–30 points behind, red beyond 30)', () => {
    // A reached milestone makes 50 expected at the as-of date; the actual value sets the gap.
    const withActual = (v: number) =>
      task({
        indicators: [ind({ accrual: 'MILESTONES', values: [{ value: v, asOf: '2023-09-30' }] })],
        milestones: [ms({ indicatorKey: 'k', cumulativeTarget: 50, reachedOn: '2023-09-30' })],
        updateDates: ['2023-09-30'],
      });
    it.each([
      [41, 'on_track'],
      [40.01, 'on_track'],
      [40, 'at_risk'],
      [20, 'at_risk'],
      [19.99, 'lagging'],
      [5, 'lagging'],
    ])('actual %d against expected 50 → %s', (v, expected) => {
      expect(at(withActual(v), '2023-10-01').status).toBe(expected);
    });
    it('says the numbers', () => {
      const r = at(withActual(40), '2023-10-01').reasons[0];
      expect(r).toMatchObject({ kind: 'behind', actual: 40, expected: 50, target: 100, gapPts: 10, severity: 'amber' });
    });
    it('thresholds are settings', () => {
      const s = resolveSettings([
        { key: 'amberGapPts', value: '5' },
        { key: 'bogus', value: '1' },
        { key: 'redGapPts', value: 'x' },
      ]);
      expect(s).toEqual({ ...S, amberGapPts: 5 });
      expect(taskStatus(withActual(44), '2023-10-01', s).status).toBe('at_risk');
    });
  });

  it('missing data gives no numeric judgement', () => {
    const s = at(task({ indicators: [ind({ values: [] })] }), '2023-10-01');
    expect(s.reasons.filter((r) => r.kind === 'behind')).toEqual([]);
  });

  it('amber for a milestone due soon with no recent update; staleness counted in days', () => {
    const m = ms({ dueDate: '2023-09-30' });
    const stale = at(task({ milestones: [m], updateDates: ['2023-06-30'] }), '2023-09-20');
    expect(stale).toMatchObject({ status: 'at_risk', stale: true, daysSinceUpdate: 82 });
    expect(stale.reasons[0]).toMatchObject({ kind: 'milestone_due_soon', daysLeft: 10 });
    expect(at(task({ milestones: [m], updateDates: ['2023-09-01'] }), '2023-09-20')).toMatchObject({ status: 'on_track', stale: false });
    expect(at(task({ milestones: [m], updateDates: ['2023-06-30'] }), '2023-09-01').status).toBe('on_track');
  });

  it('boundaries: stale only after more than 30 days; due soon within 14 days inclusive', () => {
    const m = ms({ dueDate: '2023-09-30' });
    // Due in exactly 14 days, last update exactly 30 days ago: not stale, so no alert.
    expect(at(task({ milestones: [m], updateDates: ['2023-08-17'] }), '2023-09-16')).toMatchObject({ stale: false, daysSinceUpdate: 30, status: 'on_track' });
    // 31 days: stale; due in exactly 14 days: due soon → amber.
    const s = at(task({ milestones: [m], updateDates: ['2023-08-16'] }), '2023-09-16');
    expect(s).toMatchObject({ stale: true, daysSinceUpdate: 31, status: 'at_risk' });
    expect(s.reasons[0]).toMatchObject({ kind: 'milestone_due_soon', daysLeft: 14 });
    // Due in 15 days: not yet due soon, however stale.
    expect(at(task({ milestones: [m], updateDates: ['2023-08-01'] }), '2023-09-15').status).toBe('on_track');
  });

  it('worst status of a group', () => {
    expect(worstStatus(['completed', 'on_track', 'at_risk'])).toBe('at_risk');
    expect(worstStatus(['completed'])).toBe('completed');
    expect(worstStatus([])).toBeNull();
  });
});

describe('settings', () => {
  it('checks new values', async () => {
    const { checkSetting } = await import('./settings');
    expect(checkSetting('redGapPts', '25', S)).toBeNull();
    expect(checkSetting('amberGapPts', '40', S)).toBe('amberGapPts must not exceed redGapPts');
    expect(checkSetting('nope', '1', S)).toMatch(/unknown setting/);
    expect(checkSetting('staleDays', '-3', S)).toMatch(/non-negative/);
  });
});

describe('the one "逾期N天" of a task', () => {
  it('is the most overdue reason, and that same reason is the one shown beside it', async () => {
    const { mostOverdue } = await import('./status');
    const ms = (key: string, dueDate: string): MilestoneInput => ({
      key,
      periodLabel: key,
      dueDate,
      text: `${key}：节点`,
      indicatorKey: null,
      cumulativeTarget: null,
      reachedOn: null,
      alsoTargets: [],
    });
    // The deadline passed 92 days before 2024-03-31; a milestone 31 days before.
    const s = taskStatus(task({ deadlineMonth: '2023-12', milestones: [ms('2月', '2024-02-29')] }), '2024-03-31', S);
    expect(s.status).toBe('lagging');
    const worst = mostOverdue(s)!;
    expect(worst.days).toBe(daysFrom('2023-12-31', '2024-03-31'));
    expect(worst.reason.kind).toBe('deadline_passed');
    expect(mostOverdue(taskStatus(task(), '2023-06-30', S))).toBeNull();
  });
});

const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
