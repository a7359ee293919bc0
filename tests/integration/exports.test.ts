// The overview's and 半年对标's CSV and Excel hold what their pages list: the same filters, the same order, every
// page of it — not the whole year whatever the page showed — and say so in the file's name. Read back from the
// answers the export routes send (lib/data/exports.ts `listResponse`).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { csvRows } from '@/tests/helpers/csv';
import ExcelJS from 'exceljs';
import { cellText, readWorkbook } from '@/tests/helpers/office';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const who = vi.hoisted(() => ({ actor: null as import('@/lib/auth/policy').Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => who.actor }));

let exports: typeof import('@/lib/data/exports');
let overview: typeof import('@/lib/data/overview');
let halfYear: typeof import('@/lib/data/half-year');

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  exports = await import('@/lib/data/exports');
  overview = await import('@/lib/data/overview');
  halfYear = await import('@/lib/data/half-year');
});

const AT = { year: '2023', asOf: '2023-06-30' };

/** An export as the route answers it: the file's name and its rows (the header first). */
async function download(list: 'tasksList' | 'halfYearList' | 'evaluationList', sp: Record<string, string>, format: 'csv' | 'xlsx' = 'csv') {
  const res = await exports.listResponse(await exports[list](sp), format === 'xlsx' ? 'xlsx' : null);
  expect(res.status).toBe(200);
  const filename = decodeURIComponent(res.headers.get('content-disposition')!.split("''")[1]!);
  if (format === 'csv') return { filename, rows: csvRows(await res.text()) };
  const ws = (await readWorkbook(new Uint8Array(await res.arrayBuffer()))).worksheets[0]!;
  const rows = Array.from({ length: ws.rowCount }, (_, r) => Array.from({ length: ws.columnCount }, (_, c) => cellText(ws, r + 1, c + 1)));
  return { filename, rows, ws };
}

/** The task numbers the overview lists for these filters (every project of its page). */
async function listed(sp: Record<string, string>) {
  const data = (await overview.getOverview(sp))!;
  return data.projects.flatMap((p) => p.rows.map((r) => r.task.number));
}

