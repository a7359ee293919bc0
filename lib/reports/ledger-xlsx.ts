// The 督办台账 as an Excel workbook: one row per notice with every column of the CSV (each addressed
// unit's state and answer a line of one cell), wrapped text,
// frozen header, A4 landscape with the header repeated on every printed page (./list-xlsx).
import { listXlsx } from './list-xlsx';
import type { NoticeView } from '@/lib/data/notices';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function ledgerRows(notices: NoticeView[]): (string | number)[][] {
  const c = t.notice;
  return notices.map((n) => [
    c.number(n.numberYear, n.number), n.taskNumber, n.taskContent, c.levels[n.level], c.state[n.status], n.overdue ? c.ledger.yes : '',
    n.recipients.map((r) => r.name).join('、'), n.issuer, fmtDate(n.issuedAt.slice(0, 10)), fmtDate(n.dueDate), n.reason, n.requiredAction, partLines(n), n.urgeCount,
  ]);
}

/** Each addressed unit's state and own answer, a line each (as the notice's parts show on screen). */
function partLines(n: NoticeView): string {
  const c = t.notice;
  return n.parts
    .map((p) => c.ledger.part(p.name, c.state[p.status], p.overdue, p.answer, p.answeredInUpdate?.asOf ?? null))
    .join('\n');
}

const WIDTHS = [18, 8, 40, 8, 10, 8, 20, 12, 14, 14, 40, 40, 40, 8];

export async function ledgerXlsx(notices: NoticeView[], year: number): Promise<Buffer> {
  return listXlsx(t.notice.ledger.sheet(year), t.notice.ledger.csvHeader, WIDTHS, ledgerRows(notices));
}
