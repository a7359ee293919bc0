import { describe, expect, it } from 'vitest';
import { ACCRUAL_WORDS, DIRECTION_WORDS, NUMERALS, draftCounts, isWritable, parsePlanWorkbook } from './plan-import';
import { parseAppendixGrid } from './plan-appendix';
import { parseTimeWording, stepsFromPlanText } from './time-wording';
import { splitUnitCell } from './unit-names';

const known = new Map([
  ['区民政局', '区民政局'],
  ['mzj', '区民政局'],
  ['区教育局', '区教育局'],
  ['区工务署', '区工务署'],
]);
const unit = (n: string) => known.get(n) ?? null;

// The time wording itself is tested in time-wording.test.ts, unit names in unit-names.test.ts; here, the
// same inputs the earlier deadline parser was pinned with, read through the one parser now used.
const month = (cell: Parameters<typeof parseTimeWording>[0], year = 2023) => {
  const r = parseTimeWording(cell, year);
  return r.ok ? r.month : null;
};

describe('deadlines as offices write them (one parser of time wording)', () => {
  it.each([
    ['2023.12', '2023-12'],
    ['2023.8', '2023-08'],
    ['2023年12月', '2023-12'],
    ['2023-12', '2023-12'],
    ['2023/6', '2023-06'],
    ['12月底', '2023-12'],
    ['12月', '2023-12'],
    ['2023年12月31日', '2023-12'],
    [' 2023.6 ', '2023-06'],
    ['2023 年 12 月', '2023-12'],
    ['2023年12月底', '2023-12'],
    ['2023年6月末', '2023-06'],
    ['2023.06.30', '2023-06'],
    ['2023-6-30', '2023-06'],
    ['2023/12/1', '2023-12'],
    ['12月末', '2023-12'],
    ['9月前', '2023-09'],
    ['1月', '2023-01'],
    ['2023 . 7', '2023-07'],
    ['2024.1', '2024-01'],
    // official wording the earlier parser refused
    ['下半年', '2023-12'],
    ['十二月', '2023-12'],
    ['2023年', '2023-12'],
    ['12月底前完成', '2023-12'],
    ['力争年底前', '2023-12'],
    ['确保9月底前完成', '2023-09'],
    ['次年3月底前', '2024-03'],
    ['2023年9月至2024年3月', '2024-03'],
    ['９月中下旬', '2023-09'],
  ])('%s → %s', (cell, m) => expect(month(cell)).toBe(m));
  it.each([['2023.13'], [''], ['13月'], ['2023.0'], ['0月'], ['2023.12.5.1'], ['明年'], ['x2023.12'], ['x12月']])('%s is not a deadline', (cell) =>
    expect(month(cell)).toBeNull(),
  );
  it('dates and Excel date serials (whole days only); a date keeps its own year', () => {
    expect(month(new Date('2023-11-30T00:00:00Z'))).toBe('2023-11');
    expect(month(45291)).toBe('2023-12'); // 2023-12-31
    expect(month(20001)).toBe('1954-10');
    expect(month(79999)).toBe('2119-01');
    for (const c of [20000, 80000, 45291.6, null, undefined]) expect(month(c), String(c)).toBeNull();
    expect(month(new Date('2023-12-31T00:00:00Z'), 2024)).toBe('2023-12');
  });
  it('only a number typed as YYYY.1 is ambiguous', () => {
    expect(parseTimeWording(2023.1, 2023)).toEqual({ ok: false, reason: 'ambiguous_number' });
    for (const c of ['2023.1', 2023.11]) expect(parseTimeWording(c, 2023).ok, String(c)).toBe(true);
    expect(parseTimeWording(2023.15, 2023)).toEqual({ ok: false, reason: 'bad_month' });
  });
  it('a deadline typed as the number 2023.10 (stored 2023.1) is refused as ambiguous, not read as January', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '项目内容', '责任单位', '完成时限'],
        [1, '一、A', '1.甲', '区教育局', 2023.1],
        [2, '', '2.乙', '区教育局', 2023.8],
      ],
      2023,
      unit,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value])).toEqual([[2, 'ambiguous_deadline', '2023.1']]);
    expect(d.projects[0]!.tasks[1]!.deadlineMonth).toBe('2023-08');
  });
});

