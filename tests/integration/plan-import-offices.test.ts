// Plan tables as offices keep them (tests/fixtures/import), as real .xlsx files with real merges,
// through the reader, the command line (plan:import --dry-run --json) and the import actions: every
// task, unit (lead first, aliases mapped), deadline, step and note as the truth says; unknown names
// mapped once and remembered; a name not chosen for refuses the import and writes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import {
  CITY_LIST,
  DISTRICT_BREAKDOWN,
  PERIOD_COLUMNS,
  ROLES_IN_CELL,
  TARGET_COLUMN,
  FILTERED_CITY_TABLE,
  CITY_TABLE_HIDDEN_COLUMNS,
  layoutWorkbook,
  layoutsWorkbook,
  type Layout,
} from '@/tests/fixtures/import/office-tables';
import type { Actor } from '@/lib/auth/policy';
import type { ImportState } from '@/lib/actions/plan';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a stored import is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let actions: typeof import('@/lib/actions/plan');
const supervisor: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
const IDLE: ImportState = { status: 'idle' };
const form = (o: Record<string, string | Blob | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
};
const xlsx = (bytes: Uint8Array) =>
  new File([new Uint8Array(bytes)], 'plan.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  actions = await import('@/lib/actions/plan');
  supervisor.id = (await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } })).id;
});

async function read(l: Layout, year: number) {
  const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
  const { draftFromSheets } = await import('@/lib/domain/plan-source');
  const { unitDirectory } = await import('@/lib/plan-import/units');
  const { unitLookup } = await import('@/lib/domain/plan-source');
  const r = await readXlsx(new Uint8Array(await layoutWorkbook(l)));
  if (!r.ok) throw new Error(r.error);
  return draftFromSheets(r, year, unitLookup(await unitDirectory()))!;
}

const asTruth = (d: Awaited<ReturnType<typeof read>>) =>
  d.projects.map((p) => ({
    numeral: p.numeral,
    title: p.title,
    tasks: p.tasks.map((t) => ({
      content: t.content,
      units: t.units,
      deadline: t.deadlineMonth,
      steps: t.milestones.map((m) => m.dueDate.slice(0, 7)),
      ...(t.note ? { note: t.note } : {}),
    })),
  }));

describe.each([DISTRICT_BREAKDOWN, CITY_LIST, ROLES_IN_CELL])('$name', (layout) => {
  it('reads exactly what the table says', async () => {
    expect(asTruth(await read(layout, 2024))).toEqual(layout.truth);
  });
});

/**
 * The same tables saved as legacy .xls (Excel 97–2003) by LibreOffice Calc 7.4 (tests/fixtures/import/xls,
 * see SOURCES.md): an office that keeps its table as .xls imports it as it is. Read through the same
 * worker and rules, each says what its .xlsx says, merged cells and dates included.
 */
const fixtureIn = (dir: string, name: string, ext = 'xls') =>
  new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'import', dir, `${name}.${ext}`)));
/** The draft plan a file gives, read by the import's worker and rules. */
const drafts = async (bytes: Uint8Array, year: number, allSheets = false) => {
  const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
  const { draftFromSheets, unitLookup } = await import('@/lib/domain/plan-source');
  const { unitDirectory } = await import('@/lib/plan-import/units');
  const r = await readXlsx(bytes);
  if (!r.ok) throw new Error(r.error);
  return draftFromSheets(r, year, unitLookup(await unitDirectory()), allSheets)!;
};
const LAYOUTS = [
  ['district-breakdown', DISTRICT_BREAKDOWN, 2024],
  ['city-list', CITY_LIST, 2024],
  ['roles-in-cell', ROLES_IN_CELL, 2024],
  ['target-column', TARGET_COLUMN, 2025],
  ['period-columns', PERIOD_COLUMNS, 2026],
] as const;

describe('legacy .xls files saved by LibreOffice Calc', () => {
  const fixture = (name: string) => fixtureIn('xls', name);
  it.each(LAYOUTS)('%s.xls reads as its .xlsx does', async (name, layout, year) => {
    const fromXls = await drafts(fixture(name), year);
    expect(asTruth(fromXls)).toEqual(asTruth(await read(layout, year)));
    if (layout.truth) expect(asTruth(fromXls)).toEqual(layout.truth);
    expect(fromXls.issues).toEqual((await read(layout, year)).issues);
  });
  it('gives the very grids ExcelJS gives for the .xlsx: date cells as dates, a formula’s saved value, merged cells repeated, a hidden sheet left out', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { datesWorkbook } = await import('@/tests/fixtures/import/office-tables');
    const fromXlsx = await readXlsx(new Uint8Array(await datesWorkbook()));
    const fromXls = await readXlsx(fixture('dates'));
    // The same grids; LibreOffice saved the TRUE as a formula (=TRUE()), so the .xls has two formulas to the .xlsx's one.
    expect({ ...fromXls, formulas: 0 }).toEqual({ ...fromXlsx, formulas: 0 });
    expect(fromXlsx).toMatchObject({ ok: true, order: ['计划表'], hidden: ['旧表'], formulas: 1 });
    expect(fromXls).toMatchObject({ ok: true, order: ['计划表'], hidden: ['旧表'], formulas: 2 });
    const grid = fromXls.ok ? fromXls.sheets['计划表']! : [];
    expect(grid[2]![4]).toEqual(new Date(Date.UTC(2024, 8, 30)));
    expect(grid[3]![1]).toBe('教育优质均衡');
    expect(grid[3]![5]).toBe(2);
  });
  it('two sheets in one .xls: the second named, or read too with 读取全部计划工作表', async () => {
    const bytes = fixture('two-sheets');
    expect((await drafts(bytes, 2030)).issues.map((i) => [i.sheet, i.kind])).toEqual([['服务类', 'other_sheet']]);
    const all = await drafts(bytes, 2030, true);
    expect(all.projects.flatMap((p) => p.tasks.map((t) => `${t.sheet}${t.number}`))).toEqual([
      '工程类1',
      '工程类2',
      '工程类3',
      '服务类4',
      '服务类5',
      '服务类6',
      '服务类7',
    ]);
  });
  it('imports through the page’s steps: previewed, confirmed against the same file, written', async () => {
    session.actor = supervisor;
    const bytes = fixture('period-columns');
    const file = () => new File([bytes], '2034推进计划表.xls', { type: 'application/vnd.ms-excel' });
    const fields = { year: '2034', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: file() }));
    expect(p.preview?.summary.counts).toMatchObject({ tasks: 3 });
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: file() }));
    expect(done).toMatchObject({ status: 'ok', year: 2034 });
    const year = await prisma.planYear.findUniqueOrThrow({ where: { year: 2034 }, select: { title: true, _count: { select: { tasks: true } } } });
    expect(year).toEqual({ title: '盐田区2034年十件重点民生实事', _count: { tasks: 3 } });
  });
  it('refuses a password-protected .xls (saved with an opening password by LibreOffice) as such, with the message the page shows', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(await readXlsx(fixture('password-1234'))).toEqual({ ok: false, error: 'encrypted' });
    session.actor = supervisor;
    const file = new File([fixture('password-1234')], '2037推进计划表.xls', { type: 'application/vnd.ms-excel' });
    const p = await actions.previewImport(IDLE, form({ year: '2037', title: '', defaultCategory: 'SERVICE', file }));
    expect(p.status).toBe('error');
    expect(JSON.stringify(p)).toMatch(/打开密码/);
    expect(await prisma.planYear.count({ where: { year: 2037 } })).toBe(0);
  });
  it('refuses a broken .xls as corrupted, and an OLE file that is no workbook (a PowerPoint .ppt) as not a workbook', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const whole = fixture('city-list');
    expect(await readXlsx(whole.subarray(0, 1536))).toEqual({ ok: false, error: 'corrupted' });
    expect(await readXlsx(whole.subarray(0, 4096))).toEqual({ ok: false, error: 'corrupted' });
    const { CFB } = await import('@e965/xlsx');
    const doc = CFB.utils.cfb_new();
    CFB.utils.cfb_add(doc, '/PowerPoint Document', Buffer.from('not a workbook'));
    expect(await readXlsx(new Uint8Array(CFB.write(doc, { type: 'buffer' }) as Buffer))).toEqual({ ok: false, error: 'not_xlsx' });
  });
});

/**
 * "xls" files that are text, as many systems' 导出Excel write them and offices then keep them: an HTML
 * page with a table (merged cells as rowspan/colspan; often in GBK) and Excel's XML Spreadsheet 2003.
 * The HTML pages were written by LibreOffice Calc 7.4 (tests/fixtures/import/html, see SOURCES.md); the
 * SpreadsheetML as Excel writes it (`spreadsheetMl` in the fixtures: no tool here writes it whole).
 * Read through the same worker and rules.
 */
