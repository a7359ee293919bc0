// Moving one unit's part of a 督办 notice, for the notice steps (lib/actions/notices.ts) and the
// answers given inside a progress update (lib/actions/updates.ts): the part moves only from a state
// it is in (two clicks or two people cannot both move it), and the notice's own state is set to the
// composition of its parts in the same transaction. Not a server-action module.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { noticeStatusOf, type NoticeStatus } from '@/lib/domain/notices';
import { m } from '@/lib/i18n/messages';
import { ConflictError } from './state';

export async function movePart(
  tx: Prisma.TransactionClient,
  p: { noticeId: number; unitId: number; from: NoticeStatus[]; to: NoticeStatus; answer?: string | null; answeredInUpdateId?: number | null },
): Promise<NoticeStatus> {
  const answered = p.to === 'ANSWERED';
  const { count } = await tx.noticeRecipient.updateMany({
    where: { noticeId: p.noticeId, unitId: p.unitId, status: { in: p.from } },
    data: { status: p.to, ...(answered ? { answer: p.answer ?? null, answeredAt: new Date(), answeredInUpdateId: p.answeredInUpdateId ?? null } : {}) },
  });
  if (count !== 1) throw new ConflictError(m.noticeWrongState);
  const parts = await tx.noticeRecipient.findMany({ where: { noticeId: p.noticeId }, select: { status: true } });
  const status = noticeStatusOf(parts.map((x) => x.status));
  await tx.supervisionNotice.update({ where: { id: p.noticeId }, data: { status } });
  return status;
}
