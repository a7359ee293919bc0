'use server';
// 督办件: the office issues a numbered notice to some of a task's units (督办〔year〕第N号); a unit it
// went to acknowledges it (签收) and answers it (反馈, here or inside a progress update); the office
// closes it (办结) or returns it with a comment (退回重办); an overdue notice can be urged (催办),
// which raises its level. Every step is checked against the lifecycle (lib/domain/notices.ts),
// recorded as an event and audited.
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { can, type Actor } from '@/lib/auth/policy';
import type { z } from 'zod';
import { audit } from '@/lib/audit';
import { addDays, dateOf, toIsoDate } from '@/lib/domain/dates';
import {
  isOpenNotice,
  nextNoticeNumber,
  noticeNumberYear,
  STEP_BY,
  takeStep,
  type NoticeLevel,
  type NoticeStatus,
  type NoticeStep,
} from '@/lib/domain/notices';
import { movePart } from './notice-parts';
import { PENDING_INSTRUCTION } from '@/lib/domain/instructions';
import { announce } from '@/lib/reminders/announce';
import { t } from '@/lib/i18n/zh-CN';
import { fmtDate } from '@/lib/i18n/format';
import { formToObject, isRecordId, noticeSchema, noticeStepSchema } from '@/lib/validation/update';
import { today } from '@/lib/env';
import { m } from '@/lib/i18n/messages';
import { ConflictError, type ActionState, fieldErrorsOf } from './state';
import type { NoticeEventKind } from '@/lib/generated/prisma/client';
import { runAction, type Values } from './pipeline';
import { attachEvidence, evidenceOfForm, NO_EVIDENCE } from './evidence-steps';
import { backWithoutScript } from './without-script';
import { formKey, noticeAnchor } from '@/lib/links';

export async function issueNotice(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    values: (fd) => ({ ...formToObject(fd), recipients: fd.getAll('recipients').map(String).join(',') }),
    record: () =>
      isRecordId(taskId)
        ? prisma.task.findUnique({
            where: { id: taskId },
            select: { id: true, number: true, planYear: { select: { year: true } }, units: { select: { unitId: true } } },
          })
        : Promise.resolve(null),
    draft: () => formKey.notice(taskId), // the task page shows it again
    right: 'issue_notice',
    schema: noticeSchema,
    input: (values) => ({ ...values, recipients: values.recipients!.split(',').filter(Boolean) }),
    work: ({ actor, record, data, values, formData: fd }) => writeNotice(actor, record, data, values, fd),
  });
}

type NoticeTask = { id: number; number: number; planYear: { year: number }; units: { unitId: number }[] };

async function writeNotice(actor: Actor, task: NoticeTask, d: z.infer<typeof noticeSchema>, values: Values, formData: FormData): Promise<ActionState> {
  const actorId = actor.id;
  const taskId = task.id;
  const { reason, requiredAction, dueDate, level } = d;
  const recipients = [...new Set(d.recipients)];
  if (dueDate < today()) return { status: 'error', message: m.fixErrors, errors: { dueDate: [m.dueInPast] }, values };
  // A 限办日期 is days or weeks away, not years: at most one year after today.
  if (dueDate > addDays(today(), 366)) return { status: 'error', message: m.fixErrors, errors: { dueDate: [m.dueTooFar] }, values };
  if (!recipients.every((u) => task.units.some((x) => x.unitId === u)))
    return { status: 'error', message: m.fixErrors, errors: { recipients: [m.notRecipient] }, values };
  // Issued to put a leader's instruction into effect (转为督办, the form filled from it): one of this task's.
  const instructionId = values.instruction ? Number(values.instruction) : null;
  if (instructionId !== null && !isRecordId(instructionId)) return { status: 'error', message: m.invalidInput, values };
  const evidence = await evidenceOfForm(actor, taskId, values, formData);
  if ('message' in evidence) return { status: 'error', message: m.fixErrors, errors: { evidence: [evidence.message] }, values };
  const year = task.planYear.year;
  // 督办〔numberYear〕第N号: numbered in the year it is issued, whatever its task's plan year.
  const numberYear = noticeNumberYear(today());
  const issued = await writeTransaction(async (tx) => {
    // Inside the write lock: the number cannot be taken twice.
    const used = await tx.supervisionNotice.findMany({ where: { numberYear }, select: { number: true } });
    const number = nextNoticeNumber(used.map((u) => u.number));
    const n = await tx.supervisionNotice.create({
      data: {
        taskId,
        issuedById: actorId,
        reason,
        requiredAction,
        dueDate: dateOf(dueDate),
        level,
        year,
        numberYear,
        number,
        recipients: { create: recipients.map((unitId) => ({ unitId })) },
        events: { create: { kind: 'ISSUED', actorId } },
      },
      select: { id: true, events: { select: { id: true } } },
    });
    if (instructionId !== null) {
      // Inside the write lock: an instruction put into effect or marked read meanwhile refuses the notice (nothing written).
      const { count } = await tx.instruction.updateMany({ where: { id: instructionId, taskId, ...PENDING_INSTRUCTION }, data: { noticeId: n.id } });
      if (count === 0) throw new ConflictError(m.instructionHandled);
    }
    // The office's files go with the notice (its 下发 step).
    await attachEvidence(tx, actor, taskId, evidence, { noticeEventId: n.events[0]!.id });
    await audit(tx, {
      actorId,
      action: 'notice.issued',
      entityType: 'SupervisionNotice',
      entityId: n.id,
      taskId,
      after: {
        year,
        numberYear,
        number,
        level,
        reason,
        requiredAction,
        dueDate,
        recipients,
        evidenceIds: evidence.ids,
        ...(instructionId ? { instructionId } : {}),
      },
    });
    // Each unit learns at once: its inbox and its group robot, in this same transaction.
    await announce(tx, {
      rule: 'NOTICE_ISSUED',
      key: `notice:${n.id}`,
      unitIds: recipients,
      taskNumber: task.number,
      planYear: year,
      day: today(),
      text: (unit) => t.reminders.announce.issued(unit, t.notice.number(numberYear, number), t.task.inYear(year, task.number), fmtDate(dueDate)),
    });
    return n.id;
  });
  revalidatePath('/', 'layout');
  // Without JavaScript: back to the task page, at the new notice (POST-redirect-GET) — the page
  // rendered again after the post would issue the notice a second time on a reload.
  await backWithoutScript(noticeAnchor(issued));
  return { status: 'ok', message: m.noticeIssued };
}

