'use server';
// The inbox: mark every reminder in it as read (for this user).
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { inboxWhere } from '@/lib/data/inbox';
import { m } from '@/lib/i18n/messages';
import { audit } from '@/lib/audit';
import type { ActionState } from './state';
import { runAction } from './pipeline';

export async function markRemindersRead(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    // Everyone signed in has an inbox (the office sees every unit's); the inbox's own rule says whose.
    right: (actor) => inboxWhere(actor) !== null,
    work: async ({ actor }) => {
      const unread = await prisma.reminder.findMany({ where: { ...inboxWhere(actor)!, reads: { none: { userId: actor.id } } }, select: { id: true } });
      await writeTransaction(async (tx) => {
        if (unread.length) await tx.reminderRead.createMany({ data: unread.map((r) => ({ reminderId: r.id, userId: actor.id })) });
        await audit(tx, { actorId: actor.id, action: 'reminders.read', entityType: 'User', entityId: actor.id, after: { count: unread.length } });
      });
      revalidatePath('/', 'layout');
      return { status: 'ok', message: m.remindersRead };
    },
  });
}
