'use server';
// Editing a plan (督查室): a task's content, deadline and units; a milestone; an indicator's target.
// On an active year every change needs its reason (目标调整 / 计划调整), recorded with the before and
// after in the audit trail and on the task's history; an archived year is not changed. Each edit
// bumps the task's version, so a form opened before another change is refused with its input kept.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { audit } from '@/lib/audit';
import { dateOf, toIsoDate } from '@/lib/domain/dates';
import type { PlanYearStatus } from '@/lib/domain/plan-years';
import { formToObject, isRecordId } from '@/lib/validation/update';
import { changeReasonSchema, indicatorEditSchema, milestoneEditSchema, projectEditSchema, taskEditSchema } from '@/lib/validation/plan';
import { m } from '@/lib/i18n/messages';
import { ConflictError, type ActionState } from './state';

type Target = { taskId: number; taskNumber: number; year: number; status: PlanYearStatus; version: number };
const errorsOf = (e: z.ZodError) => z.flattenError(e).fieldErrors as Record<string, string[]>;

/** Session, right, the year's state and the reason: the checks every plan edit makes first. */
async function guard(values: Record<string, string>, target: Target | null): Promise<{ error: ActionState } | { actorId: number; reason: { kind: string; text: string } | null }> {
  const actor = await getSession();
  if (!actor) return { error: { status: 'error', message: m.signInFirst, values } };
  if (!can(actor, 'edit_plan')) return { error: { status: 'error', message: m.forbidden, values } };
  if (!target) return { error: { status: 'error', message: m.notFound, values } };
  if (target.status === 'ARCHIVED') return { error: { status: 'error', message: m.yearArchived, values } };
  if (target.status === 'DRAFT') return { actorId: actor.id, reason: null };
  const r = changeReasonSchema.safeParse(values);
  if (!r.success) return { error: { status: 'error', message: m.fixErrors, errors: errorsOf(r.error), values } };
  return { actorId: actor.id, reason: { kind: r.data.reasonKind, text: r.data.reason } };
}

const taskTarget = (t: { id: number; number: number; version: number; planYear: { year: number; status: PlanYearStatus } } | null): Target | null =>
  t && { taskId: t.id, taskNumber: t.number, year: t.planYear.year, status: t.planYear.status, version: t.version };
const TASK_SELECT = { id: true, number: true, version: true, planYear: { select: { year: true, status: true } } } as const;

async function save(values: Record<string, string>, target: Target, baseVersion: number, write: (tx: Parameters<Parameters<typeof writeTransaction>[0]>[0]) => Promise<void>): Promise<ActionState> {
  try {
    await writeTransaction(async (tx) => {
      const { count } = await tx.task.updateMany({ where: { id: target.taskId, version: baseVersion }, data: { version: { increment: 1 } } });
      if (count !== 1) throw new ConflictError(m.planConflict);
      await write(tx);
    });
  } catch (e) {
    if (e instanceof ConflictError) return { status: 'error', message: e.message, values };
    throw e;
  }
  revalidatePath('/', 'layout');
  return { status: 'ok', message: m.planSaved };
}