it('splits several units in one cell, on every separator offices use', () => {
  expect(splitUnitCell('盐田交通运输局、区工务署')).toEqual(['盐田交通运输局', '区工务署']);
  expect(splitUnitCell('区委宣传部\n区文广旅体局')).toEqual(['区委宣传部', '区文广旅体局']);
  expect(splitUnitCell('区教育局，区工务署; 区民政局')).toEqual(['区教育局', '区工务署', '区民政局']);
  expect(splitUnitCell('甲；乙/丙,丁、、 戊 ')).toEqual(['甲', '乙', '丙', '丁', '戊']);
  expect(splitUnitCell('  ')).toEqual([]);
});

it('plan lines that start with a month become steps, due at the end of their last month (上旬/中旬 on the 10th/20th)', () => {
  const ms = stepsFromPlanText('8月：完成招标；\n9-11月：完成验收\n10月-12月：举办赛事\n持续推进宣传\n12月底：完成付款', 2023);
  expect(ms.map((m) => [m.label, m.due])).toEqual([
    ['8月', '2023-08-31'],
    ['9-11月', '2023-11-30'],
    ['10月-12月', '2023-12-31'],
    ['12月底', '2023-12-31'],
  ]);
  expect(ms[0]!.text).toBe('8月：完成招标');
  const more = stepsFromPlanText(
    '7—9月：施工\n10~11月，验收\n11至12月：付款\n6月中旬: 开工\n 5月上旬，招标\n4月下旬：立项\n13月：无效\n持续推进\n下半年：完成\nx9月：不是节点',
    2023,
  );
  expect(more.map((m) => [m.label, m.due])).toEqual([
    ['7—9月', '2023-09-30'],
    ['10~11月', '2023-11-30'],
    ['11至12月', '2023-12-31'],
    ['6月中旬', '2023-06-20'],
    ['5月上旬', '2023-05-10'],
    ['4月下旬', '2023-04-30'],
    ['下半年', '2023-12-31'],
  ]);
  expect(stepsFromPlanText('', 2023)).toEqual([]);
});