describe('text "xls" files: an HTML table, SpreadsheetML 2003', () => {
  const bytesOf = async (kind: 'html' | 'spreadsheetml', name: string, layout: Layout) => {
    if (kind === 'html') return fixtureIn('html', name);
    const { layoutSpreadsheetMl } = await import('@/tests/fixtures/import/office-tables');
    return new Uint8Array(layoutSpreadsheetMl(layout));
  };
  it.each(LAYOUTS.flatMap(([name, layout, year]) => (['html', 'spreadsheetml'] as const).map((kind) => [kind, name, layout, year] as const)))(
    '%s: %s reads as its .xlsx does',
    async (kind, name, layout, year) => {
      const fromText = await drafts(await bytesOf(kind, name, layout), year);
      const fromXlsx = await read(layout, year);
      expect(asTruth(fromText)).toEqual(asTruth(fromXlsx));
      if (layout.truth) expect(asTruth(fromText)).toEqual(layout.truth);
      expect(fromText.issues).toEqual(fromXlsx.issues);
    },
  );
  it('a page in GB2312 without a byte-order mark (a Chinese system’s export) reads as the page in UTF-8; so does one that declares no charset, or the wrong one', async () => {
    const utf8 = fixtureIn('html', 'period-columns');
    const gbk = fixtureIn('html', 'period-columns-gb2312');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(); // GBK bytes, not UTF-8
    const expected = await drafts(utf8, 2026);
    expect(asTruth(expected)).toEqual(PERIOD_COLUMNS.truth);
    expect(await drafts(gbk, 2026)).toEqual(expected);
    // The same bytes without the <meta> that names the charset.
    const undeclared = Buffer.from(
      Buffer.from(gbk)
        .toString('latin1')
        .replace(/<meta[^>]*charset[^>]*>/gi, ''),
      'latin1',
    );
    expect(undeclared.toString('latin1')).not.toMatch(/charset/i);
    expect(await drafts(new Uint8Array(undeclared), 2026)).toEqual(expected);
    // Systems declare the wrong charset: GBK bytes under a page that says UTF-8, and UTF-8 under one that says GB2312.
    const mislabelled = Buffer.from(
      Buffer.from(gbk)
        .toString('latin1')
        .replace(/charset=gb2312/i, 'charset=utf-8'),
      'latin1',
    );
    expect(mislabelled.toString('latin1')).toMatch(/charset=utf-8/);
    expect(await drafts(new Uint8Array(mislabelled), 2026)).toEqual(expected);
    const utf8SaysGbk = Buffer.from(
      Buffer.from(utf8)
        .toString('utf8')
        .replace(/charset=utf-8/i, 'charset=gb2312'),
      'utf8',
    );
    expect(utf8SaysGbk.toString('utf8')).toMatch(/charset=gb2312/);
    expect(await drafts(new Uint8Array(utf8SaysGbk), 2026)).toEqual(expected);
  });
  it('SpreadsheetML gives the very grids ExcelJS gives for the .xlsx: date cells as dates, a formula’s saved value, merged cells repeated, a hidden sheet left out', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { datesWorkbook, datesSpreadsheetMl } = await import('@/tests/fixtures/import/office-tables');
    const fromXlsx = await readXlsx(new Uint8Array(await datesWorkbook()));
    const fromXml = await readXlsx(new Uint8Array(datesSpreadsheetMl()));
    expect(fromXml).toEqual(fromXlsx);
    expect(fromXml).toMatchObject({ ok: true, order: ['计划表'], hidden: ['旧表'], formulas: 1 });
  });
  it('an HTML table gives its cells as shown: a date as its text, read as the same deadline', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const fromHtml = await readXlsx(fixtureIn('html', 'dates'));
    // A page's table has no sheet name; LibreOffice left the hidden sheet out of the page.
    expect(fromHtml).toMatchObject({ ok: true, order: ['Sheet1'], hidden: [] });
    const grid = fromHtml.ok ? fromHtml.sheets['Sheet1']! : [];
    expect(grid[2]![4]).toBe('2024年9月30日');
    expect(grid[3]![1]).toBe('教育优质均衡');
    const { datesWorkbook } = await import('@/tests/fixtures/import/office-tables');
    const deadlines = (d: Awaited<ReturnType<typeof drafts>>) => d.projects.flatMap((p) => p.tasks.map((t) => [t.content, t.deadlineMonth]));
    expect(deadlines(await drafts(fixtureIn('html', 'dates'), 2024))).toEqual(deadlines(await drafts(new Uint8Array(await datesWorkbook()), 2024)));
  });
  it('a page’s tables take the names it gives them: two sheets of LibreOffice’s page, read whole with 读取全部计划工作表', async () => {
    const bytes = fixtureIn('html', 'two-sheets');
    expect((await drafts(bytes, 2030)).issues.map((i) => [i.sheet, i.kind])).toEqual([['服务类', 'other_sheet']]);
    const all = await drafts(bytes, 2030, true);
    expect(all.projects.flatMap((p) => p.tasks.map((t) => `${t.sheet}${t.number}`))).toEqual([
      '工程类1',
      '工程类2',
      '工程类3',
      '服务类4',
      '服务类5',
      '服务类6',
      '服务类7',
    ]);
    // The sheet's name gives its projects their category (the table has no category column).
    expect(all.projects.map((p) => p.category)).toEqual(['ENGINEERING', 'ENGINEERING', 'SERVICE', 'SERVICE', 'SERVICE']);
  });
  it('reads a page as Excel’s HTML and systems’ exports write it: the sheet’s name in <x:Name>, a header in <thead>, units on two lines (<br>), a blank cell written &nbsp;', async () => {
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>工程类</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td{mso-number-format:"\\@";}</style></head>
<body><table border="1">
<thead><tr><th colspan="5">2024年民生实事任务分解表</th></tr>
<tr><th>序号</th><th>项目名称</th><th>任务内容</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody><tr><td rowspan="2" x:str>一</td><td rowspan="2">教育优质均衡</td><td>1.新建公办幼儿园2所</td><td>区教育局<br/>区工务署</td><td>9月底前</td></tr>
<tr><td>2.新增公办学位540个&nbsp;</td><td>区教育局</td><td>&nbsp;</td></tr>
<tr><td x:num="2">二</td><td>养老服务</td><td>3.新建长者食堂3家</td><td>区民政局</td><td>年底前</td></tr></tbody></table></body></html>`;
    const d = await drafts(new Uint8Array(Buffer.from(page)), 2024);
    expect(d.issues).toEqual([]);
    expect(d.sheet).toBe('工程类');
    expect(d.projects.map((p) => [p.numeral, p.title, p.category, p.tasks.map((t) => [t.number, t.content, t.units, t.deadlineMonth])])).toEqual([
      [
        '一',
        '教育优质均衡',
        'ENGINEERING',
        [
          [1, '新建公办幼儿园2所', ['区教育局', '区工务署'], '2024-09'],
          // A blank deadline is the one above, as in an office's table.
          [2, '新增公办学位540个', ['区教育局'], '2024-09'],
        ],
      ],
      ['二', '养老服务', 'ENGINEERING', [[3, '新建长者食堂3家', ['区民政局'], '2024-12']]],
    ]);
  });
  it('a page crafted against the sheet names (a 5 MB run of unclosed <h1><em>) is read as any page: no scan of the rest of it per heading', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const table = '<table><tr><td>序号</td><td>任务内容</td></tr><tr><td>1</td><td>新建公办幼儿园2所</td></tr></table>';
    const page = Buffer.from(`<html><head><meta charset="utf-8"></head><body>${table}${'<h1>x<em>a'.repeat(520_000)}</body></html>`);
    expect(page.byteLength).toBeLessThan(5 * 1024 * 1024);
    // With a lazy wildcard the names' scan runs about 5·10¹¹ steps: the worker is stopped at its time limit and the file refused.
    expect(await readXlsx(new Uint8Array(page))).toMatchObject({ ok: true, order: ['Sheet1'] });
  }, 90_000);
  it('refuses a page with no table and plain text as not a workbook, a broken PDF as broken, and a table longer than a plan as too many rows', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const page = (body: string) => new Uint8Array(Buffer.from(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`));
    expect(await readXlsx(page('<p>会话已过期，请重新登录</p>'))).toEqual({ ok: false, error: 'not_xlsx' });
    // Plain text that is neither markup nor divided by tabs or commas; a PDF with nothing behind its header (a real one is read: 'PDF files holding the plan table').
    expect(await readXlsx(new Uint8Array(Buffer.from('会话已过期\n请重新登录')))).toEqual({ ok: false, error: 'not_xlsx' });
    expect(await readXlsx(new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01')))).toEqual({ ok: false, error: 'corrupted' });
    const rows = Array.from({ length: 5100 }, (_, i) => `<tr><td>${i + 1}</td><td>任务${i + 1}</td></tr>`).join('');
    expect(await readXlsx(page(`<table>${rows}</table>`))).toEqual({ ok: false, error: 'too_many_rows' });
  });
  it('imports through the page’s steps: an HTML "xls" previewed, confirmed against the same file, written', async () => {
    session.actor = supervisor;
    const bytes = fixtureIn('html', 'period-columns-gb2312');
    const file = () => new File([bytes], '2036年民生实事推进计划表.xls', { type: 'application/vnd.ms-excel' });
    const fields = { year: '2036', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: file() }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 3 } });
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: file() }));
    expect(done).toMatchObject({ status: 'ok', year: 2036 });
    const year = await prisma.planYear.findUniqueOrThrow({
      where: { year: 2036 },
      select: { title: true, tasks: { select: { content: true, deadlineMonth: true }, orderBy: { number: 'asc' } } },
    });
    expect(year.title).toBe('盐田区2036年十件重点民生实事');
    expect(year.tasks.map((t) => t.content)).toEqual(PERIOD_COLUMNS.truth.flatMap((p) => p.tasks.map((t) => t.content)));
  });
});

/**
 * A city's table filtered to this district and saved with the filter on (the other district's rows
 * hidden): what the office sees is what is imported. As .xlsx, as .xls saved by LibreOffice Calc
 * (tests/fixtures/import/xls/filtered.xls) and as SpreadsheetML; through the page's steps.
 */
