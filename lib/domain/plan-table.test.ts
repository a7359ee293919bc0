// The layout rules of plan tables, one by one: every header word offices write (listed here as the
// spec, not read back from the vocabulary), the header band in its one- and two-row forms, and the
// rows that are not data.
import { describe, expect, it } from 'vitest';
import {
  bandCategory,
  findHeaderBand,
  headerGap,
  headerRole,
  headerText,
  leadOfficialText,
  isBand,
  isExactHeader,
  isFooter,
  sheetCategory,
  splitNumeral,
  splitTaskNumber,
  type ColumnRole,
} from './plan-table';

const WORDS: Record<ColumnRole, string[]> = {
  no: ['序号', '编号', '任务编号', '项目编号', '序'],
  project: ['项目名称', '实事项目', '民生实事', '民生实事项目', '实事名称', '项目', '事项', '事项名称', '民生项目'],
  content: [
    '具体任务',
    '项目内容',
    '工作任务',
    '建设内容',
    '任务内容',
    '任务',
    '主要内容',
    '工作内容',
    '目标任务',
    '实施内容',
    '具体内容',
    '建设任务',
    '主要任务',
    '任务目标',
  ],
  target: ['年度目标', '目标', '预期目标', '工作目标', '量化目标', '绩效目标', '量化指标', '年度任务目标', '主要目标', '目标要求'],
  units: ['责任单位', '责任部门', '实施单位', '承办单位', '责任主体'],
  lead: ['牵头单位', '牵头部门', '主责单位', '主办单位', '牵头责任单位'],
  co: ['配合单位', '配合部门', '协办单位', '协同单位', '参与单位', '协助单位'],
  official: ['牵头区领导', '责任区领导', '责任领导', '分管区领导', '分管领导', '牵头领导', '挂点领导', '区领导'],
  deadline: ['完成时限', '完成时间', '时间节点', '时限', '完成期限', '完成时间节点', '时限要求'],
  plan: [
    '下一步',
    '下一步计划',
    '下一步工作',
    '工作举措及实施计划',
    '推进计划',
    '进度安排',
    '工作计划',
    '实施计划',
    '工作举措',
    '计划安排',
    '推进措施',
    '任务目标及措施',
    '月度计划',
    '计划',
  ],
  note: ['备注', '说明'],
  category: ['类别', '项目类别', '类型'],
  progress: ['进展情况', '完成情况', '上半年进展情况', '推进情况', '目前进展'],
};
const ALL = Object.entries(WORDS).flatMap(([role, words]) => words.map((w) => [w, role] as const));

describe('header words', () => {
  it.each(ALL)('%s is exactly a %s header', (word, role) => {
    expect(headerRole(word)).toBe(role);
    expect(isExactHeader(word)).toBe(true);
    expect(isExactHeader(` ${word}\n（注）`)).toBe(true);
  });
  it('a header that only contains a word of two or more characters takes its role, phrases first', () => {
    expect(headerRole('下半年任务目标及措施')).toBe('plan'); // contains 任务 too: the plan phrase wins
    expect(headerRole('截至6月底进展情况')).toBe('progress');
    expect(headerRole('区级牵头单位')).toBe('lead');
    expect(headerRole('区级配合单位')).toBe('co');
    expect(headerRole('区级责任单位')).toBe('units');
    // The longest word decides: 完成时限 (a deadline planned) over 计划. Read as the plan before, it left a table
    // whose deadline column said 计划完成时间 with no header found at all.
    expect(headerRole('计划完成时限')).toBe('deadline');
    expect(headerRole('推进计划和时间节点')).toBe('plan'); // a tie (推进计划, 时间节点): the plan is read first
    expect(headerRole('进展情况及下一步计划')).toBe('progress'); // progress whatever else the header says
    expect(headerRole('最终完成期限')).toBe('deadline');
    expect(headerRole('年度建设内容')).toBe('content');
    expect(headerRole('十大民生项目')).toBe('project');
    expect(headerRole('其他说明')).toBe('note');
    // A target column of its own; a content column that also names its targets stays the content.
    expect(headerRole('2024年度目标')).toBe('target');
    expect(headerRole('年度目标（量化）')).toBe('target');
    expect(headerRole('建设内容及目标')).toBe('content');
    expect(headerRole('项目内容及年度目标')).toBe('content');
    for (const w of ['下半年任务目标及措施', '区级牵头单位', '年度建设内容']) expect(isExactHeader(w)).toBe(false);
  });
  it('short words (序, 类别…) count only exactly; a header over 20 characters is no header; blank is none', () => {
    expect(headerRole('工作类别')).toBeNull();
    expect(headerRole('序列号')).toBeNull();
    expect(headerRole('任务'.padEnd(21, '甲'))).toBeNull();
    expect(headerRole('任务'.padEnd(20, '甲'))).toBe('content');
    expect(headerRole('  \n ')).toBeNull();
    expect(headerRole('金额')).toBeNull();
  });
  it('headerText drops spaces, line breaks and a bracketed remark, in either bracket', () => {
    expect(headerText(' 完成\n时限（年月） ')).toBe('完成时限');
    expect(headerText('完成时限(年月)')).toBe('完成时限');
    expect(headerText('责任 单位（牵头）（配合）')).toBe('责任单位');
    expect(headerText('（一）')).toBe('');
    expect(headerText('备注）')).toBe('备注）');
  });
});

