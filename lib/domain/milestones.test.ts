import { describe, expect, it } from 'vitest';
import { dueWithin, milestonesDueSoon, milestoneState } from './milestones';
import { milestoneMarks } from './timeline';
import { evaluate, type OverviewTask } from './overview';
import { DEFAULT_STATUS_SETTINGS } from './settings';
import type { MilestoneInput } from './types';

const ms = (over: Partial<MilestoneInput>): MilestoneInput => ({
  key: 'm',
  periodLabel: '9月',
  dueDate: '2023-09-30',
  text: '9月：完成',
  indicatorKey: null,
  cumulativeTarget: null,
  reachedOn: null,
  ...over,
});

describe('one milestone state at an as-of date', () => {
  it('reached only when reached on or before the date; overdue the day after it was due', () => {
    const m = ms({ reachedOn: '2023-10-15' });
    expect(milestoneState(m, '2023-09-29')).toBe('open');
    expect(milestoneState(m, '2023-09-30')).toBe('due_soon'); // due today
    expect(milestoneState(m, '2023-10-01')).toBe('overdue');
    expect(milestoneState(m, '2023-10-15')).toBe('reached');
  });
  it('due soon within the window, inclusive at both ends', () => {
    expect(milestoneState(ms({}), '2023-09-16', 14)).toBe('due_soon');
    expect(milestoneState(ms({}), '2023-09-15', 14)).toBe('open');
    expect(milestoneState(ms({}), '2023-09-30', 14)).toBe('due_soon');
  });
  it('a past as-of date: a milestone reached later is still due then (我的任务, leadership and the war map agree)', () => {
    // Reached on 10-20, looked at from 09-15: it was open and due within 30 days.
    const later = ms({ reachedOn: '2023-10-20' });
    expect(dueWithin([later], '2023-09-15', 30).map((m) => m.key)).toEqual(['m']);
    const task: OverviewTask = {
      number: 11,
      projectNumber: 6,
      planYear: 2023,
      deadlineMonth: '2023-12',
      completedOn: null,
      items: [],
      indicators: [],
      milestones: [later],
      problems: [],
      updateDates: ['2023-09-01'],
      content: '电梯',
      units: [],
    };
    const rows = evaluate([task], '2023-09-15', DEFAULT_STATUS_SETTINGS);
    expect(milestonesDueSoon(rows, '2023-09-15', 30)).toHaveLength(1);
    expect(milestoneMarks([later], 2023, '2023-09-15')[0]!.state).toBe('planned');
    expect(milestoneMarks([later], 2023, '2023-10-05')[0]!.state).toBe('overdue');
  });
  it('the war map draws a month range from its first month to its due month', () => {
    const [range] = milestoneMarks([ms({ periodLabel: '7-9月' })], 2023, '2023-06-30');
    expect(range).toMatchObject({ fromMonth: 7, month: 9 });
    const [before] = milestoneMarks([ms({ periodLabel: '10月前', dueDate: '2023-09-30' })], 2023, '2023-06-30');
    expect(before).toMatchObject({ fromMonth: 9, month: 9 });
  });
});

describe('plan steps after the deadline', () => {
  it('are listed, so every such task shows the same warning', async () => {
    const { stepsAfterDeadline } = await import('./milestones');
    expect(stepsAfterDeadline([ms({ key: 'a', dueDate: '2023-08-31' }), ms({ key: 'b', dueDate: '2023-12-31' })], '2023-08-31').map((m) => m.key)).toEqual([
      'b',
    ]);
  });
});