describe('a table filtered in Excel: its hidden rows', () => {
  const expected = {
    issues: [
      // The city's 区 column, by which it was filtered, is no field of the plan.
      { sheet: 'Sheet1', row: 2, kind: 'columns_not_read', value: 'B 区', blocking: false },
      { sheet: 'Sheet1', row: 4, kind: 'hidden_rows', value: '2', blocking: false },
    ],
    hiddenSkipped: [4, 6],
  };
  const check = (d: Awaited<ReturnType<typeof drafts>>) => {
    expect(asTruth(d)).toEqual(FILTERED_CITY_TABLE.truth);
    expect(d.issues).toEqual(expected.issues);
    expect(d.skipped.filter((x) => x.why === 'hidden').map((x) => x.row)).toEqual(expected.hiddenSkipped);
    expect(d.unknownUnits).toEqual([]);
  };
  it('as .xlsx, as .xls saved by LibreOffice and as SpreadsheetML: the visible rows read, the hidden ones named in a warning', async () => {
    const { filteredWorkbook, spreadsheetMl } = await import('@/tests/fixtures/import/office-tables');
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const xlsx = new Uint8Array(await filteredWorkbook());
    expect(await readXlsx(xlsx)).toMatchObject({ ok: true, hiddenRows: { Sheet1: [3, 5] } });
    check(await drafts(xlsx, 2025));
    check(await drafts(fixtureIn('xls', 'filtered'), 2025));
    const xml = spreadsheetMl([
      { name: 'Sheet1', rows: FILTERED_CITY_TABLE.rows, merges: FILTERED_CITY_TABLE.merges, hiddenRows: FILTERED_CITY_TABLE.hiddenRows },
    ]);
    check(await drafts(new Uint8Array(xml), 2025));
  });
  it('rows folded away in a collapsed outline group are part of the table: read, no warning', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const r of FILTERED_CITY_TABLE.rows) ws.addRow(r.map((c) => (typeof c === 'string' ? c.replace('南山区', '') : c)));
    for (const r of [4, 6]) Object.assign(ws.getRow(r), { outlineLevel: 1, hidden: true });
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.number))).toEqual([1, 2, 3, 4]);
    expect(d.issues).toEqual([{ sheet: 'Sheet1', row: 2, kind: 'columns_not_read', value: 'B 区', blocking: false }]); // no hidden rows named
  });
  it('imports through the page’s steps: the warning in the preview, nothing blocked, the two visible tasks written', async () => {
    session.actor = supervisor;
    const { filteredWorkbook } = await import('@/tests/fixtures/import/office-tables');
    const bytes = new Uint8Array(await filteredWorkbook());
    const fields = { year: '2038', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 2 } });
    expect(JSON.stringify(p.preview!.summary.messages)).toMatch(/从这一行起有2行在Excel中被隐藏（或被筛选隐藏），未导入/);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2038 });
    const tasks = await prisma.task.findMany({ where: { planYear: { year: 2038 } }, select: { content: true }, orderBy: { number: 'asc' } });
    expect(tasks.map((t) => t.content)).toEqual(['新建公办幼儿园2所', '新建长者食堂3家']);
  });
});

/** Official wording in .xlsx tables: periods written as a year and its months, plan steps as offices write
 *  them, and the numbering of official writing in task cells and 序号. */
describe('official wording: periods, plan steps, numbering', () => {
  it('a period written as a year and its months (2025.1-12, 2025.9-12; steps 2025.7-9：…) is read as those months, not a day', async () => {
    // Read as dates before: 2025.1-12 was 12 January — a whole year's task overdue in its second week.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目名称', '任务内容', '责任单位', '完成时限', '进度安排']);
    ws.addRow(['1', '文体活动', '举办帆板赛事', '区教育局', '2025.1-12', '2025.7-9：完成招标；2025.10-12：举办赛事']);
    ws.addRow(['2', '养老服务', '新建长者食堂3家', '区民政局', '2025.9-12', '']);
    ws.addRow(['3', '养老服务', '完成适老化改造', '区民政局', '2025.9.12', '']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.deadlineMonth, t.milestones.map((m) => [m.periodLabel, m.dueDate])]))).toEqual([
      [
        1,
        '2025-12',
        [
          ['2025.7-9', '2025-09-30'],
          ['2025.10-12', '2025-12-31'],
        ],
      ],
      [2, '2025-12', []],
      [3, '2025-09', []],
    ]);
    expect(d.issues.filter((x) => x.blocking)).toEqual([]);
  });
  it('steps led by a year in words or a whole date (2025年6月底前…；2025年9月底前…, 2025.6.30前…, 6.30前…) are each a step, also numbered as official writing numbers them (一是…二是…)', async () => {
    // Before: the second of two such steps was swallowed into the first (its time not seen as a step's
    // start), and dated steps were no steps at all — a task had no plan point before its deadline.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目名称', '任务内容', '责任单位', '完成时限', '进度安排']);
    ws.addRow(['1', '城市建设', '整治道路3条', '区工务署', '2026年3月底前', '1.2025年6月底前完成招标；2.2025年9月底前开工建设；3.2026年3月底前完工']);
    ws.addRow(['2', '城市建设', '建设社区公园2个', '区城管局', '2025.12.31前', '2025.6.30前完成设计，2025.9.30前进场施工']);
    ws.addRow(['3', '养老服务', '新建长者食堂3家', '区民政局', '12.31前', '6.30前建成1家；9.30前建成2家']);
    ws.addRow(['4', '养老服务', '完成适老化改造200户', '区民政局', '年底前', '一是6月底前完成入户评估；二是9月底前完成改造']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.deadlineMonth, t.milestones.map((m) => [m.periodLabel, m.dueDate])]))).toEqual([
      [
        1,
        '2026-03',
        [
          ['2025年6月底前', '2025-06-30'],
          ['2025年9月底前', '2025-09-30'],
          ['2026年3月底前', '2026-03-31'],
        ],
      ],
      [
        2,
        '2025-12',
        [
          ['2025.6.30前', '2025-06-30'],
          ['2025.9.30前', '2025-09-30'],
        ],
      ],
      [
        3,
        '2025-12',
        [
          ['6.30前', '2025-06-30'],
          ['9.30前', '2025-09-30'],
        ],
      ],
      [
        4,
        '2025-12',
        [
          ['6月底前', '2025-06-30'],
          ['9月底前', '2025-09-30'],
        ],
      ],
    ]);
    expect(d.issues.filter((x) => x.blocking)).toEqual([]);
  });
  it('steps joined by 、, phases that name their time (第一阶段（6月底前）：…) and steps whose time comes last in brackets are each a step; months listed with 、 are one', async () => {
    // Before: 、-joined steps were one step due at the first time, a phase's step and a step with its time
    // last were no step at all.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目名称', '任务内容', '责任单位', '完成时限', '进度安排']);
    ws.addRow(['1', '城市建设', '改造农贸市场2个', '区市场监管局', '年底前', '6月底前完成立项、9月底前完成招标、年底前完工']);
    ws.addRow([
      '2',
      '城市建设',
      '建设口袋公园3个',
      '区城管局',
      '2025年12月',
      '第一阶段（6月底前）：完成选址；\n第二阶段（9月底前）：完成建设；\n第三阶段（12月底前）：验收开放',
    ]);
    ws.addRow(['3', '平安建设', '开展消防巡查', '区应急管理局', '年底前', '3月、6月、9月各开展一次巡查']);
    ws.addRow(['4', '平安建设', '改造消防通道5处', '区应急管理局', '年底前', '完成勘察设计（6月底前）；\n完成施工（三季度）；\n验收（年底前）']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.milestones.map((m) => [m.periodLabel, m.dueDate, m.text])]))).toEqual([
      [
        1,
        [
          ['6月底前', '2025-06-30', '6月底前完成立项'],
          ['9月底前', '2025-09-30', '9月底前完成招标'],
          ['年底前', '2025-12-31', '年底前完工'],
        ],
      ],
      [
        2,
        [
          ['6月底前', '2025-06-30', '第一阶段（6月底前）：完成选址'],
          ['9月底前', '2025-09-30', '第二阶段（9月底前）：完成建设'],
          ['12月底前', '2025-12-31', '第三阶段（12月底前）：验收开放'],
        ],
      ],
      [3, [['3月', '2025-03-31', '3月、6月、9月各开展一次巡查']]],
      [
        4,
        [
          ['6月底前', '2025-06-30', '完成勘察设计（6月底前）'],
          ['三季度', '2025-09-30', '完成施工（三季度）'],
          ['年底前', '2025-12-31', '验收（年底前）'],
        ],
      ],
    ]);
    expect(d.issues.filter((x) => x.blocking)).toEqual([]);
  });
  it('a task cell numbered as official writing numbers the level under 一、 （（一）, （二）…) reads without its number', async () => {
    // Before: the task's content kept "（一）", and so did its title on every screen and report.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目名称', '任务内容', '责任单位', '完成时限']);
    ws.addRow(['一', '教育提升', '（一）新建公办幼儿园2所', '区教育局', '年底前']);
    ws.addRow(['', '', '（二）新增公办学位2000个', '区教育局', '9月底前']);
    ws.addRow(['二', '养老服务', '（一）新建长者食堂3家', '区民政局', '年底前']);
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content])])).toEqual([
      [
        '一',
        '教育提升',
        [
          [1, '新建公办幼儿园2所'],
          [2, '新增公办学位2000个'],
        ],
      ],
      ['二', '养老服务', [[3, '新建长者食堂3家']]],
    ]);
    expect(d.issues.filter((x) => x.blocking)).toEqual([]);
  });
  it('序号 in the two levels of official numbering (一、教育 over （一） （二）; （一） starting again beside 项目名称) groups tasks under their projects', async () => {
    // Before: the bracketed numbers were read as projects — 一、教育 rows refused as empty tasks, and
    // （一）（二）（一） beside a project column made three projects, 教育 twice, without a message.
    const ExcelJS = (await import('exceljs')).default;
    const book = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      for (const r of rows) ws.addRow(r);
      return drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    };
    const grouped = (d: Awaited<ReturnType<typeof book>>) => d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => t.content)]);
    const expected = [
      ['一', '教育', ['新建公办幼儿园2所', '新增公办学位2000个']],
      ['二', '养老', ['新建长者食堂3家']],
    ];
    const bands = await book([
      ['序号', '任务', '责任单位', '完成时限'],
      ['一、教育', '', '', ''],
      ['（一）', '新建公办幼儿园2所', '区教育局', '年底前'],
      ['（二）', '新增公办学位2000个', '区教育局', '9月底前'],
      ['二、养老', '', '', ''],
      ['（一）', '新建长者食堂3家', '区民政局', '年底前'],
    ]);
    expect(grouped(bands)).toEqual(expected);
    expect(bands.issues.filter((x) => x.blocking)).toEqual([]);
    const restarting = await book([
      ['序号', '项目名称', '任务内容', '责任单位', '完成时限'],
      ['（一）', '教育', '新建公办幼儿园2所', '区教育局', '年底前'],
      ['（二）', '教育', '新增公办学位2000个', '区教育局', '9月底前'],
      ['（一）', '养老', '新建长者食堂3家', '区民政局', '年底前'],
    ]);
    expect(grouped(restarting)).toEqual(expected);
    expect(restarting.issues.filter((x) => x.blocking)).toEqual([]);
  });
  it('a project as a band merged across the table (一、教育（2项）) over tasks numbered 1 2 3: the tasks under it are its', async () => {
    // Before: the bands were skipped as titles and all three tasks fell into one 未命名项目, without a message.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['盐田区2025年民生实事任务分解表']);
    ws.mergeCells('A1:E1');
    ws.addRow(['序号', '项目内容', '责任单位', '完成时限', '进度安排']);
    ws.addRow(['一、教育（2项）']);
    ws.mergeCells('A3:E3');
    ws.addRow(['1', '新建公办幼儿园2所', '区教育局', '年底前', '6月底前完成选址；9月底前主体完工']);
    ws.addRow(['2', '新增公办学位2000个', '区教育局', '9月底前', '']);
    ws.addRow(['二、养老（1项）']);
    ws.mergeCells('A6:E6');
    ws.addRow(['3', '新建长者食堂3家', '区民政局', '年底前', '']);
    ws.addRow(['注：完成时限均指2025年。']);
    ws.mergeCells('A8:E8');
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.units, t.milestones.length])])).toEqual([
      [
        '一',
        '教育',
        [
          [1, '新建公办幼儿园2所', ['区教育局'], 2],
          [2, '新增公办学位2000个', ['区教育局'], 0],
        ],
      ],
      ['二', '养老', [[3, '新建长者食堂3家', ['区民政局'], 0]]],
    ]);
    expect(d.issues).toEqual([]);
    expect(d.skipped.map((x) => [x.row, x.why])).toEqual([
      [1, 'before_header'],
      [8, 'footer'],
    ]);
  });
  it('a 项目计划表 in an .xlsx whose deadline is 计划完成时间, beside investment and start columns: read, the money and the start left out', async () => {
    // Before: 计划完成时间 was read as the plan, so the table had no deadline column and no header was found.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['盐田区2025年民生实事项目计划表']);
    ws.mergeCells('A1:H1');
    ws.addRow(['序号', '项目名称', '建设内容', '计划总投资（万元）', '2025年计划投资（万元）', '计划开工时间', '计划完成时间', '责任单位']);
    ws.addRow(['1', '学前教育', '新建公办幼儿园2所', 12000, 5000, '2025年3月', '2025年12月', '区教育局']);
    ws.addRow(['2', '长者助餐', '新建长者食堂3家', 600, 600, '2025年1月', '2025年9月底', '区民政局']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.issues).toEqual([
      { sheet: 'Sheet1', row: 2, kind: 'columns_not_read', value: 'D 计划总投资（万元）、E 2025年计划投资（万元）、F 计划开工时间', blocking: false },
    ]);
    expect(d.projects.map((p) => [p.title, p.tasks.map((t) => [t.number, t.content, t.units, t.deadlineMonth, t.planText])])).toEqual([
      ['学前教育', [[1, '新建公办幼儿园2所', ['区教育局'], '2025-12', '']]],
      ['长者助餐', [[2, '新建长者食堂3家', ['区民政局'], '2025-09', '']]],
    ]);
  });
  it('a deadline cell of two lines in an .xlsx (6月底前完成主体, then 12月底前竣工) is due at the later, not the first', async () => {
    // Before: read as 30 June, the words after the first time taken as what happens then — the task lagging from July.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目名称', '建设内容', '责任单位', '完成时限']);
    ws.addRow(['1', '学前教育', '新建公办幼儿园2所', '区教育局', '2025年6月底前完成主体\n2025年12月底前竣工']);
    ws.getCell('E2').alignment = { wrapText: true };
    ws.addRow(['2', '长者助餐', '新建长者食堂3家', '区民政局', '6月底前建成1家；9月底前建成3家']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.issues).toEqual([]);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.deadlineMonth]))).toEqual([
      [1, '2025-12'],
      [2, '2025-09'],
    ]);
  });
  it('three levels in an .xlsx (一、工程类项目 merged across, （一）学前教育 alone in 序号, tasks 1 2 | 1): the groups give the category, the brackets name the projects', async () => {
    // Before: the projects were named "1" and "2", at 这一行没有任务内容 on the （一） rows; with （一） starting again
    // under 二、, two projects were both 一.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '项目内容', '责任单位', '完成时限']);
    ws.addRow(['一、工程类项目（2项）']);
    ws.mergeCells('A2:D2');
    ws.addRow(['（一）教育设施建设']);
    ws.addRow(['1', '新建公办幼儿园2所', '区教育局', '年底前']);
    ws.addRow(['2', '新增公办学位2000个', '区教育局', '9月底前']);
    ws.addRow(['（二）社区公园']);
    ws.addRow(['1', '建成社区公园5个', '区城管局', '11月底前']);
    ws.addRow(['二、服务类项目']);
    ws.mergeCells('A8:D8');
    ws.addRow(['（一）长者助餐']);
    ws.addRow(['1', '新建长者食堂3家', '区民政局', '年底前']);
    const d = await drafts(new Uint8Array(await wb.xlsx.writeBuffer()), 2025);
    expect(d.projects.map((p) => [p.numeral, p.title, p.category, p.tasks.map((t) => [t.number, t.content, t.deadlineMonth])])).toEqual([
      [
        '一',
        '教育设施建设',
        'ENGINEERING',
        [
          [1, '新建公办幼儿园2所', '2025-12'],
          [2, '新增公办学位2000个', '2025-09'],
        ],
      ],
      ['二', '社区公园', 'ENGINEERING', [[3, '建成社区公园5个', '2025-11']]],
      ['三', '长者助餐', 'SERVICE', [[4, '新建长者食堂3家', '2025-12']]],
    ]);
    expect(d.issues).toEqual([]);
    expect(d.skipped.map((x) => [x.row, x.why])).toEqual([
      [2, 'title_band'],
      [8, 'title_band'],
    ]);
  });
});

