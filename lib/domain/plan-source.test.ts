// Which plan a read workbook describes for the import year, and 日期顺延一年 (last year's file read
// for last year, then moved by a year) — the rules the xlsx worker runs beside the reading.
import { describe, expect, it } from 'vitest';
import { draftFromSheets, planFromSheets, unitLookup } from './plan-source';
import { withoutBlockedRows } from './plan-import';
import type { Grid } from './plan-import';

const UNITS = [{ name: '区教育局', fullName: '深圳市盐田区教育局' }, { name: '区民政局' }];
const table = (deadline: string, step: string): Grid => [
  ['序号', '项目名称', '项目内容', '责任单位', '完成时限', '工作计划'],
  [1, '教育优质均衡', '新建公办幼儿园2所', '深圳市盐田区教育局', deadline, step],
];
const sheets = (g: Grid) => ({ sheets: { 计划表: g }, order: ['计划表'] });
const deadlines = (r: ReturnType<typeof planFromSheets>) =>
  r.ok
    ? r.draft.projects.flatMap((p) => p.tasks.map((t) => ({ deadline: t.deadlineMonth, steps: t.milestones.map((m) => m.dueDate), units: t.units })))
    : r.error;

describe('planFromSheets', () => {
  it("reads the year's own file as it is; the full unit name matches its short name", () => {
    const r = planFromSheets(sheets(table('2031年9月底前', '4月底前：完成选址')), { year: 2031, shift: false, units: UNITS });
    expect(r).toMatchObject({ ok: true, suggestShift: false });
    expect(deadlines(r)).toEqual([{ deadline: '2031-09', steps: ['2031-04-30'], units: ['区教育局'] }]);
  });
  it("offers 日期顺延一年 for last year's file, and with it moves every date by one year", () => {
    const last = sheets(table('2030年9月底前', '2030年4月底前：完成选址'));
    expect(planFromSheets(last, { year: 2031, shift: false, units: UNITS })).toMatchObject({ ok: true, suggestShift: true });
    const moved = planFromSheets(last, { year: 2031, shift: true, units: UNITS });
    expect(moved).toMatchObject({ ok: true, suggestShift: false });
    expect(deadlines(moved)).toEqual([{ deadline: '2031-09', steps: ['2031-04-30'], units: ['区教育局'] }]);
  });
  it("does not offer the shift for this year's file with a task that runs into next year (跨年度)", () => {
    const g = table('2031年9月底前', '');
    g.push([2, '养老服务', '新建长者食堂3家', '区民政局', '2032年3月底前', '']);
    const r = planFromSheets(sheets(g), { year: 2031, shift: false, units: UNITS });
    expect(r).toMatchObject({ ok: true, suggestShift: false });
    expect(r.ok && r.draft.projects.flatMap((p) => p.tasks.map((t) => t.crossYear))).toEqual([false, true]);
  });
  it('refuses sheets without a table, and takes the first sheet that has one', () => {
    expect(planFromSheets(sheets([['说明'], ['本表无数据']]), { year: 2031, shift: false, units: UNITS })).toEqual({ ok: false, error: 'no_table' });
    // A sheet whose header lacks a column: refused with that sheet, row and column, so the message can name them.
    const noDeadline = { sheets: { 说明: [['填表说明']], 任务表: [['序号', '项目名称', '项目内容', '责任单位', '进度安排']] }, order: ['说明', '任务表'] };
    expect(planFromSheets(noDeadline, { year: 2031, shift: false, units: UNITS })).toEqual({
      ok: false,
      error: 'no_table',
      header: { sheet: '任务表', row: 1, found: ['序号', '项目名称', '项目内容', '责任单位', '进度安排'], missing: ['deadline'], plan: '进度安排' },
    });
    const two = { sheets: { 说明: [['填表说明']], 计划表: table('年底前', '') }, order: ['说明', '计划表'] };
    const d = draftFromSheets(two, 2031, unitLookup(UNITS));
    expect(d?.sheet).toBe('计划表');
    expect(d?.projects[0]?.tasks[0]?.deadlineMonth).toBe('2031-12');
  });
  it('says so when another sheet holds a plan table too: its tasks are not imported, never silently', () => {
    const service: Grid = [
      ['2031年民生实事（服务类）', '', '', '', '', ''],
      ['序号', '项目名称', '项目内容', '责任单位', '完成时限', '工作计划'],
      [1, '养老服务', '新建长者食堂3家', '区民政局', '9月底前', ''],
      [2, '养老服务', '开展居家养老服务1000人次', '区民政局', '年底前', ''],
    ];
    const three = { sheets: { 工程类: table('年底前', ''), 说明: [['填表说明']], 服务类: service }, order: ['工程类', '说明', '服务类'] };
    const d = draftFromSheets(three, 2031, unitLookup(UNITS))!;
    expect(d.sheet).toBe('工程类');
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.content))).toEqual(['新建公办幼儿园2所']);
    // At its first task, as a warning: the office decides (one sheet per import; merge the sheets to import both).
    expect(d.issues).toEqual([{ sheet: '服务类', row: 3, kind: 'other_sheet', value: '2', blocking: false }]);
  });
});

