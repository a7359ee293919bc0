// GET /export/notices?status=&unit=&level=&overdue=1 — the 督办台账 as CSV (signed-in users).
import { getNoticeLedger, ledgerWhere, noticesWhere } from '@/lib/data/notices';
import { getSession } from '@/lib/auth/session';
import { csvResponse } from '@/lib/data/exports';
import { toCsv } from '@/lib/domain/csv';
import { parseLedgerFilters } from '@/lib/validation/notices';
import { today } from '@/lib/env';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(req: Request) {
  const filters = parseLedgerFilters(Object.fromEntries(new URL(req.url).searchParams));
  const ledger = await getNoticeLedger(filters);
  if (!ledger) return csvResponse(null);
  // Every matching notice of the year, not only the page on screen.
  const notices = await noticesWhere(ledgerWhere(ledger.year, filters, today()), await getSession(), today());
  const c = t.notice;
  const rows = notices.map((n) => [
    c.number(n.year, n.number), n.taskNumber, n.taskContent, c.levels[n.level], c.state[n.status], n.overdue ? c.ledger.yes : '',
    n.recipients.map((r) => r.name).join('、'), n.issuer, fmtDate(n.issuedAt.slice(0, 10)), fmtDate(n.dueDate), n.reason, n.requiredAction, n.answer ?? '', n.urgeCount,
  ]);
  return csvResponse({ filename: c.ledger.file(today()), body: toCsv([...c.ledger.csvHeader], rows) });
}
