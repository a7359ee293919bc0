'use server';
// Editing a plan (督查室): a task's content, deadline, units and 牵头区领导; a milestone; an indicator's target.
// On an active year every change needs its reason (目标调整 / 计划调整), recorded with the before and
// after in the audit trail and on the task's history; an archived year is not changed. Each edit
// bumps the task's version, so a form opened before another change is refused with its input kept.
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { dateOf, toIsoDate } from '@/lib/domain/dates';
import { nextPlace } from '@/lib/domain/plan-structure';
import { formToObject, isRecordId } from '@/lib/validation/update';
import { indicatorEditSchema, projectEditSchema } from '@/lib/validation/plan';
import { m } from '@/lib/i18n/messages';
import type { ActionState } from './state';
import { backWithoutScript } from './without-script';
import { baseVersionOf, guard, guardAndParse, guardMilestone, parseTask, save, TASK_SELECT, taskFormValues, taskTarget } from './plan-guard';

export async function editTask(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = taskFormValues(formData);
  const task = isRecordId(taskId)
    ? await prisma.task.findUnique({
        where: { id: taskId },
        select: { ...TASK_SELECT, content: true, deadlineMonth: true, leadOfficial: true, units: { select: { unitId: true }, orderBy: { ord: 'asc' } } },
      })
    : null;
  const g = await guard(values, taskTarget(task));
  if ('error' in g) return g.error;
  const parsed = await parseTask(values, task!.planYear.year);
  if ('error' in parsed) return parsed.error;
  const d = parsed.data;
  const before = { content: task!.content, deadlineMonth: task!.deadlineMonth, unitIds: task!.units.map((u) => u.unitId), leadOfficial: task!.leadOfficial };
  return save(values, taskTarget(task)!, d.baseVersion, 'task', async (tx) => {
    await tx.task.update({ where: { id: taskId }, data: { content: d.content, deadlineMonth: d.deadlineMonth, leadOfficial: d.leadOfficial } });
    await tx.taskUnit.deleteMany({ where: { taskId } });
    await tx.taskUnit.createMany({ data: [...new Set(d.unitIds)].map((unitId, ord) => ({ taskId, unitId, ord })) });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.task_edited',
      entityType: 'Task',
      entityId: taskId,
      taskId,
      before,
      after: { content: d.content, deadlineMonth: d.deadlineMonth, unitIds: d.unitIds, leadOfficial: d.leadOfficial, reason: g.reason },
    });
  });
}

export async function editMilestone(milestoneId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ms = isRecordId(milestoneId)
    ? await prisma.milestone.findUnique({
        where: { id: milestoneId },
        select: { periodLabel: true, dueDate: true, text: true, cumulativeTarget: true, task: { select: TASK_SELECT } },
      })
    : null;
  const target = taskTarget(ms?.task ?? null);
  const g = await guardMilestone(values, target);
  if ('error' in g) return g.error;
  const d = g.data;
  const before = { periodLabel: ms!.periodLabel, dueDate: toIsoDate(ms!.dueDate), text: ms!.text, cumulativeTarget: ms!.cumulativeTarget };
  return save(values, target!, d.baseVersion, `ms${milestoneId}`, async (tx) => {
    await tx.milestone.update({
      where: { id: milestoneId },
      data: { periodLabel: d.periodLabel, dueDate: dateOf(d.dueDate), text: d.text, cumulativeTarget: d.cumulativeTarget },
    });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.milestone_edited',
      entityType: 'Milestone',
      entityId: milestoneId,
      taskId: target!.taskId,
      before,
      after: { periodLabel: d.periodLabel, dueDate: d.dueDate, text: d.text, cumulativeTarget: d.cumulativeTarget, reason: g.reason },
    });
  });
}

