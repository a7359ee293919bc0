import { beforeEach, describe, expect, it } from 'vitest';
import { appendixRows, buildReport, latestNarratives, nextWork, outsidePublished, type ReportEvidence, type ReportModel, type ReportTask } from './report';
import { evaluate, type OverviewProject, type OverviewTask } from './overview';
import { DEFAULT_STATUS_SETTINGS } from './settings';
import type { IndicatorInput } from './types';
import { A, B, overviewTask } from '@/tests/helpers/overview-task';

const task = (n: number, extra: Partial<ReportTask> = {}): ReportTask => ({
  number: n,
  content: `任务${n}`,
  units: ['区民政局'],
  deadlineMonth: '2023-12',
  status: 'on_track',
  reasons: [],
  actualPct: null,
  expectedPct: null,
  progress: null,
  progressAsOf: null,
  nextSteps: null,
  nextMilestones: [],
  figures: [],
  ...extra,
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
    // On one date the later entry wins, whichever order the dates come in.
    const sameDay = [
      { taskNumber: 3, asOf: '2023-06-30', narrative: '先', nextSteps: null },
      { taskNumber: 3, asOf: '2023-06-30', narrative: '后', nextSteps: null },
      { taskNumber: 3, asOf: '2023-05-31', narrative: '更早', nextSteps: null },
    ];
    expect(latestNarratives(sameDay, '2023-12-31').get(3)?.narrative).toBe('后');
  });
});

describe('nextWork (四、下一步工作)', () => {
  const ms = (text: string) => ({ label: '8月', dueDate: '2023-08-31', text });
  it('the plan steps ahead, each once and without trailing punctuation or spaces', () => {
    expect(nextWork({ nextMilestones: [ms(' 8月：完成验收。 '), ms('12月：付款；；'), ms('9月，招标, ')], nextSteps: '继续推进' }, '/')).toEqual({
      steps: ['8月：完成验收', '12月：付款', '9月，招标'],
    });
    expect(nextWork({ nextMilestones: [ms('10月：竣工。移交')], nextSteps: null }, '/')).toEqual({ steps: ['10月：竣工。移交'] });
  });
  it('else the unit’s stated plan, as written; nothing when it stated none or only the no-plan mark', () => {
    expect(nextWork({ nextMilestones: [], nextSteps: '下半年继续推进。' }, '/')).toEqual({ text: '下半年继续推进。' });
    expect(nextWork({ nextMilestones: [], nextSteps: ' / ' }, '/')).toBeNull();
    expect(nextWork({ nextMilestones: [], nextSteps: '' }, '/')).toBeNull();
    expect(nextWork({ nextMilestones: [], nextSteps: null }, '/')).toBeNull();
  });
});

describe('appendixRows', () => {
  const model: Pick<ReportModel, 'projects' | 'asOf'> = {
    asOf: '2023-06-30',
    projects: [
      { number: 1, numeral: '一', title: 'A', category: 'ENGINEERING', tasks: [task(1, { progress: '进展', nextSteps: '计划' }), task(2)] },
      {
        number: 2,
        numeral: '二',
        title: 'B',
        category: 'SERVICE',
        tasks: [
          task(3, {
            nextMilestones: [
              { label: '8月', dueDate: '2023-08-31', text: '8月：完成验收' },
              { label: '12月', dueDate: '2023-12-31', text: '12月：付款' },
            ],
          }),
        ],
      },
    ],
  };
  it('merges the project cell over its tasks: the span on the first row, 0 below', () => {
    expect(appendixRows(model).map((r) => r.project)).toEqual([
      { numeral: '一', title: 'A' },
      { numeral: '一', title: 'A' },
      { numeral: '二', title: 'B' },
    ]);
    expect(appendixRows(model).map((r) => [r.taskNumber, r.projectSpan])).toEqual([
      [1, 2],
      [2, 0],
      [3, 1],
    ]);
  });
  it('plan cell: the stated next steps, else the plan steps ahead, else null ("/"); no narrative stays null (未提及)', () => {
    const rows = appendixRows(model);
    expect(rows.map((r) => r.plan)).toEqual(['计划', null, '8月：完成验收\n12月：付款']);
    expect(rows.map((r) => r.progress)).toEqual(['进展', null, null]);
  });
  it('cells written before the period date carry that date (a 全年 report whose latest update is of 30 June); the plan steps ahead carry none', () => {
    const june = task(1, { progress: '进展', progressAsOf: '2023-06-30', nextSteps: '8月：招标' });
    const fy = {
      asOf: '2023-12-31',
      projects: [{ ...model.projects[0]!, tasks: [june, task(2, { progress: '12月进展', progressAsOf: '2023-12-31' })] }, model.projects[1]!],
    };
    expect(appendixRows(fy).map((r) => [r.progressAsOf, r.planAsOf])).toEqual([
      ['2023-06-30', '2023-06-30'],
      [null, null], // written on the period date itself: nothing to say
      [null, null], // no narrative; its plan cell is the plan's own steps
    ]);
    expect(appendixRows({ ...fy, asOf: '2023-06-30' }).map((r) => [r.progressAsOf, r.planAsOf])[0]).toEqual([null, null]);
    // A narrative without next steps: the plan cell is the plan's steps ahead, undated.
    const noSteps = {
      asOf: '2023-12-31',
      projects: [
        {
          ...model.projects[0]!,
          tasks: [task(1, { progress: '进展', progressAsOf: '2023-06-30', nextMilestones: [{ label: '12月', dueDate: '2023-12-31', text: '12月：付款' }] })],
        },
      ],
    };
    expect(appendixRows(noSteps).map((r) => [r.progressAsOf, r.planAsOf])).toEqual([['2023-06-30', null]]);
  });
});

