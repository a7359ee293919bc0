// Writing a plan year: from an imported draft, or as a copy of an earlier year (structure only, every
// date moved by whole years, no progress). Runs inside the caller's write transaction.
import type { Prisma } from '@/lib/generated/prisma/client';
import { dateOf } from '@/lib/domain/dates';
import { shiftDate, shiftMonth } from '@/lib/domain/plan-years';
import type { Category, PlanDraft } from '@/lib/domain/plan-import';

type Tx = Prisma.TransactionClient;

/** Creates the units a draft names that do not exist yet (codes unit-N, to be renamed in 单位管理). */
async function ensureUnits(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const existing = await tx.unit.findMany({ select: { id: true, name: true, sortKey: true } });
  const byName = new Map(existing.map((u) => [u.name, u.id]));
  let sortKey = Math.max(0, ...existing.map((u) => u.sortKey));
  let n = existing.length;
  for (const name of names) {
    if (byName.has(name)) continue;
    let code = `unit-${++n}`;
    while (await tx.unit.findUnique({ where: { code }, select: { id: true } })) code = `unit-${++n}`;
    const u = await tx.unit.create({ data: { code, name, sortKey: ++sortKey }, select: { id: true } });
    byName.set(name, u.id);
  }
  return byName;
}

/** Writes an imported draft as a new draft year; `onTask` hears of each task written (the import's progress). */
export async function writeDraft(
  tx: Tx,
  opts: { year: number; title: string; draft: PlanDraft; defaultCategory: Category; aliases?: { alias: string; unit: string }[] },
  onTask?: (written: number, total: number) => void,
): Promise<{ planYearId: number; tasks: number; unitsCreated: number }> {
  const { year, draft } = opts;
  const total = draft.projects.reduce((n, p) => n + p.tasks.length, 0);
  const before = await tx.unit.count();
  const units = await ensureUnits(tx, [...new Set(draft.projects.flatMap((p) => p.tasks.flatMap((t) => t.units)))]);
  // A name mapped to an existing unit is remembered: the next import matches it by itself.
  for (const a of opts.aliases ?? []) {
    const unitId = units.get(a.unit);
    if (unitId) await tx.unitAlias.upsert({ where: { alias: a.alias }, create: { alias: a.alias, unitId }, update: { unitId } });
  }
  const plan = await tx.planYear.create({ data: { year, title: opts.title, status: 'DRAFT' }, select: { id: true } });
  let tasks = 0;
  for (const p of draft.projects) {
    const project = await tx.project.create({
      data: { planYearId: plan.id, number: p.number, numeral: p.numeral, title: p.title, category: p.category ?? opts.defaultCategory },
      select: { id: true },
    });
    for (const t of p.tasks) {
      tasks++;
      const task = await tx.task.create({
        data: {
          planYearId: plan.id,
          projectId: project.id,
          number: t.number,
          content: t.content,
          deadlineMonth: t.deadlineMonth!,
          h1Progress: '',
          h2Plan: t.planText,
          note: t.note,
          leadOfficial: t.leadOfficial,
          units: { create: t.units.map((name, ord) => ({ unitId: units.get(name)!, ord })) },
          items: { create: t.items.map((i, ord) => ({ key: i.key, name: i.name, ord })) },
          indicators: {
            create: t.indicators.map((i, ord) => ({
              key: i.key,
              name: i.name,
              unitOfMeasure: i.unitOfMeasure,
              isPercent: i.isPercent,
              direction: i.direction,
              target: i.target,
              accrual: i.accrual,
              ord,
            })),
          },
        },
        select: { id: true, indicators: { select: { id: true, key: true } } },
      });
      const indicatorId = new Map(task.indicators.map((i) => [i.key, i.id]));
      for (const [ord, m] of t.milestones.entries()) {
        await tx.milestone.create({
          data: {
            taskId: task.id,
            key: m.key,
            periodLabel: m.periodLabel,
            dueDate: dateOf(m.dueDate),
            text: m.text,
            ord,
            indicatorId: m.indicatorKey ? (indicatorId.get(m.indicatorKey) ?? null) : null,
            cumulativeTarget: m.cumulativeTarget,
            alsoTargets: {
              create: (m.alsoTargets ?? [])
                .filter((a) => indicatorId.has(a.indicatorKey))
                .map((a) => ({ indicatorId: indicatorId.get(a.indicatorKey)!, cumulativeTarget: a.value })),
            },
          },
        });
      }
      onTask?.(tasks, total);
    }
  }
  return { planYearId: plan.id, tasks, unitsCreated: (await tx.unit.count()) - before };
}

