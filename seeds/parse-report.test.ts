// The report parser on small tables written the way the Word export writes them (a tab opens a
// cell, other lines continue it): what it reads, and that it refuses a table it cannot read rather
// than guess. (That it reads the real report exactly is seeds/fidelity.test.ts.)
import { describe, expect, it } from 'vitest';
import { numeralToNumber, parseReportTable, TABLE_TITLE } from './parse-report';

const HEADER = ['项目名称', '项目内容', '上半年进展情况', '下半年任务目标及措施', '责任单位', '完成时限'];
/** A report text: some prose, the title, then each cell on a line opened by a tab. */
const report = (rows: string[][], before = '正文……\n') =>
  `${before}${TABLE_TITLE}\n${[HEADER, ...rows]
    .flat()
    .map((c) => `\t${c}`)
    .join('\n')}\n`;

describe('parseReportTable', () => {
  it('reads a row per task; empty project, unit and deadline cells belong to the row above', () => {
    const rows = parseReportTable(
      report([
        ['一、道路整治', '1.修路', '已完成50%', '8月：完工', '区工务署\n区交通局', '2023.8'],
        ['', '2. 修桥 ', '未开工', '/', '', ''],
        ['二、关爱老人', '3.助餐', '进行中', '持续', '区民政局', '2023.12'],
      ]),
    );
    expect(rows).toEqual([
      {
        taskNumber: 1,
        projectNumeral: '一',
        projectTitle: '道路整治',
        content: '修路',
        h1Progress: '已完成50%',
        h2Plan: '8月：完工',
        units: ['区工务署', '区交通局'],
        deadlineMonth: '2023-08',
      },
      {
        taskNumber: 2,
        projectNumeral: '一',
        projectTitle: '道路整治',
        content: '修桥',
        h1Progress: '未开工',
        h2Plan: '/',
        units: ['区工务署', '区交通局'],
        deadlineMonth: '2023-08',
      },
      {
        taskNumber: 3,
        projectNumeral: '二',
        projectTitle: '关爱老人',
        content: '助餐',
        h1Progress: '进行中',
        h2Plan: '持续',
        units: ['区民政局'],
        deadlineMonth: '2023-12',
      },
    ]);
  });

  it('a line without a tab continues the cell above (blank lines and Word residue dropped, text trimmed)', () => {
    const text = `${TABLE_TITLE}\n${HEADER.map((c) => `\t${c}`).join('\n')}\n\t一、道路\n\t1.修路\n\t第一段[bookmark: _GoBack]\n第二段\n\n\t\n\t 区工务署 \n\n\t2023.12\n`;
    const [row] = parseReportTable(`stray line before the title\n${text}`);
    expect(row).toMatchObject({ h1Progress: '第一段\n第二段', h2Plan: '', units: ['区工务署'] });
  });

  it('refuses what it cannot read, naming it', () => {
    const ok = ['一、道路', '1.修路', 'a', 'b', '区工务署', '2023.12'];
    expect(() => parseReportTable('没有表格')).toThrow('report table not found');
    expect(() => parseReportTable(report([ok.slice(0, 5)]))).toThrow('table has 11 cells, not a multiple of 6');
    expect(() => parseReportTable(report([['道路', ...ok.slice(1)]]))).toThrow('bad project cell: 道路');
    expect(() => parseReportTable(report([['x一、道路', ...ok.slice(1)]]))).toThrow('bad project cell: x一、道路');
    expect(() => parseReportTable(report([[...ok.slice(0, 5), '2023年12月']]))).toThrow('bad deadline cell: 2023年12月');
    expect(() => parseReportTable(report([[...ok.slice(0, 5), 'x2023.12']]))).toThrow('bad deadline cell: x2023.12');
    expect(() => parseReportTable(report([[...ok.slice(0, 5), '2023.12x']]))).toThrow('bad deadline cell: 2023.12x');
    expect(() => parseReportTable(report([[ok[0]!, '修路', ...ok.slice(2)]]))).toThrow('bad content cell: 修路');
    expect(() => parseReportTable(report([[ok[0]!, 'x1.修路', ...ok.slice(2)]]))).toThrow('bad content cell: x1.修路');
    expect(() => parseReportTable(report([['一、', ...ok.slice(1)]]))).toThrow('bad project cell: 一、');
  });

  it('only the header: no rows', () => expect(parseReportTable(report([]))).toEqual([]));

  it('numerals 一 … 十 and nothing else', () => {
    expect(['一', '五', '十'].map(numeralToNumber)).toEqual([1, 5, 10]);
    expect(numeralToNumber('十一')).toBe(0);
  });
});
