// Plan-wide figures (overview, leadership, war map) on a small hand-made plan whose every figure
// is worked out here by hand.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  alerts,
  alertsShown,
  anyFilter,
  evaluate,
  matches,
  overviewPage,
  projectSummaries,
  unitSummaries,
  type OverviewProject,
  type OverviewTask,
} from './overview';
import { headline, laggingMostOverdueFirst, progressOverTime } from './leadership';
import { ledBy, officialName, officialSummaries, officialsWithoutAccount } from './officials';
import { milestonesDueSoon } from './milestones';
import { deadlineMonthIn, milestoneMarks, periodStartMonth, yearFraction } from './timeline';
import { DEFAULT_STATUS_SETTINGS as S } from './settings';
import type { IndicatorInput, MilestoneInput } from './types';
import { A, B, C, overviewTask } from '@/tests/helpers/overview-task';

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
  periodLabel: '7月',
  dueDate: '2023-07-10',
  text: '7月：完成',
  indicatorKey: null,
  cumulativeTarget: null,
  reachedOn: null,
  ...over,
});
const task = (number: number, over: Partial<OverviewTask> = {}): OverviewTask => overviewTask(number, { units: [A], ...over });
const asOf = '2023-06-30';
const projects: OverviewProject[] = [
  { number: 1, numeral: '一', title: '道路整治', category: 'ENGINEERING' },
  { number: 2, numeral: '二', title: '关爱老人', category: 'SERVICE' },
  { number: 3, numeral: '三', title: '尚无任务', category: 'SERVICE' },
];
// 1 completed; 2 lagging (blocking problem); 3 at risk (a step due in 10 days, no report for 40);
// 4 on track with a figure at 60 of 100 against 49.6 expected; 5 lagging (deadline passed, March).
const tasks = [
  task(1, { completedOn: '2023-04-30', units: [A], indicators: [ind({ values: [{ value: 100, asOf: '2023-04-30' }] })] }),
  task(2, {
    units: [A, B],
    problems: [{ kind: 'PRELIMINARY', text: '前期手续未完成', blocking: true, itemNames: [], raisedOn: '2023-05-01', resolvedOn: null }],
  }),
  task(3, { projectNumber: 2, units: [B], milestones: [ms()], updateDates: ['2023-05-21'] }),
  task(4, {
    projectNumber: 2,
    units: [C],
    indicators: [
      ind({
        values: [
          { value: 60, asOf: '2023-06-30' },
          { value: 20, asOf: '2023-03-31' },
        ],
      }),
    ],
    updateDates: ['2023-03-31', '2023-06-30'],
  }),
  task(5, { projectNumber: 2, units: [C], deadlineMonth: '2023-03', updateDates: [] }),
];
// Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
let rows: ReturnType<typeof evaluate>;
beforeEach(() => {
  rows = evaluate(tasks, asOf, S);
});
const statusOf = (n: number) => rows.find((r) => r.task.number === n)!.status;

describe('evaluate', () => {
  it('gives every task its status at the date', () => {
    expect(rows.map((r) => [r.task.number, r.status.status])).toEqual([
      [1, 'completed'],
      [2, 'lagging'],
      [3, 'at_risk'],
      [4, 'on_track'],
      [5, 'lagging'],
    ]);
    expect(statusOf(3).reasons[0]).toMatchObject({ kind: 'milestone_due_soon', daysLeft: 10, daysSinceUpdate: 40 });
    expect(statusOf(5).reasons[0]).toMatchObject({ kind: 'deadline_passed', deadline: '2023-03-31', daysOver: 91 });
  });
});

