// GET /export/instructions?year=[&format=xlsx] — 领导批示台账 of a plan year as CSV or Excel (signed-in users).
import { instructionLedger } from '@/lib/data/instructions';
import { getPlanYears, resolveYear } from '@/lib/data/plan';
import { csvResponse } from '@/lib/data/exports';
import { toCsv } from '@/lib/domain/csv';
import { today } from '@/lib/env';
import { instructionRows, instructionsXlsx } from '@/lib/reports/instructions-xlsx';
import { fileResponse } from '@/lib/reports/files';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const year = await resolveYear(sp.get('year') ?? undefined, await getPlanYears());
  const items = year === null ? null : await instructionLedger(year);
  if (year === null || !items) return csvResponse(null);
  const c = t.instruction.ledger;
  if (sp.get('format') === 'xlsx') return fileResponse(await instructionsXlsx(items), c.xlsxFile(year, today()), 'xlsx');
  return csvResponse({ filename: c.file(year, today()), body: toCsv([...c.csvHeader], instructionRows(items)) });
}
