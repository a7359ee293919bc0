// What the progress-update form shows and its action checks against, for one task.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { toIsoDate } from '@/lib/domain/dates';
import type { UpdateFormContext } from '@/lib/validation/update';
import { today } from '@/lib/env';

/** The id of task `number` of plan year `year`, or null. */
export async function findTaskId(year: number, number: number): Promise<number | null> {
  const row = await prisma.task.findFirst({ where: { number, planYear: { year } }, select: { id: true } });
  return row?.id ?? null;
}

export async function loadUpdateContext(taskId: number) {
  const task = await prisma.task.findUnique({
    where: { id: taskId },
    select: {
      id: true, number: true, content: true, version: true, deadlineMonth: true, completedOn: true,
      planYear: { select: { year: true } },
      units: { select: { unitId: true, unit: { select: { name: true } } }, orderBy: { ord: 'asc' } },
      indicators: { select: { id: true, name: true, unitOfMeasure: true, isPercent: true, target: true }, orderBy: { ord: 'asc' } },
      milestones: { select: { id: true, periodLabel: true, text: true, dueDate: true, reachedOn: true }, orderBy: [{ dueDate: 'asc' }, { ord: 'asc' }] },
      problems: { where: { resolvedOn: null }, select: { id: true, kind: true, text: true, blocking: true } },
      notices: { where: { status: 'OPEN' }, select: { id: true, reason: true, requiredAction: true, dueDate: true } },
      items: { where: { completedOn: null }, select: { id: true, name: true }, orderBy: { ord: 'asc' } },
    },
  });
  if (!task) return null;
  const [approvedValues, latestPending, latest] = await Promise.all([
    prisma.indicatorValue.findMany({
      where: { indicatorId: { in: task.indicators.map((i) => i.id) }, update: { status: 'APPROVED' } },
      select: { indicatorId: true, value: true, asOf: true },
      orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
    }),
    prisma.progressUpdate.findFirst({ where: { taskId, status: 'PENDING' }, select: { id: true }, orderBy: { id: 'desc' } }),
    // A returned update is handed back to the form to fix and resubmit.
    prisma.progressUpdate.findFirst({
      where: { taskId, fromReport: false },
      orderBy: { id: 'desc' },
      select: { status: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, reviewComment: true, values: { select: { indicatorId: true, value: true, reason: true } } },
    }),
  ]);
  const returned =
    latest?.status === 'RETURNED'
      ? {
          comment: latest.reviewComment ?? '',
          values: {
            asOf: toIsoDate(latest.asOf),
            narrative: latest.narrative,
            nextSteps: latest.nextSteps ?? '',
            problemsText: latest.problemsText ?? '',
            ...Object.fromEntries(latest.values.flatMap((v) => [[`ind_${v.indicatorId}`, String(v.value)], ...(v.reason ? [[`reason_${v.indicatorId}`, v.reason]] : [])])),
          } as Record<string, string>,
        }
      : null;
  const lastApproved = new Map<number, number>();
  for (const v of approvedValues) lastApproved.set(v.indicatorId, v.value); // ascending: the last wins

  const form: Omit<UpdateFormContext, 'today'> = {
    planYear: task.planYear.year,
    indicators: task.indicators.map((i) => ({ id: i.id, isPercent: i.isPercent, lastApproved: lastApproved.get(i.id) ?? null })),
    milestones: task.milestones.map((x) => ({ id: x.id, reached: x.reachedOn !== null })),
    openProblemIds: task.problems.map((p) => p.id),
    openNoticeIds: task.notices.map((n) => n.id),
    openItemIds: task.items.map((i) => i.id),
  };
  return {
    task: {
      ...task,
      milestones: task.milestones.map((x) => ({ ...x, dueDate: toIsoDate(x.dueDate), reachedOn: x.reachedOn ? toIsoDate(x.reachedOn) : null })),
      notices: task.notices.map((n) => ({ ...n, dueDate: toIsoDate(n.dueDate) })),
      indicators: task.indicators.map((i) => ({ ...i, lastApproved: lastApproved.get(i.id) ?? null })),
    },
    unitIds: task.units.map((u) => u.unitId),
    latestPendingId: latestPending?.id ?? 0,
    returned,
    form: { ...form, today: today() } satisfies UpdateFormContext,
  };
}

export type UpdateContext = NonNullable<Awaited<ReturnType<typeof loadUpdateContext>>>;