describe('filters', () => {
  const p = (n: number) => projects.find((x) => x.number === n);
  const row = (n: number) => rows.find((r) => r.task.number === n)!;
  it('by status, unit code, category; all of them at once', () => {
    expect(rows.filter((r) => matches(r, p(r.task.projectNumber), { status: 'lagging' })).map((r) => r.task.number)).toEqual([2, 5]);
    expect(rows.filter((r) => matches(r, p(r.task.projectNumber), { unit: 'b' })).map((r) => r.task.number)).toEqual([2, 3]);
    expect(rows.filter((r) => matches(r, p(r.task.projectNumber), { category: 'SERVICE' })).map((r) => r.task.number)).toEqual([3, 4, 5]);
    expect(rows.filter((r) => matches(r, p(r.task.projectNumber), { category: 'SERVICE', unit: 'c', status: 'lagging' })).map((r) => r.task.number)).toEqual([
      5,
    ]);
    expect(rows.filter((r) => matches(r, p(r.task.projectNumber), {})).length).toBe(5);
    expect(matches(row(1), undefined, { category: 'ENGINEERING' })).toBe(false);
  });
  it('a list is filtered when any filter is set (an empty one, as a form sends it, is not)', () => {
    expect(anyFilter({})).toBe(false);
    expect(anyFilter({ unit: undefined, category: undefined })).toBe(false);
    expect(anyFilter({ q: '' })).toBe(false);
    expect(anyFilter({ q: '电梯' })).toBe(true);
    expect(anyFilter({ unit: 'b', status: undefined })).toBe(true);
  });
  it('text search over content, project title, unit names, 牵头区领导 and 任务N, case- and space-insensitive', () => {
    const q = (s: string) => rows.filter((r) => matches(r, p(r.task.projectNumber), { q: s })).map((r) => r.task.number);
    expect(q('任务内容3')).toEqual([3]);
    expect(q('道路')).toEqual([1, 2]);
    expect(q('乙局')).toEqual([2, 3]);
    expect(q(' 任务4 ')).toEqual([4]);
    expect(q('   ')).toEqual([1, 2, 3, 4, 5]);
    expect(q('无此内容')).toEqual([]);
    expect(matches({ ...row(1), task: { ...row(1).task, content: 'ABC' } }, p(1), { q: 'abc' })).toBe(true);
    expect(matches(row(1), undefined, { q: '任务1' })).toBe(true);
    // A leader finds the tasks the plan names them on (张三 on task 1 only).
    const led = { ...row(1), task: { ...row(1).task, leadOfficial: '张三、李四' } };
    expect([matches(led, p(1), { q: '张三' }), matches(row(2), p(1), { q: '张三' })]).toEqual([true, false]);
  });
});

describe('alerts', () => {
  it('lagging first, then at risk; by task number within each; nothing else', () => {
    expect(alerts(rows).map((r) => r.task.number)).toEqual([2, 5, 3]);
    expect(alerts([...rows].reverse()).map((r) => r.task.number)).toEqual([2, 5, 3]);
    expect(alerts(rows.filter((r) => r.status.status === 'on_track'))).toEqual([]);
  });
});

describe('projects', () => {
  it('the worst status of its tasks, the counts, the mean figure over the tasks that have one', () => {
    const s = projectSummaries(projects, rows);
    expect(s.map((x) => [x.project.number, x.status, x.rows.length])).toEqual([
      [1, 'lagging', 2],
      [2, 'lagging', 3],
      [3, null, 0],
    ]);
    expect(s[0]!.counts).toEqual({ lagging: 1, at_risk: 0, on_track: 0, completed: 1 });
    expect(s[1]!.counts).toEqual({ lagging: 1, at_risk: 1, on_track: 1, completed: 0 });
    expect(s[0]).toMatchObject({ actualPct: 100, covered: 1, total: 2 });
    expect(s[1]).toMatchObject({ actualPct: 60, covered: 1, total: 3 });
    expect(s[2]).toMatchObject({ actualPct: null, covered: 0, total: 0 });
  });
});

