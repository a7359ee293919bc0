// The plan workbook this app exports (任务 / 指标 / 节点 / 子项), read back as a whole: every column of
// every sheet, the words both ways, blank rows, rows that name no task, unknown and collective unit
// names with where they are written, and each refusal with its sheet and row.
import { describe, expect, it } from 'vitest';
import { parsePlanWorkbook, WORKBOOK, type Grid } from './plan-import';

const KNOWN: Record<string, string> = { 区教育局: '区教育局', 区卫健局: '区卫生健康局', 区卫生健康局: '区卫生健康局' };
const unit = Object.assign((n: string) => KNOWN[n] ?? null, { suggest: (n: string) => (n.includes('卫') ? ['区卫生健康局'] : []) });
const sheet = (name: keyof typeof WORKBOOK, rows: Grid): Grid => [[...WORKBOOK[name].columns], ...rows];

describe('parsePlanWorkbook', () => {
  const sheets = {
    [WORKBOOK.tasks.name]: sheet('tasks', [
      [1, 1, '教育', '工程', '新建幼儿园', '区教育局、区城市更新局', '9月底前', '4月底前：选址', '分两批'],
      [null, '', '', '', '', '', '', '', ''],
      [2, 1, '教育', 'ENGINEERING', '改造运动场', '区卫健局\n区教育局\n区卫健局', '2025年3月底前', '', ''],
      [3, 2, '医疗', '服务类', '社区健康中心', '各街道、区城市更新局', '2023年12月', '', ''],
      [4, null, '', 'SERVICE', '体检', '区卫生健康局', '年底前', '', ''],
      [5, 4, '养老', '其他', '长者食堂', '', '2027年6月', '', ''],
      [6, 4, '养老', '服务', '丁'.repeat(1001), `${'局'.repeat(41)}、区教育局`, '年内', '计'.repeat(4000), '注'.repeat(501)],
      [6, 4, '养老', '服务', '重复的序号', '区教育局', '年内', '', ''],
    ]),
    [WORKBOOK.indicators.name]: sheet('indicators', [
      [1, 1, '学位', '个', '否', '≥', 540, '均衡'],
      [1, 'seats2', '班级', '个', '', '=', '18', 'MILESTONES'],
      [],
      [2, null, '完成率', '%', '是', 'EXACTLY', 100, '完成时'],
      [2, 2, '场地', '个', '', '不少于', 3, 'AT_COMPLETION'],
      [4, 1, '人次', '人次', '', '等于', null, '不按时间'],
      [9, 1, '孤儿指标', '个', '', '≥', 1, '均衡'],
      [4, 2, 'x'.repeat(101), '万', '', '>=', 1.5, 'NONE'],
      [4, 3, '名称', '万'.repeat(21), '', '>=', 2, 'NONE'],
      [4, 4, 'y'.repeat(100), '个'.repeat(20), '', '>=', 2, 'NONE'],
    ]),
    [WORKBOOK.milestones.name]: sheet('milestones', [
      [1, 1, '6月', '', '完成选址', '学位', 100, '班级=3；2=4'],
      [1, null, '9月', '2024-09-15', '开园', '1', 540, 'seats2 = 18; 不存在=1; 无等号'],
      [2, 'ms-x', '二季度', new Date(Date.UTC(2024, 5, 20)), '开工', 'i1', null, ''],
      [2, 2, '12月', '2024-02-30', '不存在的日子', '', null, ''],
      [2, 3, '不是期间', '', '读不出', '', null, ''],
      [2, 4, '12月', '', '目标不对', '', '约10', ''],
      [],
      [8, 1, '6月', '', '没有这个任务', '', null, ''],
    ]),
    [WORKBOOK.items.name]: sheet('items', [[1, 1, '幼儿园甲'], [1, 'yey-b', '幼儿园乙'], [1, null, '幼儿园丙'], [], [7, 1, '无主子项']]),
  };
  const d = () => parsePlanWorkbook(sheets, 2024, unit);

  it('tasks: numbers, projects by their number (the next free one when blank), categories both ways, units mapped once each, deadlines', () => {
    const got = d();
    expect(got.layout).toBe('workbook');
    expect(got.sheet).toBe('任务');
    expect(got.skipped).toEqual([]);
    expect(
      got.projects.map((p) => ({ number: p.number, numeral: p.numeral, title: p.title, category: p.category, tasks: p.tasks.map((t) => t.number) })),
    ).toEqual([
      { number: 1, numeral: '一', title: '教育', category: 'ENGINEERING', tasks: [1, 2] },
      { number: 2, numeral: '二', title: '医疗', category: 'SERVICE', tasks: [3] },
      { number: 3, numeral: '三', title: '', category: 'SERVICE', tasks: [4] }, // no project number: the next free one
      { number: 4, numeral: '四', title: '养老', category: null, tasks: [5, 6] },
    ]);
    const t = got.projects.flatMap((p) => p.tasks);
    expect(
      t.map(({ number, row, content, units, deadlineMonth, crossYear, planText, note }) => ({
        number,
        row,
        content,
        units,
        deadlineMonth,
        crossYear,
        planText,
        note,
      })),
    ).toEqual([
      {
        number: 1,
        row: 2,
        content: '新建幼儿园',
        units: ['区教育局', '区城市更新局'],
        deadlineMonth: '2024-09',
        crossYear: false,
        planText: '4月底前：选址',
        note: '分两批',
      },
      { number: 2, row: 4, content: '改造运动场', units: ['区卫生健康局', '区教育局'], deadlineMonth: '2025-03', crossYear: true, planText: '', note: '' },
      { number: 3, row: 5, content: '社区健康中心', units: ['各街道', '区城市更新局'], deadlineMonth: null, crossYear: false, planText: '', note: '' },
      { number: 4, row: 6, content: '体检', units: ['区卫生健康局'], deadlineMonth: '2024-12', crossYear: false, planText: '', note: '' },
      { number: 5, row: 7, content: '长者食堂', units: [], deadlineMonth: null, crossYear: false, planText: '', note: '' },
      {
        number: 6,
        row: 8,
        content: '丁'.repeat(1001),
        units: ['区教育局'],
        deadlineMonth: '2024-12',
        crossYear: false,
        planText: '计'.repeat(4000),
        note: '注'.repeat(501),
      },
    ]);
  });

  it('unknown names once each with the rows they are written on; a collective entry is not a new unit', () => {
    expect(d().unknownUnits).toEqual([
      { name: '区城市更新局', rows: [2, 5], collective: false, suggestions: [] },
      { name: '各街道', rows: [5], collective: true, suggestions: [] },
    ]);
    expect(d().newUnits).toEqual(['区城市更新局']);
  });

  it('each refusal names its sheet, row and what was written; 跨年度 is a note, not a refusal', () => {
    expect(d().issues).toEqual([
      { sheet: '任务', row: 4, kind: 'cross_year', value: '2025年3月底前', blocking: false },
      { sheet: '任务', row: 5, kind: 'deadline_year', value: '2023年12月', blocking: true },
      { sheet: '任务', row: 7, kind: 'bad_category', value: '其他', blocking: true },
      { sheet: '任务', row: 7, kind: 'no_units', value: undefined, blocking: true },
      { sheet: '任务', row: 7, kind: 'deadline_year', value: '2027年6月', blocking: true },
      { sheet: '任务', row: 8, kind: 'too_long', value: `${'局'.repeat(20)}…`, blocking: true }, // a unit name over 40
      { sheet: '任务', row: 8, kind: 'too_long', value: `${'丁'.repeat(20)}…`, blocking: true }, // content over 1000
      { sheet: '任务', row: 8, kind: 'too_long', value: `${'注'.repeat(20)}…`, blocking: true }, // note over 500 (the plan at 4000 is not)
      { sheet: '任务', row: 9, kind: 'duplicate_number', value: '6', blocking: true },
      { sheet: '指标', row: 8, kind: 'unknown_task', value: '9', blocking: true },
      { sheet: '指标', row: 9, kind: 'too_long', value: 'x'.repeat(20), blocking: true },
      { sheet: '指标', row: 10, kind: 'too_long', value: '名称', blocking: true },
      { sheet: '节点', row: 5, kind: 'bad_deadline', value: '2024-02-30', blocking: true },
      { sheet: '节点', row: 6, kind: 'bad_deadline', value: '不是期间', blocking: true },
      { sheet: '节点', row: 7, kind: 'bad_target', value: '约10', blocking: true },
      { sheet: '节点', row: 9, kind: 'unknown_task', value: '8', blocking: true },
      { sheet: '子项', row: 6, kind: 'unknown_task', value: '7', blocking: true },
    ]);
  });

  it('indicators: keys from 指标序号 (a word kept), direction and accrual words both ways, 是 for percent, a blank target as none', () => {
    const t = d().projects.flatMap((p) => p.tasks);
    expect(t[0]!.indicators).toEqual([
      { key: 'i1', name: '学位', unitOfMeasure: '个', isPercent: false, direction: 'AT_LEAST', target: 540, accrual: 'EVEN' },
      { key: 'seats2', name: '班级', unitOfMeasure: '个', isPercent: false, direction: 'EXACTLY', target: 18, accrual: 'MILESTONES' },
    ]);
    expect(t[1]!.indicators).toEqual([
      { key: 'i1', name: '完成率', unitOfMeasure: '%', isPercent: true, direction: 'EXACTLY', target: 100, accrual: 'AT_COMPLETION' },
      { key: 'i2', name: '场地', unitOfMeasure: '个', isPercent: false, direction: 'AT_LEAST', target: 3, accrual: 'AT_COMPLETION' },
    ]);
    expect(t[3]!.indicators).toEqual([
      { key: 'i1', name: '人次', unitOfMeasure: '人次', isPercent: false, direction: 'EXACTLY', target: null, accrual: 'NONE' },
      { key: 'i2', name: 'x'.repeat(101), unitOfMeasure: '万', isPercent: false, direction: 'AT_LEAST', target: 1.5, accrual: 'NONE' },
      { key: 'i3', name: '名称', unitOfMeasure: '万'.repeat(21), isPercent: false, direction: 'AT_LEAST', target: 2, accrual: 'NONE' },
      { key: 'i4', name: 'y'.repeat(100), unitOfMeasure: '个'.repeat(20), isPercent: false, direction: 'AT_LEAST', target: 2, accrual: 'NONE' },
    ]);
  });

  it('steps: due at the end of their period, or the date written; indicators named by name, number or key; extra targets parsed', () => {
    const t = d().projects.flatMap((p) => p.tasks);
    expect(t[0]!.milestones).toEqual([
      {
        key: 'm1',
        periodLabel: '6月',
        dueDate: '2024-06-30',
        text: '完成选址',
        indicatorKey: 'i1',
        cumulativeTarget: 100,
        alsoTargets: [
          { indicatorKey: 'seats2', value: 3 },
          { indicatorKey: 'seats2', value: 4 },
        ],
      },
      {
        key: 'm2',
        periodLabel: '9月',
        dueDate: '2024-09-15',
        text: '开园',
        indicatorKey: 'i1',
        cumulativeTarget: 540,
        alsoTargets: [
          { indicatorKey: 'seats2', value: 18 },
          { indicatorKey: '不存在', value: 1 },
        ],
      },
    ]);
    expect(t[1]!.milestones).toEqual([{ key: 'ms-x', periodLabel: '二季度', dueDate: '2024-06-20', text: '开工', indicatorKey: 'i1', cumulativeTarget: null }]);
  });

  it('sub-items: keys from 子项序号 (a word kept, a blank the next), names as written', () => {
    expect(d().projects[0]!.tasks[0]!.items).toEqual([
      { key: 's1', name: '幼儿园甲' },
      { key: 'yey-b', name: '幼儿园乙' },
      { key: 's3', name: '幼儿园丙' },
    ]);
  });

  it('a step with its date in words, or none, is due when the deadline rules read it (a filled-in template)', () => {
    const steps = parsePlanWorkbook(
      {
        [WORKBOOK.tasks.name]: sheet('tasks', [[1, 1, '养老', '服务', '长者食堂', '区教育局', '年底前', '', '']]),
        [WORKBOOK.milestones.name]: sheet('milestones', [
          [1, 1, '第三季度', '', '选址', '', null, ''],
          [1, 2, '下半年', '', '建成', '', null, ''],
          [1, 3, '10月前', '', '试运营', '', null, ''],
          [1, 4, '九月底前', '', '招标', '', null, ''],
          [1, 5, '9月', '2024年9月20日', '开工', '', null, ''],
          [1, 6, '11月', '11月中旬', '验收', '', null, ''],
          [1, 7, '6月', 45473, '备案', '', null, ''],
        ]),
      },
      2024,
      unit,
    );
    expect(steps.issues).toEqual([]);
    // Before, only a label's last number was read: 第三季度, 下半年 and 九月底前 were refused, and a date
    // written in words gave way to its period's month end (9-30, 11-30).
    expect(steps.projects[0]!.tasks[0]!.milestones.map((m) => [m.periodLabel, m.dueDate])).toEqual([
      ['第三季度', '2024-09-30'],
      ['下半年', '2024-12-31'],
      ['10月前', '2024-10-31'],
      ['九月底前', '2024-09-30'],
      ['9月', '2024-09-20'],
      ['11月', '2024-11-20'],
      ['6月', '2024-06-30'],
    ]);
  });

  it('rows hidden in Excel are not read: a hidden task is left out with its indicators, steps and sub-items; a warning per sheet', () => {
    const grids = {
      [WORKBOOK.tasks.name]: sheet('tasks', [
        [1, 1, '教育', '工程', '新建幼儿园', '区教育局', '9月底前', '', ''],
        [2, 1, '教育', '工程', '不再列入的任务', '区教育局', '年底前', '', ''],
        [3, 2, '医疗', '服务', '社区健康中心', '区卫健局', '年底前', '', ''],
      ]),
      [WORKBOOK.indicators.name]: sheet('indicators', [
        [1, 1, '学位', '个', '否', '≥', 540, '均衡'],
        [1, 2, '隐藏的指标', '个', '否', '≥', 1, '均衡'],
        [2, 1, '被隐藏任务的指标', '个', '否', '≥', 9, '均衡'],
      ]),
      [WORKBOOK.milestones.name]: sheet('milestones', [
        [2, 1, '6月', '', '被隐藏任务的节点', '', null, ''],
        [1, 1, '6月', '', '选址', '', null, ''],
        [1, 2, '9月', '', '隐藏的节点', '', null, ''],
      ]),
      [WORKBOOK.items.name]: sheet('items', [[2, 1, '被隐藏任务的子项'], [], [3, 1, '中心甲'], [3, 2, '隐藏的子项']]),
    };
    // 0-based grid rows, as the reader reports them: task 2 (row 3 in Excel), the second indicator (row 3),
    // task 1's second step (row 4), an empty row of 子项 (row 3) and its last row (row 5).
    const d = parsePlanWorkbook(grids, 2024, unit, {
      [WORKBOOK.tasks.name]: [2],
      [WORKBOOK.indicators.name]: [2],
      [WORKBOOK.milestones.name]: [3],
      [WORKBOOK.items.name]: [2, 4],
    });
    const tasks = d.projects.flatMap((p) => p.tasks);
    expect(tasks.map((t) => [t.number, t.indicators.map((i) => i.name), t.milestones.map((m) => m.text), t.items.map((i) => i.name)])).toEqual([
      [1, ['学位'], ['选址'], []],
      [3, [], [], ['中心甲']],
    ]);
    // No row of the hidden task is an unknown task; a hidden row that is empty is nothing to warn of.
    expect(d.issues).toEqual([
      { sheet: '任务', row: 3, kind: 'hidden_rows', value: '1', blocking: false },
      { sheet: '指标', row: 3, kind: 'hidden_rows', value: '1', blocking: false },
      { sheet: '节点', row: 4, kind: 'hidden_rows', value: '1', blocking: false },
      { sheet: '子项', row: 5, kind: 'hidden_rows', value: '1', blocking: false },
    ]);
    expect(d.skipped).toEqual([
      { sheet: '任务', row: 3, why: 'hidden' },
      { sheet: '指标', row: 3, why: 'hidden' },
      { sheet: '节点', row: 4, why: 'hidden' },
      { sheet: '子项', row: 5, why: 'hidden' },
    ]);
    // Read without what Excel hides (as before session 38), every row is imported.
    expect(parsePlanWorkbook(grids, 2024, unit).projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1, 2, 3]);
  });

  it('missing sheets read as empty; an empty workbook has nothing and no message', () => {
    expect(parsePlanWorkbook({}, 2024, unit)).toEqual({
      layout: 'workbook',
      sheet: '任务',
      projects: [],
      newUnits: [],
      issues: [],
      skipped: [],
      unknownUnits: [],
    });
  });
});
