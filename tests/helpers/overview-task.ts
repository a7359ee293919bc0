// A task as the plan-wide figures take it (OverviewTask), for tests on small hand-made plans: a 2023
// task of project 1 due in December, reported on 2023-06-30, with nothing else unless the test says so;
// and four units to give tasks.
import type { OverviewTask } from '@/lib/domain/overview';

export const A = { id: 1, code: 'a', name: '甲局' };
export const B = { id: 2, code: 'b', name: '乙局' };
export const C = { id: 3, code: 'c', name: '丙局' };
export const D = { id: 4, code: 'd', name: '丁局' };

export const overviewTask = (number: number, over: Partial<OverviewTask> = {}): OverviewTask => ({
  number,
  projectNumber: 1,
  planYear: 2023,
  deadlineMonth: '2023-12',
  completedOn: null,
  items: [],
  indicators: [],
  milestones: [],
  problems: [],
  updateDates: ['2023-06-30'],
  content: `任务内容${number}`,
  units: [],
  ...over,
});
