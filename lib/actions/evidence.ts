'use server';
// 佐证材料: the office shows a file of an approved update to visitors (公开), or withdraws it. Until
// then a file is seen only by the office, leaders and the task's units; of a photo visitors only ever
// get the versions without metadata (lib/data/evidence.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { isRecordId } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { runAction } from './pipeline';
import type { ActionState } from './state';

const schema = z.object({ public: z.enum(['1', '0'], m.invalidInput) });

export async function setEvidencePublic(evidenceId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () =>
      isRecordId(evidenceId)
        ? prisma.evidence.findUnique({
            where: { id: evidenceId },
            select: { id: true, taskId: true, public: true, update: { select: { status: true } }, task: { select: { number: true } } },
          })
        : Promise.resolve(null),
    right: 'review_update',
    schema,
    work: async ({ actor, data, record, values }) => {
      if (record.update?.status !== 'APPROVED') return { status: 'error', message: m.evidence.notApproved, values };
      const shown = data.public === '1';
      await writeTransaction(async (tx) => {
        await tx.evidence.update({ where: { id: record.id }, data: { public: shown } });
        await audit(tx, {
          actorId: actor.id,
          action: shown ? 'evidence.published' : 'evidence.withdrawn',
          entityType: 'Evidence',
          entityId: record.id,
          taskId: record.taskId,
          before: { public: record.public },
          after: { public: shown },
        });
      });
      revalidatePath(`/tasks/${record.task.number}`);
      return { status: 'ok', message: shown ? m.evidence.published : m.evidence.withdrawn };
    },
  });
}
