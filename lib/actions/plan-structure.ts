'use server';
// Adding and removing parts of a plan (督查室): a project, a task in a project, a task's sub-items
// (分项) and indicators. The same checks as every plan edit (plan-guard.ts): the office's right, no change to
// an archived year, the type and reason of the change on an active year, audited with before and
// after. Only a part nothing has been recorded against may be removed (lib/domain/plan-structure.ts);
// a draft year's task numbers close up after an addition or removal, an active year's never change.
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { isPercentUnit, newTaskNumber, nextPlace, numeralOf, removable, renumbered, renumbersTasks } from '@/lib/domain/plan-structure';
import { formToObject, isRecordId } from '@/lib/validation/update';
import { indicatorEditSchema, itemSchema, projectEditSchema } from '@/lib/validation/plan';
import { m } from '@/lib/i18n/messages';
import { ConflictError, type ActionState } from './state';
import { baseVersionOf, guard, guardAndParse, parseTask, save, TASK_SELECT, taskFormValues, taskTarget, type Tx } from './plan-guard';
import { answerConflicts } from './pipeline';
import { backWithoutScript } from './without-script';

/**
 * Writes new numbers in two steps (numbers are unique within a year: each row first steps out of the
 * way to minus its id, then takes its number) and returns the moves as [from, to].
 */
async function applyNumbers(
  rows: { id: number; number: number }[],
  changed: Map<number, number>,
  set: (id: number, number: number) => Promise<unknown>,
): Promise<[number, number][]> {
  for (const id of changed.keys()) await set(id, -id);
  for (const [id, number] of changed) await set(id, number);
  return rows.filter((r) => changed.has(r.id)).map((r) => [r.number, changed.get(r.id)!]);
}

/** Closes up a draft year's task numbers. */
async function renumberYear(tx: Tx, planYearId: number): Promise<[number, number][]> {
  const rows = await tx.task.findMany({ where: { planYearId }, select: { id: true, number: true, project: { select: { number: true } } } });
  const changed = renumbered(rows.map((r) => ({ id: r.id, number: r.number, projectNumber: r.project.number })));
  return applyNumbers(rows, changed, (id, number) => tx.task.update({ where: { id }, data: { number } }));
}

/** A new project at the end of a year's list: title and category (工程类/服务类). */
export async function addProject(year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const plan = Number.isInteger(year) ? await prisma.planYear.findUnique({ where: { year }, select: { id: true, year: true, status: true } }) : null;
  const g = await guardAndParse(values, plan, projectEditSchema);
  if ('error' in g) return g.error;
  const made = await writeTransaction(async (tx) => {
    const numbers = await tx.project.findMany({ where: { planYearId: plan!.id }, select: { number: true } });
    const number = newTaskNumber(numbers.map((p) => p.number));
    const made = await tx.project.create({
      data: { planYearId: plan!.id, number, numeral: numeralOf(number), ...g.data },
      select: { id: true, number: true, numeral: true },
    });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.project_added',
      entityType: 'Project',
      entityId: made.id,
      after: { year: plan!.year, number, ...g.data, reason: g.reason },
    });
    return made;
  });
  revalidatePath('/', 'layout');
  // Without JavaScript: back to the plan's page at the new project (a reload would add it again).
  await backWithoutScript(`p${made.number}`);
  return { status: 'ok', message: m.projectAdded(made.numeral) };
}

/** Removes a project with no task left in it; a draft year's projects then close up their numbers. */
export async function removeProject(projectId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const p = isRecordId(projectId)
    ? await prisma.project.findUnique({
        where: { id: projectId },
        select: {
          id: true,
          number: true,
          numeral: true,
          title: true,
          category: true,
          planYear: { select: { id: true, year: true, status: true } },
          _count: { select: { tasks: true } },
        },
      })
    : null;
  const g = await guard(values, p?.planYear ?? null);
  if ('error' in g) return g.error;
  if (p!._count.tasks > 0) return { status: 'error', message: m.projectInUse, values };
  return answerConflicts(values, async () => {
    await writeTransaction(async (tx) => {
      // A task added meanwhile keeps the project (the delete would fail on it anyway: checked again here).
      if ((await tx.task.count({ where: { projectId: p!.id } })) > 0) throw new ConflictError(m.projectInUse);
      await tx.project.delete({ where: { id: p!.id } });
      let renumbering: [number, number][] = [];
      if (renumbersTasks(p!.planYear.status)) {
        const rest = await tx.project.findMany({ where: { planYearId: p!.planYear.id }, select: { id: true, number: true } });
        const changed = renumbered(rest.map((r) => ({ id: r.id, number: r.number, projectNumber: 0 })));
        renumbering = await applyNumbers(rest, changed, (id, number) => tx.project.update({ where: { id }, data: { number, numeral: numeralOf(number) } }));
      }
      await audit(tx, {
        actorId: g.actorId,
        action: 'plan.project_removed',
        entityType: 'Project',
        entityId: p!.id,
        before: { year: p!.planYear.year, number: p!.number, title: p!.title, category: p!.category },
        after: { renumbered: renumbering, reason: g.reason },
      });
    });
    revalidatePath('/', 'layout');
    // Without JavaScript: back to the plan (a reload would be refused: the project is gone).
    await backWithoutScript('main');
    return { status: 'ok', message: m.projectRemoved(p!.numeral) };
  });
}

