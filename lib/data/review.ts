// The review queue: pending updates with what each changes against the last approved state.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { toIsoDate } from '@/lib/domain/dates';

import { idsColumn, problemsColumn } from '@/lib/validation/update-payload';

const ids = idsColumn.decode;

/** How many updates wait for review, for the 审核 menu entry; null for those who do not review. */
export async function getPendingCount(): Promise<number | null> {
  const actor = await getSession();
  if (!can(actor, 'view_review_queue')) return null;
  return prisma.progressUpdate.count({ where: { status: 'PENDING' } });
}

export async function getReviewQueue() {
  const actor = await getSession();
  if (!can(actor, 'view_review_queue')) return null;
  const pending = await prisma.progressUpdate.findMany({
    where: { status: 'PENDING' },
    orderBy: { submittedAt: 'asc' },
    select: {
      id: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, submittedAt: true, newProblems: true,
      resolveProblemIds: true, completeItemIds: true, completesTask: true, baseVersion: true,
      submittedBy: { select: { displayName: true } },
      task: { select: { id: true, number: true, content: true, version: true, planYear: { select: { year: true } } } },
      values: { select: { indicatorId: true, value: true, reason: true, indicator: { select: { name: true, unitOfMeasure: true, isPercent: true } } } },
      milestones: { select: { reachedOn: true, milestone: { select: { text: true } } } },
    },
  });
  const indicatorIds = pending.flatMap((u) => u.values.map((v) => v.indicatorId));
  const problemIds = pending.flatMap((u) => ids(u.resolveProblemIds));
  const itemIds = pending.flatMap((u) => ids(u.completeItemIds));
  const [approved, probs, items] = await Promise.all([
    prisma.indicatorValue.findMany({
      where: { indicatorId: { in: indicatorIds }, update: { status: 'APPROVED' } },
      select: { indicatorId: true, value: true },
      orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
    }),
    prisma.problem.findMany({ where: { id: { in: problemIds } }, select: { id: true, text: true } }),
    prisma.taskItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, name: true } }),
  ]);
  const last = new Map<number, number>();
  for (const a of approved) last.set(a.indicatorId, a.value);
  return pending.map((u) => ({
    id: u.id,
    asOf: toIsoDate(u.asOf),
    submittedAt: u.submittedAt.toISOString(),
    submittedBy: u.submittedBy?.displayName ?? '',
    narrative: u.narrative,
    nextSteps: u.nextSteps,
    problemsText: u.problemsText,
    task: { number: u.task.number, content: u.task.content, year: u.task.planYear.year },
    stale: u.baseVersion !== u.task.version,
    values: u.values.map((v) => ({ name: v.indicator.name, unit: v.indicator.isPercent ? '%' : v.indicator.unitOfMeasure, before: last.get(v.indicatorId) ?? null, after: v.value, reason: v.reason })),
    milestones: u.milestones.map((x) => ({ text: x.milestone.text, reachedOn: toIsoDate(x.reachedOn) })),
    problemsRaised: problemsColumn.decode(u.newProblems),
    problemsResolved: ids(u.resolveProblemIds).map((id) => probs.find((p) => p.id === id)?.text ?? String(id)),
    itemsDone: ids(u.completeItemIds).map((id) => items.find((i) => i.id === id)?.name ?? String(id)),
    completesTask: u.completesTask,
  }));
}
