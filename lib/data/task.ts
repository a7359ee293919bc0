// Data for the task and project pages: the evaluated snapshot plus a task's update history.
import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/prisma';
import { toIsoDate } from '@/lib/domain/dates';
import { getEvaluatedPlan, type SearchParams } from './overview';

export const getTaskHistory = cache(async (taskId: number) => {
  const updates = await prisma.progressUpdate.findMany({
    where: { taskId },
    orderBy: [{ asOf: 'desc' }, { submittedAt: 'desc' }],
    select: {
      id: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, status: true, fromReport: true,
      submittedAt: true, reviewComment: true,
      submittedBy: { select: { displayName: true } },
      values: { select: { value: true, note: true, asOf: true, indicator: { select: { name: true, unitOfMeasure: true } } } },
    },
  });
  return updates.map((u) => ({
    ...u,
    asOf: toIsoDate(u.asOf),
    submittedAt: u.submittedAt.toISOString(),
    values: u.values.map((v) => ({ ...v, asOf: toIsoDate(v.asOf) })),
  }));
});

export async function getTaskDetail(number: number, sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const row = plan.rows.find((r) => r.task.number === number);
  if (!row) return null;
  const project = plan.snap.projects.find((p) => p.number === row.task.projectNumber)!;
  const history = await getTaskHistory(row.task.id);
  return { ...plan, row, project, history };
}

export async function getProjectDetail(number: number, sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const project = plan.snap.projects.find((p) => p.number === number);
  if (!project) return null;
  return { ...plan, project, rows: plan.rows.filter((r) => r.task.projectNumber === number) };
}
