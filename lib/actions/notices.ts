'use server';
// 督办: a supervisor issues a notice on a task; the unit answers it in its next update.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { formToObject, isRecordId, noticeSchema } from '@/lib/validation/update';
import { today } from '@/lib/env';
import { m } from '@/lib/i18n/messages';
import type { ActionState } from './state';

export async function issueNotice(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  if (!isRecordId(taskId)) return { status: 'error', message: m.notFound, values };
  const actor = await getSession();
  if (!actor) return { status: 'error', message: m.signInFirst, values };
  if (!can(actor, 'issue_notice')) return { status: 'error', message: m.forbidden, values };
  const task = await prisma.task.findUnique({ where: { id: taskId }, select: { id: true, number: true } });
  if (!task) return { status: 'error', message: m.notFound, values };
  const parsed = noticeSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values };
  const { reason, requiredAction, dueDate } = parsed.data;
  if (dueDate < today()) return { status: 'error', message: m.fixErrors, errors: { dueDate: [m.dueInPast] }, values };
  await writeTransaction(async (tx) => {
    const n = await tx.supervisionNotice.create({
      data: { taskId, issuedById: actor.id, reason, requiredAction, dueDate: new Date(`${dueDate}T00:00:00.000Z`) },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: 'notice.issued', entityType: 'SupervisionNotice', entityId: n.id, taskId, after: parsed.data });
  });
  revalidatePath(`/tasks/${task.number}`);
  revalidatePath('/my');
  return { status: 'ok', message: m.noticeIssued };
}