/** A new draft year with the structure of `from`: projects, tasks, units, sub-items, indicators, milestones (and their extra targets), dates moved; no progress. */
export async function copyYear(tx: Tx, from: number, to: number, title: string): Promise<{ planYearId: number; tasks: number }> {
  const source = await tx.planYear.findUniqueOrThrow({
    where: { year: from },
    select: {
      projects: { select: { id: true, number: true, numeral: true, title: true, category: true }, orderBy: { number: 'asc' } },
      tasks: {
        orderBy: { number: 'asc' },
        select: {
          projectId: true,
          number: true,
          content: true,
          deadlineMonth: true,
          h2Plan: true,
          note: true,
          leadOfficial: true,
          units: { select: { unitId: true, ord: true } },
          items: { select: { id: true, key: true, name: true, ord: true, note: true } },
          indicators: {
            select: {
              id: true,
              key: true,
              name: true,
              unitOfMeasure: true,
              isPercent: true,
              direction: true,
              target: true,
              accrual: true,
              ord: true,
              note: true,
              mismatch: true,
              itemId: true,
            },
          },
          milestones: {
            select: {
              key: true,
              periodLabel: true,
              dueDate: true,
              text: true,
              indicatorId: true,
              cumulativeTarget: true,
              ord: true,
              itemId: true,
              alsoTargets: { select: { indicatorId: true, cumulativeTarget: true } },
            },
          },
        },
      },
    },
  });
  const shift = to - from;
  const plan = await tx.planYear.create({ data: { year: to, title, status: 'DRAFT' }, select: { id: true } });
  const projectIds = new Map<number, number>();
  for (const p of source.projects) {
    const created = await tx.project.create({
      data: { planYearId: plan.id, number: p.number, numeral: p.numeral, title: p.title, category: p.category },
      select: { id: true },
    });
    projectIds.set(p.id, created.id);
  }
  for (const t of source.tasks) {
    const task = await tx.task.create({
      data: {
        planYearId: plan.id,
        projectId: projectIds.get(t.projectId)!,
        number: t.number,
        content: t.content,
        deadlineMonth: shiftMonth(t.deadlineMonth, shift),
        h1Progress: '',
        h2Plan: '',
        note: t.note,
        leadOfficial: t.leadOfficial,
        units: { create: t.units.map((u) => ({ unitId: u.unitId, ord: u.ord })) },
        items: { create: t.items.map((i) => ({ key: i.key, name: i.name, ord: i.ord, note: i.note })) },
      },
      select: { id: true, items: { select: { id: true, key: true } } },
    });
    const itemIds = new Map(t.items.map((i) => [i.id, task.items.find((x) => x.key === i.key)!.id]));
    const indicatorIds = new Map<number, number>();
    for (const i of t.indicators) {
      const created = await tx.indicator.create({
        data: {
          taskId: task.id,
          key: i.key,
          name: i.name,
          unitOfMeasure: i.unitOfMeasure,
          isPercent: i.isPercent,
          direction: i.direction,
          target: i.target,
          accrual: i.accrual,
          ord: i.ord,
          note: i.note,
          mismatch: i.mismatch,
          itemId: i.itemId ? (itemIds.get(i.itemId) ?? null) : null,
        },
        select: { id: true },
      });
      indicatorIds.set(i.id, created.id);
    }
    for (const m of t.milestones) {
      await tx.milestone.create({
        data: {
          taskId: task.id,
          key: m.key,
          periodLabel: m.periodLabel,
          dueDate: dateOf(shiftDate(m.dueDate.toISOString().slice(0, 10), shift)),
          text: m.text,
          indicatorId: m.indicatorId ? (indicatorIds.get(m.indicatorId) ?? null) : null,
          cumulativeTarget: m.cumulativeTarget,
          ord: m.ord,
          itemId: m.itemId ? (itemIds.get(m.itemId) ?? null) : null,
          alsoTargets: { create: m.alsoTargets.map((a) => ({ indicatorId: indicatorIds.get(a.indicatorId)!, cumulativeTarget: a.cumulativeTarget })) },
        },
      });
    }
  }
  return { planYearId: plan.id, tasks: source.tasks.length };
}