export async function editTask(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { ...formToObject(formData), unitIds: formData.getAll('unitIds').map(String).join(',') };
  const task = isRecordId(taskId) ? await prisma.task.findUnique({ where: { id: taskId }, select: { ...TASK_SELECT, content: true, deadlineMonth: true, units: { select: { unitId: true }, orderBy: { ord: 'asc' } } } }) : null;
  const g = await guard(values, taskTarget(task));
  if ('error' in g) return g.error;
  const parsed = taskEditSchema.safeParse({ ...values, unitIds: values.unitIds.split(',').filter(Boolean) });
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: errorsOf(parsed.error), values };
  const d = parsed.data;
  if (!d.deadlineMonth.startsWith(`${task!.planYear.year}-`)) return { status: 'error', message: m.fixErrors, errors: { deadlineMonth: [m.notInYear(task!.planYear.year)] }, values };
  const known = await prisma.unit.count({ where: { id: { in: d.unitIds } } });
  if (known !== new Set(d.unitIds).size) return { status: 'error', message: m.fixErrors, errors: { unitIds: [m.invalidInput] }, values };
  const before = { content: task!.content, deadlineMonth: task!.deadlineMonth, unitIds: task!.units.map((u) => u.unitId) };
  return save(values, taskTarget(task)!, d.baseVersion, async (tx) => {
    await tx.task.update({ where: { id: taskId }, data: { content: d.content, deadlineMonth: d.deadlineMonth } });
    await tx.taskUnit.deleteMany({ where: { taskId } });
    await tx.taskUnit.createMany({ data: [...new Set(d.unitIds)].map((unitId, ord) => ({ taskId, unitId, ord })) });
    await audit(tx, { actorId: g.actorId, action: 'plan.task_edited', entityType: 'Task', entityId: taskId, taskId, before, after: { content: d.content, deadlineMonth: d.deadlineMonth, unitIds: d.unitIds, reason: g.reason } });
  });
}

/** A milestone form's fields: the schema, and a due date inside the plan year. */
function parseMilestone(values: Record<string, string>, year: number): { error: ActionState } | { data: z.infer<typeof milestoneEditSchema> } {
  const parsed = milestoneEditSchema.safeParse(values);
  if (!parsed.success) return { error: { status: 'error', message: m.fixErrors, errors: errorsOf(parsed.error), values } };
  if (!parsed.data.dueDate.startsWith(`${year}-`)) return { error: { status: 'error', message: m.fixErrors, errors: { dueDate: [m.notInYear(year)] }, values } };
  return { data: parsed.data };
}

export async function editMilestone(milestoneId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ms = isRecordId(milestoneId)
    ? await prisma.milestone.findUnique({ where: { id: milestoneId }, select: { periodLabel: true, dueDate: true, text: true, cumulativeTarget: true, task: { select: TASK_SELECT } } })
    : null;
  const target = taskTarget(ms?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  const parsed = parseMilestone(values, target!.year);
  if ('error' in parsed) return parsed.error;
  const d = parsed.data;
  const before = { periodLabel: ms!.periodLabel, dueDate: toIsoDate(ms!.dueDate), text: ms!.text, cumulativeTarget: ms!.cumulativeTarget };
  return save(values, target!, d.baseVersion, async (tx) => {
    await tx.milestone.update({ where: { id: milestoneId }, data: { periodLabel: d.periodLabel, dueDate: dateOf(d.dueDate), text: d.text, cumulativeTarget: d.cumulativeTarget } });
    await audit(tx, {
      actorId: g.actorId, action: 'plan.milestone_edited', entityType: 'Milestone', entityId: milestoneId, taskId: target!.taskId, before,
      after: { periodLabel: d.periodLabel, dueDate: d.dueDate, text: d.text, cumulativeTarget: d.cumulativeTarget, reason: g.reason },
    });
  });
}

export async function editIndicator(indicatorId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ind = isRecordId(indicatorId)
    ? await prisma.indicator.findUnique({ where: { id: indicatorId }, select: { name: true, unitOfMeasure: true, direction: true, accrual: true, target: true, task: { select: TASK_SELECT } } })
    : null;
  const target = taskTarget(ind?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  const parsed = indicatorEditSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: errorsOf(parsed.error), values };
  const d = parsed.data;
  return save(values, target!, d.baseVersion, async (tx) => {
    const data = { name: d.name, unitOfMeasure: d.unitOfMeasure, direction: d.direction, accrual: d.accrual, target: d.target };
    await tx.indicator.update({ where: { id: indicatorId }, data });
    await audit(tx, {
      actorId: g.actorId, action: 'plan.indicator_edited', entityType: 'Indicator', entityId: indicatorId, taskId: target!.taskId,
      before: { name: ind!.name, unitOfMeasure: ind!.unitOfMeasure, direction: ind!.direction, accrual: ind!.accrual, target: ind!.target }, after: { ...data, reason: g.reason },
    });
  });
}

/** A project's title and category (工程类 / 服务类); on an active year with its reason. */
export async function editProject(projectId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const p = isRecordId(projectId)
    ? await prisma.project.findUnique({ where: { id: projectId }, select: { id: true, title: true, category: true, planYear: { select: { year: true, status: true } } } })
    : null;
  // The guard needs a target; a project's year stands for it (no task version: projects have none).
  const g = await guard(values, p ? { taskId: 0, taskNumber: 0, year: p.planYear.year, status: p.planYear.status, version: 0 } : null);
  if ('error' in g) return g.error;
  const parsed = projectEditSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: errorsOf(parsed.error), values };
  await writeTransaction(async (tx) => {
    await tx.project.update({ where: { id: p!.id }, data: parsed.data });
    await audit(tx, { actorId: g.actorId, action: 'plan.project_edited', entityType: 'Project', entityId: p!.id, before: { title: p!.title, category: p!.category }, after: { ...parsed.data, reason: g.reason } });
  });
  revalidatePath('/', 'layout');
  return { status: 'ok', message: m.planSaved };
}