describe('the appendix layout', () => {
  const header = ['序号', '项目名称', '项目内容', '上半年进展情况', '2024年下半年任务目标及措施', '责任单位', '完成时限'];
  it('carries empty project, unit and deadline cells down; a repeated project is one project; a continuation row extends the plan', () => {
    const d = parseAppendixGrid(
      [
        ['盐田区2024年十件重点民生实事一览表'],
        header,
        [1, '一、建设学校', '1.新建学校', '', '8月：完成招标', '区教育局、区工务署', '2024.8'],
        [2, '', '2.为学生加餐', '', '持续', '区教育局', '2024年12月'],
        ['', '', '', '', '9月：开学', '', ''],
        [3, '二、关爱老人', '3.安装设备', '', '', '区民政局', '12月底'],
        [4, '二、关爱老人', '4.助餐', '', '', '', ''],
      ],
      2024,
      unit,
    );
    expect(d.issues).toEqual([]);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => t.number)])).toEqual([
      ['一', '建设学校', [1, 2]],
      ['二', '关爱老人', [3, 4]],
    ]);
    const t = d.projects.flatMap((p) => p.tasks);
    expect(t.map((x) => [x.content, x.units, x.deadlineMonth])).toEqual([
      ['新建学校', ['区教育局', '区工务署'], '2024-08'],
      ['为学生加餐', ['区教育局'], '2024-12'],
      ['安装设备', ['区民政局'], '2024-12'],
      ['助餐', ['区民政局'], '2024-12'],
    ]);
    expect(t[1]!.planText).toBe('持续\n9月：开学');
    expect(t[1]!.milestones.map((m) => m.dueDate)).toEqual(['2024-09-30']);
    expect(isWritable(d)).toBe(true);
    expect(draftCounts(d)).toEqual({ projects: 2, tasks: 4, units: 3, milestones: 2, indicators: 0 });
  });
  it('a message for each row that cannot be read (all at once); unknown units are listed once each; next year is 跨年度', () => {
    const d = parseAppendixGrid(
      [
        header,
        [1, '一、A', '1.甲', '', '', '区新单位', '2024.8'],
        [1, '', '1.乙', '', '', '区教育局', '2024.9'],
        [3, '', '', '', '', '区教育局', '2024.9'],
        [4, '', '4.丁', '', '', '区教育局', '尽快'],
        [5, '', '5.戊', '', '', '区教育局', '2025.3'],
        [6, '', '6.己', '', '', '区新单位', '2023.12'],
      ],
      2024,
      unit,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value, i.blocking])).toEqual([
      [3, 'duplicate_number', '1', true],
      [4, 'empty_task', '3', true],
      [5, 'bad_deadline', '尽快', true],
      [6, 'cross_year', '2025.3', false],
      [7, 'deadline_year', '2023.12', true],
    ]);
    expect(d.newUnits).toEqual(['区新单位']);
    expect(d.unknownUnits).toEqual([{ name: '区新单位', rows: [2, 7], collective: false, suggestions: [] }]);
    expect(d.projects[0]!.tasks.find((t) => t.content === '戊')).toMatchObject({ deadlineMonth: '2025-03', crossYear: true });
    expect(isWritable(d)).toBe(false);
  });
  it('a deadline written as a range is due at its end, and so are the steps written so', () => {
    // Before: the first part was read and the rest taken for words after it (7月至年底 → July, 9月底至12月底 →
    // September: tasks overdue months before their plans end), 11月8日至14日 the 8th.
    const d = parseAppendixGrid(
      [
        header,
        [1, '一、文体活动', '1.举办赛事', '', '11月8日至14日：举办帆板赛事；9月初：完成招标', '区文广旅体局', '7月至年底'],
        [2, '', '2.开展宣传', '', '7月初至9月底：集中宣传', '区文广旅体局', '9月底至12月底'],
      ],
      2024,
      unit,
    );
    const t = d.projects.flatMap((p) => p.tasks);
    expect(t.map((x) => x.deadlineMonth)).toEqual(['2024-12', '2024-12']);
    expect(t.map((x) => x.milestones.map((m) => [m.periodLabel, m.dueDate]))).toEqual([
      [
        ['11月8日至14日', '2024-11-14'],
        ['9月初', '2024-09-10'],
      ],
      [['7月初至9月底', '2024-09-30']],
    ]);
  });
  it('a year with a range of months (2024.1-12, 2024.7-9) is the range, not the 12th or the 9th of a month', () => {
    // Read as dates before: 2024.1-12 was 12 January — a task of the whole year overdue in its second week.
    const d = parseAppendixGrid(
      [
        header,
        [1, '一、文体活动', '1.举办赛事', '', '2024.7-9：完成招标；2024.10-12：举办赛事', '区文广旅体局', '2024.1-12'],
        [2, '', '2.开展宣传', '', '', '区文广旅体局', '2024.9.12'],
      ],
      2024,
      unit,
    );
    const t = d.projects.flatMap((p) => p.tasks);
    expect(t.map((x) => x.deadlineMonth)).toEqual(['2024-12', '2024-09']);
    expect(t[0]!.milestones.map((m) => [m.periodLabel, m.dueDate])).toEqual([
      ['2024.7-9', '2024-09-30'],
      ['2024.10-12', '2024-12-31'],
    ]);
  });
  it('no header row: one message, nothing else', () => {
    const d = parseAppendixGrid(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      2024,
      unit,
    );
    expect(d.issues.map((i) => i.kind)).toEqual(['no_header']);
    expect(isWritable(d)).toBe(false);
  });
});

