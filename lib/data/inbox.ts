// The in-app inbox (提醒): a unit's reminders (the supervision office sees every unit's), newest
// first, with what this user has read and how each chat delivery went; the unread count for the menu.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can, type Actor } from '@/lib/auth/policy';
import { addDays } from '@/lib/domain/dates';
import { today } from '@/lib/env';

const WINDOW_DAYS = 30;

/** The reminders a user's inbox holds: their unit's (every unit's for the office), of the last 30 days. */
export function inboxWhere(actor: Actor): Prisma.ReminderWhereInput | null {
  const since = addDays(today(), -WINDOW_DAYS);
  if (!can(actor, 'view_inbox')) return null;
  return actor.role === 'UNIT' ? { unitId: actor.unitId!, day: { gte: since } } : { day: { gte: since } };
}

export async function getUnreadCount(): Promise<number> {
  const actor = await getSession();
  const where = actor && inboxWhere(actor);
  if (!actor || !where) return 0;
  return prisma.reminder.count({ where: { ...where, reads: { none: { userId: actor.id } } } });
}

export async function getInbox() {
  const actor = await getSession();
  const where = actor && inboxWhere(actor);
  if (!actor || !where) return null;
  const rows = await prisma.reminder.findMany({
    where,
    orderBy: [{ day: 'desc' }, { id: 'desc' }],
    take: 300,
    select: {
      id: true, day: true, rule: true, text: true, taskNumber: true, planYear: true, unit: { select: { name: true } },
      reads: { where: { userId: actor.id }, select: { readAt: true } },
      // Why a robot has not taken a message: for the office, who keeps the robots' settings.
      deliveries: { select: { channel: true, status: true, lastError: can(actor, 'manage_accounts') } },
    },
  });
  return rows.map((r) => ({ ...r, read: r.reads.length > 0 }));
}