/**
 * Delimited text named .xls, as many systems' 导出Excel writes it (comma- or tab-separated, often in GBK),
 * and Excel's 文本/Unicode 文本 saves. The five layouts saved as CSV by LibreOffice Calc 7.4
 * (tests/fixtures/import/csv, see SOURCES.md): merged cells come out blank, read as "as above".
 */
describe('delimited text (CSV, tab-separated) named .xls', () => {
  const csv = (name: string, ext = 'csv') => fixtureIn('csv', name, ext);
  it.each(LAYOUTS.filter(([name]) => name !== 'target-column'))('%s.csv reads as its .xlsx does', async (name, layout, year) => {
    const fromCsv = await drafts(csv(name), year);
    const fromXlsx = await read(layout, year);
    expect(asTruth(fromCsv)).toEqual(asTruth(fromXlsx));
    if (layout.truth) expect(asTruth(fromCsv)).toEqual(layout.truth);
    expect(fromCsv.issues).toEqual(fromXlsx.issues);
  });
  it('target-column.csv: as its .xlsx, but the 年度目标 merged over two tasks is the first task’s only (a CSV has no merges)', async () => {
    const fromCsv = asTruth(await drafts(csv('target-column'), 2025));
    const fromXlsx = asTruth(await read(TARGET_COLUMN, 2025));
    const { note, ...second } = fromXlsx[0]!.tasks[1]!;
    expect(note).toMatch(/^年度目标：/);
    expect(fromCsv).toEqual([{ ...fromXlsx[0]!, tasks: [fromXlsx[0]!.tasks[0]!, second] }, ...fromXlsx.slice(1)]);
  });
  it('tab-separated in GBK named .xls, and Excel’s Unicode 文本 (UTF-16 with its mark), read as the CSV', async () => {
    const expected = await drafts(csv('district-breakdown'), 2024);
    const gbk = csv('district-breakdown-tab-gbk', 'xls');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(await drafts(gbk, 2024)).toEqual(expected);
    expect(await drafts(csv('district-breakdown-unicode', 'txt'), 2024)).toEqual(expected);
  });
  it('counts its lines before anything is built: more than a plan has is refused', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const lines = ['序号,项目名称,任务内容,责任单位,完成时限', ...Array.from({ length: 5100 }, (_, i) => `${i + 1},项目,任务${i + 1},区教育局,年底前`)];
    expect(await readXlsx(new Uint8Array(Buffer.from(lines.join('\n'))))).toEqual({ ok: false, error: 'too_many_rows' });
  });
  it('imports through the page’s steps', async () => {
    session.actor = supervisor;
    const bytes = csv('district-breakdown-tab-gbk', 'xls');
    const file = () => new File([new Uint8Array(bytes)], '导出计划表.xls', { type: 'application/vnd.ms-excel' });
    const fields = { year: '2024', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: file() }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 5 } });
  });
});

/**
 * Plan tables as governments publish them: the attachment of a 通知 (附件：任务分解表) in Word. The
 * five layouts and a notice with its table were saved as .docx by LibreOffice Writer 7.4
 * (tests/fixtures/import/docx, see SOURCES.md); each reads as its .xlsx does.
 */