export async function editIndicator(indicatorId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ind = isRecordId(indicatorId)
    ? await prisma.indicator.findUnique({
        where: { id: indicatorId },
        select: { name: true, unitOfMeasure: true, direction: true, accrual: true, target: true, task: { select: TASK_SELECT } },
      })
    : null;
  const target = taskTarget(ind?.task ?? null);
  const g = await guardAndParse(values, target, indicatorEditSchema);
  if ('error' in g) return g.error;
  const d = g.data;
  return save(values, target!, d.baseVersion, `ind${indicatorId}`, async (tx) => {
    const data = { name: d.name, unitOfMeasure: d.unitOfMeasure, direction: d.direction, accrual: d.accrual, target: d.target };
    await tx.indicator.update({ where: { id: indicatorId }, data });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.indicator_edited',
      entityType: 'Indicator',
      entityId: indicatorId,
      taskId: target!.taskId,
      before: { name: ind!.name, unitOfMeasure: ind!.unitOfMeasure, direction: ind!.direction, accrual: ind!.accrual, target: ind!.target },
      after: { ...data, reason: g.reason },
    });
  });
}

/** A project's title and category (工程类 / 服务类); on an active year with its reason. */
export async function editProject(projectId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const p = isRecordId(projectId)
    ? await prisma.project.findUnique({
        where: { id: projectId },
        select: { id: true, title: true, category: true, planYear: { select: { year: true, status: true } } },
      })
    : null;
  const g = await guardAndParse(values, p ? p.planYear : null, projectEditSchema);
  if ('error' in g) return g.error;
  const parsed = g;
  await writeTransaction(async (tx) => {
    await tx.project.update({ where: { id: p!.id }, data: parsed.data });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.project_edited',
      entityType: 'Project',
      entityId: p!.id,
      before: { title: p!.title, category: p!.category },
      after: { ...parsed.data, reason: g.reason },
    });
  });
  revalidatePath('/', 'layout');
  // Without JavaScript: back to the plan at the project's form, saying it was saved.
  await backWithoutScript(`project-${p!.id}`, { saved: true });
  return { status: 'ok', message: m.planSaved };
}

/** A new plan step on a task (period, due date in the plan year, text, optional cumulative target). */
export async function addMilestone(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const task = isRecordId(taskId)
    ? await prisma.task.findUnique({ where: { id: taskId }, select: { ...TASK_SELECT, milestones: { select: { key: true, ord: true } } } })
    : null;
  const target = taskTarget(task);
  const g = await guardMilestone(values, target);
  if ('error' in g) return g.error;
  const d = g.data;
  const after = { periodLabel: d.periodLabel, dueDate: d.dueDate, text: d.text, cumulativeTarget: d.cumulativeTarget };
  return save(
    values,
    target!,
    d.baseVersion,
    (id) => `ms${id}`,
    async (tx) => {
      const made = await tx.milestone.create({
        data: {
          taskId,
          ...nextPlace(task!.milestones),
          periodLabel: d.periodLabel,
          dueDate: dateOf(d.dueDate),
          text: d.text,
          cumulativeTarget: d.cumulativeTarget,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: g.actorId,
        action: 'plan.milestone_added',
        entityType: 'Milestone',
        entityId: made.id,
        taskId,
        after: { ...after, reason: g.reason },
      });
      return made.id;
    },
  );
}

/** Removes a plan step nobody has reported reached (a reached or reported step is part of the record). */
export async function removeMilestone(milestoneId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ms = isRecordId(milestoneId)
    ? await prisma.milestone.findUnique({
        where: { id: milestoneId },
        select: {
          periodLabel: true,
          dueDate: true,
          text: true,
          cumulativeTarget: true,
          reachedOn: true,
          _count: { select: { reached: true } },
          task: { select: TASK_SELECT },
        },
      })
    : null;
  const target = taskTarget(ms?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  if (ms!.reachedOn || ms!._count.reached > 0) return { status: 'error', message: m.milestoneInUse, values };
  const bv = baseVersionOf(values);
  if ('error' in bv) return bv.error;
  const before = { periodLabel: ms!.periodLabel, dueDate: toIsoDate(ms!.dueDate), text: ms!.text, cumulativeTarget: ms!.cumulativeTarget };
  return save(values, target!, bv.baseVersion, 'milestones', async (tx) => {
    await tx.milestone.delete({ where: { id: milestoneId } });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.milestone_removed',
      entityType: 'Milestone',
      entityId: milestoneId,
      taskId: target!.taskId,
      before,
      after: { reason: g.reason },
    });
  });
}
