// One breakdown table read row by row, as a whole: bands that set a category, a header printed again
// on a new page, a task continued on the next row (its plan, note and units added once), units and
// deadlines carried down from the row above, written numbers (bad, repeated) and the next free ones,
// steps from the plan cell, an empty project, unknown and collective names with their rows, a
// footer and what follows it — every issue with its row, in row order.
import { describe, expect, it } from 'vitest';
import { parseAppendixGrid } from './plan-appendix';

const KNOWN: Record<string, string> = { 区教育局: '区教育局', 区卫健局: '区卫生健康局', 区民政局: '区民政局' };
const unit = Object.assign((n: string) => KNOWN[n] ?? null, { suggest: (n: string) => (n.includes('局') ? ['区民政局'] : []) });
const H = ['序号', '类别', '项目名称', '具体任务', '工作计划', '责任单位', '完成时限', '备注'];
const band = (t: string) => Array<string>(8).fill(t);
const GRID = [
  ['2024年民生实事任务表', '', '', '', '', '', '', ''],
  H,
  band('（一）工程类'),
  ['1', '', '教育', '新建幼儿园', '3月底前选址；9月底前开园', '区教育局、区城市更新局', '9月底前', '甲'],
  ['2', '', '教育', '改造运动场', '', '', '', ''],
  ['', '', '教育', '改造运动场', '年底前验收', '区民政局', '', '乙'],
  ['', '', '', '', '', '', '', ''],
  H,
  band('（二）服务类'),
  ['3', '服务类', '医疗', '社区健康中心', '', '各街道、区卫健局', '2025年3月底前', ''],
  ['x', '', '医疗', '义诊', '', '区卫健局', '年底前', ''],
  ['3', '', '医疗', '体检', '', '区城市更新局', '2023年12月', ''],
  ['', '其他', '养老', '长者食堂', '', `区民政局、${'局'.repeat(41)}`, '尽快', ''],
  ['6', '', '空项目', '', '', '', '', ''],
  ['注：完成时限均指当年', '', '', '', '', '', '', ''],
  ['7', '', '养老', '注后的行', '', '区民政局', '年底前', ''],
];
const step = (key: string, periodLabel: string, dueDate: string, text: string) => ({
  key,
  periodLabel,
  dueDate,
  text,
  indicatorKey: null,
  cumulativeTarget: null,
});
const task = (o: Record<string, unknown>) => ({ crossYear: false, planText: '', note: '', leadOfficial: '', milestones: [], indicators: [], items: [], ...o });

