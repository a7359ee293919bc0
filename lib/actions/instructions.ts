'use server';
// 领导批示: a leader writes an instruction on a task; the office puts it into effect with a 督办 notice
// (issueNotice with the instruction's id, lib/actions/notices.ts) or marks it read when it needs none;
// until then its leader may withdraw it.
// Each is checked by the pipeline (session, record, right, schema) and audited in its transaction.
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { isWithdrawable, PENDING_INSTRUCTION } from '@/lib/domain/instructions';
import { can } from '@/lib/auth/policy';
import { instructionSchema, isRecordId } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { formKey, instructionAnchor } from '@/lib/links';
import { ConflictError, type ActionState } from './state';
import { runAction } from './pipeline';
import { backWithoutScript } from './without-script';

/** A leader's instruction on the task `taskId` (its words required; kept beside the field when refused). */
export async function giveInstruction(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () => (isRecordId(taskId) ? prisma.task.findUnique({ where: { id: taskId }, select: { id: true } }) : Promise.resolve(null)),
    draft: () => formKey.instruction(taskId), // the task page shows it again
    right: 'give_instruction',
    schema: instructionSchema,
    work: async ({ actor, data }) => {
      const id = await writeTransaction(async (tx) => {
        const i = await tx.instruction.create({ data: { taskId, authorId: actor.id, text: data.text }, select: { id: true } });
        await audit(tx, { actorId: actor.id, action: 'instruction.given', entityType: 'Instruction', entityId: i.id, taskId, after: { text: data.text } });
        return i.id;
      });
      revalidatePath('/', 'layout');
      await backWithoutScript(instructionAnchor(id));
      return { status: 'ok', message: m.instructionGiven };
    },
  });
}

/** The office marks a pending instruction read: it needs no 督办 notice. */
export async function markInstructionRead(instructionId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () =>
      isRecordId(instructionId) ? prisma.instruction.findUnique({ where: { id: instructionId }, select: { id: true, taskId: true } }) : Promise.resolve(null),
    right: 'issue_notice',
    work: async ({ actor, record }) => {
      await writeTransaction(async (tx) => {
        // Inside the write lock: a notice issued from it, or another mark, meanwhile is seen.
        const { count } = await tx.instruction.updateMany({
          where: { id: record.id, ...PENDING_INSTRUCTION },
          data: { readById: actor.id, readAt: new Date() },
        });
        if (count === 0) throw new ConflictError(m.instructionHandled);
        await audit(tx, { actorId: actor.id, action: 'instruction.read', entityType: 'Instruction', entityId: record.id, taskId: record.taskId });
      });
      revalidatePath('/', 'layout');
      await backWithoutScript('instructions-h');
      return { status: 'ok', message: m.instructionRead };
    },
  });
}

/** Where a withdrawal without JavaScript leads back to: the list it was on (the task page's or 我的批示). */
const WITHDRAW_BACK = ['li-h', 'mine-h'] as const;

/**
 * A leader withdraws an instruction of their own while it is pending (撤回批示): marked withdrawn — off the task
 * page, the units' lists and the office's worklist; on the 批示台账 and 我的批示 as 已撤回 — its words also in the
 * audit trail. Once the office has put it into effect or marked it read, it stands.
 */
export async function withdrawInstruction(instructionId: number, back: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    record: () =>
      isRecordId(instructionId)
        ? prisma.instruction.findUnique({
            where: { id: instructionId },
            select: { id: true, taskId: true, authorId: true, text: true, noticeId: true, readById: true, withdrawnAt: true },
          })
        : Promise.resolve(null),
    right: (actor, record) => can(actor, 'give_instruction') && record.authorId === actor.id,
    work: async ({ actor, record }) => {
      if (record.withdrawnAt) throw new ConflictError(m.instructionWithdrawnBefore);
      if (!isWithdrawable(record, actor.id)) throw new ConflictError(m.instructionStands);
      await writeTransaction(async (tx) => {
        // Inside the write lock: a notice issued from it, or a mark read, meanwhile is seen and the instruction stands.
        const { count } = await tx.instruction.updateMany({
          where: { id: record.id, authorId: actor.id, ...PENDING_INSTRUCTION },
          data: { withdrawnAt: new Date() },
        });
        if (count === 0) throw new ConflictError(m.instructionStands);
        await audit(tx, {
          actorId: actor.id,
          action: 'instruction.withdrawn',
          entityType: 'Instruction',
          entityId: record.id,
          taskId: record.taskId,
          before: { text: record.text },
        });
      });
      revalidatePath('/', 'layout');
      await backWithoutScript((WITHDRAW_BACK as readonly string[]).includes(back) ? back : 'li-h');
      return { status: 'ok', message: m.instructionWithdrawn };
    },
  });
}
