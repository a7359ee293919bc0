// 较上期变化 on a small hand-made plan evaluated by the engine at two dates; every figure worked out here.
import { describe, expect, it } from 'vitest';
import { chooseSince, compareStatuses, movement, sinceShortcuts } from './changes';
import { evaluate, type OverviewTask } from './overview';
import { DEFAULT_STATUS_SETTINGS as S } from './settings';
import type { MilestoneInput } from './types';
import { A, overviewTask } from '@/tests/helpers/overview-task';

const step = (dueDate: string, reachedOn: string | null = null): MilestoneInput => ({
  key: `m${dueDate}`,
  periodLabel: '6月',
  dueDate,
  text: '6月：完成招标',
  indicatorKey: null,
  cumulativeTarget: null,
  reachedOn,
});
const task = (number: number, over: Partial<OverviewTask>) => overviewTask(number, { units: [A], updateDates: [], ...over });

// Between 10 and 30 June: 1 goes from on track to lagging (its step of 20 June not reached), 2 is
// completed on 25 June, 3 stays on track (reported on 28 June), 4 goes from lagging (its step of 5 June
// overdue) to on track (reached on 26 June), 5 stays lagging (deadline March).
const tasks = [
  task(1, { milestones: [step('2023-06-20')], updateDates: ['2023-06-01'] }),
  task(2, { completedOn: '2023-06-25', updateDates: ['2023-06-25'] }),
  task(3, { updateDates: ['2023-06-01', '2023-06-28'] }),
  task(4, { milestones: [step('2023-06-05', '2023-06-26')], updateDates: ['2023-06-26'] }),
  task(5, { deadlineMonth: '2023-03' }),
];
const at = (d: string) => evaluate(tasks, d, S);

describe('movement', () => {
  it('names the way a status moved: graver, milder, to 已完成, from 已完成; none when it stayed', () => {
    expect(movement('on_track', 'at_risk')).toBe('worse');
    expect(movement('at_risk', 'lagging')).toBe('worse');
    expect(movement('on_track', 'lagging')).toBe('worse');
    expect(movement('lagging', 'at_risk')).toBe('better');
    expect(movement('lagging', 'on_track')).toBe('better');
    expect(movement('lagging', 'completed')).toBe('completed');
    expect(movement('on_track', 'completed')).toBe('completed');
    expect(movement('completed', 'on_track')).toBe('reopened');
    expect(movement('lagging', 'lagging')).toBeNull();
    expect(movement('completed', 'completed')).toBeNull();
  });
});

describe('compareStatuses', () => {
  it('lists each task whose status moved between the two dates, as the engine says at each, graver moves first', () => {
    const before = at('2023-06-10');
    const after = at('2023-06-30');
    expect(before.map((r) => r.status.status)).toEqual(['on_track', 'on_track', 'on_track', 'lagging', 'lagging']);
    expect(after.map((r) => r.status.status)).toEqual(['lagging', 'completed', 'on_track', 'on_track', 'lagging']);
    const c = compareStatuses(before, after, '2023-06-10');
    expect(c.changes.map((x) => [x.row.task.number, x.from, x.to, x.movement])).toEqual([
      [1, 'on_track', 'lagging', 'worse'],
      [2, 'on_track', 'completed', 'completed'],
      [4, 'lagging', 'on_track', 'better'],
    ]);
    expect(c.counts).toEqual({ worse: 1, reopened: 0, completed: 1, better: 1 });
    expect(c.unchanged).toBe(2);
    expect(c.tasks).toBe(5);
    // Reported after 10 June and by 30 June: 2 (25 June), 3 (28 June), 4 (26 June).
    expect(c.reported).toBe(3);
    // The rows are the as-of date's: their reasons say why now.
    expect(c.changes[0]!.row.status.reasons[0]).toMatchObject({ kind: 'milestone_overdue', dueDate: '2023-06-20' });
  });

  it('orders graver moves first: to 进度滞后 before to 存在风险, then by number', () => {
    const row = (number: number, status: 'lagging' | 'at_risk' | 'on_track') =>
      ({ task: overviewTask(number), status: { status, lastUpdate: null } }) as unknown as ReturnType<typeof at>[number];
    const c = compareStatuses(
      [row(1, 'on_track'), row(2, 'on_track'), row(3, 'at_risk')],
      [row(1, 'at_risk'), row(2, 'lagging'), row(3, 'lagging')],
      '2023-06-01',
    );
    expect(c.changes.map((x) => [x.row.task.number, x.to])).toEqual([
      [2, 'lagging'],
      [3, 'lagging'],
      [1, 'at_risk'],
    ]);
  });

  it('nothing moved: no changes, every task unchanged', () => {
    const c = compareStatuses(at('2023-06-30'), at('2023-06-30'), '2023-06-30');
    expect(c.changes).toEqual([]);
    expect(c.unchanged).toBe(5);
    expect(c.reported).toBe(0);
  });
});

describe('chooseSince', () => {
  it('one week before the as-of date when none is asked for, not before the year', () => {
    expect(chooseSince(undefined, '2023-06-30', 2023)).toEqual({ since: '2023-06-23', error: null });
    expect(chooseSince('', '2023-01-05', 2023)).toEqual({ since: '2023-01-01', error: null });
    expect(chooseSince(undefined, '2023-01-01', 2023)).toEqual({ since: null, error: null });
  });
  it('a day of the plan year before the as-of date; otherwise says why', () => {
    expect(chooseSince('2023-05-31', '2023-06-30', 2023)).toEqual({ since: '2023-05-31', error: null });
    expect(chooseSince('2023-01-01', '2023-06-30', 2023)).toEqual({ since: '2023-01-01', error: null });
    expect(chooseSince('2023-06-30', '2023-06-30', 2023)).toEqual({ since: null, error: 'not_before' });
    expect(chooseSince('2023-07-01', '2023-06-30', 2023)).toEqual({ since: null, error: 'not_before' });
    expect(chooseSince('2022-12-31', '2023-06-30', 2023)).toEqual({ since: null, error: 'before_year' });
    expect(chooseSince('2023-02-30', '2023-06-30', 2023)).toEqual({ since: null, error: 'invalid' });
    expect(chooseSince('6月1日', '2023-06-30', 2023)).toEqual({ since: null, error: 'invalid' });
  });
});

describe('sinceShortcuts', () => {
  it('one week back, the end of the month before, the year’s first day: each a day of the year before the as-of date, each once', () => {
    expect(sinceShortcuts('2023-06-30', 2023)).toEqual([
      { key: 'week', since: '2023-06-23' },
      { key: 'month', since: '2023-05-31' },
      { key: 'year', since: '2023-01-01' },
    ]);
    // Early in a month: the week reaches back past the month's end; both kept, in order.
    expect(sinceShortcuts('2023-03-03', 2023).map((x) => x.since)).toEqual(['2023-02-24', '2023-02-28', '2023-01-01']);
    // In January: the month before is last year's; a week back before 1 January is too.
    expect(sinceShortcuts('2023-01-05', 2023)).toEqual([{ key: 'year', since: '2023-01-01' }]);
    // 8 January: a week back is the year's first day — named once, as one week back.
    expect(sinceShortcuts('2023-01-08', 2023)).toEqual([{ key: 'week', since: '2023-01-01' }]);
    expect(sinceShortcuts('2023-01-01', 2023)).toEqual([]);
  });
});