describe('a breakdown table, row by row', () => {
  it('reads every task with what it carries; the empty project is dropped and the rest numbered on', () => {
    const d = parseAppendixGrid(GRID, 2024, unit, '分解表');
    expect(d.layout).toBe('appendix');
    expect(d.sheet).toBe('分解表');
    expect(d.projects).toEqual([
      {
        number: 1,
        numeral: '一',
        title: '教育',
        category: 'ENGINEERING', // from the band above
        tasks: [
          task({
            number: 1,
            row: 4,
            content: '新建幼儿园',
            units: ['区教育局', '区城市更新局'],
            deadlineMonth: '2024-09',
            planText: '3月底前选址；9月底前开园',
            note: '甲',
            milestones: [step('m1', '3月底前', '2024-03-31', '3月底前选址'), step('m2', '9月底前', '2024-09-30', '9月底前开园')],
          }),
          // Units and deadline carried from the row above; the next row continues it (plan, note, one more unit).
          task({
            number: 2,
            row: 5,
            content: '改造运动场',
            units: ['区教育局', '区城市更新局', '区民政局'],
            deadlineMonth: '2024-09',
            planText: '年底前验收',
            note: '乙',
            milestones: [step('m1', '年底前', '2024-12-31', '年底前验收')],
          }),
        ],
      },
      {
        number: 2,
        numeral: '二',
        title: '医疗',
        category: 'SERVICE',
        tasks: [task({ number: 3, row: 10, content: '社区健康中心', units: ['各街道', '区卫生健康局'], deadlineMonth: '2025-03', crossYear: true })],
      },
      // 其他 is no category; the band's 服务类 does not reach past a row that names its own.
      {
        number: 3,
        numeral: '三',
        title: '养老',
        category: null,
        tasks: [task({ number: 4, row: 13, content: '长者食堂', units: ['区民政局'], deadlineMonth: null })],
      },
    ]);
  });

  it('says what is wrong, row by row; 跨年度 only as a note', () => {
    const d = parseAppendixGrid(GRID, 2024, unit, '分解表');
    const i = (row: number, kind: string, value?: string, blocking = true) => ({ sheet: '分解表', row, kind, value, blocking });
    expect(d.issues).toEqual([
      i(10, 'cross_year', '2025年3月底前', false),
      i(11, 'bad_number', 'x'),
      i(12, 'deadline_year', '2023年12月'),
      i(12, 'duplicate_number', '3'),
      i(13, 'bad_category', '其他'),
      i(13, 'too_long', `${'局'.repeat(20)}…`),
      i(13, 'bad_deadline', '尽快'),
      i(14, 'empty_task', '6'), // a numbered row with no task
      i(14, 'empty_task'), // and its project has none
    ]);
  });

  it('rows that are not data, with why; unknown names once, with every row they are written on', () => {
    const d = parseAppendixGrid(GRID, 2024, unit, '分解表');
    expect(d.skipped.map((s) => [s.row, s.why])).toEqual([
      [1, 'before_header'],
      [3, 'title_band'],
      [7, 'blank'],
      [8, 'repeated_header'],
      [9, 'title_band'],
      [15, 'footer'],
      [16, 'footer'],
    ]);
    expect(d.skipped.every((s) => s.sheet === '分解表')).toBe(true);
    expect(d.unknownUnits).toEqual([
      { name: '区城市更新局', rows: [4, 12], collective: false, suggestions: ['区民政局'] },
      { name: '各街道', rows: [10], collective: true, suggestions: [] },
    ]);
    expect(d.newUnits).toEqual(['区城市更新局']);
  });

  it('a table without a header row is one message and nothing else', () => {
    expect(
      parseAppendixGrid(
        [
          ['甲', '乙'],
          ['丙', '丁'],
        ],
        2024,
        unit,
      ),
    ).toEqual({
      layout: 'appendix',
      sheet: '一览表',
      projects: [],
      newUnits: [],
      issues: [{ sheet: '一览表', row: 1, kind: 'no_header', value: undefined, blocking: true }],
      skipped: [],
      unknownUnits: [],
    });
  });
});

describe('projects printed again, and tables without a task column', () => {
  const lookup = (n: string) => (n.startsWith('区') ? n : null);
  const shape = (g: string[][]) =>
    parseAppendixGrid(g, 2024, lookup).projects.map((p) => [p.number, p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.units])]);

  it('a project printed again later (一、 over a row after 二、) is the same project; the same title under another numeral is another', () => {
    expect(
      shape([
        ['序号', '项目名称', '具体任务', '责任单位', '完成时限'],
        ['1', '一、教育', '新建幼儿园', '区教育局', '9月底前'],
        ['2', '二、医疗', '社区中心', '区卫健局', '年底前'],
        ['3', '一、教育', '改造运动场', '区教育局', '年底前'],
        ['4', '三、教育', '同名不同号', '区教育局', '年底前'],
      ]),
    ).toEqual([
      [
        1,
        '一',
        '教育',
        [
          [1, '新建幼儿园', ['区教育局']],
          [3, '改造运动场', ['区教育局']],
        ],
      ],
      [2, '二', '医疗', [[2, '社区中心', ['区卫健局']]]],
      [3, '三', '教育', [[4, '同名不同号', ['区教育局']]]],
    ]);
  });

  it('no task column: each project row is its one task, numbered on; a unit name of exactly 40 characters is kept', () => {
    const forty = '区'.repeat(40);
    expect(
      shape([
        ['项目名称', '责任单位', '完成时限'],
        ['新建幼儿园', '区教育局', '9月底前'],
        ['改造运动场', `区教育局、${forty}`, '年底前'],
        ['改造运动场', '区民政局', ''],
      ]),
    ).toEqual([
      [1, '一', '新建幼儿园', [[1, '新建幼儿园', ['区教育局']]]],
      [2, '二', '改造运动场', [[2, '改造运动场', ['区教育局', forty, '区民政局']]]],
    ]);
  });
});
