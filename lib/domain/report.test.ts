import { describe, expect, it } from 'vitest';
import { appendixRows, latestNarratives, type ReportModel, type ReportTask } from './report';

const task = (n: number, extra: Partial<ReportTask> = {}): ReportTask => ({
  number: n, content: `任务${n}`, units: ['区民政局'], deadlineMonth: '2023-12', status: 'on_track', reasons: [], actualPct: null, expectedPct: null,
  progress: null, progressAsOf: null, nextSteps: null, nextMilestones: [], figures: [], ...extra,
});

describe('latestNarratives', () => {
  const ns = [
    { taskNumber: 1, asOf: '2023-06-30', narrative: 'H1', nextSteps: 'H2' },
    { taskNumber: 1, asOf: '2023-09-30', narrative: 'Q3', nextSteps: null },
    { taskNumber: 1, asOf: '2023-09-30', narrative: 'Q3 更正', nextSteps: null },
    { taskNumber: 2, asOf: '2023-07-01', narrative: '7月', nextSteps: null },
  ];
  it('takes the latest on or before the date; on one date the later entry wins', () => {
    expect(latestNarratives(ns, '2023-06-30').get(1)?.narrative).toBe('H1');
    expect(latestNarratives(ns, '2023-06-30').has(2)).toBe(false);
    expect(latestNarratives(ns, '2023-12-31').get(1)?.narrative).toBe('Q3 更正');
    expect(latestNarratives(ns, '2023-06-29').size).toBe(0);
  });
});

describe('appendixRows', () => {
  const model: Pick<ReportModel, 'projects'> = {
    projects: [
      { number: 1, numeral: '一', title: 'A', category: 'ENGINEERING', tasks: [task(1, { progress: '进展', nextSteps: '计划' }), task(2)] },
      { number: 2, numeral: '二', title: 'B', category: 'SERVICE', tasks: [task(3, { nextMilestones: [{ label: '8月', dueDate: '2023-08-31', text: '8月：完成验收' }, { label: '12月', dueDate: '2023-12-31', text: '12月：付款' }] })] },
    ],
  };
  it('merges the project cell over its tasks: the span on the first row, 0 below', () => {
    expect(appendixRows(model).map((r) => [r.taskNumber, r.projectSpan])).toEqual([[1, 2], [2, 0], [3, 1]]);
  });
  it('plan cell: the stated next steps, else the plan steps ahead, else null ("/"); no narrative stays null (未提及)', () => {
    const rows = appendixRows(model);
    expect(rows.map((r) => r.plan)).toEqual(['计划', null, '8月：完成验收\n12月：付款']);
    expect(rows.map((r) => r.progress)).toEqual(['进展', null, null]);
  });
});