describe('the plan workbook layout', () => {
  it('reads tasks, indicators, milestones and sub-items by task number', () => {
    const d = parsePlanWorkbook(
      {
        任务: [['序号'], [1, 1, '关爱老人', '服务类', '安装设备', 'mzj', '2024.12', '']],
        指标: [['任务序号'], [1, 'households', '安装设备', '户', '否', '=', 280, '均衡'], [9, 'x', 'x', '', '', '', '', '']],
        节点: [['任务序号'], [1, 'm1', '9月', '2024-09-30', '9月：完成100户', 'households', 100]],
        子项: [['任务序号'], [1, 's1', '第一批']],
      },
      2024,
      unit,
    );
    expect(d.issues.map((i) => [i.sheet, i.row, i.kind])).toEqual([['指标', 3, 'unknown_task']]);
    const t = d.projects[0]!.tasks[0]!;
    expect(d.projects[0]).toMatchObject({ numeral: '一', title: '关爱老人', category: 'SERVICE' });
    expect(t).toMatchObject({ units: ['区民政局'], deadlineMonth: '2024-12' });
    expect(t.indicators).toEqual([
      { key: 'households', name: '安装设备', unitOfMeasure: '户', isPercent: false, direction: 'EXACTLY', target: 280, accrual: 'EVEN' },
    ]);
    expect(t.milestones).toEqual([
      { key: 'm1', periodLabel: '9月', dueDate: '2024-09-30', text: '9月：完成100户', indicatorKey: 'households', cumulativeTarget: 100 },
    ]);
    expect(t.items).toEqual([{ key: 's1', name: '第一批' }]);
  });
});

describe('the appendix layout, line by line', () => {
  it('finds the header among the first ten rows by its words (编号, 项目, 具体任务, 牵头单位, 完成时间, 下一步, 类别)', () => {
    const d = parseAppendixGrid(
      [
        ['盐田区2024年民生实事'],
        [],
        ['编号', '项目', '具体任务', '牵头单位', '完成时间', '下一步', '类别'],
        [1, '一、关爱老人', '加装设备', '区民政局', '2024.12', '8月：招标', '服务类'],
        [2, '', '建设食堂', '', '', '9月：开业', ''],
        ['', '二. 道路', '', '', '', '', '工程'],
        [3, '', '修路', '区工务署', '2024年10月', '', ''],
      ],
      2024,
      unit,
    );
    expect(d.issues).toEqual([]);
    expect(d.projects.map((p) => [p.numeral, p.title, p.category, p.tasks.map((t) => [t.number, t.units, t.deadlineMonth, t.milestones.length])])).toEqual([
      [
        '一',
        '关爱老人',
        'SERVICE',
        [
          [1, ['区民政局'], '2024-12', 1],
          [2, ['区民政局'], '2024-12', 1],
        ],
      ],
      ['二', '道路', 'ENGINEERING', [[3, ['区工务署'], '2024-10', 0]]],
    ]);
    expect(draftCounts(d)).toEqual({ projects: 2, tasks: 3, units: 2, milestones: 2, indicators: 0 });
    expect(isWritable(d)).toBe(true);
  });
  it('a header below the twentieth row is not looked for', () => {
    const grid = [
      ...Array.from({ length: 20 }, () => ['说明']),
      ['序号', '项目名称', '项目内容', '责任单位', '完成时限'],
      [1, '一、A', '甲', '区教育局', '2023.12'],
    ];
    expect(parseAppendixGrid(grid, 2023, unit).issues).toEqual([{ sheet: '一览表', row: 1, kind: 'no_header', value: undefined, blocking: true }]);
  });
  it('every row that cannot be read says why, with its row number; what can be read is kept', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '项目内容', '责任单位', '完成时限', '工作计划', '类别'],
        ['', '', '', '', '', '续：无上一任务', ''],
        [0, '一、A', '零号', '区教育局', '2023.12', '', '不明类'],
        ['x', '', '甲', '区教育局', '2023.12', '', ''],
        [5, '', '', '区教育局', '2023.12', '', ''],
        [1, '', '甲', '区教育局', '2022.12', '', ''],
        [1, '', '重复', '区教育局', '2023.12', '', ''],
        [2, '', '乙', '新单位、区民政局', '下半年', '', ''],
        [3, '', '丙', '', '2023.11', '', ''],
      ],
      2023,
      unit,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value ?? null, i.blocking])).toEqual([
      [2, 'empty_task', null, true],
      [3, 'bad_category', '不明类', true],
      [3, 'bad_number', '0', true],
      [4, 'bad_number', 'x', true],
      [5, 'empty_task', '5', true],
      [6, 'deadline_year', '2022.12', true],
      [7, 'duplicate_number', '1', true],
    ]);
    const tasks = d.projects.flatMap((p) => p.tasks);
    expect(tasks.map((t) => [t.number, t.units, t.deadlineMonth])).toEqual([
      [1, ['区教育局'], null],
      [2, ['新单位', '区民政局'], '2023-12'],
      [3, ['新单位', '区民政局'], '2023-11'],
    ]);
    expect(d.unknownUnits).toEqual([{ name: '新单位', rows: [8], collective: false, suggestions: [] }]);
    expect(d.newUnits).toEqual(['新单位']);
    expect(isWritable(d)).toBe(false);
  });
  it('without a project cell the first task goes to 未命名项目; numbers come from the content or the next free one; no units at all is a message', () => {
    const d = parseAppendixGrid(
      [
        ['项目名称', '任务', '责任单位', '完成时限'],
        ['', '7、甲', '', '2023.12'],
        ['', '乙', '', ''],
      ],
      2023,
      unit,
    );
    expect(d.projects.map((p) => [p.numeral, p.title])).toEqual([['一', '未命名项目']]);
    expect(d.projects[0]!.tasks.map((t) => [t.number, t.content, t.deadlineMonth])).toEqual([
      [7, '甲', '2023-12'],
      [1, '乙', '2023-12'],
    ]);
    expect(d.issues.map((i) => [i.row, i.kind, i.blocking])).toEqual([
      [2, 'no_units', true],
      [2, 'untitled_project', false],
      [3, 'no_units', true],
    ]);
  });
  it('a first row without a deadline is a message; text cells are trimmed, line breaks kept, Word residue dropped', () => {
    const d = parseAppendixGrid(
      [
        ['项目名称', '项目内容', '责任单位', '完成时限', '计划'],
        ['一、A', ' 1.甲[bookmark: _GoBack] ', '区教育局', '', '8月：一\r\n9月：二'],
      ],
      2023,
      unit,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value])).toEqual([[2, 'bad_deadline', '']]);
    expect(d.projects[0]!.tasks[0]).toMatchObject({ content: '甲', planText: '8月：一\n9月：二' });
    expect(d.projects[0]!.tasks[0]!.milestones.map((m) => m.periodLabel)).toEqual(['8月', '9月']);
  });
});