describe('findHeaderBand', () => {
  const cols = (b: ReturnType<typeof findHeaderBand>) => (b ? Object.fromEntries([...b.columns].sort(([a], [c]) => a - c)) : null);

  it('one header row, below a title and a 填报 line', () => {
    const b = findHeaderBand([
      ['2024年民生实事', '', '', ''],
      ['填报单位：区政府督查室', '', '', ''],
      ['序号', '具体任务', '责任单位', '完成时限'],
      ['1', '新建幼儿园', '区教育局', '年底前'],
    ]);
    expect(b && { start: b.start, rows: b.rows }).toEqual({ start: 2, rows: 1 });
    expect(cols(b)).toEqual({ 0: 'no', 1: 'content', 2: 'units', 3: 'deadline' });
  });
  it('a row needs a task or project column, a unit column and a deadline column', () => {
    expect(findHeaderBand([['序号', '具体任务', '责任单位', '备注']])).toBeNull();
    expect(findHeaderBand([['序号', '责任单位', '完成时限', '备注']])).toBeNull();
    expect(findHeaderBand([['序号', '具体任务', '完成时限', '备注']])).toBeNull();
    expect(cols(findHeaderBand([['项目', '牵头单位', '时限']]))).toEqual({ 0: 'project', 1: 'lead', 2: 'deadline' });
    expect(findHeaderBand([['项目', '责任单位', '时限']])?.rows).toBe(1);
  });
  it('only the first 20 rows are searched', () => {
    const header = ['具体任务', '责任单位', '完成时限'];
    const filler = Array.from({ length: 19 }, () => ['', '', '']);
    expect(findHeaderBand([...filler, header])?.start).toBe(19);
    expect(findHeaderBand([...filler, ['', '', ''], header])).toBeNull();
  });
  it('责任单位 merged over 牵头单位 | 配合单位: two header rows, the finer words win', () => {
    const b = findHeaderBand([
      ['序号', '具体任务', '责任单位', '责任单位', '完成时限'],
      ['', '', '牵头单位', '配合单位', ''],
      ['1', '新建幼儿园', '区教育局', '区工务署', '年底前'],
    ]);
    expect(b && { start: b.start, rows: b.rows }).toEqual({ start: 0, rows: 2 });
    expect(cols(b)).toEqual({ 0: 'no', 1: 'content', 2: 'lead', 3: 'co', 4: 'deadline' });
  });
  it('merged cells repeat the first row’s words in the second; that row is header too', () => {
    const b = findHeaderBand([
      ['序号', '具体任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '具体任务', '牵头单位', '配合单位', '完成时限'],
    ]);
    expect(b?.rows).toBe(2);
    expect(cols(b)).toEqual({ 0: 'no', 1: 'content', 2: 'lead', 3: 'co', 4: 'deadline' });
  });
  it('a second row with a non-header cell, or naming no unit role, is data', () => {
    expect(
      findHeaderBand([
        ['具体任务', '责任单位', '完成时限'],
        ['新建幼儿园', '牵头单位', '年底前'],
      ])?.rows,
    ).toBe(1);
    expect(
      findHeaderBand([
        ['具体任务', '责任单位', '完成时限'],
        ['', '', '完成时间'],
      ])?.rows,
    ).toBe(1);
    expect(
      findHeaderBand([
        ['具体任务', '责任单位', '完成时限'],
        ['', '', ''],
      ])?.rows,
    ).toBe(1);
  });
  it('a finer word below does not replace another role above it', () => {
    const b = findHeaderBand([
      ['具体任务', '责任单位', '完成时限', '备注'],
      ['', '牵头单位', '配合单位', ''],
    ]);
    expect(cols(b)).toEqual({ 0: 'content', 1: 'lead', 2: 'deadline', 3: 'note' });
  });
  it('責任单位 merged across two columns without 牵头: the first leads, the others co-operate', () => {
    expect(cols(findHeaderBand([['具体任务', '责任单位', '责任单位', '责任单位', '完成时限']]))).toEqual({
      0: 'content',
      1: 'lead',
      2: 'co',
      3: 'co',
      4: 'deadline',
    });
    expect(cols(findHeaderBand([['具体任务', '牵头单位', '责任单位', '责任单位', '完成时限']]))).toEqual({
      0: 'content',
      1: 'lead',
      2: 'units',
      3: 'units',
      4: 'deadline',
    });
  });
  it('one column per role: the one written exactly wins, else the first', () => {
    expect(cols(findHeaderBand([['任务内容及要求', '具体任务', '责任单位', '完成时限', '完成时间']]))).toEqual({ 1: 'content', 2: 'units', 3: 'deadline' });
    const merged = findHeaderBand([
      ['具体任务', '具体任务', '责任单位', '完成时限'],
      ['', '', '牵头单位', ''],
    ]);
    expect(cols(merged)).toEqual({ 0: 'content', 2: 'lead', 3: 'deadline' });
    // exact in the second row of the band
    expect(
      cols(
        findHeaderBand([
          ['具体工作任务', '具体工作任务', '责任单位', '完成时限'],
          ['', '任务', '牵头单位', ''],
        ]),
      ),
    ).toEqual({ 1: 'content', 2: 'lead', 3: 'deadline' });
  });
});

describe('headerGap: a header that lacks a column the import needs', () => {
  it('names the row, its cells as written and the column it lacks, with the plan column whose times are no deadline', () => {
    const rows = [
      ['盐田区2027年民生实事任务分解表'],
      ['序号', '项目名称', '建设内容', '责任单位', '进度 安排'],
      ['1', '学前教育', '新建幼儿园2所', '区教育局', '年底前完成'],
    ];
    expect(findHeaderBand(rows)).toBeNull();
    expect(headerGap(rows)).toEqual({ row: 2, found: ['序号', '项目名称', '建设内容', '责任单位', '进度安排'], missing: ['deadline'], plan: '进度安排' });
  });
  it('a missing unit column, or two columns missing; no plan column named when the deadline is there', () => {
    expect(headerGap([['序号', '项目内容', '完成时限', '进度安排']])).toEqual({
      row: 1,
      found: ['序号', '项目内容', '完成时限', '进度安排'],
      missing: ['units'],
    });
    expect(headerGap([['序号', '项目名称', '备注']])).toEqual({ row: 1, found: ['序号', '项目名称', '备注'], missing: ['units', 'deadline'] });
  });
  it('the row with the most header words wins; periods or a plan column that names the deadline count as dated', () => {
    expect(
      headerGap([
        ['序号', '项目', '备注'],
        ['序号', '项目名称', '建设内容', '牵头单位', '配合单位'],
      ]),
    ).toMatchObject({ row: 2, missing: ['deadline'] });
    expect(headerGap([['项目名称', '项目内容', '第一季度', '第二季度']])).toMatchObject({ missing: ['units'] });
    expect(headerGap([['项目名称', '项目内容', '推进计划和时间节点']])).toMatchObject({ missing: ['units'] });
  });
  it('periods in a second header row (进度安排 merged over 第一季度…) date the table: only the unit column is missing', () => {
    const rows = [
      ['序号', '项目名称', '建设内容', '进度安排', '', '', '', '备注'],
      ['', '', '', '第一季度', '第二季度', '第三季度', '第四季度', ''],
      ['1', '学前教育', '新建幼儿园2所', '完成选址', '开工', '主体完工', '开园', ''],
    ];
    expect(findHeaderBand(rows)).toBeNull();
    expect(headerGap(rows)).toEqual({ row: 1, found: ['序号', '项目名称', '建设内容', '进度安排', '备注'], missing: ['units'] });
    // Fewer words above than periods below: still the first row is named.
    expect(
      headerGap([
        ['序号', '项目名称', '进度安排', '', '', ''],
        ['', '', '1月', '3月', '6月', '9月'],
      ]),
    ).toMatchObject({ row: 1, missing: ['units'] });
  });
  it('nothing for a title, a note, two header words, a complete header, or a row of none of the needed columns', () => {
    expect(headerGap([['盐田区2027年民生实事任务分解表'], ['注：完成时限均指2027年']])).toBeNull();
    expect(headerGap([['序号', '备注']])).toBeNull();
    expect(headerGap([['序号', '项目内容', '责任单位', '完成时限']])).toBeNull();
    expect(headerGap([['序号', '备注', '进展情况']])).toBeNull();
  });
});

describe('period columns (进度安排 by quarter or month)', () => {
  const periods = (b: ReturnType<typeof findHeaderBand>) => b?.periods.map((p) => [p.column, p.label]);

  it('under a merged 进度安排: the quarters are the plan, each its own column', () => {
    const b = findHeaderBand([
      ['序号', '项目名称', '责任单位', '完成时限', '进度安排', '进度安排', '进度安排', '进度安排'],
      ['序号', '项目名称', '责任单位', '完成时限', '第一季度', '第二季度', '第三季度', '第四季度'],
    ]);
    expect(b?.rows).toBe(2);
    expect(Object.fromEntries(b!.columns)).toEqual({ 0: 'no', 1: 'project', 2: 'units', 3: 'deadline' });
    expect(periods(b)).toEqual([
      [4, '第一季度'],
      [5, '第二季度'],
      [6, '第三季度'],
      [7, '第四季度'],
    ]);
  });
  it('under a merged 时间节点 of months, with no deadline column of its own', () => {
    const b = findHeaderBand([
      ['序号', '具体任务', '牵头单位', '时间节点', '时间节点', '时间节点', '时间节点', '备注'],
      ['', '', '', '3月底前', '6月底前', '9月底前', '12月底前', ''],
    ]);
    expect(b?.rows).toBe(2);
    expect(Object.fromEntries(b!.columns)).toEqual({ 0: 'no', 1: 'content', 2: 'lead', 7: 'note' });
    expect(periods(b)).toEqual([
      [3, '3月底前'],
      [4, '6月底前'],
      [5, '9月底前'],
      [6, '12月底前'],
    ]);
  });
  it('in the header row itself, with words after the period (一季度目标, 上半年计划)', () => {
    const b = findHeaderBand([['具体任务', '责任单位', '一季度目标', '二季度目标', '三季度目标', '四季度目标']]);
    expect(periods(b)).toEqual([
      [2, '一季度'],
      [3, '二季度'],
      [4, '三季度'],
      [5, '四季度'],
    ]);
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '第一季度完成目标', '第二季度完成目标']]))).toEqual([
      [3, '第一季度'],
      [4, '第二季度'],
    ]);
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '上半年计划', '下半年计划']]))).toEqual([
      [3, '上半年'],
      [4, '下半年'],
    ]);
  });
  it('a column of progress by period (一季度完成情况) is not a plan column; one period column alone is no plan', () => {
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '一季度完成情况', '二季度完成情况']]))).toEqual([]);
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '1-6月进展', '7-12月计划']]))).toEqual([]);
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '上半年工作成效', '下半年工作计划']]))).toEqual([]);
    expect(periods(findHeaderBand([['具体任务', '责任单位', '完成时限', '上半年']]))).toEqual([]);
  });
});