describe('buildReport', () => {
  const ind = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
    key: 'k',
    name: '指标',
    unitOfMeasure: '场',
    isPercent: false,
    direction: 'AT_LEAST',
    target: 20,
    accrual: 'EVEN',
    values: [],
    ...over,
  });
  const t = (number: number, over: Partial<OverviewTask> = {}): OverviewTask => overviewTask(number, { content: `内容${number}`, units: [A], ...over });
  const projects: OverviewProject[] = [
    { number: 1, numeral: '一', title: '道路', category: 'ENGINEERING' },
    { number: 2, numeral: '二', title: '养老', category: 'SERVICE' },
    { number: 3, numeral: '三', title: '空项目', category: 'SERVICE' },
  ];
  const asOf = '2023-06-30';
  const tasks = [
    t(1, { completedOn: '2023-05-31', units: [A, B] }),
    t(2, {
      indicators: [
        ind({ name: '招聘会', values: [{ value: 5, asOf: '2023-06-30', approx: true }] }),
        ind({ name: '岗位', target: null, values: [] }),
        ind({ name: '培训', unitOfMeasure: '人次', mismatch: true, values: [{ value: 30, asOf: '2023-05-31' }] }),
      ],
      problems: [
        { kind: 'PRELIMINARY', text: '手续未完成', blocking: true, itemNames: [], raisedOn: '2023-05-01', resolvedOn: null },
        { kind: 'OTHER', text: '已解决的问题', blocking: false, itemNames: [], raisedOn: '2023-04-01', resolvedOn: '2023-06-01' },
        { kind: 'PUBLICITY', text: '宣传不足', blocking: false, itemNames: [], raisedOn: '2023-06-01', resolvedOn: null },
      ],
      milestones: [
        { key: 'b', periodLabel: '12月', dueDate: '2023-12-31', text: '12月：完成', indicatorKey: null, cumulativeTarget: null, reachedOn: null },
        { key: 'a', periodLabel: '8月', dueDate: '2023-08-31', text: '8月：招标', indicatorKey: null, cumulativeTarget: null, reachedOn: null },
        { key: 'c', periodLabel: '7月', dueDate: '2023-07-31', text: '7月：提前完成', indicatorKey: null, cumulativeTarget: null, reachedOn: '2023-06-20' },
        { key: 'd', periodLabel: '6月', dueDate: '2023-06-30', text: '6月：立项', indicatorKey: null, cumulativeTarget: null, reachedOn: null },
      ],
    }),
    t(3, {
      projectNumber: 2,
      units: [B],
      milestones: [{ key: 'm', periodLabel: '7月', dueDate: '2023-07-05', text: '7月：验收', indicatorKey: null, cumulativeTarget: null, reachedOn: null }],
      updateDates: ['2023-05-01'],
    }),
    t(4, { projectNumber: 2, units: [B] }),
  ];
  const narratives = [
    { taskNumber: 2, asOf: '2023-06-30', narrative: '上半年进展', nextSteps: '  ' },
    { taskNumber: 4, asOf: '2023-06-30', narrative: '   ', nextSteps: '下半年继续' },
    { taskNumber: 1, asOf: '2023-07-15', narrative: '之后的报送', nextSteps: null },
  ];
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let model: ReturnType<typeof buildReport>;
  beforeEach(() => {
    model = buildReport({ year: 2023, planTitle: '计划', kind: 'H1', asOf, projects, rows: evaluate(tasks, asOf, DEFAULT_STATUS_SETTINGS), narratives });
  });

  it('counts projects by category and tasks by status, with their numbers; leaves empty projects out', () => {
    expect(model).toMatchObject({ year: 2023, planTitle: '计划', kind: 'H1', asOf });
    expect(model.overall).toMatchObject({ projects: 2, engineering: 1, service: 1, tasks: 4, counts: { completed: 1, lagging: 1, at_risk: 1, on_track: 1 } });
    expect(model.overall.byStatus).toEqual({ completed: [1], lagging: [2], at_risk: [3], on_track: [4] });
    expect(model.overall.progress).toMatchObject({ covered: 1, total: 4 });
    expect(model.projects.map((p) => [p.number, p.tasks.map((x) => x.number)])).toEqual([
      [1, [1, 2]],
      [2, [3, 4]],
    ]);
  });
  it('per task: the units, the latest narrative on or before the date (blank = none), the steps ahead not reached, earliest first', () => {
    const [t1, t2] = model.projects[0]!.tasks;
    const t4 = model.projects[1]!.tasks[1]!;
    expect(t1).toMatchObject({ units: ['甲局', '乙局'], status: 'completed', progress: null, progressAsOf: null, nextSteps: null, nextMilestones: [] });
    expect(t2).toMatchObject({ progress: '上半年进展', progressAsOf: '2023-06-30', nextSteps: null, deadlineMonth: '2023-12', content: '内容2' });
    expect(t2!.nextMilestones).toEqual([
      { label: '8月', dueDate: '2023-08-31', text: '8月：招标' },
      { label: '12月', dueDate: '2023-12-31', text: '12月：完成' },
    ]);
    expect(t4).toMatchObject({ progress: null, progressAsOf: '2023-06-30', nextSteps: '下半年继续' });
  });
  it('figures: target, actual with its date, approximate and 口径不一 flags; % of target only when comparable', () => {
    const f = model.projects[0]!.tasks[1]!.figures;
    expect(f[0]).toEqual({
      name: '招聘会',
      unitOfMeasure: '场',
      isPercent: false,
      target: 20,
      actual: 5,
      actualAsOf: '2023-06-30',
      approx: true,
      mismatch: false,
      pctOfTarget: 25,
    });
    expect(f[1]).toMatchObject({ name: '岗位', target: null, actual: null, actualAsOf: null, approx: false, pctOfTarget: null });
    expect(f[2]).toMatchObject({ actual: 30, mismatch: true, pctOfTarget: null });
  });
  it('佐证材料: the files of the report’s tasks from updates on or before its date; by task, date, then upload order', () => {
    const file = (taskNumber: number, updateAsOf: string, caption: string): ReportEvidence => ({
      taskNumber,
      updateAsOf,
      caption,
      fileName: `${caption}.pdf`,
      kind: 'pdf',
      mime: 'application/pdf',
      size: 10,
      sha256: caption,
      screenSha256: null,
      thumbSha256: null,
      public: false,
    });
    const evidence = [
      file(4, '2023-06-30', '乙'),
      file(2, '2023-06-30', '甲2'),
      file(2, '2023-05-31', '甲1'),
      file(4, '2023-06-30', '丙'),
      file(2, '2023-07-01', '之后'),
      file(9, '2023-06-01', '不在报告里'),
    ];
    const withFiles = buildReport({
      year: 2023,
      planTitle: '计划',
      kind: 'H1',
      asOf,
      projects,
      rows: evaluate(tasks, asOf, DEFAULT_STATUS_SETTINGS),
      narratives,
      evidence,
    });
    expect(withFiles.evidence!.map((e) => e.caption)).toEqual(['甲1', '甲2', '乙', '丙']);
    expect(model.evidence).toEqual([]);
  });
  it('三、存在问题: one problem written alike on several tasks once, with all its tasks, blocking when any is; attention only for other reasons', () => {
    const problem = (text: string, blocking: boolean, kind: 'PRELIMINARY' | 'OTHER' = 'PRELIMINARY') => ({
      kind,
      text,
      blocking,
      itemNames: [],
      raisedOn: '2023-05-01',
      resolvedOn: null,
    });
    const shared = [
      t(1, { problems: [problem('征拆未完成', false), problem('资金未到位', false)] }),
      t(2, { problems: [problem('征拆未完成', true), problem('征拆未完成', true, 'OTHER'), problem('征拆未完成', false)] }),
      t(3, { problems: [problem('资金未到位', false)], deadlineMonth: '2023-03', updateDates: ['2023-02-01'] }),
    ];
    const m = buildReport({ year: 2023, planTitle: '计划', kind: 'H1', asOf, projects, rows: evaluate(shared, asOf, DEFAULT_STATUS_SETTINGS), narratives: [] });
    expect(m.problemGroups).toEqual([
      { kind: 'PRELIMINARY', text: '征拆未完成', blocking: true, taskNumbers: [1, 2] },
      { kind: 'PRELIMINARY', text: '资金未到位', blocking: false, taskNumbers: [1, 3] },
      { kind: 'OTHER', text: '征拆未完成', blocking: true, taskNumbers: [2] },
    ]);
    // Task 2 lags for its blocking problem only (already stated); task 3 for its passed deadline too.
    expect(m.attention.map((a) => [a.taskNumber, a.status])).toEqual([
      [2, 'lagging'],
      [3, 'lagging'],
    ]);
    expect(m.attentionOther.map((a) => [a.taskNumber, a.reasons.map((r) => r.kind)])).toEqual([[3, ['deadline_passed']]]);
  });
  it('counts engineering and service projects apart', () => {
    const three: OverviewProject[] = [
      ...projects,
      { number: 4, numeral: '四', title: '医疗', category: 'SERVICE' },
      { number: 5, numeral: '五', title: '无任务', category: 'ENGINEERING' },
    ];
    const rows = evaluate([t(1), t(2, { projectNumber: 2 }), t(3, { projectNumber: 4 })], asOf, DEFAULT_STATUS_SETTINGS);
    expect(buildReport({ year: 2023, planTitle: '计划', kind: 'H1', asOf, projects: three, rows, narratives: [] }).overall).toMatchObject({
      projects: 3,
      engineering: 1,
      service: 2,
    });
  });
  it('lists problems open at the date and the tasks needing attention, lagging first, with reasons', () => {
    expect(model.problems).toEqual([
      { taskNumber: 2, kind: 'PRELIMINARY', text: '手续未完成', blocking: true },
      { taskNumber: 2, kind: 'PUBLICITY', text: '宣传不足', blocking: false },
    ]);
    expect(model.attention.map((a) => [a.taskNumber, a.status, a.reasons[0]!.kind])).toEqual([
      [2, 'lagging', 'blocking_problem'],
      [3, 'at_risk', 'milestone_due_soon'],
    ]);
  });
});