describe('读取全部计划工作表 (allSheets): every sheet with a plan table, as one plan', () => {
  const header = ['序号', '项目名称', '项目内容', '责任单位', '完成时限', '工作计划'];
  const book = (a: Grid, b: Grid) => ({ sheets: { 工程类: a, 说明: [['填表说明']], 服务类: b }, order: ['工程类', '说明', '服务类'] });
  const lookup = unitLookup(UNITS);
  const tasksOf = (d: ReturnType<typeof draftFromSheets>) => d!.projects.flatMap((p) => p.tasks.map((t) => [t.sheet, t.row, t.number, t.content]));

  it('numbers a sheet that counts from 1 again on after the sheet before; renumbers projects both sheets call 一', () => {
    const works: Grid = [
      header,
      [1, '教育优质均衡', '新建公办幼儿园2所', '区教育局', '9月底前', ''],
      [2, '教育优质均衡', '改扩建小学1所', '区教育局', '年底前', ''],
    ];
    const service: Grid = [header, [1, '养老服务', '新建长者食堂3家', '区民政局', '9月底前', '']];
    const d = draftFromSheets(book(works, service), 2031, lookup, true)!;
    expect(tasksOf(d)).toEqual([
      ['工程类', 2, 1, '新建公办幼儿园2所'],
      ['工程类', 3, 2, '改扩建小学1所'],
      ['服务类', 2, 3, '新建长者食堂3家'],
    ]);
    // Each sheet's name says its projects' category (the table has no column for it).
    expect(d.projects.map((p) => [p.number, p.numeral, p.title, p.category])).toEqual([
      [1, '一', '教育优质均衡', 'ENGINEERING'],
      [2, '二', '养老服务', 'SERVICE'],
    ]);
    expect(d.issues).toEqual([]);
    // Without the choice the second sheet is named, not read.
    expect(draftFromSheets(book(works, service), 2031, lookup)!.issues.map((i) => i.kind)).toEqual(['other_sheet']);
  });

  it('keeps numbers and numerals that already run on from sheet to sheet (一、二 then 三; tasks 1–2 then 3)', () => {
    const works: Grid = [
      header,
      ['一', '教育', '', '', '', ''],
      [1, '', '新建公办幼儿园2所', '区教育局', '9月底前', ''],
      ['二', '医疗', '', '', '', ''],
      [2, '', '新建社康2家', '区教育局', '年底前', ''],
    ];
    const service: Grid = [header, ['三', '养老服务', '', '', '', ''], [3, '', '新建长者食堂3家', '区民政局', '9月底前', '']];
    const d = draftFromSheets(book(works, service), 2031, lookup, true)!;
    expect(tasksOf(d).map((t) => t[2])).toEqual([1, 2, 3]);
    expect(d.projects.map((p) => p.numeral)).toEqual(['一', '二', '三']);
  });

  it("a row's problem is its own sheet's: leaving it out leaves the other sheet's task of the same row number in", () => {
    const works: Grid = [header, [1, '教育优质均衡', '新建公办幼儿园2所', '区教育局', '9月底前', '']];
    const service: Grid = [header, [1, '养老服务', '新建长者食堂3家', '区民政局', '2020年9月', '']];
    const d = draftFromSheets(book(works, service), 2031, lookup, true)!;
    expect(d.issues.filter((i) => i.blocking).map((i) => [i.sheet, i.row, i.kind])).toEqual([['服务类', 2, 'deadline_year']]);
    expect(tasksOf(withoutBlockedRows(d))).toEqual([['工程类', 2, 1, '新建公办幼儿园2所']]);
  });

  it('lists an unknown unit sheet by sheet', () => {
    const works: Grid = [header, [1, '教育', '新建公办幼儿园2所', '区城市更新局', '9月底前', '']];
    const service: Grid = [
      header,
      ['', '', '', '', '', ''],
      [1, '养老', '新建长者食堂3家', '区城市更新局', '9月底前', ''],
      [2, '养老', '助餐点10个', '区城市更新局', '年底前', ''],
    ];
    const d = draftFromSheets(book(works, service), 2031, lookup, true)!;
    expect(d.unknownUnits).toMatchObject([
      {
        name: '区城市更新局',
        rows: [2],
        sheets: [
          { sheet: '工程类', rows: [2] },
          { sheet: '服务类', rows: [3, 4] },
        ],
      },
    ]);
    expect(d.newUnits).toEqual(['区城市更新局']);
  });
});