describe('the project list, paged for a large year', () => {
  // Project 1 has tasks 1–2, project 2 tasks 3–5 (task() above), project 3 none.
  const summaries = () => projectSummaries(projects, rows).filter((p) => p.rows.length > 0);
  const numbers = (page: ReturnType<typeof overviewPage>) => page.projects.map((p) => [p.project.number, p.rows.map((r) => r.task.number)]);
  it('one page when everything fits (the seed’s 19 tasks against 60)', () => {
    const one = overviewPage(summaries(), 1);
    expect(numbers(one)).toEqual([
      [1, [1, 2]],
      [2, [3, 4, 5]],
    ]);
    expect(one).toMatchObject({ page: 1, pages: 1, total: 5 });
  });
  it('whole projects per page; a project larger than a page is cut between tasks and keeps all its figures in its header', () => {
    expect(numbers(overviewPage(summaries(), 1, 3))).toEqual([[1, [1, 2]]]);
    expect(numbers(overviewPage(summaries(), 2, 3))).toEqual([[2, [3, 4, 5]]]);
    const cut = [overviewPage(summaries(), 2, 2), overviewPage(summaries(), 3, 2)];
    expect(cut.map(numbers)).toEqual([[[2, [3, 4]]], [[2, [5]]]]);
    for (const page of cut) expect(page.projects[0]).toMatchObject({ counts: { at_risk: 1, on_track: 1, lagging: 1 }, status: 'lagging' });
  });
  it('a page out of range is the nearest one', () => {
    expect(overviewPage(summaries(), 9, 3).page).toBe(2);
    expect(overviewPage(summaries(), Number('x'), 3).page).toBe(1);
  });
});

describe('alerts shown', () => {
  const many = Array.from({ length: 25 }, (_, i) => i + 1);
  it('the 20 most urgent with how many there are, or all when asked', () => {
    expect(alertsShown(many, false)).toEqual({ shown: many.slice(0, 20), total: 25 });
    expect(alertsShown(many, true)).toEqual({ shown: many, total: 25 });
    expect(alertsShown(many.slice(0, 3), false)).toEqual({ shown: [1, 2, 3], total: 3 });
  });
  it("leadership's lagging tasks: the most days overdue first, then those lagging for another reason, each by number", () => {
    const more = evaluate(
      [
        task(6, { deadlineMonth: '2023-05' }), // its deadline 30 days past
        task(7, { problems: [{ kind: 'OTHER', text: '征地受阻', blocking: true, itemNames: [], raisedOn: '2023-05-01', resolvedOn: null }] }),
      ],
      asOf,
      S,
    );
    expect(laggingMostOverdueFirst([...more, ...rows]).map((r) => r.task.number)).toEqual([5, 6, 2, 7]);
  });
});