/**
 * One step of a notice's life, by the side the lifecycle gives it to. A unit acts on its own part;
 * the office returns or closes one unit's part (`unitId` in the form; the only one when the notice
 * went to one unit) and urges the notice as a whole (the units still behind are named).
 */
async function step(kind: NoticeStep, noticeId: number, formData: FormData): Promise<ActionState> {
  const side = STEP_BY[kind];
  return runAction(formData, {
    // A step with text (an answer, a return's comment): the pages that list the notice show it again.
    draft: (values) => (kind === 'answer' || kind === 'return' ? formKey.noticeStep(noticeId, kind, values.unitId ? Number(values.unitId) : undefined) : null),
    record: () =>
      isRecordId(noticeId)
        ? prisma.supervisionNotice.findUnique({
            where: { id: noticeId },
            select: {
              id: true,
              taskId: true,
              status: true,
              level: true,
              dueDate: true,
              year: true,
              numberYear: true,
              number: true,
              urgeCount: true,
              recipients: { select: { unitId: true, status: true, unit: { select: { name: true } } } },
              task: { select: { number: true } },
            },
          })
        : Promise.resolve(null),
    // A unit acts on a notice sent to it; the office on any.
    right: (actor, n) => (side === 'unit' ? can(actor, 'act_on_notice', { unitIds: n.recipients.map((r) => r.unitId) }) : can(actor, 'issue_notice')),
    work: ({ actor, record: n, values, formData: fd }) => takeNoticeStep(kind, actor, n, values, fd),
  });
}

type StepNotice = {
  id: number;
  taskId: number;
  status: NoticeStatus;
  level: NoticeLevel;
  dueDate: Date;
  year: number;
  numberYear: number;
  number: number;
  urgeCount: number;
  recipients: { unitId: number; status: NoticeStatus; unit: { name: string } }[];
  task: { number: number };
};