describe('a Word table split in two (a page break or an empty paragraph between its parts)', () => {
  const head: Grid = [
    ['序号', '项目名称', '项目内容', '责任单位', '完成时限', '工作计划'],
    ['一', '教育优质均衡', '新建公办幼儿园2所', '区教育局', '9月底前', ''],
  ];
  const rest: Grid = [
    ['二', '养老服务', '新建长者食堂3家', '区民政局', '年底前', ''],
    ['三', '就业服务', '开展招聘会20场', '区民政局', '年底前', ''],
  ];
  const contacts: Grid = [['联系人', '张三', '电话', '12345678']];
  const word = (order: [string, Grid][]) => ({ sheets: Object.fromEntries(order), order: order.map(([n]) => n), tablesContinue: true });
  const contents = (d: ReturnType<typeof draftFromSheets>) => d!.projects.flatMap((p) => p.tasks.map((t) => t.content));
  it('in a Word document, a table without a header, as wide as the plan table before it, continues it', () => {
    const d = draftFromSheets(
      word([
        ['Sheet1', head],
        ['Sheet2', rest],
        ['Sheet3', contacts],
      ]),
      2031,
      unitLookup(UNITS),
    )!;
    expect(contents(d)).toEqual(['新建公办幼儿园2所', '新建长者食堂3家', '开展招聘会20场']);
    expect(d.projects.map((p) => p.title)).toEqual(['教育优质均衡', '养老服务', '就业服务']);
    expect(d.issues).toEqual([]);
  });
  it('a narrower table (a contact line) does not; nor does a table before the plan table; nor sheets of a workbook', () => {
    expect(
      contents(
        draftFromSheets(
          word([
            ['Sheet1', contacts],
            ['Sheet2', head],
          ]),
          2031,
          unitLookup(UNITS),
        ),
      ),
    ).toEqual(['新建公办幼儿园2所']);
    expect(
      contents(
        draftFromSheets(
          word([
            ['Sheet1', head],
            ['Sheet2', contacts],
          ]),
          2031,
          unitLookup(UNITS),
        ),
      ),
    ).toEqual(['新建公办幼儿园2所']);
    const workbook = {
      ...word([
        ['Sheet1', head],
        ['Sheet2', rest],
      ]),
      tablesContinue: false,
    };
    expect(contents(draftFromSheets(workbook, 2031, unitLookup(UNITS)))).toEqual(['新建公办幼儿园2所']);
  });
});