describe('Word documents (.docx) holding the plan table', () => {
  const docx = (name: string) => fixtureIn('docx', name, 'docx');
  it.each(LAYOUTS)('%s.docx reads as its .xlsx does', async (name, layout, year) => {
    const fromWord = await drafts(docx(name), year);
    const fromXlsx = await read(layout, year);
    expect(asTruth(fromWord)).toEqual(asTruth(fromXlsx));
    if (layout.truth) expect(asTruth(fromWord)).toEqual(layout.truth);
    // The same messages at the same rows; the table is named 表格1 (no title paragraph before it), the sheet Sheet1.
    expect(fromWord.issues).toEqual(fromXlsx.issues.map((i) => ({ ...i, sheet: '表格1' })));
  });
  // The notice's table (a 通知 as LibreOffice Writer saved it): 序号 and 项目名称 merged over two tasks, units in a cell's paragraphs.
  const NOTICE_TRUTH = [
    {
      numeral: '一',
      title: '教育优质均衡',
      tasks: [
        { content: '新建公办幼儿园2所，新增学位540个', units: ['区教育局', '区工务署'], deadline: '2040-09', steps: [] },
        { content: '改造提升中小学运动场3个', units: ['区教育局'], deadline: '2040-12', steps: [], note: '分两批实施' },
      ],
    },
    { numeral: '二', title: '养老服务', tasks: [{ content: '新建长者食堂3家', units: ['区民政局', '区住建局'], deadline: '2040-09', steps: [] }] },
  ];
  it('a 通知 with its table: the notice’s paragraphs are not a table, a cell of two paragraphs names two units', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    // The table is named by its title, the paragraph before it: the preview says where a row is.
    expect(await readXlsx(docx('notice'))).toMatchObject({ ok: true, order: ['盐田区民生实事项目任务分解表'] });
    const d = await drafts(docx('notice'), 2040);
    expect(asTruth(d)).toEqual(NOTICE_TRUTH);
    expect(d.issues).toEqual([]);
  });
  it('a table split in two by a paragraph between its parts (split-table.docx): the part without a header continues it', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(await readXlsx(docx('split-table'))).toMatchObject({ ok: true, order: ['盐田区民生实事项目任务分解表', '表格2'], tablesContinue: true });
    const d = await drafts(docx('split-table'), 2040);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => t.content)])).toEqual([
      ['一', '教育优质均衡', ['新建公办幼儿园2所', '改造提升中小学运动场3个']],
      ['二', '养老服务', ['新建长者食堂3家']],
      ['三', '住房保障', ['筹集建设保障性住房1000套']],
    ]);
    expect(d.issues).toEqual([]);
  });
  it('two tables under （一）工程类项目 and （二）服务类项目: the second named by its title in the warning; read together, each title gives its projects’ category', async () => {
    const one = await drafts(docx('categories'), 2040);
    expect(one.projects.map((p) => [p.title, p.category])).toEqual([
      ['学前教育扩容', 'ENGINEERING'],
      ['道路改造', 'ENGINEERING'],
    ]);
    expect(one.issues).toEqual([{ sheet: '（二）服务类项目', row: 2, kind: 'other_sheet', value: '1', blocking: false }]);
    const both = await drafts(docx('categories'), 2040, true);
    expect(both.projects.map((p) => [p.title, p.category, p.tasks.map((t) => t.number)])).toEqual([
      ['学前教育扩容', 'ENGINEERING', [1]],
      ['道路改造', 'ENGINEERING', [2]],
      ['养老服务', 'SERVICE', [3]],
    ]);
  });
  it('a 序号 column numbered by Word itself (自动编号: the numbers are not in the text) numbers the tasks in table order', async () => {
    const d = await drafts(docx('auto-numbered'), 2040);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content])])).toEqual([
      ['一', '学前教育扩容', [[1, '新建公办幼儿园2所']]],
      ['二', '道路改造', [[2, '完成东西向道路改造2条']]],
      ['三', '养老服务', [[3, '新建长者食堂3家']]],
    ]);
    expect(d.issues).toEqual([]);
  });
  it('a document with its 修订 (tracked changes) still on reads as the changes accepted: the deleted 9月底前 out, the inserted 10月底前 in', async () => {
    const d = await drafts(docx('tracked-changes'), 2040);
    expect(d.projects[0]!.tasks[0]!.deadlineMonth).toBe('2040-10');
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.deadlineMonth))).toEqual(['2040-10', '2040-12', '2040-09']);
  });
  it('a small table inside a cell (nested-table.docx: the steps as 6月底前 | 完成选址) is that cell’s lines; the rows after it are read', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    // Before, the inner rows were read as rows of the plan table (two empty tasks, blocking) and tasks 2 and 3 were lost.
    expect(await readXlsx(docx('nested-table'))).toMatchObject({ ok: true, order: ['盐田区2025年民生实事任务分解表'] });
    const d = await drafts(docx('nested-table'), 2025);
    const tasks = d.projects.flatMap((p) => p.tasks);
    expect(tasks.map((t) => [t.number, t.content, t.deadlineMonth, t.planText, t.milestones.map((m) => [m.periodLabel, m.dueDate])])).toEqual([
      [
        1,
        '新建公办幼儿园2所，新增学位540个',
        '2025-12',
        '分两步推进：\n6月底前 完成选址和设计\n9月底前 开工建设',
        [
          ['6月底前', '2025-06-30'],
          ['9月底前', '2025-09-30'],
        ],
      ],
      [2, '新建长者食堂3家', '2025-09', '年内完成', [['年内', '2025-12-31']]],
      [
        3,
        '举办招聘会20场',
        '2025-12',
        '按半年安排：\n上半年 10场\n下半年 10场',
        [
          ['上半年', '2025-06-30'],
          ['下半年', '2025-12-31'],
        ],
      ],
    ]);
    expect(d.issues.filter((x) => x.blocking)).toEqual([]);
    // A cell whose only content is a table (as Word writes it: the table, then the cell's closing paragraph), and a table in a table in a cell.
    const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
    const cells = (...kids: (string | InstanceType<typeof Table>)[]) =>
      kids.map((k) => new TableCell({ children: typeof k === 'string' ? [new Paragraph(k)] : [k, new Paragraph('')] }));
    const rows = (...rs: (string | InstanceType<typeof Table>)[][]) => rs.map((r) => new TableRow({ children: cells(...r) }));
    const steps = new Table({ rows: rows(['7月底前', new Table({ rows: rows(['完成招标'], ['（含监理）']) })], ['10月底前', '完成验收']) });
    const plan = new Table({
      rows: rows(
        ['序号', '项目名称', '具体任务', '责任单位', '完成时限', '进度安排'],
        ['1', '道路改造', '完成东西向道路改造2条', '区教育局', '年底前', steps],
        ['2', '养老服务', '新建长者食堂3家', '区民政局', '9月底前', '年内完成'],
      ),
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('任务分解表'), plan] }] })));
    const word = await drafts(bytes, 2025);
    expect(word.projects.flatMap((p) => p.tasks.map((t) => [t.number, t.planText, t.milestones.map((m) => m.dueDate)]))).toEqual([
      [1, '7月底前 完成招标 （含监理）\n10月底前 完成验收', ['2025-07-31', '2025-10-31']],
      [2, '年内完成', ['2025-12-31']],
    ]);
  });
  it('a project’s band (一、教育（2项）, one cell across the table) over tasks numbered 1 2 | 1: the band names their project', async () => {
    const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
    const row = (...texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const band = (text: string) => new TableRow({ children: [new TableCell({ children: [new Paragraph(text)], columnSpan: 5 })] });
    const plan = new Table({
      rows: [
        row('序号', '项目内容', '责任单位', '完成时限', '进度安排'),
        band('一、教育（2项）'),
        row('1', '新建公办幼儿园2所', '区教育局', '年底前', '第一阶段（6月底前）：完成选址；第二阶段（9月底前）：主体完工'),
        row('2', '新增公办学位2000个', '区教育局', '9月底前', '完成招生方案（5月底前）；完成招生（8月底前）'),
        band('二、养老（1项）'),
        row('1', '新建长者食堂3家', '区民政局', '年底前', '6月底前建成1家、9月底前建成2家、年底前建成3家'),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件：任务分解表'), plan] }] })));
    const d = await drafts(bytes, 2025);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.map((t) => [t.number, t.content, t.milestones.map((m) => m.dueDate)])])).toEqual([
      [
        '一',
        '教育',
        [
          [1, '新建公办幼儿园2所', ['2025-06-30', '2025-09-30']],
          [2, '新增公办学位2000个', ['2025-05-31', '2025-08-31']],
        ],
      ],
      ['二', '养老', [[3, '新建长者食堂3家', ['2025-06-30', '2025-09-30', '2025-12-31']]]],
    ]);
    expect(d.issues).toEqual([]);
  });
  it('refuses a Word 97–2003 .doc with its own message, a document without a table, and one with more rows than a plan has — before anything is built', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(await readXlsx(fixtureIn('docx', 'notice', 'doc'))).toEqual({ ok: false, error: 'word_doc' });
    const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
    const word = async (children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[]) =>
      new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    expect(await readXlsx(await word([new Paragraph('关于报送民生实事进展的通知')]))).toEqual({ ok: false, error: 'no_table' });
    const row = (texts: string[]) => new TableRow({ children: texts.map((x) => new TableCell({ children: [new Paragraph(x)] })) });
    const many = new Table({
      rows: [
        row(['序号', '项目名称', '任务内容', '责任单位', '完成时限']),
        ...Array.from({ length: 5100 }, (_, i) => row([String(i + 1), '项目', '任务', '区教育局', '年底前'])),
      ],
    });
    expect(await readXlsx(await word([many]))).toEqual({ ok: false, error: 'too_many_rows' });
  });
  it('imports through the page’s steps: a .docx previewed and confirmed; a .doc refused with what to do, nothing written', async () => {
    session.actor = supervisor;
    const bytes = docx('notice');
    const word = (b: Uint8Array, name: string, type: string) => new File([new Uint8Array(b)], name, { type });
    const file = () => word(bytes, '附件：民生实事项目任务分解表.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const fields = { year: '2040', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: file() }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 3 } });
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: file() }));
    expect(done).toMatchObject({ status: 'ok', year: 2040 });
    const tasks = await prisma.task.findMany({
      where: { planYear: { year: 2040 } },
      select: { content: true, deadlineMonth: true, units: { select: { unit: { select: { name: true } } }, orderBy: { ord: 'asc' } } },
      orderBy: { number: 'asc' },
    });
    expect(tasks.map((t) => [t.content, t.deadlineMonth, t.units.map((u) => u.unit.name)])).toEqual(
      NOTICE_TRUTH.flatMap((x) => x.tasks.map((t) => [t.content, t.deadline, t.units])),
    );
    const refused = await actions.previewImport(
      IDLE,
      form({ year: '2041', title: '', defaultCategory: 'SERVICE', file: word(fixtureIn('docx', 'notice', 'doc'), '任务分解表.doc', 'application/msword') }),
    );
    expect(refused.status).toBe('error');
    expect(JSON.stringify(refused)).toMatch(/Word 97–2003文档（\.doc）.*另存为\.docx/);
    expect(await prisma.planYear.count({ where: { year: 2041 } })).toBe(0);
  });
});