describe('the plan workbook layout, line by line', () => {
  it('reads every column: words for direction and accrual, 是 for percent, a blank target as none (a bad one is a message), extra targets of a step, dates as dates', () => {
    const d = parsePlanWorkbook(
      {
        任务: [
          ['序号'],
          [1, 2, '道路', '工程类', '修路', '区工务署、区教育局', '2024-10', '8月：招标'],
          [],
          [2, 1, '新项目', 'SERVICE', '培训', 'mzj', new Date('2024-12-31T00:00:00Z'), ''],
        ],
        指标: [
          ['任务序号'],
          [1, '', '形象进度', '%', '是', '>=', '100', '按节点'],
          [1, 'km', '里程', '公里', '否', '等于', 'abc', '完成时'],
          [2, 'p', '人次', '人次', '', '不少于', '', '不按时间'],
          [2, 'q', '场次', '场', '', '??', 5, '??'],
          [],
        ],
        节点: [
          ['任务序号'],
          [1, '', '8月', '', '8月：招标', '', '', ''],
          [1, 'n2', '10月', new Date('2024-10-15T00:00:00Z'), '10月：完工', 'km', '3.5', 'visual=100；bad；p = 20'],
          [2, 'x', '下半年', '2024年底', '年底写在日期列', '', '', ''],
          [2, 'x2', '下半年', '时间待定', '无法读出', '', '', ''],
          [9, 'y', '9月', '', '', '', '', ''],
          [],
        ],
        子项: [['任务序号'], [1, '', '东段'], [1, 'w', '西段'], [8, 'z', '无主'], []],
      },
      2024,
      unit,
    );
    expect(d.issues.map((i) => [i.sheet, i.row, i.kind, i.value])).toEqual([
      ['指标', 3, 'bad_target', 'abc'],
      ['节点', 5, 'bad_deadline', '时间待定'],
      ['节点', 6, 'unknown_task', '9'],
      ['子项', 4, 'unknown_task', '8'],
    ]);
    expect(d.projects.map((p) => [p.number, p.numeral, p.title, p.category])).toEqual([
      [1, '一', '新项目', 'SERVICE'],
      [2, '二', '道路', 'ENGINEERING'],
    ]);
    const [t1, t2] = [d.projects[1]!.tasks[0]!, d.projects[0]!.tasks[0]!];
    expect(t1).toMatchObject({ units: ['区工务署', '区教育局'], deadlineMonth: '2024-10', planText: '8月：招标', row: 2 });
    expect(t2).toMatchObject({ units: ['区民政局'], deadlineMonth: '2024-12', row: 4 });
    expect(t1.indicators).toEqual([
      { key: 'i1', name: '形象进度', unitOfMeasure: '%', isPercent: true, direction: 'AT_LEAST', target: 100, accrual: 'MILESTONES' },
      { key: 'km', name: '里程', unitOfMeasure: '公里', isPercent: false, direction: 'EXACTLY', target: null, accrual: 'AT_COMPLETION' },
    ]);
    expect(t2.indicators).toEqual([
      { key: 'p', name: '人次', unitOfMeasure: '人次', isPercent: false, direction: 'AT_LEAST', target: null, accrual: 'NONE' },
      { key: 'q', name: '场次', unitOfMeasure: '场', isPercent: false, direction: 'AT_LEAST', target: 5, accrual: 'EVEN' },
    ]);
    expect(t1.milestones).toEqual([
      { key: 'm1', periodLabel: '8月', dueDate: '2024-08-31', text: '8月：招标', indicatorKey: null, cumulativeTarget: null },
      {
        key: 'n2',
        periodLabel: '10月',
        dueDate: '2024-10-15',
        text: '10月：完工',
        indicatorKey: 'km',
        cumulativeTarget: 3.5,
        alsoTargets: [
          { indicatorKey: 'visual', value: 100 },
          { indicatorKey: 'p', value: 20 },
        ],
      },
    ]);
    expect(t1.items).toEqual([
      { key: 's1', name: '东段' },
      { key: 'w', name: '西段' },
    ]);
    // 2024年底 in the date column is the year's end, as the deadline rules read it.
    expect(t2.milestones.map((m) => [m.key, m.periodLabel, m.dueDate])).toEqual([['x', '下半年', '2024-12-31']]);
    expect(draftCounts(d)).toEqual({ projects: 2, tasks: 2, units: 3, milestones: 3, indicators: 4 });
  });
  it('task rows that cannot be read say why; missing sheets are empty', () => {
    const d = parsePlanWorkbook(
      {
        任务: [
          ['序号'],
          ['x', 1, 'A', '服务类', '甲', 'mzj', '2024.12'],
          [3, 1, 'A', '服务类', '', 'mzj', '2024.12'],
          [4, 1, 'A', '其他', '丁', '', 2024.1],
          [5, 1, 'A', '服务类', '戊', 'mzj', '2023.12'],
          [6, 1, 'A', '服务类', '己', 'mzj', '明年'],
          [4, 1, 'A', '服务类', '重复', 'mzj', '2024.12'],
          [0, 1, 'A', '服务类', '零', 'mzj', '2024.12'],
        ],
      },
      2024,
      unit,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value ?? null])).toEqual([
      [2, 'bad_number', 'x'],
      [3, 'empty_task', '3'],
      [4, 'bad_category', '其他'],
      [4, 'no_units', null],
      [4, 'ambiguous_deadline', '2024.1'],
      [5, 'deadline_year', '2023.12'],
      [6, 'bad_deadline', '明年'],
      [7, 'duplicate_number', '4'],
      [8, 'bad_number', '0'],
    ]);
    expect(d.projects[0]!.tasks.map((t) => [t.number, t.deadlineMonth])).toEqual([
      [4, null],
      [5, null],
      [6, null],
    ]);
    expect(parsePlanWorkbook({}, 2024, unit)).toEqual({
      layout: 'workbook',
      sheet: '任务',
      projects: [],
      newUnits: [],
      issues: [],
      skipped: [],
      unknownUnits: [],
    });
    expect(isWritable(parsePlanWorkbook({}, 2024, unit))).toBe(false);
  });
});

