// Data for 年度计划管理 (/plan): every plan year with its status and size, for plan editors only.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession, requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { today } from '@/lib/env';
import { nextPlanYear, type PlanYearStatus } from '@/lib/domain/plan-years';

export type PlanYearRow = { year: number; title: string; status: PlanYearStatus; projects: number; tasks: number };

export async function getPlanAdmin(): Promise<{ years: PlanYearRow[]; suggested: number } | null> {
  if (!can(await getSession(), 'edit_plan')) return null;
  const rows = await prisma.planYear.findMany({
    select: { year: true, title: true, status: true, _count: { select: { projects: true, tasks: true } } },
    orderBy: { year: 'desc' },
  });
  const years = rows.map((y) => ({ year: y.year, title: y.title, status: y.status, projects: y._count.projects, tasks: y._count.tasks }));
  return { years, suggested: nextPlanYear(years, today()) };
}

/** The plan office's page data for a signed-in caller (else to sign-in, back to `path`); null when the caller may not edit plans. */
export async function getPlanOffice(path: string): Promise<{ years: PlanYearRow[]; suggested: number } | null> {
  await requireActor(path);
  return getPlanAdmin();
}

/** A plan year's projects and tasks for the editor, and the units a new task can be given. */
export async function getPlanYearEdit(year: number) {
  if (!can(await getSession(), 'edit_plan')) return null;
  const [plan, units] = await Promise.all([
    prisma.planYear.findUnique({
      where: { year },
      select: {
        year: true, title: true, status: true,
        projects: {
          orderBy: { number: 'asc' },
          select: { id: true, number: true, numeral: true, title: true, category: true, tasks: { orderBy: { number: 'asc' }, select: { id: true, number: true, version: true, content: true, deadlineMonth: true } } },
        },
      },
    }),
    prisma.unit.findMany({ select: { id: true, name: true }, orderBy: { sortKey: 'asc' } }),
  ]);
  return plan && { ...plan, allUnits: units };
}

/** One task of a plan year with everything its editor changes, and the units to choose from. */
export async function getTaskEdit(year: number, number: number) {
  if (!can(await getSession(), 'edit_plan')) return null;
  const [task, units] = await Promise.all([
    prisma.task.findFirst({
      where: { number, planYear: { year } },
      select: {
        id: true, number: true, content: true, deadlineMonth: true, version: true, leadOfficial: true,
        planYear: { select: { year: true, status: true } },
        units: { select: { unitId: true }, orderBy: { ord: 'asc' } },
        milestones: { select: { id: true, periodLabel: true, dueDate: true, text: true, cumulativeTarget: true }, orderBy: [{ dueDate: 'asc' }, { ord: 'asc' }] },
        indicators: { select: { id: true, name: true, unitOfMeasure: true, isPercent: true, target: true, direction: true, accrual: true }, orderBy: { ord: 'asc' } },
        items: { select: { id: true, name: true, note: true }, orderBy: { ord: 'asc' } },
      },
    }),
    prisma.unit.findMany({ select: { id: true, name: true }, orderBy: { sortKey: 'asc' } }),
  ]);
  return task && { ...task, milestones: task.milestones.map((x) => ({ ...x, dueDate: x.dueDate.toISOString().slice(0, 10) })), units: task.units.map((u) => u.unitId), allUnits: units };
}