describe('the overview’s CSV', () => {
  it('without a filter: every task of the year, the file named as before', async () => {
    const csv = await download('tasksList', AT);
    expect(csv.rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(csv.filename).toBe('民生实事任务进度_2023_截至2023-06-30.csv');
  });

  it.each([
    [{ status: 'lagging' }, [1, 3]],
    [{ unit: 'mzj' }, [16, 17, 18]],
    [{ unit: 'gws', status: 'on_track' }, [4]],
    [{ category: 'SERVICE' }, null],
    [{ q: '公园' }, null],
  ] as [Record<string, string>, number[] | null][])('filtered %o: the tasks the page lists, and the name says so', async (f, expected) => {
    const sp = { ...AT, ...f };
    const csv = await download('tasksList', sp);
    const numbers = csv.rows.slice(1).map((r) => Number(r[0]));
    expect(numbers).toEqual(await listed(sp));
    if (expected) expect(numbers).toEqual(expected);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThan(19);
    expect(csv.filename).toBe('民生实事任务进度_2023_截至2023-06-30（筛选）.csv');
  });
});

describe('半年对标’s CSV', () => {
  /** A row as the CSV and the page both name it: the task and the indicator. */
  const key = (task: number | string, name: string) => `${task} ${name}`;

  it('the period, filters and order of the page, every row of them', async () => {
    for (const sp of [
      { year: '2023', period: 'H1' },
      { year: '2023', period: 'H1', sort: 'variance' },
      { year: '2023', period: 'H1', unit: 'mzj', sort: 'variance' },
      { year: '2023', period: 'DATE', asOf: '2023-10-31', category: 'ENGINEERING' },
    ] as Record<string, string>[]) {
      const page = (await halfYear.getHalfYear(sp))!;
      expect(page.paging.pages, 'the seed’s rows fit one page').toBe(1);
      const csv = await download('halfYearList', sp);
      const rows = csv.rows;
      const name = rows[0]!.indexOf('指标');
      expect(
        rows.slice(1).map((r) => key(r[0]!, r[name]!)),
        JSON.stringify(sp),
      ).toEqual(page.rows.map((r) => key(r.taskNumber, r.name || '报告未列出量化指标')));
      expect(csv.filename).toBe(`民生实事指标对标_2023_截至${page.asOf}${sp.unit || sp.category ? '（筛选）' : ''}.csv`);
    }
    const mzj = (await download('halfYearList', { year: '2023', period: 'H1', unit: 'mzj' })).rows.slice(1);
    expect(new Set(mzj.map((r) => r[0]))).toEqual(new Set(['16', '17', '18']));
  });
});

describe('the same lists as Excel (format=xlsx)', () => {
  it.each([
    ['tasksList', { ...AT, unit: 'mzj' }, '民生实事任务进度_2023_截至2023-06-30（筛选）', '任务进度'],
    ['halfYearList', { year: '2023', period: 'H1', sort: 'variance' }, '民生实事指标对标_2023_截至2023-06-30', '指标对标'],
  ] as const)('%s: the rows of the CSV, cell for cell (blank where the CSV is), the header bold and frozen', async (list, sp, name, sheet) => {
    const csv = await download(list, sp);
    const xlsx = await download(list, sp, 'xlsx');
    expect(xlsx.filename).toBe(`${name}.xlsx`);
    expect(csv.filename).toBe(`${name}.csv`);
    expect(xlsx.ws!.name).toBe(sheet);
    // The CSV's guard against formulas aside ('= for the direction =): an Excel cell written as text needs none.
    expect(xlsx.rows).toEqual(csv.rows.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, ''))));
    const equals = xlsx.rows.findIndex((r) => r[4] === '=');
    if (list === 'halfYearList') expect(xlsx.ws!.getCell(equals + 1, 5).type).toBe(ExcelJS.ValueType.String);
    expect(xlsx.ws!.getRow(1).font?.bold).toBe(true);
    expect(xlsx.ws!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Each row as tall as its longest wrapped cell (a CJK character two units of the column's width): a row without a
    // height stays one line high in LibreOffice, which showed and printed the long texts cut to that line.
    const ws = xlsx.ws!;
    const units = (line: string) => [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    let tallest = 0;
    ws.eachRow((row) => {
      const cellLines = Array.from(row.values as unknown[], (v, col) =>
        typeof v === 'string' ? v.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(units(l) / (ws.getColumn(col).width! - 1))), 0) : 1,
      );
      const lines = Math.max(1, ...cellLines);
      tallest = Math.max(tallest, lines);
      expect(row.height, `row ${row.number}: ${lines} lines`).toBeGreaterThanOrEqual(lines * 14);
    });
    expect(tallest).toBeGreaterThan(2); // the task contents and reasons wrap
  });
  it('nothing to export (a published report that does not exist) is 404, in either format', async () => {
    for (const format of [null, 'xlsx'])
      expect((await exports.listResponse(await exports.tasksList({ snapshot: '999999' }), format)).status, String(format)).toBe(404);
  });
});

describe('结果考评 as CSV and Excel', () => {
  it('for a signed-in reader the same thirteen units in both, blank where a part is not scored; for a visitor none', async () => {
    expect((await exports.listResponse(await exports.evaluationList(AT), null)).status).toBe(404);
    const prisma = (await import('@/lib/prisma')).prisma;
    const leader = await prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' }, select: { id: true, displayName: true } });
    who.actor = { id: leader.id, role: 'LEADER', unitId: null, displayName: leader.displayName, username: 'lingdao' };
    try {
      const csv = await download('evaluationList', AT);
      const xlsx = await download('evaluationList', AT, 'xlsx');
      expect(csv.filename).toBe('民生实事结果考评_2023_截至2023-06-30.csv');
      expect(xlsx.filename).toBe('民生实事结果考评_2023_截至2023-06-30.xlsx');
      expect(csv.rows).toHaveLength(14);
      expect(xlsx.rows).toEqual(csv.rows);
      const cgj = csv.rows.find((r) => r[1] === '区城管局')!;
      expect(cgj.slice(7, 10)).toEqual(['0', '0/1', '']);
    } finally {
      who.actor = null;
    }
  });
});
