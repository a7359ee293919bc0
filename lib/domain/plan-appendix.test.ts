// Plan tables laid out as offices keep them: title and 填报单位 lines above a two-row header
// (责任单位 over 牵头单位 | 配合单位), 序号 holding the project's numeral merged over its tasks (merged
// cells repeat their text), tasks numbered inside their cells, official deadline wording, 备注, a
// one-row project, a footer. Each case states the whole preview it must give.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAppendixGrid } from './plan-appendix';
import { findHeaderBand, headerRole, HEADER_VOCABULARY, splitNumeral, splitTaskNumber } from './plan-table';
import { closestUnits, isCollective, matchUnit, normalizeUnitName, splitUnitCell, type UnitNames } from './unit-names';
import { isWritable, type PlanDraft } from './plan-import';

const UNITS: UnitNames[] = [
  { name: '区教育局', code: 'jyj', fullName: '深圳市盐田区教育局', aliases: ['盐田区教育局'] },
  { name: '区卫健局', code: 'wjj', fullName: '深圳市盐田区卫生健康局', aliases: ['区卫生健康局'] },
  { name: '区民政局', code: 'mzj', fullName: '深圳市盐田区民政局' },
  { name: '区住建局', code: 'zjj', fullName: '深圳市盐田区住房和建设局' },
  { name: '区工务署', code: 'gws' },
  { name: '盐田交通运输局', code: 'jtj' },
];
const lookup = Object.assign((n: string) => matchUnit(n, UNITS), { suggest: (n: string) => closestUnits(n, UNITS, 3) });

const summary = (d: PlanDraft) =>
  d.projects.map((p) => ({
    numeral: p.numeral,
    title: p.title,
    tasks: p.tasks.map((t) => ({
      number: t.number,
      content: t.content,
      units: t.units,
      deadline: t.deadlineMonth,
      crossYear: t.crossYear,
      steps: t.milestones.map((m) => m.dueDate),
      note: t.note,
    })),
  }));

describe('a district 任务分解表 with a two-row header, merged numerals and co-unit columns', () => {
  const T = '2024年区民生实事项目任务分解表';
  const grid = [
    [T, T, T, T, T, T, T], // merged title
    ['填报单位：区政府督查室', '', '', '', '', '填报日期：2024年1月10日', '填报日期：2024年1月10日'],
    [],
    ['序号', '民生实事', '具体任务', '责任单位', '责任单位', '完成时限', '备注'],
    ['序号', '民生实事', '具体任务', '牵头单位', '配合单位', '完成时限', '备注'],
    ['一', '教育优质均衡', '1、新建公办幼儿园2所，新增学位540个', '盐田区教育局', '区工务署、区住建局', '9月底前', ''],
    ['一', '教育优质均衡', '2、改造提升中小学运动场3个', '区教育局', '', '年底前', '分两批实施'],
    ['二', '医疗卫生服务', '（1）建成社区健康服务中心2家', '区卫生健康局', '各街道', '2024年11月底前', ''],
    ['二', '医疗卫生服务', '（2）开展老年人健康体检1万人次', '区卫生健康局', '区民政局', '年底前', ''],
    ['三', '住房保障', '筹集建设保障性住房1000套', '深圳市盐田区住房和建设局', '', '2025年3月底前', '跨年度项目'],
    ['四', '长者助餐', '新建长者食堂3家', '区民政局', '各街道、区卫健局', '上半年', ''],
    [],
    ['注：1.完成时限均指当年，另有注明的除外；2.牵头单位负责统筹推进。', '', '', '', '', '', ''],
    ['制表人：张三', '', '', '', '', '', ''],
  ];
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let d: ReturnType<typeof parseAppendixGrid>;
  beforeEach(() => {
    d = parseAppendixGrid(grid, 2024, lookup, '分解表');
  });

  it('finds the header band under the title and date lines, reads 牵头 and 配合 as lead then co-units', () => {
    const band = findHeaderBand(grid.map((r) => r.map(String)));
    expect(band).toMatchObject({ start: 3, rows: 2 });
    expect(Object.fromEntries(band!.columns)).toEqual({ 0: 'no', 1: 'project', 2: 'content', 3: 'lead', 4: 'co', 5: 'deadline', 6: 'note' });
  });
  it('gives every task with its units in order, its deadline, its note; numbers run 1…N; numerals from 序号', () => {
    expect(summary(d)).toEqual([
      {
        numeral: '一',
        title: '教育优质均衡',
        tasks: [
          {
            number: 1,
            content: '新建公办幼儿园2所，新增学位540个',
            units: ['区教育局', '区工务署', '区住建局'],
            deadline: '2024-09',
            crossYear: false,
            steps: [],
            note: '',
          },
          { number: 2, content: '改造提升中小学运动场3个', units: ['区教育局'], deadline: '2024-12', crossYear: false, steps: [], note: '分两批实施' },
        ],
      },
      {
        numeral: '二',
        title: '医疗卫生服务',
        tasks: [
          { number: 3, content: '建成社区健康服务中心2家', units: ['区卫健局', '各街道'], deadline: '2024-11', crossYear: false, steps: [], note: '' },
          { number: 4, content: '开展老年人健康体检1万人次', units: ['区卫健局', '区民政局'], deadline: '2024-12', crossYear: false, steps: [], note: '' },
        ],
      },
      {
        numeral: '三',
        title: '住房保障',
        tasks: [{ number: 5, content: '筹集建设保障性住房1000套', units: ['区住建局'], deadline: '2025-03', crossYear: true, steps: [], note: '跨年度项目' }],
      },
      {
        numeral: '四',
        title: '长者助餐',
        tasks: [
          { number: 6, content: '新建长者食堂3家', units: ['区民政局', '各街道', '区卫健局'], deadline: '2024-06', crossYear: false, steps: [], note: '' },
        ],
      },
    ]);
  });
  it('lists the rows that are not data, flags the cross-year task, and asks once about the collective entry', () => {
    expect(d.skipped.map((s) => [s.row, s.why])).toEqual([
      [1, 'before_header'],
      [2, 'before_header'],
      [12, 'blank'],
      [13, 'footer'],
      [14, 'footer'],
    ]);
    expect(d.issues.map((i) => [i.row, i.kind, i.blocking])).toEqual([[10, 'cross_year', false]]);
    expect(d.unknownUnits).toEqual([{ name: '各街道', rows: [8, 11], collective: true, suggestions: [] }]);
    expect(d.newUnits).toEqual([]);
    expect(isWritable(d)).toBe(true);
  });
});

