'use server';
// 佐证材料: the office shows a file of an approved update to visitors (公开), or withdraws it (until
// then a file is seen only by the office, leaders and the task's units; of a photo visitors only ever
// get the versions without metadata, lib/data/evidence.ts). A unit removes a file it sent while
// nobody has decided on it: staged, or on an update still waiting for review (never one sent with a 督办 step).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { isRecordId } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { runAction } from './pipeline';
import { STAGED } from '@/lib/domain/evidence';
import { ConflictError, type ActionState } from './state';

const schema = z.object({ public: z.enum(['1', '0'], m.invalidInput) });

/** The file acted on, with what both steps decide by: its update's state, its uploader and unit. */
const loadEvidence = (evidenceId: number) =>
  isRecordId(evidenceId)
    ? prisma.evidence.findUnique({
        where: { id: evidenceId },
        select: {
          id: true,
          taskId: true,
          caption: true,
          sha256: true,
          public: true,
          unitId: true,
          uploadedById: true,
          noticeEventId: true,
          update: { select: { status: true } },
          task: { select: { number: true } },
        },
      })
    : Promise.resolve(null);

export async function setEvidencePublic(evidenceId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () => loadEvidence(evidenceId),
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

export async function removeEvidence(evidenceId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () => loadEvidence(evidenceId),
    // Its uploader, or while on a pending update another user of the same unit.
    right: (actor, e) =>
      !actor.mustChangePassword && (actor.id === e.uploadedById || (e.update !== null && actor.unitId !== null && actor.unitId === e.unitId)),
    work: async ({ actor, record, values }) => {
      // A file that went with a 督办 step (an answer, a notice) is part of its record: it stays.
      if (record.noticeEventId !== null) return { status: 'error', message: m.evidence.withNotice, values };
      if (record.update && record.update.status !== 'PENDING') return { status: 'error', message: m.evidence.decided, values };
      await writeTransaction(async (tx) => {
        // Still undecided inside the transaction (a review may have come in meanwhile).
        const gone = await tx.evidence.deleteMany({ where: { id: record.id, OR: [STAGED, { update: { status: 'PENDING' } }] } });
        if (gone.count !== 1) throw new ConflictError(m.evidence.decided);
        await audit(tx, {
          actorId: actor.id,
          action: 'evidence.removed',
          entityType: 'Evidence',
          entityId: record.id,
          taskId: record.taskId,
          before: { caption: record.caption, sha256: record.sha256 },
        });
      });
      revalidatePath(`/tasks/${record.task.number}`);
      revalidatePath('/review');
      return { status: 'ok', message: m.evidence.removedOk };
    },
  });
}