describe('我牵头的任务', () => {
  it('a name as plans and accounts write it: a title in brackets, 同志 and spaces aside', () => {
    expect(officialName('张三（副区长）')).toBe('张三');
    expect(officialName('张 三 (常务副区长)')).toBe('张三');
    expect(officialName('张三同志')).toBe('张三');
    expect(officialName('区领导')).toBe('区领导');
    expect(officialName('（副区长）')).toBe('');
    // A title written outside brackets, before or after the name, as 责任分工表 and accounts write it.
    expect(officialName('张三副区长')).toBe('张三');
    expect(officialName('常务副区长 张三')).toBe('张三');
    expect(officialName('区委常委，常务副区长张三')).toBe('张三');
    expect(officialName('区人大常委会副主任李四同志')).toBe('李四');
    expect(officialName('王五区长')).toBe('王五');
    expect(officialName('区委副书记')).toBe('');
    // Not a title: a name that merely starts or ends like one.
    expect(officialName('常务华')).toBe('常务华');
    expect(officialName('区领导')).toBe('区领导');
  });
  it('a plan cell naming a leader with titles before the name (区委常委、常务副区长 张三): the titles before its 、 are no name', () => {
    const rows = evaluate([task(1, { leadOfficial: '区委常委、常务副区长 张三' }), task(2, { leadOfficial: '张三副区长、李四' })], asOf, S);
    expect(ledBy(rows, '张三').map((r) => r.task.number)).toEqual([1, 2]);
    // A title in brackets holding 、 is one name's (the cell is not split inside brackets).
    expect(ledBy(evaluate([task(3, { leadOfficial: '张三（区委常委、常务副区长）、李四' })], asOf, S), '张三').map((r) => r.task.number)).toEqual([3]);
    expect(officialSummaries(rows).map((o) => [o.name, o.tasks])).toEqual([
      ['张三', 2],
      ['李四', 1],
    ]);
  });
  it("the tasks whose 牵头区领导 names the leader, graver first then by number; another's name, a name inside a longer one, a blank account name: none", () => {
    const led = evaluate(
      [
        task(1, { completedOn: '2023-04-30', leadOfficial: '张三' }),
        task(2, { deadlineMonth: '2023-05', leadOfficial: '李四、张三（副区长）' }), // lagging
        task(3, { leadOfficial: '张三丰' }),
        task(4, { leadOfficial: '王五' }),
        task(5, { leadOfficial: '张三' }),
        task(6),
      ],
      asOf,
      S,
    );
    expect(led.map((r) => r.status.status)).toEqual(['completed', 'lagging', 'on_track', 'on_track', 'on_track', 'on_track']);
    expect(ledBy(led, '张三').map((r) => r.task.number)).toEqual([2, 5, 1]);
    expect(ledBy(led, '张三（副区长）').map((r) => r.task.number)).toEqual([2, 5, 1]);
    expect(ledBy(led, '李四').map((r) => r.task.number)).toEqual([2]);
    expect(ledBy(led, '张').map((r) => r.task.number)).toEqual([]);
    expect(ledBy(led, '').map((r) => r.task.number)).toEqual([]);
    expect(ledBy(led, '（副区长）').map((r) => r.task.number)).toEqual([]);
    // The overview's filter reads names the same way.
    const byOfficial = (official: string) => led.filter((r) => matches(r, undefined, { official })).map((r) => r.task.number);
    expect(byOfficial('张三')).toEqual([1, 2, 5]);
    expect(byOfficial('张三丰')).toEqual([3]);
    // 区领导牵头任务: each name once with its tasks by status (task 2 counts for both its leaders), the most lagging first,
    // then the most at risk, the most tasks, by name.
    expect(officialSummaries(led).map((o) => [o.name, o.tasks, o.counts.lagging, o.counts.on_track, o.counts.completed])).toEqual([
      ['张三', 3, 1, 1, 1],
      ['李四', 1, 1, 0, 0],
      ['王五', 1, 0, 1, 0],
      ['张三丰', 1, 0, 1, 0],
    ]);
    expect(officialSummaries(evaluate([task(1), task(2)], asOf, S))).toEqual([]);
  });
  it('the names a plan gives that no leader account is named after: each once, read as names are compared', () => {
    const cells = ['张三', '李四、张三（副区长）', '王五同志', '张三丰'];
    expect(officialsWithoutAccount(cells, ['张三', '区领导'])).toEqual(['李四', '王五', '张三丰']);
    expect(officialsWithoutAccount(cells, ['张三（副区长）', '李四', '王五', '张三丰'])).toEqual([]);
    expect(officialsWithoutAccount([], ['张三'])).toEqual([]);
  });
});