describe('a city 一览表: 序号 1 2 3 merged over projects, steps in the plan column, a blank 序号 on a continuation row', () => {
  const grid = [
    ['序号', '项目名称', '建设内容', '工作举措及实施计划', '责任单位', '完成时间'],
    [1, '老旧小区改造', '1.完成老旧小区改造10个', '1.4月底前完成设计；2.8月底前完成施工；3.12月底前完成验收。', '区住建局', '12月底前'],
    [1, '老旧小区改造', '2.加装电梯100台', '3月底前新建成20台；6月底前累计50台；年底前累计100台。', '区住建局\n各街道', '年内'],
    ['', '', '', '持续跟踪群众满意度', '', ''],
    [2, '交通微改造', '完成路口改造5处', '4月底前：完成选址\n三季度：完工', '盐田交通运输局、区工务署', '2024.9'],
    [3, '公园建设', '新建口袋公园3个', '第二季度开工；10月投入使用', '区城管局', '10月投入使用'],
  ];
  // Built in a hook, not at collection: mutation testing activates a mutant only from the hooks on.
  let d: ReturnType<typeof parseAppendixGrid>;
  beforeEach(() => {
    d = parseAppendixGrid(grid, 2024, lookup);
  });
  it('reads projects from the merged 序号, tasks from their cells, steps from numbered and semicolon lists', () => {
    expect(summary(d).map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.units, t.deadline, t.steps])])).toEqual([
      [
        '一',
        '老旧小区改造',
        [
          [1, '完成老旧小区改造10个', ['区住建局'], '2024-12', ['2024-04-30', '2024-08-31', '2024-12-31']],
          [2, '加装电梯100台', ['区住建局', '各街道'], '2024-12', ['2024-03-31', '2024-06-30', '2024-12-31']],
        ],
      ],
      ['二', '交通微改造', [[3, '完成路口改造5处', ['盐田交通运输局', '区工务署'], '2024-09', ['2024-04-30', '2024-09-30']]]],
      ['三', '公园建设', [[4, '新建口袋公园3个', ['区城管局'], '2024-10', ['2024-06-30', '2024-10-31']]]],
    ]);
    expect(d.projects[0]!.tasks[1]!.planText).toContain('持续跟踪群众满意度');
  });
  it('offers the unknown unit with the closest names, once', () => {
    expect(d.unknownUnits.map((u) => [u.name, u.rows, u.collective])).toEqual([
      ['各街道', [3], true],
      ['区城管局', [6], false],
    ]);
    expect(d.issues).toEqual([]);
  });
});