/** A one-page PDF drawing `content` (a content stream, Helvetica as /F1), written by hand with its cross-reference table. */
function handPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Plan tables published as PDF (a 通知's 附件 as exported from Word): the five layouts, each drawn
 * with ruled cells by LibreOffice Writer 7.4 (tests/fixtures/import/pdf, see SOURCES.md); the PDF
 * has no cells, only lines and positioned text, and each reads as its .xlsx does.
 */
describe('PDF files holding the plan table', () => {
  const pdf = (name: string) => fixtureIn('pdf', name, 'pdf');
  it.each(LAYOUTS)('%s.pdf reads as its .xlsx does', async (name, layout, year) => {
    const fromPdf = await drafts(pdf(name), year);
    const fromXlsx = await read(layout, year);
    expect(asTruth(fromPdf)).toEqual(asTruth(fromXlsx));
    if (layout.truth) expect(asTruth(fromPdf)).toEqual(layout.truth);
    expect(fromPdf.issues).toEqual(fromXlsx.issues.map((i) => ({ ...i, sheet: '表格1' })));
  });
  it('a 通知 exported to PDF reads as its .docx does: the table named by the line above it, a cell of two lines names two units', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(await readXlsx(pdf('notice'))).toMatchObject({ ok: true, order: ['盐田区民生实事项目任务分解表'], tablesContinue: true });
    const fromPdf = await drafts(pdf('notice'), 2040);
    expect(asTruth(fromPdf)).toEqual(asTruth(await drafts(fixtureIn('docx', 'notice', 'docx'), 2040)));
    expect(fromPdf.projects[0]!.tasks[0]!.units).toEqual(['区教育局', '区工务署']);
  });
  it('a table over three pages (its header repeated on each, a row broken by a page, a project merged over a break) reads as one table', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const read = await readXlsx(pdf('long-table'));
    expect(read).toMatchObject({ ok: true, order: ['盐田区2040年民生实事项目任务分解表'] });
    const d = await drafts(pdf('long-table'), 2040);
    expect(d.projects.map((p) => [p.numeral, p.title, p.tasks.length])).toEqual([
      ['一', '教育优质均衡', 8],
      ['二', '医疗卫生服务', 10],
      ['三', '住房保障', 9],
      ['四', '养老服务', 9],
    ]);
    const tasks = d.projects.flatMap((p) => p.tasks);
    // Every task as written in long-table.html (the source the PDF was printed from): n, its unit
    // (the full names written there, 区卫生健康局 and 区住房和建设局, are the directory's 区卫健局 and 区住建局) and month.
    const UNITS = ['区教育局', '区卫健局', '区住建局', '区民政局', '区工务署'];
    expect(tasks.map((t) => [t.content.replace(/^\d+\./, ''), t.units, t.deadlineMonth])).toEqual(
      tasks.map((_, i) => {
        const n = i + 1;
        const title = d.projects.find((p) => p.tasks.includes(tasks[i]!))!.title;
        const k = d.projects.find((p) => p.tasks.includes(tasks[i]!))!.tasks.indexOf(tasks[i]!) + 1;
        return [`${title}第${k}项任务：完成建设内容${n}处并投入使用，惠及居民${n * 100}人`, [UNITS[n % 5]], `2040-${String(3 + (n % 10)).padStart(2, '0')}`];
      }),
    );
    expect(d.issues).toEqual([]);
  });
  it('a 200-task table over twelve pages (two-hundred-tasks.html printed by Writer): every task once, in order, its own unit and month', async () => {
    const d = await drafts(pdf('two-hundred-tasks'), 2041);
    expect(d.projects.map((p) => [p.title, p.tasks.length])).toEqual(Array.from({ length: 20 }, (_, p) => [`项目${p + 1}`, 10]));
    const UNITS = ['区教育局', '区卫健局', '区住建局', '区民政局', '区工务署'];
    // The "1." before a task is its number in the project, not its text.
    expect(d.projects.flatMap((p) => p.tasks.map((t) => [t.content, t.units, t.deadlineMonth]))).toEqual(
      Array.from({ length: 200 }, (_, i) => {
        const [n, p, k] = [i + 1, Math.floor(i / 10) + 1, (i % 10) + 1];
        return [
          `第${p}个项目第${k}项任务：完成建设内容${n}处并投入使用，惠及居民${n * 100}人`,
          [UNITS[n % 5]],
          `2041-${String(3 + (n % 10)).padStart(2, '0')}`,
        ];
      }),
    );
    expect(d.issues).toEqual([]);
  });
  it('printed by Chromium (Skia’s PDF: every border drawn cell by cell as a filled box, radicals for characters — 项⽬ for 项目): read as the LibreOffice PDFs are', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(asTruth(await drafts(pdf('city-list-chromium'), 2024))).toEqual(asTruth(await read(CITY_LIST, 2024)));
    const long = await drafts(pdf('long-table-chromium'), 2040);
    expect(asTruth(long)).toEqual(asTruth(await drafts(pdf('long-table'), 2040)));
    expect(long.issues).toEqual([]);
    expect(await readXlsx(pdf('long-table-chromium'))).toMatchObject({ ok: true, order: ['盐田区2040年民生实事项目任务分解表'] });
  });
  it('refused with what to do: a scan (no text), a PDF with an opening password, a PDF that is not one', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    expect(await readXlsx(pdf('scan'))).toEqual({ ok: false, error: 'scanned' });
    expect(await readXlsx(pdf('password-1234'))).toEqual({ ok: false, error: 'encrypted' });
    expect(await readXlsx(new TextEncoder().encode('%PDF-1.7\n% nothing follows'))).toEqual({ ok: false, error: 'corrupted' });
    const { m } = await import('@/lib/i18n/messages');
    expect(m.importRead.scanned).toMatch(/扫描件.*Word或Excel原件/);
    // Text without ruling lines: no grid to trust. A page of 25,000 lines: refused before they are paired.
    expect(await readXlsx(handPdf('BT /F1 12 Tf 50 700 Td (Plan 2040: task, unit, deadline) Tj ET'))).toEqual({ ok: false, error: 'no_table' });
    const lines = Array.from({ length: 25_000 }, (_, i) => `${50 + (i % 500)} 100 m ${50 + (i % 500)} 300 l S`).join('\n');
    expect(await readXlsx(handPdf(lines))).toEqual({ ok: false, error: 'too_much' });
  });
  it('another writer’s way of drawing: borders as thin filled boxes under a moved origin (cm) read as lines', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    // A 2×2 table at (100, 600)–(300, 660) drawn in a frame moved by (50, 100): boxes 0.5 pt thick.
    const boxes = [...[50, 150, 250].map((x) => `${x} 500 0.5 60 re f`), ...[500, 530, 560].map((y) => `50 ${y} 200 0.5 re f`)].join('\n');
    const text = [
      [55, 545, 'Name'],
      [155, 545, 'Unit'],
      [55, 515, 'Road A'],
      [155, 515, 'Works'],
    ]
      .map(([x, y, t]) => `BT /F1 10 Tf ${x} ${y} Td (${t}) Tj ET`)
      .join('\n');
    const read = await readXlsx(handPdf(`q 1 0 0 1 50 100 cm\n${boxes}\n${text}\nQ`));
    expect(read).toMatchObject({ ok: true, order: ['表格1'] });
    expect(read.ok && read.sheets['表格1']).toEqual([
      ['Name', 'Unit'],
      ['Road A', 'Works'],
    ]);
  });
});

/**
 * A city's table with the city's columns hidden (its lead units, its note): what the office sees is
 * what is imported. As .xlsx, as .xls saved by LibreOffice Calc (tests/fixtures/import/xls/hidden-columns.xls)
 * and as SpreadsheetML; a collapsed outline group of columns is read; through the page's steps.
 */