/** A new task in a project: content, deadline in the plan year, units (the lead unit first). */
export async function addTask(projectId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = taskFormValues(formData);
  const project = isRecordId(projectId)
    ? await prisma.project.findUnique({
        where: { id: projectId },
        select: { id: true, number: true, planYear: { select: { id: true, year: true, status: true } } },
      })
    : null;
  const g = await guard(values, project?.planYear ?? null);
  if ('error' in g) return g.error;
  const { planYear } = project!;
  const parsed = await parseTask(values, planYear.year);
  if ('error' in parsed) return parsed.error;
  const d = parsed.data;
  const number = await writeTransaction(async (tx) => {
    const numbers = await tx.task.findMany({ where: { planYearId: planYear.id }, select: { number: true } });
    const made = await tx.task.create({
      data: {
        planYearId: planYear.id,
        projectId: project!.id,
        number: newTaskNumber(numbers.map((t) => t.number)),
        content: d.content,
        deadlineMonth: d.deadlineMonth,
        leadOfficial: d.leadOfficial,
        h1Progress: '',
        h2Plan: '',
        units: { create: [...new Set(d.unitIds)].map((unitId, ord) => ({ unitId, ord })) },
      },
      select: { id: true, number: true },
    });
    // The other tasks that moved (the new one's own move from its first number is no renumbering).
    const renumbering = renumbersTasks(planYear.status) ? (await renumberYear(tx, planYear.id)).filter(([from]) => from !== made.number) : [];
    const { number } = await tx.task.findUniqueOrThrow({ where: { id: made.id }, select: { number: true } });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.task_added',
      entityType: 'Task',
      entityId: made.id,
      taskId: made.id,
      after: {
        year: planYear.year,
        number,
        projectNumber: project!.number,
        content: d.content,
        deadlineMonth: d.deadlineMonth,
        unitIds: d.unitIds,
        leadOfficial: d.leadOfficial,
        renumbered: renumbering,
        reason: g.reason,
      },
    });
    return number;
  });
  revalidatePath('/', 'layout');
  // Without JavaScript: back to the plan's page at the task's project, where it now is listed (a
  // reload would add it again).
  await backWithoutScript(`p${project!.number}`);
  return { status: 'ok', message: m.taskAdded(number) };
}

/** Removes a task nothing has been recorded against (no update, notice or problem), with its plan. */
export async function removeTask(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const task = isRecordId(taskId)
    ? await prisma.task.findUnique({
        where: { id: taskId },
        select: {
          ...TASK_SELECT,
          planYearId: true,
          content: true,
          deadlineMonth: true,
          project: { select: { number: true } },
          units: { select: { unitId: true }, orderBy: { ord: 'asc' } },
          milestones: { select: { periodLabel: true, text: true }, orderBy: { ord: 'asc' } },
          indicators: { select: { name: true, target: true, unitOfMeasure: true }, orderBy: { ord: 'asc' } },
          items: { select: { name: true }, orderBy: { ord: 'asc' } },
          _count: { select: { updates: true, notices: true, problems: true } },
        },
      })
    : null;
  const target = taskTarget(task);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  if (!removable(task!._count)) return { status: 'error', message: m.taskInUse, values };
  const bv = baseVersionOf(values);
  if ('error' in bv) return bv.error;
  const { _count, id, version, planYear, planYearId, ...plan } = task!;
  void _count;
  void version;
  const r = await save(values, target!, bv.baseVersion, `p${plan.project.number}`, async (tx) => {
    // Written before the delete: the row keeps what was removed; its task link is then cleared by the key.
    const before = {
      year: planYear.year,
      number: plan.number,
      projectNumber: plan.project.number,
      content: plan.content,
      deadlineMonth: plan.deadlineMonth,
      unitIds: plan.units.map((u) => u.unitId),
      milestones: plan.milestones,
      indicators: plan.indicators,
      items: plan.items,
    };
    await tx.task.delete({ where: { id } });
    const renumbering = renumbersTasks(planYear.status) ? await renumberYear(tx, planYearId) : [];
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.task_removed',
      entityType: 'Task',
      entityId: id,
      before,
      after: { renumbered: renumbering, reason: g.reason },
    });
  });
  return r.status === 'ok' ? { status: 'ok', message: m.taskRemoved(plan.number) } : r;
}