describe('序号 in the two levels of official numbering: 一、 over （一）', () => {
  const read = (grid: (string | number)[][]) =>
    parseAppendixGrid(grid, 2024, lookup).projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content])]);
  const tasks = [
    [1, '新建公办幼儿园2所'],
    [2, '新增学位2000个'],
  ];
  it('a project row 一、教育 (or 一 beside its title), its tasks （一） （二） under it', () => {
    expect(
      read([
        ['序号', '任务', '责任单位', '完成时限'],
        ['一、教育', '', '', ''],
        ['（一）', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['（二）', '新增学位2000个', '区教育局', '9月底前'],
        ['二、养老', '', '', ''],
        ['（一）', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual([
      ['一', '教育', tasks],
      ['二', '养老', [[3, '新建长者食堂3家']]],
    ]);
    expect(
      read([
        ['序号', '项目及任务', '责任单位', '完成时限'],
        ['一', '教育提升工程', '', ''],
        ['（一）', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['（二）', '新增学位2000个', '区教育局', '9月底前'],
      ]),
    ).toEqual([['一', '教育提升工程', tasks]]);
  });
  it('（一） （二） starting again under each project of a project column number its tasks, not projects', () => {
    expect(
      read([
        ['序号', '项目名称', '任务内容', '责任单位', '完成时限'],
        ['（一）', '教育', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['（二）', '教育', '新增学位2000个', '区教育局', '9月底前'],
        ['（一）', '养老', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual([
      ['一', '教育', tasks],
      ['二', '养老', [[3, '新建长者食堂3家']]],
    ]);
    // Merged over a project's rows with no project column: （一） （二） number projects — their titles unknown, so
    // each is 未命名项目 and the preview says so at its first row (a warning: the title can be edited after import).
    const untitled = [
      ['序号', '任务内容', '责任单位', '完成时限'],
      ['（一）', '新建公办幼儿园2所', '区教育局', '年底前'],
      ['（一）', '新增学位2000个', '区教育局', '9月底前'],
      ['（二）', '新建长者食堂3家', '区民政局', '年底前'],
    ];
    expect(read(untitled)).toEqual([
      ['一', '未命名项目', tasks],
      ['二', '未命名项目', [[3, '新建长者食堂3家']]],
    ]);
    expect(parseAppendixGrid(untitled, 2024, lookup).issues).toEqual([
      { sheet: '一览表', row: 2, kind: 'untitled_project', value: '一', blocking: false },
      { sheet: '一览表', row: 4, kind: 'untitled_project', value: '二', blocking: false },
    ]);
    // Repeated on a project's rows (a merge) and never starting again: （一） （二） number projects, as before.
    expect(
      read([
        ['序号', '项目名称', '任务内容', '责任单位', '完成时限'],
        ['（一）', '教育', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['（一）', '教育', '新增学位2000个', '区教育局', '9月底前'],
        ['（二）', '养老', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual([
      ['一', '教育', tasks],
      ['二', '养老', [[3, '新建长者食堂3家']]],
    ]);
  });
});

describe('a project as a band row (一、教育 merged across the table, or alone in 序号) over tasks numbered 1 2 3', () => {
  const read = (grid: (string | number)[][]) => {
    const d = parseAppendixGrid(grid, 2024, lookup);
    return { projects: d.projects.map((p) => [p.numeral, p.title, p.category, p.tasks.map((t) => [t.number, t.content, t.units])]), issues: d.issues };
  };
  const header = ['序号', '项目内容', '责任单位', '完成时限'];
  const band = (text: string) => [text, text, text, text];
  const expected = {
    projects: [
      [
        '一',
        '教育',
        null,
        [
          [1, '新建公办幼儿园2所', ['区教育局']],
          [2, '新增学位2000个', ['区教育局']],
        ],
      ],
      ['二', '养老', null, [[3, '新建长者食堂3家', ['区民政局']]]],
    ],
    issues: [],
  };
  it('a band merged across the row names the project of the tasks under it, numbered on or starting again', () => {
    // Before: the bands were skipped as titles and every task fell into one 未命名项目, without a word.
    const rows = (third: string) => [
      header,
      band('一、教育'),
      ['1', '新建公办幼儿园2所', '区教育局', '年底前'],
      ['2', '新增学位2000个', '区教育局', '9月底前'],
      band('二、养老'),
      [third, '新建长者食堂3家', '区民政局', '年底前'],
    ];
    expect(read(rows('3'))).toEqual(expected);
    expect(read(rows('1'))).toEqual(expected);
    // Numbers that never repeat are the tasks' own, as 序号 of tasks is elsewhere (a row left out keeps its gap).
    expect(read(rows('5')).projects.flatMap((p) => (p[3] as [number][]).map((t) => t[0]))).toEqual([1, 2, 5]);
  });
  it('a band in 序号 alone (its count of tasks, （2项）, is no part of the title), or 一 beside its title in the task column, does the same', () => {
    expect(
      read([
        header,
        ['一、教育（2项）', '', '', ''],
        ['1', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['2', '新增学位2000个', '区教育局', '9月底前'],
        ['二、养老（共1项）', '', '', ''],
        ['1', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual(expected);
    expect(
      read([
        ['序号', '项目及任务', '责任单位', '完成时限'],
        ['一', '教育', '', ''],
        ['1', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['2', '新增学位2000个', '区教育局', '9月底前'],
        ['二', '养老', '', ''],
        ['3', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual(expected);
  });
  it('tasks numbered in their own cell under bands, 序号 blank; a category band over the project bands gives their category, a band with no numeral is a title', () => {
    expect(
      read([
        header,
        band('（一）工程类项目'),
        band('以下为新建项目'),
        band('一、教育'),
        ['', '1.新建公办幼儿园2所', '区教育局', '年底前'],
        ['', '2.新增学位2000个', '区教育局', '9月底前'],
        band('二、养老'),
        ['', '3.新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual({
      ...expected,
      projects: expected.projects.map((p) => [p[0], p[1], 'ENGINEERING', p[3]]),
    });
  });
  it('a task over two rows under a band (序号 and content merged, a step on each row) is one task', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目内容', '责任单位', '完成时限', '进度安排'],
        ['一、教育', '一、教育', '一、教育', '一、教育', '一、教育'],
        ['1', '新建公办幼儿园2所', '区教育局', '年底前', '6月底前完成选址'],
        ['1', '新建公办幼儿园2所', '区教育局', '年底前', '9月底前主体完工'],
        ['2', '新增学位2000个', '区教育局', '9月底前', ''],
      ],
      2024,
      lookup,
    );
    expect(d.projects.map((p) => [p.title, p.tasks.map((t) => [t.number, t.milestones.map((m) => m.dueDate)])])).toEqual([
      [
        '教育',
        [
          [1, ['2024-06-30', '2024-09-30']],
          [2, []],
        ],
      ],
    ]);
    expect(d.issues).toEqual([]);
  });
  it('beside a project column a band groups projects, numbered 1 1 2 merged over their tasks (as before)', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '任务内容', '责任单位', '完成时限'],
        ['一、教育类', '一、教育类', '一、教育类', '一、教育类', '一、教育类'],
        ['1', '学前教育', '新建公办幼儿园2所', '区教育局', '年底前'],
        ['1', '学前教育', '新增学位2000个', '区教育局', '9月底前'],
        ['2', '养老服务', '新建长者食堂3家', '区民政局', '年底前'],
      ],
      2024,
      lookup,
    );
    expect(d.projects.map((p) => [p.title, p.tasks.map((t) => t.number)])).toEqual([
      ['学前教育', [1, 2]],
      ['养老服务', [3]],
    ]);
    expect(d.issues).toEqual([]);
    expect(d.skipped.map((x) => [x.row, x.why])).toEqual([[2, 'title_band']]);
  });
  it('bracketed numbers alone in 序号, no band and no project column: each row a project of one task, as before', () => {
    expect(
      read([header, ['（一）', '新建公办幼儿园2所', '区教育局', '年底前'], ['（二）', '新建长者食堂3家', '区民政局', '年底前']]).projects.map((p) => [
        p[0],
        (p[3] as unknown[]).length,
      ]),
    ).toEqual([
      ['一', 1],
      ['二', 1],
    ]);
  });
});

describe('three levels: a group (一、学有优教, or a category), its projects （一） （二）, their tasks 1 2 3', () => {
  const read = (grid: (string | number)[][]) => {
    const d = parseAppendixGrid(grid, 2024, lookup);
    return {
      projects: d.projects.map((p) => [p.numeral, p.title, p.category, p.tasks.map((t) => [t.number, t.content])]),
      issues: d.issues,
      skipped: d.skipped.map((x) => [x.row, x.why]),
    };
  };
  const header = ['序号', '项目内容', '责任单位', '完成时限'];
  const band = (text: string) => [text, text, text, text];
  const projects = (category: (i: number) => string | null = () => null) => [
    [
      '一',
      '学前教育',
      category(0),
      [
        [1, '新建公办幼儿园2所'],
        [2, '新增学位2000个'],
      ],
    ],
    ['二', '义务教育', category(1), [[3, '新建学校1所']]],
    ['三', '居家养老', category(2), [[4, '新建长者食堂3家']]],
  ];
  const rows = (level1: (t: string) => string[], level2: (t: string) => string[], numbers: string[], last = '（一）居家养老') => [
    header,
    level1('一、学有优教'),
    level2('（一）学前教育'),
    [numbers[0]!, '新建公办幼儿园2所', '区教育局', '年底前'],
    [numbers[1]!, '新增学位2000个', '区教育局', '9月底前'],
    level2('（二）义务教育'),
    [numbers[2]!, '新建学校1所', '区教育局', '年底前'],
    level1('二、老有颐养'),
    level2(last),
    [numbers[3]!, '新建长者食堂3家', '区民政局', '年底前'],
  ];
  const alone = (text: string) => [text, '', '', ''];
  it('bands merged across the table: the outer band groups (listed as skipped), the inner names the project; numbers on or starting again', () => {
    // Before: 这一行没有任务内容 at each 一、 band, and （一） starting again under 二、 gave two projects numbered 一.
    const expected = {
      projects: projects(),
      issues: [],
      skipped: [
        [2, 'title_band'],
        [8, 'title_band'],
      ],
    };
    expect(read(rows(band, band, ['1', '2', '3', '4']))).toEqual(expected);
    expect(read(rows(band, band, ['1', '2', '1', '1']))).toEqual(expected);
    // Tasks numbered in their own cell, 序号 blank.
    const inCell = rows(band, band, ['', '', '', '']).map((r, i) =>
      i === 3 || i === 4 || i === 6 || i === 9 ? [r[0]!, `${[0, 0, 0, 1, 2, 0, 3, 0, 0, 4][i]}.${r[1]}`, r[2]!, r[3]!] : r,
    );
    expect(read(inCell)).toEqual(expected);
  });
  it('the levels alone in 序号, or 一 and （一） beside their titles in one column for projects and tasks, read the same', () => {
    expect(read(rows(alone, alone, ['1', '2', '3', '4'], '（三）居家养老'))).toEqual({
      projects: projects(),
      issues: [],
      skipped: [
        [2, 'title_band'],
        [8, 'title_band'],
      ],
    });
    const beside = (t: string) => {
      const { numeral, rest } = splitNumeral(t);
      return [t.startsWith('（') ? `（${numeral}）` : numeral!, rest, '', ''];
    };
    const grid = rows(beside, beside, ['1', '2', '3', '4']);
    grid[0] = ['序号', '项目及任务', '责任单位', '完成时限'];
    expect(read(grid)).toEqual({
      projects: projects(),
      issues: [],
      skipped: [
        [2, 'title_band'],
        [8, 'title_band'],
      ],
    });
  });
  it('a category over the projects, merged or alone in 序号, gives their category; projects in brackets over tasks, with no group, read as projects', () => {
    const byCategory = (i: number) => (i < 2 ? 'ENGINEERING' : 'SERVICE');
    for (const level1 of [band, alone]) {
      const grid = rows(level1, band, ['1', '2', '3', '4'], '（三）居家养老');
      grid[1] = level1('一、工程类项目');
      grid[7] = level1('二、服务类项目');
      expect(read(grid)).toEqual({
        projects: projects(byCategory),
        issues: [],
        skipped: [
          [2, 'title_band'],
          [8, 'title_band'],
        ],
      });
    }
    const noGroup = rows(band, band, ['1', '2', '3', '4'], '（三）居家养老').filter((_, i) => i !== 1 && i !== 7);
    expect(read(noGroup)).toEqual({ projects: projects(), issues: [], skipped: [] });
  });
});

describe('a task over two rows whose 备注 of two lines is merged over both', () => {
  it('keeps the note once, each line once', () => {
    const note = '分两批实施\n第一批9月前完成';
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '建设内容', '工作计划', '责任单位', '完成时限', '备注'],
        [1, '运动场改造', '改造提升中小学运动场3个', '6月底前完成设计', '区教育局', '年底前', note],
        [1, '运动场改造', '改造提升中小学运动场3个', '9月底前完成第一批', '区教育局', '年底前', note],
      ],
      2024,
      lookup,
    );
    expect(d.projects[0]!.tasks.map((t) => [t.note, t.milestones.map((m) => m.dueDate)])).toEqual([[note, ['2024-06-30', '2024-09-30']]]);
  });
});

describe('a 推进计划表 whose plan is a column per period (进度安排 over 第一季度…第四季度)', () => {
  const grid = [
    ['2025年民生实事项目推进计划表', '', '', '', '', '', '', ''],
    ['序号', '项目名称', '责任单位', '完成时限', '进度安排', '进度安排', '进度安排', '进度安排'],
    ['序号', '项目名称', '责任单位', '完成时限', '第一季度', '第二季度', '第三季度', '第四季度'],
    ['1', '新建公办幼儿园2所', '区教育局', '年底前', '完成选址和立项', '1.完成设计\n2.完成施工招标', '主体结构封顶', '竣工验收并开园'],
    ['2', '加装电梯100台', '区住建局', '2025年12月', '新增加装电梯20台', '累计加装电梯50台', '累计加装电梯80台', '累计加装电梯100台'],
    ['3', '建成长者饭堂3家', '区民政局', '9月底前', '完成选点', '', '建成3家', '√'],
  ];
  let d: PlanDraft;
  beforeEach(() => {
    d = parseAppendixGrid(grid, 2025, lookup, '推进计划表');
  });

  it('reads the two header rows as one band: no task is made of the header', () => {
    expect(d.issues).toEqual([]);
    expect(d.skipped).toEqual([{ sheet: '推进计划表', row: 1, why: 'before_header' }]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.content, t.units, t.deadlineMonth]))).toEqual([
      ['新建公办幼儿园2所', ['区教育局'], '2025-12'],
      ['加装电梯100台', ['区住建局'], '2025-12'],
      ['建成长者饭堂3家', ['区民政局'], '2025-09'],
    ]);
  });
  it('makes each period its step, in the words of its cell; a blank period or a mere mark makes none', () => {
    const [t1, t2, t3] = d.projects.flatMap((p) => p.tasks);
    // A cell of several lines is one step.
    expect(t1!.planText).toBe('第一季度：完成选址和立项\n第二季度：1.完成设计；2.完成施工招标\n第三季度：主体结构封顶\n第四季度：竣工验收并开园');
    expect(t1!.milestones.map((m) => [m.periodLabel, m.dueDate, m.text])).toEqual([
      ['第一季度', '2025-03-31', '第一季度：完成选址和立项'],
      ['第二季度', '2025-06-30', '第二季度：1.完成设计；2.完成施工招标'],
      ['第三季度', '2025-09-30', '第三季度：主体结构封顶'],
      ['第四季度', '2025-12-31', '第四季度：竣工验收并开园'],
    ]);
    expect(t3!.milestones.map((m) => [m.periodLabel, m.dueDate])).toEqual([
      ['第一季度', '2025-03-31'],
      ['第三季度', '2025-09-30'],
    ]);
    // The figures its periods set: rising to the target, so cumulative.
    expect(t2!.indicators).toEqual([
      { key: 'i1', name: '加装电梯', unitOfMeasure: '台', isPercent: false, direction: 'EXACTLY', target: 100, accrual: 'MILESTONES' },
    ]);
    expect(t2!.milestones.map((m) => m.cumulativeTarget)).toEqual([20, 50, 80, 100]);
  });
});

describe('上半年计划 | 下半年计划: a period whose cell dates its own steps', () => {
  it('keeps the steps the cell dates itself, and names the period for a cell that does not', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '具体任务', '责任单位', '完成时限', '上半年计划', '下半年计划'],
        ['1', '建设5个社区公园', '区城管局', '2025年11月', '完成设计和招标', '7-9月：完成3个公园建设；10-11月：完成剩余2个'],
      ],
      2025,
      lookup,
    );
    // A table of tasks only: one project, untitled (said as a warning).
    expect(d.issues).toEqual([{ sheet: '一览表', row: 2, kind: 'untitled_project', value: '一', blocking: false }]);
    expect(d.projects[0]!.tasks[0]!.milestones.map((m) => [m.periodLabel, m.dueDate, m.text])).toEqual([
      ['上半年', '2025-06-30', '上半年：完成设计和招标'],
      ['7-9月', '2025-09-30', '7-9月：完成3个公园建设'],
      ['10-11月', '2025-11-30', '10-11月：完成剩余2个'],
    ]);
  });
});

describe('a 挂图作战表 of months under 时间节点, with no deadline column', () => {
  it('takes the last period a task has a step (or a wall chart’s mark) in as its deadline', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '具体任务', '牵头单位', '时间节点', '时间节点', '时间节点', '时间节点', '备注'],
        ['', '', '', '3月底前', '6月底前', '9月底前', '12月底前', ''],
        ['1', '改造提升中小学运动场3个', '区教育局', '完成设计', '开工', '完成2个', '完成3个', ''],
        ['2', '建成社区健康服务中心2家', '区卫健局', '完成选址', '建成2家', '', '', '提前完成'],
        // A wall chart's marks: no step, but the work runs to the last one.
        ['3', '开展老年人健康体检1万人次', '区卫健局', '●', '●', '●', '', ''],
      ],
      2025,
      lookup,
    );
    expect(d.issues).toEqual([{ sheet: '一览表', row: 3, kind: 'untitled_project', value: '一', blocking: false }]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.content, t.deadlineMonth, t.milestones.map((m) => m.dueDate), t.note]))).toEqual([
      ['改造提升中小学运动场3个', '2025-12', ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'], ''],
      ['建成社区健康服务中心2家', '2025-06', ['2025-03-31', '2025-06-30'], '提前完成'],
      ['开展老年人健康体检1万人次', '2025-09', [], ''],
    ]);
  });
});

describe('a unit cell that names its person in charge', () => {
  it('reads the unit, and keeps the cell as written in the task’s note under its header', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '具体任务', '牵头单位', '配合单位', '完成时限', '备注'],
        ['1', '新建公办幼儿园2所', '区教育局（责任人：张三）', '区工务署', '年底前', '分两期'],
        ['2', '改造提升中小学运动场3个', '区教育局', '区工务署（李四）、区住建局', '9月底前', ''],
      ],
      2025,
      lookup,
    );
    expect(d.unknownUnits).toEqual([]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.units, t.note]))).toEqual([
      [['区教育局', '区工务署'], '牵头单位：区教育局（责任人：张三）\n分两期'],
      [['区教育局', '区工务署', '区住建局'], '配合单位：区工务署（李四）、区住建局'],
    ]);
  });
});

