// GET /export/notices/N — one 督办 notice as its 督办通知单 (.docx), for signed-in users (as the ledger):
// 401 signed out, 404 for a notice that does not exist.
import { routeCaller, textResponse } from '@/lib/auth/route-guard';
import { getNotice } from '@/lib/data/notices';
import { today } from '@/lib/env';
import { fileResponse } from '@/lib/reports/files';
import { buildNoticeDocx } from '@/lib/reports/notice-docx';
import { t } from '@/lib/i18n/zh-CN';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const caller = await routeCaller('view_pending');
  if ('refusal' in caller) return caller.refusal;
  const { id } = await params;
  const n = /^\d{1,9}$/.test(id) ? await getNotice(Number(id)) : null;
  if (!n) return textResponse(t.notice.ledger.slipMissing, 404);
  return fileResponse(await buildNoticeDocx(n, today()), t.notice.ledger.slip.file(n.numberYear, n.number), 'docx');
}
