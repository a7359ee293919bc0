// Data for the task and project pages: the evaluated snapshot plus a task's update history.
import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/prisma';
import { toIsoDate } from '@/lib/domain/dates';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { projectSummaries } from '@/lib/domain/overview';
import { noticesWhere } from './notices';
import { EVIDENCE_SELECT, visibleEvidence } from './evidence';

/** The reason a plan edit recorded with its audit event (null on a draft year). */
function planChangeReason(after: string | null): { kind: 'TARGET' | 'PLAN'; text: string } | null {
  try {
    const r = (JSON.parse(after ?? 'null') as { reason?: { kind: 'TARGET' | 'PLAN'; text: string } | null } | null)?.reason;
    return r ?? null;
  } catch {
    return null;
  }
}
import { getTaskAudit } from './audit';
import { today } from '@/lib/env';
import { getEvaluatedPlan, type SearchParams } from './evaluated-plan';

/**
 * A task's updates, newest first: approved ones for everybody, pending and returned ones for signed-in
 * users; with the 佐证材料 the caller may see (`unitIds`: the task's units, lib/data/evidence.ts).
 */
export const getTaskHistory = cache(async (taskId: number, unitIds: number[] = []) => {
  const actor = await getSession();
  const updates = await prisma.progressUpdate.findMany({
    where: { taskId, ...(can(actor, 'view_pending') ? {} : { status: 'APPROVED' as const }) },
    orderBy: [{ asOf: 'desc' }, { submittedAt: 'desc' }],
    select: {
      id: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, status: true, fromReport: true,
      submittedAt: true, reviewComment: true,
      submittedBy: { select: { displayName: true, unitId: true } },
      values: { select: { value: true, note: true, asOf: true, indicator: { select: { name: true, unitOfMeasure: true } } } },
      evidence: { where: visibleEvidence(actor, unitIds), select: EVIDENCE_SELECT, orderBy: { id: 'asc' } },
    },
  });
  return updates.map((u) => ({
    ...u,
    asOf: toIsoDate(u.asOf),
    submittedAt: u.submittedAt.toISOString(),
    values: u.values.map((v) => ({ ...v, asOf: toIsoDate(v.asOf) })),
  }));
});

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

export async function getTaskDetail(number: number, sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const row = plan.rows.find((r) => r.task.number === number);
  if (!row) return null;
  const project = plan.snap.projects.find((p) => p.number === row.task.projectNumber)!;
  const actor = await getSession();
  const [history, events, notices, planChanges] = await Promise.all([
    getTaskHistory(
      row.task.id,
      row.task.units.map((u) => u.id),
    ),
    actor ? getTaskAudit(row.task.id) : Promise.resolve(null),
    can(actor, 'view_pending') ? noticesWhere({ taskId: row.task.id }, actor, today()) : Promise.resolve(null),
    // Changes to the task's plan (public, as the plan is): when, what, and the stated reason.
    prisma.auditEvent.findMany({ where: { taskId: row.task.id, action: { startsWith: 'plan.' } }, select: { at: true, action: true, after: true }, orderBy: { id: 'asc' } }),
  ]);
  return {
    ...plan, row, project, history, actor, events,
    notices,
    planChanges: planChanges.map((c) => ({ at: c.at.toISOString(), action: c.action, reason: planChangeReason(c.after) })),
    canSubmit: can(actor, 'submit_update', { unitIds: row.task.units.map((u) => u.id) }),
    canIssueNotice: can(actor, 'issue_notice'),
    canPublishEvidence: can(actor, 'review_update'),
  };
}

export async function getProjectDetail(number: number, sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const project = plan.snap.projects.find((p) => p.number === number);
  if (!project) return null;
  const [summary] = projectSummaries([project], plan.rows);
  return { ...plan, project, rows: summary!.rows, summary: summary! };
}