describe('units', () => {
  it('tasks by status, overdue steps, latest report, days since, on-time rate over open tasks', () => {
    const overdue = evaluate([task(6, { units: [B], milestones: [ms({ dueDate: '2023-06-01' }), ms({ key: 'm2', dueDate: '2023-06-15' })] })], asOf, S);
    const u = unitSummaries([A, B, C], [...rows, ...overdue], asOf);
    expect(u.map((x) => [x.unit.code, x.tasks, x.lagging, x.atRisk, x.openTasks])).toEqual([
      ['a', 2, 1, 0, 1],
      ['b', 3, 2, 1, 3],
      ['c', 2, 1, 0, 2],
    ]);
    expect(u[1]!.overdueMilestones).toBe(2);
    expect(u[0]!.overdueMilestones).toBe(0);
    expect(u[0]).toMatchObject({ lastUpdate: '2023-06-30', daysSinceReport: 0, onTimeRate: 1 });
    // 乙局: task 3 last reported 40 days ago (stale), tasks 2 and 6 on 06-30.
    expect(u[1]).toMatchObject({ lastUpdate: '2023-06-30', onTimeRate: 2 / 3 });
    // 丙局: task 5 never reported (stale), task 4 on 06-30.
    expect(u[2]).toMatchObject({ lastUpdate: '2023-06-30', onTimeRate: 0.5 });
    const none = unitSummaries([{ id: 9, code: 'z', name: '无任务' }], rows, asOf)[0]!;
    expect(none).toMatchObject({ tasks: 0, lastUpdate: null, daysSinceReport: null, openTasks: 0, onTimeRate: null });
    const done = unitSummaries(
      [A],
      rows.filter((r) => r.task.number === 1),
      '2023-07-10',
    )[0]!;
    expect(done).toMatchObject({ openTasks: 0, onTimeRate: null, lastUpdate: '2023-06-30', daysSinceReport: 10 });
  });
});

describe('leadership', () => {
  it('the headline: tasks, counts, overall figure', () => {
    expect(headline(rows)).toEqual({
      tasks: 5,
      counts: { lagging: 2, at_risk: 1, on_track: 1, completed: 1 },
      overall: { actualPct: 80, covered: 2, total: 5, paired: expect.objectContaining({ n: 1 }) },
    });
  });
  it('steps due soon: not reached, due from the date to the date + days, earliest first, with days left', () => {
    const t = [
      task(8, {
        milestones: [
          ms({ key: 'x', dueDate: '2023-07-20' }),
          ms({ key: 'y', dueDate: '2023-06-30' }),
          ms({ key: 'z', dueDate: '2023-07-31' }),
          ms({ key: 'r', dueDate: '2023-07-05', reachedOn: '2023-06-20' }),
        ],
      }),
      task(7, { milestones: [ms({ key: 'w', dueDate: '2023-07-20' }), ms({ key: 'v', dueDate: '2023-06-29' })] }),
    ];
    const due = milestonesDueSoon(evaluate(t, asOf, S), asOf, 20);
    expect(due.map((m) => [m.taskNumber, m.key, m.daysLeft])).toEqual([
      [8, 'y', 0],
      [7, 'w', 20],
      [8, 'x', 20],
    ]);
  });
  it('progress over time: a point per report date up to the date, the date itself, at most `max`', () => {
    const points = progressOverTime(tasks, asOf);
    expect(points.map((p) => p.date)).toEqual(['2023-03-31', '2023-05-21', '2023-06-30']);
    // 03-31: task 4 at 20 (the only figure); 06-30: tasks 1 (100) and 4 (60) → 80.
    expect(points[0]).toMatchObject({ actualPct: 20 });
    expect(points.at(-1)).toMatchObject({ actualPct: 80, pairedActualPct: 60, expectedPct: 49.6 });
    expect(progressOverTime(tasks, asOf, 2).map((p) => p.date)).toEqual(['2023-05-21', '2023-06-30']);
    expect(progressOverTime(tasks, '2023-04-01').map((p) => p.date)).toEqual(['2023-03-31', '2023-04-01']);
    expect(progressOverTime([], asOf)).toEqual([{ date: asOf, actualPct: null, pairedActualPct: null, expectedPct: null }]);
  });
});