/** A new sub-item (分项) of a task. */
export async function addItem(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const task = isRecordId(taskId)
    ? await prisma.task.findUnique({ where: { id: taskId }, select: { ...TASK_SELECT, items: { select: { key: true, ord: true } } } })
    : null;
  const target = taskTarget(task);
  const g = await guardAndParse(values, target, itemSchema);
  if ('error' in g) return g.error;
  const { name, note, baseVersion } = g.data;
  return save(
    values,
    target!,
    baseVersion,
    (id) => `item${id}`,
    async (tx) => {
      const made = await tx.taskItem.create({
        data: { taskId, ...nextPlace(task!.items), name, note },
        select: { id: true },
      });
      await audit(tx, {
        actorId: g.actorId,
        action: 'plan.item_added',
        entityType: 'TaskItem',
        entityId: made.id,
        taskId,
        after: { name, note, reason: g.reason },
      });
      return made.id;
    },
  );
}

// Named by an update waiting for review or approved (a returned one's mention goes with the sub-item).
const ITEM_SELECT = {
  name: true,
  note: true,
  completedOn: true,
  _count: { select: { problems: true, reportedIn: { where: { update: { status: { not: 'RETURNED' } } } } } },
  task: { select: TASK_SELECT },
} as const;

/** A sub-item's name and note. */
export async function editItem(itemId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const item = isRecordId(itemId)
    ? await prisma.taskItem.findUnique({ where: { id: itemId }, select: { name: true, note: true, task: { select: TASK_SELECT } } })
    : null;
  const target = taskTarget(item?.task ?? null);
  const g = await guardAndParse(values, target, itemSchema);
  if ('error' in g) return g.error;
  const { name, note, baseVersion } = g.data;
  return save(values, target!, baseVersion, `item${itemId}`, async (tx) => {
    await tx.taskItem.update({ where: { id: itemId }, data: { name, note } });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.item_edited',
      entityType: 'TaskItem',
      entityId: itemId,
      taskId: target!.taskId,
      before: { name: item!.name, note: item!.note },
      after: { name, note, reason: g.reason },
    });
  });
}

/** Removes a sub-item nobody reported done, with no problem tied to it and no update naming it. */
export async function removeItem(itemId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const item = isRecordId(itemId) ? await prisma.taskItem.findUnique({ where: { id: itemId }, select: ITEM_SELECT }) : null;
  const target = taskTarget(item?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  const recorded = { done: item!.completedOn !== null, problems: item!._count.problems, pendingMentions: item!._count.reportedIn };
  if (!removable(recorded)) return { status: 'error', message: m.itemInUse, values };
  const bv = baseVersionOf(values);
  if ('error' in bv) return bv.error;
  return save(values, target!, bv.baseVersion, 'items', async (tx) => {
    await tx.taskItem.delete({ where: { id: itemId } });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.item_removed',
      entityType: 'TaskItem',
      entityId: itemId,
      taskId: target!.taskId,
      before: { name: item!.name, note: item!.note },
      after: { reason: g.reason },
    });
  });
}

/** A new indicator of a task: name, unit of measure, direction, how it accrues, target. */
export async function addIndicator(taskId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const task = isRecordId(taskId)
    ? await prisma.task.findUnique({ where: { id: taskId }, select: { ...TASK_SELECT, indicators: { select: { key: true, ord: true } } } })
    : null;
  const target = taskTarget(task);
  const g = await guardAndParse(values, target, indicatorEditSchema);
  if ('error' in g) return g.error;
  const { baseVersion, ...d } = g.data;
  return save(
    values,
    target!,
    baseVersion,
    (id) => `ind${id}`,
    async (tx) => {
      const made = await tx.indicator.create({
        data: { taskId, ...nextPlace(task!.indicators), isPercent: isPercentUnit(d.unitOfMeasure), ...d },
        select: { id: true },
      });
      await audit(tx, {
        actorId: g.actorId,
        action: 'plan.indicator_added',
        entityType: 'Indicator',
        entityId: made.id,
        taskId,
        after: { ...d, reason: g.reason },
      });
      return made.id;
    },
  );
}

/** Removes an indicator no figure has been reported for (its plan-step targets go with it). */
export async function removeIndicator(indicatorId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  const ind = isRecordId(indicatorId)
    ? await prisma.indicator.findUnique({
        where: { id: indicatorId },
        select: {
          name: true,
          unitOfMeasure: true,
          direction: true,
          accrual: true,
          target: true,
          _count: { select: { values: true } },
          task: { select: TASK_SELECT },
        },
      })
    : null;
  const target = taskTarget(ind?.task ?? null);
  const g = await guard(values, target);
  if ('error' in g) return g.error;
  if (!removable({ values: ind!._count.values })) return { status: 'error', message: m.indicatorInUse, values };
  const bv = baseVersionOf(values);
  if ('error' in bv) return bv.error;
  const { _count, task, ...before } = ind!;
  void _count;
  void task;
  return save(values, target!, bv.baseVersion, 'indicators', async (tx) => {
    await tx.indicator.delete({ where: { id: indicatorId } });
    await audit(tx, {
      actorId: g.actorId,
      action: 'plan.indicator_removed',
      entityType: 'Indicator',
      entityId: indicatorId,
      taskId: target!.taskId,
      before,
      after: { reason: g.reason },
    });
  });
}