describe('rows that are not data', () => {
  it.each([
    '注：1.完成时限均指当年',
    '注:牵头单位负责统筹',
    '注1.…',
    '注 一、',
    '备注：本表…',
    '说明：…',
    '附注：…',
    '填表说明：…',
    '填报说明1.',
    '注、',
    '注１',
    '填表人：张三',
    '填报人:李四',
    '审核人：王五',
    '联系人：赵六',
    '制表：',
    '制表人：',
    '负责人：',
    '单位负责人：',
    '联系电话：0755',
  ])('%s is a footer', (t) => expect(isFooter(t)).toBe(true));
  it.each(['注意安全生产', '备注', '说明书编印', '联系人员培训', '新建幼儿园', '制表格', '填表人张三'])('%s is not', (t) => expect(isFooter(t)).toBe(false));
  it('a footer is recognised with spaces inside', () => expect(isFooter(' 注 ： 1.')).toBe(true));

  it('bands: one text across at least half the width, or a title alone in the first cell', () => {
    expect(isBand(['工程类', '工程类', '工程类', ''], 4)).toBe(true);
    expect(isBand(['工程类', '工程类', '', '', ''], 5)).toBe(false); // 2 of 5: under half
    expect(isBand(['工程类', '工程类', '工程类', '', ''], 5)).toBe(true);
    expect(isBand(['工程类', '服务类', '服务类', ''], 4)).toBe(false);
    expect(isBand(['', '', ''], 3)).toBe(false);
    expect(isBand([' 2024年盐田区民生实事任务分解表 ', '', ''], 3)).toBe(true); // 表
    expect(isBand(['填报日期：1月10日', '', ''], 3)).toBe(true);
    expect(isBand(['单位：区督查室', '', ''], 3)).toBe(true);
    expect(isBand(['关于'.padEnd(21, '甲'), '', ''], 3)).toBe(true);
    expect(isBand(['关于'.padEnd(20, '甲'), '', ''], 3)).toBe(false);
    expect(isBand(['一', '', ''], 3)).toBe(false); // a lone project numeral
    expect(isBand(['一、2024年任务分解表', '', ''], 3)).toBe(false);
    expect(isBand(['任务分解表', '', ''], 2)).toBe(false); // too narrow to tell
    expect(isBand(['', '任务分解表', ''], 3)).toBe(false); // not in the first cell
    expect(isBand(['新建幼儿园', '', ''], 3)).toBe(false);
  });
  it('band categories', () => {
    expect(bandCategory('（一）工程 类')).toBe('ENGINEERING');
    expect(bandCategory('建设类项目')).toBe('ENGINEERING');
    expect(bandCategory('二、服务类')).toBe('SERVICE');
    expect(bandCategory('民生实事')).toBeNull();
  });
});