describe('序号 in two levels: a project’s row (1, 一), its tasks 1.1 1.2 or 1-1 1-2', () => {
  const read = (grid: string[][]) => {
    const d = parseAppendixGrid(grid, 2025, lookup);
    return { issues: d.issues, projects: d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.units, t.deadlineMonth])]) };
  };
  const truth = [
    [
      '一',
      '教育优质均衡',
      [
        [1, '新建幼儿园2所', ['区教育局'], '2025-12'],
        [2, '新增学位540个', ['区教育局'], '2025-09'],
      ],
    ],
    ['二', '长者助餐', [[3, '新建长者食堂3家', ['区民政局'], '2025-12']]],
  ];
  it('a project column and a task column, the project rows without a task', () => {
    expect(
      read([
        ['序号', '项目名称', '具体任务', '责任单位', '完成时限'],
        ['1', '教育优质均衡', '', '', ''],
        ['1-1', '', '新建幼儿园2所', '区教育局', '年底前'],
        ['1-2', '', '新增学位540个', '区教育局', '9月底前'],
        ['2', '长者助餐', '', '', ''],
        ['2-1', '', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual({ issues: [], projects: truth });
  });
  it('one column for projects and tasks (项目及任务), the projects numbered 一、二', () => {
    expect(
      read([
        ['序号', '项目及任务', '责任单位', '完成时限'],
        ['一', '教育优质均衡', '', ''],
        ['1.1', '新建幼儿园2所', '区教育局', '年底前'],
        ['1.2', '新增学位540个', '区教育局', '9月底前'],
        ['二', '长者助餐', '', ''],
        ['2.1', '新建长者食堂3家', '区民政局', '年底前'],
      ]),
    ).toEqual({ issues: [], projects: truth });
  });
});

describe('序号 | 民生实事 | 责任单位 | 完成时限: each item a project with one task', () => {
  it('makes one project and one task per item, numerals in order', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '民生实事', '责任单位', '完成时限'],
        ['1', '新增公办学位2000个', '区教育局', '2022年11月底前'],
        ['2', '建设社区养老服务中心', '区民政局', '9月底前'],
        ['3', '更新改造供水管网', '区住建局', '5月底前动工'],
      ],
      2022,
      lookup,
    );
    expect(summary(d).map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.deadline])])).toEqual([
      ['一', '新增公办学位2000个', [[1, '新增公办学位2000个', '2022-11']]],
      ['二', '建设社区养老服务中心', [[2, '建设社区养老服务中心', '2022-09']]],
      ['三', '更新改造供水管网', [[3, '更新改造供水管网', '2022-05']]],
    ]);
    expect(d.issues).toEqual([]);
  });
});

