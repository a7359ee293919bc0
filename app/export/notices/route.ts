// GET /export/notices?year=&status=&unit=&level=&overdue=1[&format=xlsx] — the 督办台账 as CSV or Excel (signed-in users).
import { getNoticeLedger, ledgerWhere, noticesWhere } from '@/lib/data/notices';
import { getSession } from '@/lib/auth/session';
import { csvResponse } from '@/lib/data/exports';
import { toCsv } from '@/lib/domain/csv';
import { parseLedgerFilters } from '@/lib/validation/notices';
import { today } from '@/lib/env';
import { ledgerRows, ledgerXlsx } from '@/lib/reports/ledger-xlsx';
import { fileResponse } from '@/lib/reports/files';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(req: Request) {
  const filters = parseLedgerFilters(Object.fromEntries(new URL(req.url).searchParams));
  const ledger = await getNoticeLedger(filters);
  if (!ledger) return csvResponse(null);
  // Every matching notice of the year, not only the page on screen.
  const notices = await noticesWhere(ledgerWhere(ledger.year, filters, today()), await getSession(), today());
  if (new URL(req.url).searchParams.get('format') === 'xlsx')
    return fileResponse(await ledgerXlsx(notices, ledger.year), t.notice.ledger.xlsxFile(ledger.year, today()), 'xlsx');
  return csvResponse({ filename: t.notice.ledger.file(ledger.year, today()), body: toCsv([...t.notice.ledger.csvHeader], ledgerRows(notices)) });
}