describe('the war map (挂图作战)', () => {
  it('places a date in the year: 0 at 1 January, 1 at 31 December, mid-day, clamped', () => {
    expect(yearFraction(2023, '2023-01-01')).toBeCloseTo(0.5 / 365, 10);
    expect(yearFraction(2023, '2023-12-31')).toBeCloseTo(364.5 / 365, 10);
    expect(yearFraction(2024, '2024-12-31')).toBeCloseTo(365.5 / 366, 10);
    expect(yearFraction(2023, '2022-06-30')).toBe(0);
    expect(yearFraction(2023, '2024-01-05')).toBe(1);
  });
  it("reads a period's first month", () => {
    const start = (label: string) => periodStartMonth(label, 2023);
    expect(start('7-9月')).toBe(7);
    expect(start('10月前')).toBe(10);
    expect(start('12月')).toBe(12);
    expect(start('13月')).toBeNull();
    expect(start('0月')).toBeNull();
    expect(start('年底前')).toBeNull();
  });
  it('reads the first month of a quarter, a half, a month in words, and after a year', () => {
    // A plan by period names quarters (第一季度 … 第四季度) and halves: each drawn over its months.
    const start = (label: string) => periodStartMonth(label, 2025);
    expect(['第一季度', '二季度', '第3季度', '四季度末', '上半年', '下半年'].map(start)).toEqual([1, 4, 7, 10, 1, 7]);
    expect(['十至十二月', '九月底前', '７－９月'].map(start)).toEqual([10, 9, 7]);
    // Before: the year's first digits (20) were read, and gave nothing.
    expect(['2025年3月底前', '2025年第三季度', '次年3月'].map(start)).toEqual([3, 7, 3]);
  });
  it('reads a period label as the deadline rules read it: a date, words of intent, Q3, what follows', () => {
    const start = (label: string) => periodStartMonth(label, 2025);
    // Before, with the war map's own patterns: 2025-06-30 gave nothing (its 20 read as a month),
    // 计划于三季度 nothing (the words before the quarter), Q3 March.
    expect(['2025-06-30', '力争7月到9月', '6月30日前', '计划于三季度', 'Q3', '10—12月完成验收'].map(start)).toEqual([6, 7, 6, 7, 7, 10]);
    // A range of two times starts with its first (7月至年底 was July alone, 8月中旬至9月 August alone).
    expect(['7月至年底', '9月底至12月底', '8月中旬至9月', '三季度至四季度', '11月8-14日', '9月初'].map(start)).toEqual([7, 9, 8, 7, 11, 9]);
    // Year end and words that are no time: nothing to start from.
    expect(['年内', '全年', '2025年', '适时推进'].map(start)).toEqual([null, null, null, null]);
  });
  it('marks the steps of the year with their span and state at the date', () => {
    const marks = milestoneMarks(
      [
        ms({ key: 'a', periodLabel: '7-9月', dueDate: '2023-09-30' }),
        ms({ key: 'b', periodLabel: '5月', dueDate: '2023-05-31', reachedOn: '2023-05-20' }),
        ms({ key: 'c', periodLabel: '6月', dueDate: '2023-06-15' }),
        ms({ key: 'd', periodLabel: '下半年', dueDate: '2023-12-31' }),
        ms({ key: 'e', periodLabel: '12月', dueDate: '2023-08-31' }),
        ms({ key: 'f', periodLabel: '1月', dueDate: '2024-01-31' }),
      ],
      2023,
      asOf,
    );
    expect(marks.map((m) => [m.key, m.fromMonth, m.month, m.state])).toEqual([
      ['a', 7, 9, 'planned'],
      ['b', 5, 5, 'reached'],
      ['c', 6, 6, 'overdue'],
      // 下半年 (task 12's H2 lines): due at year end, drawn over the half, July to December.
      ['d', 7, 12, 'planned'],
      ['e', 8, 8, 'planned'],
    ]);
    expect(marks[0]).toMatchObject({ label: '7-9月', text: '7月：完成', dueDate: '2023-09-30' });
  });
  it('puts the deadline in its month of the year, or nowhere', () => {
    expect(deadlineMonthIn(2023, '2023-08')).toBe(8);
    expect(deadlineMonthIn(2023, '2023-12')).toBe(12);
    expect(deadlineMonthIn(2023, '2024-01')).toBeNull();
    expect(deadlineMonthIn(2023, '2022-12')).toBeNull();
  });
});
