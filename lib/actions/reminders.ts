'use server';
// The inbox: mark every reminder in it as read (for this user).
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { inboxWhere } from '@/lib/data/inbox';
import { m } from '@/lib/i18n/messages';
import { audit } from '@/lib/audit';
import type { ActionState } from './state';

export async function markRemindersRead(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  const actor = await getSession();
  if (!actor) return { status: 'error', message: m.signInFirst };
  const where = inboxWhere(actor);
  if (!where) return { status: 'error', message: m.forbidden };
  const unread = await prisma.reminder.findMany({ where: { ...where, reads: { none: { userId: actor.id } } }, select: { id: true } });
  await writeTransaction(async (tx) => {
    if (unread.length) await tx.reminderRead.createMany({ data: unread.map((r) => ({ reminderId: r.id, userId: actor.id })) });
    await audit(tx, { actorId: actor.id, action: 'reminders.read', entityType: 'User', entityId: actor.id, after: { count: unread.length } });
  });
  revalidatePath('/', 'layout');
  return { status: 'ok', message: m.remindersRead };
}