/** A new plan step on a task (period, due date in the plan year, text, optional cumulative target). */
export async function addMilestone(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const task = isRecordId(taskId) ? await prisma.task.findUnique({ where: { id: taskId }, select: { ...TASK_SELECT, milestones: { select: { key: true, ord: true } } } }) : null;
  const target = taskTarget(task);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  const parsed = parseMilestone(values, target!.year);
  if ('error' in parsed) return parsed.error;
  const d = parsed.data;
  const keys = new Set(task!.milestones.map((x) => x.key));
  let n = task!.milestones.length + 1;
  while (keys.has(`added-${n}`)) n++;
  const after = { periodLabel: d.periodLabel, dueDate: d.dueDate, text: d.text, cumulativeTarget: d.cumulativeTarget };
  return save(values, target!, d.baseVersion, async (tx) => {
    const made = await tx.milestone.create({
      data: { taskId, key: `added-${n}`, ord: Math.max(-1, ...task!.milestones.map((x) => x.ord)) + 1, periodLabel: d.periodLabel, dueDate: dateOf(d.dueDate), text: d.text, cumulativeTarget: d.cumulativeTarget },
      select: { id: true },
    });
    await audit(tx, { actorId: g.actorId, action: 'plan.milestone_added', entityType: 'Milestone', entityId: made.id, taskId, after: { ...after, reason: g.reason } });
  });
}

/** Removes a plan step nobody has reported reached (a reached or reported step is part of the record). */
export async function removeMilestone(milestoneId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ms = isRecordId(milestoneId)
    ? await prisma.milestone.findUnique({ where: { id: milestoneId }, select: { periodLabel: true, dueDate: true, text: true, cumulativeTarget: true, reachedOn: true, _count: { select: { reached: true } }, task: { select: TASK_SELECT } } })
    : null;
  const target = taskTarget(ms?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  if (ms!.reachedOn || ms!._count.reached > 0) return { status: 'error', message: m.milestoneInUse, values };
  const baseVersion = z.coerce.number().int().nonnegative().safeParse(values.baseVersion);
  if (!baseVersion.success) return { status: 'error', message: m.planConflict, values };
  const before = { periodLabel: ms!.periodLabel, dueDate: toIsoDate(ms!.dueDate), text: ms!.text, cumulativeTarget: ms!.cumulativeTarget };
  return save(values, target!, baseVersion.data, async (tx) => {
    await tx.milestone.delete({ where: { id: milestoneId } });
    await audit(tx, { actorId: g.actorId, action: 'plan.milestone_removed', entityType: 'Milestone', entityId: milestoneId, taskId: target!.taskId, before, after: { reason: g.reason } });
  });
}