describe('outsidePublished', () => {
  const published = { asOf: '2023-12-31', publishedAt: '2024-01-10T02:00:00.000Z' };
  it('an update approved after publication stands outside the report, whatever its date', () => {
    expect(outsidePublished({ asOf: '2023-09-30', status: 'APPROVED', reviewedAt: '2024-01-10T02:00:01.000Z' }, published)).toBe('approved_after');
    expect(outsidePublished({ asOf: '2024-02-01', status: 'APPROVED', reviewedAt: '2024-02-02T00:00:00.000Z' }, published)).toBe('approved_after');
  });
  it('one approved before but dated after the report’s 统计截至 is dated after it', () => {
    expect(outsidePublished({ asOf: '2024-01-05', status: 'APPROVED', reviewedAt: '2024-01-06T00:00:00.000Z' }, published)).toBe('dated_after');
  });
  it('one approved by then and dated by its 统计截至 is in it; a seeded one (no review time) too', () => {
    expect(outsidePublished({ asOf: '2023-12-31', status: 'APPROVED', reviewedAt: '2024-01-10T02:00:00.000Z' }, published)).toBeNull();
    expect(outsidePublished({ asOf: '2023-06-30', status: 'APPROVED', reviewedAt: null }, published)).toBeNull();
  });
  it('an update not approved is not marked: its status says it', () => {
    expect(outsidePublished({ asOf: '2023-09-30', status: 'PENDING', reviewedAt: null }, published)).toBeNull();
    expect(outsidePublished({ asOf: '2023-09-30', status: 'RETURNED', reviewedAt: '2024-01-11T00:00:00.000Z' }, published)).toBeNull();
  });
});