describe('a table with columns hidden in Excel', () => {
  const warning = { sheet: 'Sheet1', row: 2, kind: 'hidden_columns', value: 'D 市级牵头单位、G 市级备注', blocking: false };
  const check = (d: Awaited<ReturnType<typeof drafts>>) => {
    expect(asTruth(d)).toEqual(CITY_TABLE_HIDDEN_COLUMNS.truth);
    expect(d.projects.flatMap((p) => p.tasks.map((t) => t.note))).toEqual(['', '']);
    expect(d.issues).toEqual([warning]);
    expect(d.unknownUnits).toEqual([]);
  };
  it('as .xlsx, as .xls saved by LibreOffice and as SpreadsheetML: the hidden columns not read, named in a warning', async () => {
    const { hiddenColumnsWorkbook, spreadsheetMl } = await import('@/tests/fixtures/import/office-tables');
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const xlsx = new Uint8Array(await hiddenColumnsWorkbook());
    expect(await readXlsx(xlsx)).toMatchObject({ ok: true, hiddenColumns: { Sheet1: [3, 6] } });
    check(await drafts(xlsx, 2025));
    expect(await readXlsx(fixtureIn('xls', 'hidden-columns'))).toMatchObject({ ok: true, hiddenColumns: { Sheet1: [3, 6] } });
    check(await drafts(fixtureIn('xls', 'hidden-columns'), 2025));
    const xml = spreadsheetMl([
      {
        name: 'Sheet1',
        rows: CITY_TABLE_HIDDEN_COLUMNS.rows,
        merges: CITY_TABLE_HIDDEN_COLUMNS.merges,
        hiddenColumns: CITY_TABLE_HIDDEN_COLUMNS.hiddenColumns,
      },
    ]);
    check(await drafts(new Uint8Array(xml), 2025));
  });
  it('columns folded away in a collapsed outline group are part of the table: read (the city’s units unknown), no warning about them', async () => {
    const { hiddenColumnsWorkbook } = await import('@/tests/fixtures/import/office-tables');
    const d = await drafts(new Uint8Array(await hiddenColumnsWorkbook(true)), 2025);
    expect(d.unknownUnits.map((u) => u.name)).toEqual(['市教育局', '市民政局']);
    expect(d.issues.some((i) => i.kind === 'hidden_columns')).toBe(false);
  });
  it('imports through the page’s steps: the warning in the preview, nothing blocked, the district’s units written', async () => {
    session.actor = supervisor;
    const { hiddenColumnsWorkbook } = await import('@/tests/fixtures/import/office-tables');
    const bytes = new Uint8Array(await hiddenColumnsWorkbook());
    const fields = { year: '2039', title: '', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 2 } });
    expect(JSON.stringify(p.preview!.summary.messages)).toMatch(/以下列在Excel中被隐藏，未读取：D 市级牵头单位、G 市级备注/);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2039 });
    const tasks = await prisma.task.findMany({
      where: { planYear: { year: 2039 } },
      select: { content: true, note: true, units: { select: { unit: { select: { name: true } } } } },
      orderBy: { number: 'asc' },
    });
    expect(tasks.map((t) => [t.content, t.note, t.units.map((u) => u.unit.name)])).toEqual([
      ['新建公办幼儿园2所', '', ['区教育局']],
      ['新建长者食堂3家', '', ['区民政局']],
    ]);
  });
});

describe('a table with a 年度目标 column of its own', () => {
  it('keeps each target under its header in the task’s note, and proposes the targets from it (a merged one once)', async () => {
    const d = await read(TARGET_COLUMN, 2025);
    expect(asTruth(d)).toEqual(TARGET_COLUMN.truth);
    expect(d.issues).toEqual([]);
    const proposed = d.projects.flatMap((p) => p.tasks.map((t) => t.indicators.map((i) => [i.name, i.target, i.unitOfMeasure, i.direction])));
    expect(proposed).toEqual([
      [
        ['新增公办学位', 2000, '个', 'EXACTLY'],
        ['新建幼儿园', 2, '所', 'EXACTLY'],
      ],
      // The same target merged over the project's second task: proposed once, on the first.
      [],
      [['加装电梯', 100, '台', 'AT_LEAST']],
      // No target column here: the task's own words.
      [['新建长者饭堂', 3, '家', 'EXACTLY']],
    ]);
  });
});

describe('a 推进计划表 whose plan is a column per quarter under a merged 进度安排', () => {
  it('reads the two header rows as one band and each quarter as a step; the import writes the steps and the figures they set', async () => {
    const d = await read(PERIOD_COLUMNS, 2026);
    expect(asTruth(d)).toEqual(PERIOD_COLUMNS.truth);
    expect(d.issues).toEqual([]);
    session.actor = supervisor;
    const bytes = await layoutWorkbook(PERIOD_COLUMNS);
    const fields = { year: '2026', title: '2026年民生实事', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview?.summary.messages).toEqual([]);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2026 });
    const tasks = await prisma.task.findMany({
      where: { planYear: { year: 2026 } },
      orderBy: { number: 'asc' },
      select: {
        h2Plan: true,
        milestones: { select: { periodLabel: true, dueDate: true, text: true, cumulativeTarget: true }, orderBy: { ord: 'asc' } },
        indicators: { select: { name: true, target: true, unitOfMeasure: true, accrual: true } },
      },
    });
    const steps = (i: number) => tasks[i]!.milestones.map((m) => [m.periodLabel, m.dueDate.toISOString().slice(0, 10), m.text, m.cumulativeTarget]);
    expect(tasks[0]!.h2Plan).toBe('第一季度：完成选址和立项\n第二季度：1.完成设计；2.完成施工招标\n第三季度：主体结构封顶\n第四季度：竣工验收并开园');
    expect(steps(0)).toEqual([
      ['第一季度', '2026-03-31', '第一季度：完成选址和立项', null],
      ['第二季度', '2026-06-30', '第二季度：1.完成设计；2.完成施工招标', null],
      ['第三季度', '2026-09-30', '第三季度：主体结构封顶', null],
      ['第四季度', '2026-12-31', '第四季度：竣工验收并开园', null],
    ]);
    // 新增托位80个, then 累计200个: rising to the target, the figures each quarter is judged by.
    expect(tasks[1]!.indicators).toEqual([{ name: '新增普惠性托位', target: 200, unitOfMeasure: '个', accrual: 'MILESTONES' }]);
    expect(steps(1).map((s) => s[3])).toEqual([null, 80, 200]);
    expect(tasks[2]!.indicators).toEqual([{ name: '既有住宅加装电梯', target: 100, unitOfMeasure: '台', accrual: 'MILESTONES' }]);
    expect(steps(2).map((s) => s[3])).toEqual([20, 50, 80, 100]);
  });
});

describe('a workbook with a plan table on each of two sheets', () => {
  it('imports the first and says, at the other sheet’s first task, that its tasks were not imported', async () => {
    session.actor = supervisor;
    const bytes = await layoutsWorkbook([
      ['工程类', PERIOD_COLUMNS],
      ['服务类', TARGET_COLUMN],
    ]);
    // 2027: the year the table before this one imported into exists now.
    const fields = { year: '2027', title: '2027年民生实事', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview?.summary.counts).toMatchObject({ tasks: 3 });
    expect(p.preview?.summary.messages).toEqual([
      {
        sheet: '服务类',
        row: 3,
        severity: 'warning',
        text: '这张表也是计划表（4项任务），本次未读取',
        fix: expect.stringContaining('读取全部计划工作表'),
      },
    ]);
    expect(p.preview?.summary.canConfirm).toBe(true);
  });
  it('读取全部计划工作表: both sheets as one plan — the second sheet’s tasks numbered on, each project and task as its sheet says, one row’s problem its own sheet’s', async () => {
    session.actor = supervisor;
    // Two tables written for any year (月底前, 年底前, 年内), each counting its tasks from 1; an unknown
    // name (区更新整备局, created on confirmation) stands on both sheets.
    const renamed = (l: Layout, from: string): Layout => ({
      ...l,
      rows: l.rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace(from, '区更新整备局') : c))),
    });
    const bytes = await layoutsWorkbook([
      ['工程类', renamed(PERIOD_COLUMNS, '区卫生健康局')],
      ['服务类', renamed(CITY_LIST, '区城市更新局')],
    ]);
    const each = [(await read(PERIOD_COLUMNS, 2028)).projects, (await read(CITY_LIST, 2028)).projects];
    const counts = each.map((ps) => ps.flatMap((x) => x.tasks).length);
    expect(each.map((ps) => ps.flatMap((x) => x.tasks)[0]!.number)).toEqual([1, 1]);
    const fields = { year: '2028', title: '2028年民生实事', defaultCategory: 'SERVICE', allSheets: 'on' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    const summary = p.preview!.summary;
    // One row on 服务类 cannot be read for 2028 (its deadline is 2024.9): an error on that sheet's row only.
    expect(summary.messages.filter((x) => x.severity === 'error').map((x) => [x.sheet, x.row])).toEqual([['服务类', 4]]);
    const total = counts[0]! + counts[1]!;
    expect(summary.counts).toMatchObject({ tasks: total, projects: each[0]!.length + each[1]!.length });
    expect(summary.messages.filter((x) => x.text.includes('也是计划表'))).toEqual([]);
    const tasks = summary.projects.flatMap((x) => x.tasks.map((t) => [t.sheet, t.number, t.content.slice(0, 8)]));
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(tasks.map((t) => t[1])).toEqual(upTo(total));
    expect(tasks.map((t) => t[0])).toEqual([...Array(counts[0]).fill('工程类'), ...Array(counts[1]).fill('服务类')]);
    // Both sheets number their projects 一、二…: renumbered in order, each with its own title.
    expect(summary.projects.map((x) => x.numeral)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八'].slice(0, summary.projects.length));
    expect(summary.projects.map((x) => x.title)).toEqual([...each[0]!, ...each[1]!].map((x) => x.title));
    // The unknown name, where it stands on each sheet.
    const unknown = summary.unknownUnits.find((u) => u.name === '区更新整备局')!;
    expect(unknown.where).toMatch(/^（工程类 第[\d、]+行；服务类 第[\d、]+行）$/);
    // Confirmed with the name created and the rows with a problem left out: every other task of both
    // sheets is written as numbered in the preview — 工程类's own row 4 among them.
    const done = await actions.confirmImport(
      IDLE,
      form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes), excludeBlocked: 'on', 'unit.0.name': '区更新整备局', 'unit.0.choice': 'create' }),
    );
    expect(done).toMatchObject({ status: 'ok', year: 2028 });
    const written = await prisma.task.findMany({ where: { planYear: { year: 2028 } }, orderBy: { number: 'asc' }, select: { number: true, content: true } });
    const kept = summary.projects.flatMap((x) => x.tasks).filter((t) => !(t.sheet === '服务类' && t.row === 4));
    expect(kept).toHaveLength(total - 1);
    expect(kept.some((t) => t.sheet === '工程类' && t.row === 4)).toBe(true);
    expect(written.map((t) => [t.number, t.content])).toEqual(kept.map((t) => [t.number, t.content]));
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.imported' }, orderBy: { id: 'desc' }, select: { after: true } });
    expect(JSON.parse(audit.after!)).toMatchObject({
      year: 2028,
      tasks: total - 1,
      sheets: ['工程类', '服务类'],
      excludedRows: [],
      excludedElsewhere: [{ sheet: '服务类', row: 4 }],
    });
  });
});