async function takeNoticeStep(kind: NoticeStep, actor: Actor, n: StepNotice, values: Values, formData: FormData): Promise<ActionState> {
  const side = STEP_BY[kind];
  // Whose part: the unit's own; for the office's 退回/办结 the unit named in the form.
  let part: (typeof n.recipients)[number] | undefined;
  if (side === 'unit') part = n.recipients.find((r) => r.unitId === actor.unitId);
  else if (kind !== 'urge') {
    const named = Number(values.unitId);
    part = n.recipients.length === 1 && !values.unitId ? n.recipients[0] : n.recipients.find((r) => r.unitId === named);
    if (!part) return { status: 'error', message: m.chooseNoticeUnit, values };
  }
  if (side === 'unit' && !part) return { status: 'error', message: m.forbidden, values };
  const parsed = noticeStepSchema(kind === 'answer' || kind === 'return').safeParse({ text: values.text ?? '' });
  if (!parsed.success) {
    const message = kind === 'answer' ? m.answerRequired : kind === 'return' ? m.returnNeedsReason : m.fixErrors;
    const errors = fieldErrorsOf(parsed.error);
    return { status: 'error', message: m.fixErrors, errors: { text: errors.text?.map((e) => (e === m.required ? message : e)) ?? [message] }, values };
  }
  const text = parsed.data.text || null;
  // Files come with a unit's answer only (its 反馈 with 佐证材料).
  const evidence = kind === 'answer' ? await evidenceOfForm(actor, n.taskId, values, formData) : NO_EVIDENCE;
  if ('message' in evidence) return { status: 'error', message: m.fixErrors, errors: { evidence: [evidence.message] }, values };
  const dueDate = toIsoDate(n.dueDate);
  const next = takeStep({ status: part ? part.status : n.status, level: n.level, dueDate }, kind, today());
  if (!next.ok) return { status: 'error', message: next.refusal === 'not_overdue' ? m.noticeNotOverdue : m.noticeWrongState, values };
  const behind = n.recipients.filter((r) => isOpenNotice(r.status));
  await writeTransaction(async (tx) => {
    let status = n.status;
    if (kind === 'urge') {
      // Only from the level it was read at: two clicks cannot both raise it.
      const { count } = await tx.supervisionNotice.updateMany({
        where: { id: n.id, level: n.level },
        data: { level: next.level, urgeCount: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError(m.noticeWrongState);
    } else {
      status = await movePart(tx, { noticeId: n.id, unitId: part!.unitId, from: [part!.status], to: next.status, answer: text });
    }
    const eventText = kind === 'urge' ? [text, m.urgedUnits(behind.map((r) => r.unit.name))].filter(Boolean).join('\n') : text;
    const event = await tx.noticeEvent.create({
      data: { noticeId: n.id, unitId: part?.unitId ?? null, kind: STEP_EVENT[kind], actorId: actor.id, text: eventText },
      select: { id: true },
    });
    await attachEvidence(tx, actor, n.taskId, evidence, { noticeEventId: event.id });
    // What puts work back on a unit is announced to it at once (催办 to the units still behind, 退回 to the unit returned).
    const no = t.notice.number(n.numberYear, n.number);
    if (kind === 'urge') {
      await announce(tx, {
        rule: 'NOTICE_URGED',
        key: `notice:${n.id}:urge:${event.id}`,
        unitIds: behind.map((r) => r.unitId),
        taskNumber: n.task.number,
        planYear: n.year,
        day: today(),
        text: (unit) => t.reminders.announce.urged(unit, no, t.task.inYear(n.year, n.task.number), t.notice.levels[next.level]),
      });
    } else if (kind === 'return') {
      await announce(tx, {
        rule: 'NOTICE_RETURNED',
        key: `notice:${n.id}:return:${event.id}`,
        unitIds: [part!.unitId],
        taskNumber: n.task.number,
        planYear: n.year,
        day: today(),
        text: (unit) => t.reminders.announce.returned(unit, no, t.task.inYear(n.year, n.task.number), text ?? ''),
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: `notice.${kind}`,
      entityType: 'SupervisionNotice',
      entityId: n.id,
      taskId: n.taskId,
      before: { status: n.status, level: n.level, unitId: part?.unitId ?? null, part: part?.status ?? null },
      after: {
        status,
        level: next.level,
        unitId: part?.unitId ?? null,
        part: part ? next.status : null,
        text,
        ...(evidence.ids.length ? { evidenceIds: evidence.ids } : {}),
      },
    });
  });
  revalidatePath('/', 'layout');
  // Without JavaScript: back to the page it was posted from, at the notice, showing its new state.
  await backWithoutScript(noticeAnchor(n.id));
  return { status: 'ok', message: m.noticeStepDone[kind] };
}

const STEP_EVENT: Record<NoticeStep, NoticeEventKind> = { acknowledge: 'ACKNOWLEDGED', answer: 'ANSWERED', return: 'RETURNED', close: 'CLOSED', urge: 'URGED' };

export async function acknowledgeNotice(noticeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return step('acknowledge', noticeId, formData);
}
export async function answerNotice(noticeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return step('answer', noticeId, formData);
}
export async function returnNotice(noticeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return step('return', noticeId, formData);
}
export async function closeNotice(noticeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return step('close', noticeId, formData);
}
export async function urgeNotice(noticeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return step('urge', noticeId, formData);
}
