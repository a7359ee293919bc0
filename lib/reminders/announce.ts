// New work announced the moment it exists: issuing a 督办件, 催办, returning a unit's part of a notice
// or its progress update write the unit's inbox item (提醒) — and the deliveries to its group robots —
// inside the transaction that makes the work, not at the next daily `npm run remind`. The dispatcher
// (deliver.ts) sends them; a key per event keeps each announcement once.
import type { Prisma } from '@/lib/generated/prisma/client';
import { deliveriesOf } from './queue';

export type AnnounceRule = 'NOTICE_ISSUED' | 'NOTICE_URGED' | 'NOTICE_RETURNED' | 'UPDATE_RETURNED';

export async function announce(
  tx: Prisma.TransactionClient,
  a: { rule: AnnounceRule; key: string; unitIds: number[]; taskNumber: number; planYear: number; text: (unitName: string) => string; day: string },
): Promise<number> {
  const units = await tx.unit.findMany({
    where: { id: { in: a.unitIds } },
    select: { id: true, name: true, wecomWebhook: true, dingtalkWebhook: true, robotPrefix: true },
  });
  for (const u of units) {
    const text = a.text(u.name);
    await tx.reminder.create({
      data: {
        key: `${a.rule}:${a.key}:${u.id}`,
        day: a.day,
        rule: a.rule,
        unitId: u.id,
        taskNumber: a.taskNumber,
        planYear: a.planYear,
        text,
        deliveries: { create: deliveriesOf(u, text) },
      },
    });
  }
  return units.length;
}