describe('the same field rules as the forms (the probe\u2019s import findings)', () => {
  it('names, titles and texts longer than the forms allow; targets that are negative, not decimal, too large or not whole for a count; a date that does not exist', () => {
    const d = parsePlanWorkbook(
      {
        任务: [
          ['序号'],
          [1, 1, '道路', '工程类', '修路', `${'单'.repeat(41)}、区工务署`, '2030.12', ''],
          [2, 1, '道路', '工程类', '长'.repeat(1001), '区工务署', '2030.12', ''],
        ],
        指标: [
          ['任务序号'],
          [1, 'a', '户数', '户', '否', '≥', -5, '均衡'],
          [1, 'b', '户数', '户', '否', '≥', 250.5, '均衡'],
          [1, 'c', '金额', '万元', '否', '≥', '1e300', '均衡'],
          [1, 'd', '金额', '万元', '否', '≥', '0x10', '均衡'],
          [1, 'e', '金额', '万元', '否', '≥', 250.5, '均衡'],
        ],
        节点: [['任务序号'], [1, 'm', '2月', '2028-02-30', '开工', '', '', '']],
        子项: [['任务序号']],
      },
      2030,
      unit,
    );
    expect(d.issues.map((i) => [i.sheet, i.row, i.kind, i.blocking])).toEqual([
      ['任务', 2, 'too_long', true],
      ['任务', 3, 'too_long', true],
      ['指标', 2, 'bad_target', true],
      ['指标', 3, 'bad_target', true],
      ['指标', 4, 'bad_target', true],
      ['指标', 5, 'bad_target', true],
      ['节点', 2, 'bad_deadline', true],
    ]);
    expect(d.projects[0]!.tasks[0]!.indicators.find((i) => i.key === 'e')!.target).toBe(250.5); // an amount may have decimals
    expect(isWritable(d)).toBe(false);
  });
  it('text cells go through the one cleaner: no RLO, zero-width or BOM in titles and names', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '项目内容', '责任单位', '完成时限'],
        [1, '一、\u202E道路', '修\u200B路\uFEFF', '区工务署\u200D', '2030.12'],
      ],
      2030,
      unit,
    );
    expect(d.projects[0]).toMatchObject({ title: '道路', tasks: [{ content: '修路', units: ['区工务署'] }] });
  });
});