describe('every problem of a bad file at once', () => {
  it('lists each row with its problem; nothing stops at the first', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '项目内容', '责任单位', '完成时限'],
        ['一', '甲项目', '1.任务一', '区教育局', '尽快'],
        ['一', '甲项目', '2.任务二', '', '2023年底'],
        ['二', '乙项目', '任务三', '区民政局', 2024.1],
        ['三', '丙项目', '', '', ''],
      ],
      2024,
      lookup,
    );
    expect(d.issues.map((i) => [i.row, i.kind, i.value ?? ''])).toEqual([
      [2, 'bad_deadline', '尽快'],
      [3, 'deadline_year', '2023年底'],
      [4, 'ambiguous_deadline', '2024.1'],
      [5, 'empty_task', ''],
    ]);
    expect(isWritable(d)).toBe(false);
  });
});

describe('春节前 as plan tables write it', () => {
  it('with its year it is the festival’s eve (the next year’s flagged 跨年度); without, a message of its own that asks for the year', () => {
    const d = parseAppendixGrid(
      [
        ['序号', '民生实事', '责任单位', '完成时限'],
        ['1', '为困难群众发放春节慰问金', '区民政局', '2024年春节前'],
        ['2', '完成欠薪清零', '区人力局', '2025年春节前'],
        ['3', '开展送温暖活动', '区残联', '春节前'],
        ['4', '发放困难群众临时救助金', '区民政局', '年前发放到位'],
        ['5', '建成社区党群服务中心', '区民政局', '力争2025年前建成'],
        ['6', '完成老旧小区改造', '区住建局', '年中完成'],
      ],
      2024,
      lookup,
    );
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.deadlineMonth]))).toEqual([
      [1, '2024-02'],
      [2, '2025-01'],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
    ]);
    expect(d.issues.map((i) => [i.row, i.kind, i.value, i.blocking])).toEqual([
      [3, 'cross_year', '2025年春节前', false],
      [4, 'festival_deadline', '春节前', true],
      [5, 'eve_deadline', '年前发放到位', true],
      [6, 'year_before_deadline', '力争2025年前建成', true],
      [7, 'mid_year_deadline', '年中完成', true],
    ]);
  });
});

