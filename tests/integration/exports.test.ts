// The overview's and 半年对标's CSV hold what their pages list: the same filters, the same order, every
// page of it — not the whole year whatever the page showed — and say so in the file's name.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { csvRows } from '@/tests/helpers/csv';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
vi.mock('@/lib/auth/session', () => ({ getSession: async () => null }));

let exports: typeof import('@/lib/data/exports');
let overview: typeof import('@/lib/data/overview');
let halfYear: typeof import('@/lib/data/half-year');

beforeAll(async () => {
  await migrateAndSeed(file);
  exports = await import('@/lib/data/exports');
  overview = await import('@/lib/data/overview');
  halfYear = await import('@/lib/data/half-year');
});

const AT = { year: '2023', asOf: '2023-06-30' };

/** The task numbers the overview lists for these filters (every project of its page). */
async function listed(sp: Record<string, string>) {
  const data = (await overview.getOverview(sp))!;
  return data.projects.flatMap((p) => p.rows.map((r) => r.task.number));
}

describe('the overview’s CSV', () => {
  it('without a filter: every task of the year, the file named as before', async () => {
    const csv = (await exports.tasksCsv(AT))!;
    expect(
      csvRows(csv.body)
        .slice(1)
        .map((r) => Number(r[0])),
    ).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
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
    const csv = (await exports.tasksCsv(sp))!;
    const numbers = csvRows(csv.body)
      .slice(1)
      .map((r) => Number(r[0]));
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
    ]) {
      const page = (await halfYear.getHalfYear(sp))!;
      expect(page.paging.pages, 'the seed’s rows fit one page').toBe(1);
      const csv = (await exports.halfYearCsv(sp))!;
      const rows = csvRows(csv.body);
      const name = rows[0]!.indexOf('指标');
      expect(
        rows.slice(1).map((r) => key(r[0]!, r[name]!)),
        JSON.stringify(sp),
      ).toEqual(page.rows.map((r) => key(r.taskNumber, r.name || '报告未列出量化指标')));
      expect(csv.filename).toBe(`民生实事指标对标_2023_截至${page.asOf}${sp.unit || sp.category ? '（筛选）' : ''}.csv`);
    }
    const mzj = csvRows((await exports.halfYearCsv({ year: '2023', period: 'H1', unit: 'mzj' }))!.body).slice(1);
    expect(new Set(mzj.map((r) => r[0]))).toEqual(new Set(['16', '17', '18']));
  });
});