describe('edges the mutation run found unpinned', () => {
  const H = ['序号', '项目名称', '项目内容', '责任单位', '完成时限'];
  it('the printed numerals, one to twenty', () => {
    expect(NUMERALS.join(' ')).toBe('一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十');
  });
  it('header words are whole where the office writes them whole: 序号, 项目, 任务, 类别', () => {
    const grid = [
      ['原序号说明', '序号', '备注项目', '项目', '任务数', '任务', '责任单位', '完成时限', '类别说明', '类别'],
      ['x', 3, 'y', '一、道路', 'z', '修路', '区工务署', '2023.12', 'w', '工程'],
    ];
    const d = parseAppendixGrid(grid, 2023, unit);
    expect(d.projects.map((p) => [p.title, p.category, p.tasks.map((t) => [t.number, t.content])])).toEqual([['道路', 'ENGINEERING', [[3, '修路']]]]);
  });
  it('a row is the header only with all four columns; the short words 工程/服务 are categories', () => {
    const d = parseAppendixGrid(
      [
        ['项目名称', '项目内容', '责任单位'],
        ['类别', ...H],
        ['服务', 1, '十一、文化惠民', '1. 开放书屋', '区民政局', '2023.12'],
        [],
        ['', '', '', '', '', ''],
        ['', 2, '十一、文化惠民', '2.开展讲座', '', ''],
      ],
      2023,
      unit,
    );
    expect(d.issues).toEqual([]);
    expect(
      d.projects.map((p) => [
        p.numeral,
        p.title,
        p.category,
        p.tasks.map((t) => [t.number, t.row, t.content, t.units, t.deadlineMonth, t.indicators, t.items]),
      ]),
    ).toEqual([
      [
        '十一',
        '文化惠民',
        'SERVICE',
        [
          [1, 3, '开放书屋', ['区民政局'], '2023-12', [], []],
          [2, 6, '开展讲座', ['区民政局'], '2023-12', [], []],
        ],
      ],
    ]);
  });
  it('a project title row with no task under it is left out; a continuation row without plan text changes nothing', () => {
    const d = parseAppendixGrid(
      [
        [...H, '下半年计划'],
        ['', '一、空项目', '', '', '', ''],
        ['', '二、道路', '修路', '区工务署', '2023.12', ''],
        ['', '', '', '', '', '8月：开工'],
      ],
      2023,
      unit,
    );
    expect(d.layout).toBe('appendix');
    expect(d.projects.map((p) => [p.numeral, p.title])).toEqual([['二', '道路']]);
    expect(d.projects[0]!.tasks[0]!.planText).toBe('8月：开工');
    expect(d.issues.map((i) => [i.row, i.kind])).toEqual([[2, 'empty_task']]); // the lone title row
    expect(isWritable({ ...d, issues: [] })).toBe(true);
    expect(isWritable({ ...d, issues: [], projects: [{ ...d.projects[0]!, tasks: [] }] })).toBe(false);
  });
  it('the workbook: direction and accrual words both ways; blank rows skipped; a step date is one the deadline rules read', () => {
    expect(DIRECTION_WORDS).toEqual({ AT_LEAST: '≥', EXACTLY: '=' });
    expect(ACCRUAL_WORDS).toEqual({ EVEN: '均衡', MILESTONES: '按节点', AT_COMPLETION: '完成时', NONE: '不按时间' });
    const d = parsePlanWorkbook(
      {
        任务: [['h'], [], [1, '', '道路', '工程类', '修路', '区工务署', '2023.12', ''], [2, 3, '文化', '服务类', '开讲座', '区民政局', '2023.12', '']],
        指标: [
          ['h'],
          [],
          ...['≥', '>=', '不少于', '=', '等于'].map((w, i) => [1, `k${i}`, '名', '个', '否', w, 1, ['均衡', '按节点', '完成时', '不按时间', 'NONE'][i]!]),
        ],
        节点: [
          ['h'],
          [],
          [1, 'a', '8月', 'x2023-08-20', '开工', '', '', ''],
          [1, 'c', '8月', '2023-08-20x', '开工', '', '', ''],
          [1, 'b', '9月', '', '完工', 'k0', 5, ' k1 = 3 ；k2=4'],
          [1, 'd', '某时', '', '?', '', '', ''],
        ],
        子项: [['h'], []],
      },
      2023,
      unit,
    );
    expect(d.layout).toBe('workbook');
    expect(d.projects.map((p) => [p.number, p.title])).toEqual([
      [1, '道路'],
      [3, '文化'],
    ]);
    const t1 = d.projects[0]!.tasks[0]!;
    expect(t1.indicators.map((i) => [i.direction, i.accrual])).toEqual([
      ['AT_LEAST', 'EVEN'],
      ['AT_LEAST', 'MILESTONES'],
      ['AT_LEAST', 'AT_COMPLETION'],
      ['EXACTLY', 'NONE'],
      ['EXACTLY', 'NONE'],
    ]);
    // A date cell with anything around it is no date the rules read: refused with what was written, not
    // replaced by its period's month end (until session 38 it was, silently).
    expect(t1.milestones.map((x) => [x.key, x.dueDate, x.alsoTargets])).toEqual([
      [
        'b',
        '2023-09-30',
        [
          { indicatorKey: 'k1', value: 3 },
          { indicatorKey: 'k2', value: 4 },
        ],
      ],
    ]);
    expect(d.issues).toEqual([
      { sheet: '节点', row: 3, kind: 'bad_deadline', value: 'x2023-08-20', blocking: true },
      { sheet: '节点', row: 4, kind: 'bad_deadline', value: '2023-08-20x', blocking: true },
      { sheet: '节点', row: 6, kind: 'bad_deadline', value: '某时', blocking: true },
    ]);
  });
});