describe('the office import of a district table written with full unit names', () => {
  it('matches full names to the units, lists what it skipped, flags the cross-year task, and writes note and deadline', async () => {
    const d = await read(DISTRICT_BREAKDOWN, 2024);
    expect(d.unknownUnits).toEqual([]);
    expect(d.skipped.map((s) => [s.row, s.why])).toEqual([
      [1, 'before_header'],
      [2, 'before_header'],
      [10, 'blank'],
      [11, 'footer'],
    ]);
    expect(d.issues.map((i) => [i.row, i.kind, i.blocking])).toEqual([[9, 'cross_year', false]]);
    session.actor = supervisor;
    const bytes = await layoutWorkbook(DISTRICT_BREAKDOWN);
    const fields = { year: '2024', title: '2024年民生实事', defaultCategory: 'SERVICE' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview?.summary.messages).toEqual([
      { sheet: 'Sheet1', row: 9, severity: 'warning', text: expect.stringContaining('跨年度'), fix: expect.any(String) },
    ]);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2024 });
    const tasks = await prisma.task.findMany({
      where: { planYear: { year: 2024 } },
      orderBy: { number: 'asc' },
      select: { number: true, note: true, deadlineMonth: true, units: { select: { unit: { select: { name: true } } }, orderBy: { ord: 'asc' } } },
    });
    expect(tasks.map((t) => [t.number, t.units.map((u) => u.unit.name), t.deadlineMonth, t.note])).toEqual([
      [1, ['区教育局', '区工务署', '区住建局'], '2024-09', ''],
      [2, ['区教育局'], '2024-12', '分两批实施'],
      [3, ['区卫健局', '区民政局'], '2024-11', ''],
      [4, ['区卫健局', '区民政局'], '2024-11', ''],
      [5, ['区住建局'], '2025-03', '跨年度项目'],
    ]);
  });
});

describe('unknown names: mapped once, remembered; nothing written until every name has an answer', () => {
  it('refuses a confirmation that leaves a name open; a mapping becomes an alias the next import uses', async () => {
    session.actor = supervisor;
    const bytes = await layoutWorkbook(CITY_LIST);
    const fields = { year: '2025', title: '2025年民生实事', defaultCategory: 'ENGINEERING' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsx(bytes) }));
    expect(p.preview!.summary.unknownUnits).toEqual([
      { name: '区城市更新局', rows: [3], where: '（第3行）', collective: false, suggestions: expect.arrayContaining(['区城管局']) },
    ]);
    // Imported into 2025, the 2024.9 deadline of row 4 is in an earlier year: the office leaves that row out.
    expect(p.preview!.summary.messages.map((x) => [x.row, x.severity])).toEqual([[4, 'error']]);
    const years = await prisma.planYear.count();
    const open = await actions.confirmImport(
      IDLE,
      form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes), excludeBlocked: 'on', 'unit.0.name': '区城市更新局', 'unit.0.choice': '' }),
    );
    expect(open).toMatchObject({ status: 'error', errors: { createUnits: [expect.stringContaining('区城市更新局')] } });
    expect(await prisma.planYear.count()).toBe(years);
    // A name that is not a unit is not a choice either.
    const bogus = await actions.confirmImport(
      IDLE,
      form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes), excludeBlocked: 'on', 'unit.0.name': '区城市更新局', 'unit.0.choice': '不存在的单位' }),
    );
    expect(bogus.status).toBe('error');
    const ok = await actions.confirmImport(
      IDLE,
      form({ ...fields, sha256: p.preview!.sha256, file: xlsx(bytes), excludeBlocked: 'on', 'unit.0.name': '区城市更新局', 'unit.0.choice': '区住建局' }),
    );
    expect(ok).toMatchObject({ status: 'ok', year: 2025 });
    const t2 = await prisma.task.findFirstOrThrow({
      where: { planYear: { year: 2025 }, number: 2 },
      select: {
        units: { select: { unit: { select: { name: true } } }, orderBy: { ord: 'asc' } },
        milestones: { select: { dueDate: true, cumulativeTarget: true, indicator: { select: { name: true } } }, orderBy: { ord: 'asc' } },
        indicators: { select: { name: true, unitOfMeasure: true, target: true, direction: true, accrual: true } },
      },
    });
    expect(t2.units.map((u) => u.unit.name)).toEqual(['区住建局']); // mapped onto the lead unit: listed once
    expect(t2.milestones.map((m) => m.dueDate.toISOString().slice(0, 10))).toEqual(['2025-03-31', '2025-06-30', '2025-12-31']);
    // The target its text states (加装电梯100台) is proposed as its indicator, with the figures its steps
    // set (新建成20台, 累计50台, 累计100台): judged along them.
    expect(t2.indicators).toEqual([{ name: '加装电梯', unitOfMeasure: '台', target: 100, direction: 'EXACTLY', accrual: 'MILESTONES' }]);
    expect(t2.milestones.map((m) => [m.indicator?.name, m.cumulativeTarget])).toEqual([
      ['加装电梯', 20],
      ['加装电梯', 50],
      ['加装电梯', 100],
    ]);
    expect(await prisma.unitAlias.findUnique({ where: { alias: '区城市更新局' }, select: { unit: { select: { name: true } } } })).toEqual({
      unit: { name: '区住建局' },
    });
    // The next import knows the name.
    expect((await read(CITY_LIST, 2063)).unknownUnits).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.imported' }, orderBy: { id: 'desc' }, select: { after: true } });
    expect(JSON.parse(audit.after!)).toMatchObject({ aliases: [{ alias: '区城市更新局', unit: '区住建局' }], excludedRows: [4], tasks: 3 });
    expect(await prisma.task.count({ where: { planYear: { year: 2025 } } })).toBe(3);
  });
});

describe('npm run plan:import', () => {
  it('--dry-run --json prints the preview and writes nothing; exit 1 while a name is unknown, 0 with --create-units, 2 on bad arguments', async () => {
    const { planImport } = await import('@/scripts/plan-import');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'msd-cli-'));
    const f = path.join(dir, 'district.xlsx');
    writeFileSync(
      f,
      await layoutWorkbook({
        ...CITY_LIST,
        rows: CITY_LIST.rows.map((r) => r.map((c) => (c === '区住建局\n区城市更新局' ? '区住建局\n区城建中心' : c === '2024.9' ? '9月底前' : c))),
      }),
    );
    const out: string[] = [];
    const before = await prisma.planYear.count();
    expect(await planImport([f, '--year', '2070', '--dry-run', '--json'], (s) => out.push(s))).toBe(1);
    const json = JSON.parse(out.join('\n')) as {
      year: number;
      canConfirm: boolean;
      projects: { numeral: string; tasks: { number: number; units: string[]; deadline: string; crossYear: boolean; milestones: { due: string }[] }[] }[];
      unknownUnits: { name: string; rows: number[] }[];
    };
    expect(json).toMatchObject({ year: 2070, canConfirm: false, unknownUnits: [{ name: '区城建中心', rows: [3] }] });
    expect(json.projects[0]!.tasks[1]).toMatchObject({
      number: 2,
      units: ['区住建局', '区城建中心'],
      deadline: '2070-12',
      crossYear: false,
      milestones: [{ due: '2070-03-31' }, { due: '2070-06-30' }, { due: '2070-12-31' }],
    });
    expect(await planImport([f, '--year', '2070', '--dry-run', '--json', '--create-units'], () => {})).toBe(0);
    expect(await prisma.planYear.count()).toBe(before);
    expect(await planImport([f, '--dry-run'], () => {})).toBe(2);
    expect(await planImport([path.join(dir, 'missing.xlsx'), '--year', '2070'], () => {})).toBe(2);
    expect(await planImport([f, '--year', '2070', '--create-units', '--title', '命令行导入'], () => {})).toBe(0);
    expect(await prisma.task.count({ where: { planYear: { year: 2070 } } })).toBe(4);
    expect(await prisma.unit.count({ where: { name: '区城建中心' } })).toBe(1);
    // --all-sheets: a second sheet's tasks read too, numbered on.
    const two = path.join(dir, 'two-sheets.xlsx');
    writeFileSync(
      two,
      await layoutsWorkbook([
        ['工程类', PERIOD_COLUMNS],
        ['服务类', { ...CITY_LIST, rows: CITY_LIST.rows.map((r) => r.map((c) => (c === '2024.9' ? '9月底前' : c))) }],
      ]),
    );
    const read = async (...flags: string[]) => {
      const lines: string[] = [];
      await planImport([two, '--year', '2071', '--dry-run', '--json', ...flags], (x) => lines.push(x));
      return JSON.parse(lines.join('\n')) as { projects: { tasks: { number: number; sheet: string }[] }[] };
    };
    const numbers = (j: Awaited<ReturnType<typeof read>>) => j.projects.flatMap((x) => x.tasks.map((t) => `${t.sheet}${t.number}`));
    expect(numbers(await read())).toEqual(['工程类1', '工程类2', '工程类3']);
    expect(numbers(await read('--all-sheets'))).toEqual(['工程类1', '工程类2', '工程类3', '服务类4', '服务类5', '服务类6', '服务类7']);
    // A legacy .xls, as LibreOffice Calc saved it, through the same reader.
    const xls = path.join(__dirname, '..', 'fixtures', 'import', 'xls', 'period-columns.xls');
    const lines: string[] = [];
    expect(await planImport([xls, '--year', '2072', '--dry-run', '--json'], (x) => lines.push(x))).toBe(0);
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ year: 2072, canConfirm: true, counts: { tasks: 3 } });
  });
});