describe('a 项目表 with 计划完成时间, investment and start columns (a district’s 民生实事项目计划表)', () => {
  it('reads 计划完成时间 as the deadline and leaves the money and the start date out of the plan', () => {
    // Before: no header was found (计划完成时间 read as the plan, so no deadline column): 找不到表头, nothing imported.
    const d = parseAppendixGrid(
      [
        ['2027年民生实事项目计划表'],
        ['序号', '项目名称', '建设内容', '计划总投资（万元）', '年度计划投资（万元）', '计划开工时间', '计划完成时间', '责任单位'],
        ['1', '学前教育', '新建公办幼儿园2所', '12000', '5000', '2027年3月', '2027年12月', '区教育局'],
        ['2', '长者助餐', '新建长者食堂3家', '600', '600', '2027年1月', '2027年9月底', '区民政局'],
      ],
      2027,
      lookup,
    );
    // The money and the start date are no field of the plan: named in a warning that does not block.
    expect(d.issues).toEqual([
      { sheet: '一览表', row: 2, kind: 'columns_not_read', value: 'D 计划总投资（万元）、E 年度计划投资（万元）、F 计划开工时间', blocking: false },
    ]);
    expect(d.projects.map((p) => [p.title, p.tasks.map((t) => [t.content, t.deadlineMonth, t.planText, t.milestones.length])])).toEqual([
      ['学前教育', [['新建公办幼儿园2所', '2027-12', '', 0]]],
      ['长者助餐', [['新建长者食堂3家', '2027-09', '', 0]]],
    ]);
  });
});

describe('one column for the plan and the deadline (推进计划和时间节点) and no other deadline column', () => {
  it('its steps are the plan, the latest of them the deadline', () => {
    // Before: the column was the plan only, the table had no deadline column: 找不到表头, nothing imported.
    const d = parseAppendixGrid(
      [
        ['序号', '项目名称', '建设内容', '责任单位', '推进计划和时间节点'],
        ['1', '学前教育', '新建公办幼儿园2所', '区教育局', '6月底前完成设计，9月底前开工建设，年底前竣工'],
        ['2', '长者助餐', '新建长者食堂3家', '区民政局', '1.6月底前建成1家\n2.9月底前建成3家'],
      ],
      2027,
      lookup,
    );
    expect(d.issues).toEqual([]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.deadlineMonth, t.milestones.map((m) => m.dueDate)]))).toEqual([
      ['2027-12', ['2027-06-30', '2027-09-30', '2027-12-31']],
      ['2027-09', ['2027-06-30', '2027-09-30']],
    ]);
  });
});

describe('the header vocabulary', () => {
  it.each([
    ['实事项目', 'project'],
    ['项目名称', 'project'],
    ['民生实事', 'project'],
    ['具体任务', 'content'],
    ['项目内容', 'content'],
    ['工作任务', 'content'],
    ['建设内容', 'content'],
    ['完成时限', 'deadline'],
    ['完成时间', 'deadline'],
    ['时间节点', 'deadline'],
    ['工作举措及实施计划', 'plan'],
    ['推进计划', 'plan'],
    ['进度安排', 'plan'],
    ['2023年下半年任务目标及措施', 'plan'],
    ['上半年进展情况', 'progress'],
    ['备注', 'note'],
    ['牵头单位', 'lead'],
    ['配合单位', 'co'],
    ['协办单位', 'co'],
    ['责任单位', 'units'],
    ['完成时限（年月）', 'deadline'],
    ['序 号', 'no'],
    ['类别', 'category'],
    // A deadline planned (计划完成时间) is a deadline, not the plan: the longer word it contains decides.
    ['计划完成时间', 'deadline'],
    ['计划完成时限', 'deadline'],
    ['计划完成日期', 'deadline'],
    ['完成日期', 'deadline'],
    ['截止时间', 'deadline'],
    ['截止日期', 'deadline'],
    ['办结时间', 'deadline'],
    ['时间要求', 'deadline'],
    ['计划竣工时间', 'deadline'],
    ['竣工日期', 'deadline'],
    ['完工时间', 'deadline'],
    ['推进计划和时间节点', 'plan'],
    ['月度推进计划', 'plan'],
    // Dated steps under a word for targets (节点目标: 6月底前完成选址；…) are the plan; what counts as done is a target.
    ['节点目标', 'plan'],
    ['阶段目标', 'plan'],
    ['时间安排', 'plan'],
    ['实施步骤', 'plan'],
    ['工作措施', 'plan'],
    ['考核指标', 'target'],
    ['完成标志', 'target'],
    ['验收标准', 'target'],
    ['项目序号', 'no'],
    ['具体工作', 'content'],
    ['工作要点', 'content'],
    ['建设单位', 'units'],
    ['实施主体', 'units'],
    ['主管部门', 'units'],
  ] as const)('%s → %s', (word, role) => expect(headerRole(word)).toBe(role));
  it('money and start dates are no column of the plan (计划总投资 is not the plan, 计划开工时间 not the deadline)', () => {
    for (const w of [
      '计划总投资（万元）',
      '年度计划投资（万元）',
      '2027年计划投资',
      '投资计划',
      '资金计划',
      '年度预算',
      '计划开工时间',
      '开工时间',
      '开工日期',
      '开始时间',
    ])
      expect(headerRole(w), w).toBeNull();
  });
  it('short words only whole; unrelated headers have no role', () => {
    for (const w of ['原序号说明', '任务数说明文字很长很长很长很长很长很长很长', '金额', '']) expect(headerRole(w), w).not.toBe('no');
    expect(headerRole('金额（万元）')).toBeNull();
    expect(HEADER_VOCABULARY.content).toContain('具体任务');
  });
  it('numerals and task numbers inside cells', () => {
    expect(splitNumeral('一、教育')).toEqual({ numeral: '一', rest: '教育' });
    expect(splitNumeral('（二）医疗')).toEqual({ numeral: '二', rest: '医疗' });
    expect(splitNumeral('十一')).toEqual({ numeral: '十一', rest: '' });
    expect(splitNumeral('十大民生工程')).toEqual({ numeral: null, rest: '十大民生工程' });
    expect(['1、甲', '（1）甲', '(1)甲', '1.甲', '1．甲', '①甲'].map((s) => splitTaskNumber(s))).toEqual(Array(6).fill({ number: 1, rest: '甲' }));
    expect(splitTaskNumber('1.5万户改造')).toEqual({ number: null, rest: '1.5万户改造' });
  });
});