describe('numbers in cells', () => {
  it.each([
    ['一', '一', ''],
    [' 二、教育 ', '二', '教育'],
    ['（三）医疗', '三', '医疗'],
    ['(四)住房', '四', '住房'],
    ['五.养老', '五', '养老'],
    ['六．文化', '六', '文化'],
    ['七,就业', '七', '就业'],
    ['八，助残', '八', '助残'],
    ['九 交通', '九', '交通'],
    ['十二、其他', '十二', '其他'],
    ['十大民生工程', null, '十大民生工程'],
    ['三年行动', null, '三年行动'],
    ['教育', null, '教育'],
  ])('%j → numeral %j, rest %j', (cell, numeral, rest) => expect(splitNumeral(cell)).toEqual({ numeral, rest }));

  it.each([
    ['1、甲', 1, '甲'],
    [' 12、甲 ', 12, '甲'],
    ['（3）甲', 3, '甲'],
    ['(4) 甲', 4, '甲'],
    ['5.甲', 5, '甲'],
    ['6 ．甲', 6, '甲'],
    ['②甲', 2, '甲'],
    ['⑳甲', 20, '甲'],
    ['（一）甲', 1, '甲'],
    ['(十二) 甲', 12, '甲'],
    ['（一季度）完成', null, '（一季度）完成'],
    ['（十大）工程', null, '（十大）工程'],
    ['1.5万户', null, '1.5万户'],
    ['123、甲', null, '123、甲'],
    ['甲', null, '甲'],
  ])('%j → number %j, rest %j', (cell, number, rest) => expect(splitTaskNumber(cell)).toEqual({ number, rest }));
});

