// GET /export/changes?year=&asOf=&since=[&format=xlsx] — 较上期变化 of the 驾驶舱 as CSV or Excel: every
// task whose status moved between the two dates. Readers as the 驾驶舱's (visitors included).
import { changesExport, csvResponse } from '@/lib/data/exports';
import { toCsv } from '@/lib/domain/csv';
import { changesHeader, changesRows, changesXlsx } from '@/lib/reports/changes-xlsx';
import { fileResponse } from '@/lib/reports/files';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const file = await changesExport(Object.fromEntries(sp));
  if (!file) return csvResponse(null);
  if ('error' in file) return new Response(file.error, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const { since } = file.comparison;
  const name = (ext: 'csv' | 'xlsx') => t.leadership.changes.file(file.year, since, file.asOf, ext);
  const [header, rows] = [changesHeader(since, file.asOf), changesRows(file.comparison, file.projects)];
  if (sp.get('format') === 'xlsx') return fileResponse(await changesXlsx(header, rows), name('xlsx'), 'xlsx');
  return csvResponse({ filename: name('csv'), body: toCsv(header, rows) });
}