describe('unit names', () => {
  it('matches full, short and alias names; keeps names that are their own', () => {
    expect(
      ['深圳市盐田区教育局', '盐田区教育局', '区教育局', 'jyj', '区卫生健康局', '深圳市盐田区卫生健康局', '盐田交通运输局', '区城管局'].map((n) =>
        matchUnit(n, UNITS),
      ),
    ).toEqual(['区教育局', '区教育局', '区教育局', '区教育局', '区卫健局', '区卫健局', '盐田交通运输局', null]);
    expect(normalizeUnitName('深圳市盐田区卫生健康局')).toBe('区卫生健康局');
    expect(normalizeUnitName('中共深圳市盐田区委宣传部')).toBe('区委宣传部');
    expect(normalizeUnitName('盐田市场监管局')).toBe('盐田市场监管局');
  });
  it('collective entries', () => {
    expect(['各街道', '各镇（街道）', '各成员单位', '相关单位', '区教育局'].map(isCollective)).toEqual([true, true, true, true, false]);
  });
  it('splits cells with labels and brackets', () => {
    expect(splitUnitCell('牵头单位：区教育局；配合单位：区工务署、各镇（街道）')).toEqual(['区教育局', '区工务署', '各镇（街道）']);
  });
  it('a unit with its person in charge in brackets is the unit (区教育局（责任人：张三）); a bracket that is part of a name stays', () => {
    expect(['区教育局（张三）', '区教育局(责任人：李四 13800000000)', '深圳市盐田区教育局（分管领导：王五）'].map((n) => matchUnit(n, UNITS))).toEqual([
      '区教育局',
      '区教育局',
      '区教育局',
    ]);
    // Not a known unit before the bracket: asked about as written.
    expect(matchUnit('区城市更新局（张三）', UNITS)).toBeNull();
    expect(matchUnit('区教育局（张三）', [...UNITS, { name: '区教育局（张三）' }])).toBe('区教育局（张三）');
  });
  it('drops 等部门 before a role, and 按职责分工负责, which names no lead', () => {
    expect(splitUnitCell('盐田区教育局牵头，区民政局等部门配合')).toEqual(['盐田区教育局', '区民政局']);
    expect(splitUnitCell('区教育局，区民政局按职责分工负责')).toEqual(['区教育局', '区民政局']);
    expect(splitUnitCell('区教育局、区民政局按职责分工落实')).toEqual(['区教育局', '区民政局']);
  });
  it('closest known names first', () => {
    expect(closestUnits('区卫生健康委员会', UNITS, 2)[0]).toBe('区卫健局');
    expect(closestUnits('区教育和体育局', UNITS, 1)).toEqual(['区教育局']);
  });
});

describe('rows hidden in Excel (a filter, or hidden by hand)', () => {
  const grid = [
    ['序号', '项目名称', '任务内容', '责任单位', '完成时限'],
    ['1', '教育优质均衡', '新建公办幼儿园2所', '区教育局', '9月底前'],
    ['2', '教育优质均衡', '新建公办幼儿园5所', '南山区教育局', '年底前'],
    ['', '', '', '', ''],
    ['3', '养老服务', '新建长者食堂3家', '区民政局', '年底前'],
  ];
  it('are not read: listed as skipped, and named at the first in a warning that does not block; a hidden blank row is only blank', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '筛选后', { rows: new Set([2, 3]) });
    expect(summary(d).map((p) => [p.title, p.tasks.map((t) => [t.number, t.content])])).toEqual([
      ['教育优质均衡', [[1, '新建公办幼儿园2所']]],
      ['养老服务', [[3, '新建长者食堂3家']]],
    ]);
    expect(d.issues).toEqual([{ sheet: '筛选后', row: 3, kind: 'hidden_rows', value: '1', blocking: false }]);
    expect(d.skipped).toEqual([
      { sheet: '筛选后', row: 3, why: 'hidden' },
      { sheet: '筛选后', row: 4, why: 'blank' },
    ]);
    expect(d.unknownUnits).toEqual([]);
    expect(isWritable(d)).toBe(true);
  });
  it('a hidden row that reads like a note does not end the table; a visible one does', () => {
    const noted = [...grid.slice(0, 3), ['注：南山区任务另见分表', '', '', '', ''], grid[4]!];
    const d = parseAppendixGrid(noted, 2025, lookup, '筛选后', { rows: new Set([2, 3]) });
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1, 3]);
    expect(d.issues).toEqual([{ sheet: '筛选后', row: 3, kind: 'hidden_rows', value: '2', blocking: false }]);
    const visible = parseAppendixGrid(noted, 2025, lookup, '筛选后', { rows: new Set([2]) });
    expect(visible.projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1]);
    expect(visible.skipped.map((s) => [s.row, s.why])).toEqual([
      [3, 'hidden'],
      [4, 'footer'],
      [5, 'footer'],
    ]);
  });
  it('without the hidden rows the same grid reads every row (and the other district’s unit is unknown)', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '筛选后');
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1, 2, 3]);
    expect(d.unknownUnits.map((u) => u.name)).toEqual(['南山区教育局']);
  });
});

describe('columns hidden in Excel', () => {
  // The city's table as an office keeps it: the city's lead units and last year's deadline hidden, an empty helper column too.
  const grid = [
    ['序号', '项目名称', '任务内容', '市级牵头单位', '责任单位', '原定完成时限', '完成时限', '', '备注'],
    ['1', '教育优质均衡', '新建公办幼儿园2所', '市教育局', '区教育局', '2024年6月底前', '9月底前', '', '内部：经费待批'],
    ['2', '养老服务', '新建长者食堂3家', '市民政局', '区民政局', '2024年12月底前', '年底前', '', ''],
  ];
  const hiddenColumns = new Set([3, 5, 7, 8]);
  const read = (g = grid, columns = hiddenColumns) => parseAppendixGrid(g, 2025, lookup, '市表', { columns });
  it('are not read: their units, deadlines and notes stay out, and a warning that does not block names each one with its header', () => {
    const d = read();
    expect(summary(d)).toMatchObject([
      { title: '教育优质均衡', tasks: [{ number: 1, content: '新建公办幼儿园2所', units: ['区教育局'], deadline: '2025-09', note: '' }] },
      { title: '养老服务', tasks: [{ number: 2, content: '新建长者食堂3家', units: ['区民政局'], deadline: '2025-12', note: '' }] },
    ]);
    expect(d.unknownUnits).toEqual([]);
    // The empty helper column (H) is not named: there is nothing in it to miss.
    expect(d.issues).toEqual([{ sheet: '市表', row: 1, kind: 'hidden_columns', value: 'D 市级牵头单位、F 原定完成时限、I 备注', blocking: false }]);
    expect(isWritable(d)).toBe(true);
  });
  it('read whole, the same grid takes the city’s units as well (unknown) and the first deadline column', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '市表');
    expect(d.unknownUnits.map((u) => u.name)).toEqual(['市教育局', '市民政局']);
  });
  it('a table that cannot be read without a hidden column is read with it, and the warning says so', () => {
    // The district's own table, its 责任单位 hidden (a print layout): without it there is no table.
    const own = grid.map((row) => [0, 1, 2, 4, 6].map((c) => row[c]!));
    const d = read(own, new Set([3]));
    expect(summary(d).flatMap((p) => p.tasks.map((t) => t.units))).toEqual([['区教育局'], ['区民政局']]);
    expect(d.issues.filter((i) => i.kind === 'hidden_columns_read')).toEqual([
      { sheet: '市表', row: 1, kind: 'hidden_columns_read', value: 'D 责任单位', blocking: false },
    ]);
    expect(d.issues.some((i) => i.kind === 'hidden_columns')).toBe(false);
  });
  it('hidden rows and columns together', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '市表', { rows: new Set([2]), columns: hiddenColumns });
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1]);
    expect(d.issues.map((i) => i.kind)).toEqual(['hidden_columns', 'hidden_rows']);
  });
});