describe('sheetCategory', () => {
  it('reads a sheet named for one category; a name with both, or neither, says none', () => {
    expect(['工程类', '工程类项目', '建设类', '服务类', ' 服务类 ', '工程类和服务类', 'Sheet1', '一览表'].map(sheetCategory)).toEqual([
      'ENGINEERING',
      'ENGINEERING',
      'ENGINEERING',
      'SERVICE',
      'SERVICE',
      null,
      null,
      null,
    ]);
  });
});

describe('牵头区领导 as tables write it', () => {
  it('names joined with 、, each once; 同志 dropped, a title in brackets kept; blank is none', () => {
    expect(leadOfficialText('张三')).toBe('张三');
    expect(leadOfficialText(' 张三，李四 ')).toBe('张三、李四');
    expect(leadOfficialText('张三\n李四\n张三')).toBe('张三、李四');
    expect(leadOfficialText('张三同志、李四同志')).toBe('张三、李四');
    expect(leadOfficialText('张三（副区长）；李四/王五')).toBe('张三（副区长）、李四、王五');
    expect(leadOfficialText('  ')).toBe('');
    // Titles written apart from the name go in brackets after it — not a leader named 副区长 of their own.
    expect(leadOfficialText('区委常委、常务副区长 张三')).toBe('张三（区委常委、常务副区长）');
    expect(leadOfficialText('张三 副区长，李四')).toBe('张三（副区长）、李四');
    expect(leadOfficialText('张三 （副区长）')).toBe('张三（副区长）');
    expect(leadOfficialText('李四、常务副区长 张三')).toBe('李四、张三（常务副区长）');
    expect(leadOfficialText('张三（区委常委） 常务副区长')).toBe('张三（区委常委、常务副区长）');
    expect(leadOfficialText('张三 同志，李四')).toBe('张三、李四');
    // Never split inside brackets; a title alone is kept as written.
    expect(leadOfficialText('张三（区委常委、常务副区长）、李四')).toBe('张三（区委常委、常务副区长）、李四');
    expect(leadOfficialText('区委常委')).toBe('区委常委');
  });
});
