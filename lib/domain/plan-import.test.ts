import { describe, expect, it } from 'vitest';
import { milestonesFromPlanText, parseAppendixGrid, parseDeadline, parsePlanWorkbook, splitUnits, isWritable, draftCounts } from './plan-import';

const known = new Map([['区民政局', '区民政局'], ['mzj', '区民政局'], ['区教育局', '区教育局'], ['区工务署', '区工务署']]);
const unit = (n: string) => known.get(n) ?? null;

describe('deadlines as offices write them', () => {
  it.each([
    ['2023.12', '2023-12'], ['2023.8', '2023-08'], ['2023年12月', '2023-12'], ['2023-12', '2023-12'], ['2023/6', '2023-06'],
    ['12月底', '2023-12'], ['12月', '2023-12'], ['2023年12月31日', '2023-12'], [' 2023.6 ', '2023-06'],
  ])('%s → %s', (cell, month) => expect(parseDeadline(cell, 2023)).toBe(month));
  it('dates and Excel date serials', () => {
    expect(parseDeadline(new Date('2023-11-30T00:00:00Z'), 2023)).toBe('2023-11');
    expect(parseDeadline(45291, 2023)).toBe('2023-12'); // 2023-12-31
  });
  it('a deadline typed as the number 2023.10 (stored 2023.1) is refused as ambiguous, not read as January', () => {
    const d = parseAppendixGrid([['序号', '项目名称', '项目内容', '责任单位', '完成时限'], [1, '一、A', '1.甲', '区教育局', 2023.1], [2, '', '2.乙', '区教育局', 2023.8]], 2023, unit);
    expect(d.issues.map((i) => [i.row, i.kind, i.value])).toEqual([[2, 'ambiguous_deadline', '2023.1']]);
    expect(d.projects[0]!.tasks[1]!.deadlineMonth).toBe('2023-08');
  });
  it.each([['下半年'], ['2023.13'], ['十二月'], [''], ['13月']])('%s is not a deadline', (cell) => expect(parseDeadline(cell, 2023)).toBeNull());
});

it('splits several units in one cell', () => {
  expect(splitUnits('盐田交通运输局、区工务署')).toEqual(['盐田交通运输局', '区工务署']);
  expect(splitUnits('区委宣传部\n区文广旅体局')).toEqual(['区委宣传部', '区文广旅体局']);
  expect(splitUnits('区教育局，区工务署; 区民政局')).toEqual(['区教育局', '区工务署', '区民政局']);
});

it('plan lines that start with a month become milestones, due at the end of their last month', () => {
  const ms = milestonesFromPlanText('8月：完成招标；\n9-11月：完成验收\n10月-12月：举办赛事\n持续推进宣传\n12月底：完成付款', 2023);
  expect(ms.map((m) => [m.periodLabel, m.dueDate])).toEqual([['8月', '2023-08-31'], ['9-11月', '2023-11-30'], ['10月-12月', '2023-12-31'], ['12月底', '2023-12-31']]);
  expect(ms[0]!.text).toBe('8月：完成招标；');
});

describe('the appendix layout', () => {
  const header = ['序号', '项目名称', '项目内容', '上半年进展情况', '2024年下半年任务目标及措施', '责任单位', '完成时限'];
  it('carries empty project, unit and deadline cells down; a repeated project is one project; a continuation row extends the plan', () => {
    const d = parseAppendixGrid([
      ['盐田区2024年十件重点民生实事一览表'],
      header,
      [1, '一、建设学校', '1.新建学校', '', '8月：完成招标', '区教育局、区工务署', '2024.8'],
      [2, '', '2.为学生加餐', '', '持续', '区教育局', '2024年12月'],
      ['', '', '', '', '9月：开学', '', ''],
      [3, '二、关爱老人', '3.安装设备', '', '', '区民政局', '12月底'],
      [4, '二、关爱老人', '4.助餐', '', '', '', ''],
    ], 2024, unit);
    expect(d.issues).toEqual([]);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => t.number)])).toEqual([['一', '建设学校', [1, 2]], ['二', '关爱老人', [3, 4]]]);
    const t = d.projects.flatMap((p) => p.tasks);
    expect(t.map((x) => [x.content, x.units, x.deadlineMonth])).toEqual([
      ['新建学校', ['区教育局', '区工务署'], '2024-08'], ['为学生加餐', ['区教育局'], '2024-12'], ['安装设备', ['区民政局'], '2024-12'], ['助餐', ['区民政局'], '2024-12'],
    ]);
    expect(t[1]!.planText).toBe('持续\n9月：开学');
    expect(t[1]!.milestones.map((m) => m.dueDate)).toEqual(['2024-09-30']);
    expect(isWritable(d)).toBe(true);
    expect(draftCounts(d)).toEqual({ projects: 2, tasks: 4, units: 3, milestones: 2, indicators: 0 });
  });
  it('a message for each row that cannot be read; unknown units are offered for creation', () => {
    const d = parseAppendixGrid([
      header,
      [1, '一、A', '1.甲', '', '', '区新单位', '2024.8'],
      [1, '', '1.乙', '', '', '区教育局', '2024.9'],
      [3, '', '', '', '', '区教育局', '2024.9'],
      [4, '', '4.丁', '', '', '区教育局', '下半年'],
      [5, '', '5.戊', '', '', '区教育局', '2025.3'],
    ], 2024, unit);
    expect(d.issues.map((i) => [i.row, i.kind, i.value, i.blocking])).toEqual([
      [2, 'unknown_unit', '区新单位', false], [3, 'duplicate_number', '1', true], [4, 'empty_task', '3', true], [5, 'bad_deadline', '下半年', true], [6, 'deadline_year', '2025.3', true],
    ]);
    expect(d.newUnits).toEqual(['区新单位']);
    expect(isWritable(d)).toBe(false);
  });
  it('no header row: one message, nothing else', () => {
    const d = parseAppendixGrid([['a', 'b'], ['c', 'd']], 2024, unit);
    expect(d.issues.map((i) => i.kind)).toEqual(['no_header']);
    expect(isWritable(d)).toBe(false);
  });
});

describe('the plan workbook layout', () => {
  it('reads tasks, indicators, milestones and sub-items by task number', () => {
    const d = parsePlanWorkbook({
      任务: [['序号'], [1, 1, '关爱老人', '服务类', '安装设备', 'mzj', '2024.12', '']],
      指标: [['任务序号'], [1, 'households', '安装设备', '户', '否', '=', 280, '均衡'], [9, 'x', 'x', '', '', '', '', '']],
      节点: [['任务序号'], [1, 'm1', '9月', '2024-09-30', '9月：完成100户', 'households', 100]],
      子项: [['任务序号'], [1, 's1', '第一批']],
    }, 2024, unit);
    expect(d.issues.map((i) => [i.sheet, i.row, i.kind])).toEqual([['指标', 3, 'unknown_task']]);
    const t = d.projects[0]!.tasks[0]!;
    expect(d.projects[0]).toMatchObject({ numeral: '一', title: '关爱老人', category: 'SERVICE' });
    expect(t).toMatchObject({ units: ['区民政局'], deadlineMonth: '2024-12' });
    expect(t.indicators).toEqual([{ key: 'households', name: '安装设备', unitOfMeasure: '户', isPercent: false, direction: 'EXACTLY', target: 280, accrual: 'EVEN' }]);
    expect(t.milestones).toEqual([{ key: 'm1', periodLabel: '9月', dueDate: '2024-09-30', text: '9月：完成100户', indicatorKey: 'households', cumulativeTarget: 100 }]);
    expect(t.items).toEqual([{ key: 's1', name: '第一批' }]);
  });
});