describe('牵头区领导, and the columns no field of the plan takes', () => {
  // A 责任分工表 as districts publish them: a 牵头区领导 column, the investment, a contact, an empty helper column,
  // 进度安排 by half-year, 牵头单位 | 配合单位 under 责任单位.
  const grid = [
    ['2025年民生实事项目责任分工表'],
    ['序号', '项目名称', '具体任务', '牵头区领导', '责任单位', '', '进度安排', '', '完成时限', '总投资（万元）', '联系人', '辅助列'],
    ['', '', '', '', '牵头单位', '配合单位', '上半年', '下半年', '', '', '', ''],
    ['1', '养老服务', '新建长者食堂3家', '张三', '区民政局', '区卫健局', '完成选址', '建成投用', '年底前', '600', '李四', ''],
    ['2', '教育优质均衡', '新增学位540个', '王五、赵六', '区教育局', '', '完成招标', '秋季开学前投用', '9月底前', '', '', ''],
  ];
  it('牵头区领导 is read onto each task (several names joined with 、); the columns no field takes are named in one warning that does not block', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '分工表');
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.content, t.units, t.deadlineMonth, t.leadOfficial]))).toEqual([
      ['新建长者食堂3家', ['区民政局', '区卫健局'], '2025-12', '张三'],
      ['新增学位540个', ['区教育局'], '2025-09', '王五、赵六'],
    ]);
    // The units under 责任单位 and the two periods are read; the empty helper column holds nothing to miss.
    expect(d.issues).toEqual([{ sheet: '分工表', row: 2, kind: 'columns_not_read', value: 'J 总投资（万元）、K 联系人', blocking: false }]);
    expect(isWritable(d)).toBe(true);
  });
  it('a 牵头区领导 merged over a project’s tasks is each task’s; its other headers (责任领导, 分管区领导) read alike', () => {
    const merged = [
      ['序号', '项目名称', '任务内容', '责任领导', '责任单位', '完成时限'],
      ['1', '养老服务', '新建长者食堂3家', '张三同志', '区民政局', '年底前'],
      ['2', '养老服务', '改造适老化住房100户', '张三同志', '区民政局', '9月底前'],
      ['3', '教育', '新增学位540个', '李四\n王五', '区教育局', '9月底前'],
    ];
    expect(parseAppendixGrid(merged, 2025, lookup, '表').projects.flatMap((p) => p.tasks.map((t) => t.leadOfficial))).toEqual(['张三', '张三', '李四、王五']);
    const other = merged.map((row, r) => (r === 0 ? row.map((c) => (c === '责任领导' ? '分管区领导' : c)) : row));
    expect(parseAppendixGrid(other, 2025, lookup, '表').projects.flatMap((p) => p.tasks.map((t) => t.leadOfficial))).toEqual(['张三', '张三', '李四、王五']);
  });
  it('a column hidden in Excel is named once, as hidden, and not read; a header with nothing under it not at all', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '分工表', { columns: new Set([3]) });
    expect(d.issues.map((i) => [i.kind, i.value])).toEqual([
      ['hidden_columns', 'D 牵头区领导'],
      ['columns_not_read', 'J 总投资（万元）、K 联系人'],
    ]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.leadOfficial))).toEqual(['', '']);
    const blank = grid.map((row, r) => (r >= 3 ? row.map((c, k) => (k === 3 || k >= 9 ? '' : c)) : row));
    expect(parseAppendixGrid(blank, 2025, lookup, '分工表').issues).toEqual([]);
  });
  it('a second column of one field (two 任务内容 headers) is named: only the first is read', () => {
    const two = [
      ['序号', '项目名称', '任务内容', '任务内容', '责任单位', '完成时限'],
      ['1', '养老服务', '新建长者食堂3家', '其中盐田街道1家', '区民政局', '年底前'],
    ];
    const d = parseAppendixGrid(two, 2025, lookup, '表');
    expect(summary(d)[0]!.tasks[0]!.content).toBe('新建长者食堂3家');
    expect(d.issues).toEqual([{ sheet: '表', row: 1, kind: 'columns_not_read', value: 'D 任务内容', blocking: false }]);
  });
  it('a column of data without a header (remarks typed beside the table) is named by its letter alone (the message says it has no header: lib/i18n)', () => {
    const beside = [
      ['序号', '项目名称', '任务内容', '责任单位', '完成时限', ''],
      ['1', '养老服务', '新建长者食堂3家', '区民政局', '年底前', '已选址2处'],
      ['2', '养老服务', '改造适老化住房100户', '区民政局', '9月底前', ''],
    ];
    const d = parseAppendixGrid(beside, 2025, lookup, '表');
    expect(d.issues).toEqual([{ sheet: '表', row: 1, kind: 'columns_not_read', value: 'F', blocking: false }]);
    // Nothing under it: nothing to say.
    expect(
      parseAppendixGrid(
        beside.map((row) => row.slice(0, 5)),
        2025,
        lookup,
        '表',
      ).issues,
    ).toEqual([]);
  });
});

describe('a table saved without its merges (CSV, or typed so): a project’s later rows leave 序号 and the project blank', () => {
  const grid = [
    ['序号', '项目名称', '建设内容', '责任单位', '完成时限'],
    ['1', '学位建设', '推进中小学及幼儿园建设', '区教育局', '8月底前'],
    ['', '', '配套建设学校周边道路', '区工务署', '9月底前'],
    ['2', '加装电梯', '推进既有住宅加装电梯', '区住建局', '年底前'],
  ];
  it('序号 numbers the projects, as the merged cell did; the tasks are numbered in table order', () => {
    const d = parseAppendixGrid(grid, 2025, lookup, '导出');
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content])])).toEqual([
      [
        '一',
        '学位建设',
        [
          [1, '推进中小学及幼儿园建设'],
          [2, '配套建设学校周边道路'],
        ],
      ],
      ['二', '加装电梯', [[3, '推进既有住宅加装电梯']]],
    ]);
    expect(d.issues).toEqual([]);
  });
  it('a 序号 on every row still numbers the tasks', () => {
    const numbered = grid.map((row, i) => (i === 2 ? ['2', ...row.slice(1)] : i === 3 ? ['3', ...row.slice(1)] : row));
    const d = parseAppendixGrid(numbered, 2025, lookup, '导出');
    expect(d.projects.map((p) => [p.title, p.tasks.map((t) => t.number)])).toEqual([
      ['学位建设', [1, 2]],
      ['加装电梯', [3]],
    ]);
  });
});
