// Data for the task and project pages: the evaluated snapshot plus a task's update history, plan
// changes, 督办 notices and audit trail, kept with the snapshot (keptWith).
import 'server-only';
import { prisma } from '@/lib/prisma';
import { toIsoDate } from '@/lib/domain/dates';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { projectSummaries } from '@/lib/domain/overview';
import { noticeRowsWhere, toNoticeView } from './notices';
import { EVIDENCE_SELECT, evidenceForm, visibleEvidence } from './evidence';
import { getTaskAudit } from './audit';
import { today } from '@/lib/env';
import { getEvaluatedPlan } from './evaluated-plan';
import type { SearchParams } from '@/lib/search-params';
import type { PlanSnapshot } from './plan';
import { keptWith } from './freeze';
import { instructionReader, instructionsOfTask } from './instructions';
import { trailAsSeenBy } from '@/lib/domain/instructions';

/** The reason a plan edit recorded with its audit event (null on a draft year). */
function planChangeReason(after: string | null): { kind: 'TARGET' | 'PLAN'; text: string } | null {
  try {
    const r = (JSON.parse(after ?? 'null') as { reason?: { kind: 'TARGET' | 'PLAN'; text: string } | null } | null)?.reason;
    return r ?? null;
  } catch {
    return null;
  }
}

/**
 * A task's updates, newest first: approved ones for everybody, pending and returned ones for signed-in
 * users; with the 佐证材料 the caller may see (`unitIds`: the task's units, lib/data/evidence.ts).
 * Five statements (the updates, their submitters, values, indicators and files), and for signed-in
 * readers two more (the notice parts each answered, their notices).
 */
async function readTaskHistory(taskId: number, unitIds: number[], actor: Awaited<ReturnType<typeof getSession>>) {
  // Signed-in readers (who see pending updates and the notices) see which 督办 an update answered.
  const signedIn = can(actor, 'view_pending');
  const updates = await prisma.progressUpdate.findMany({
    where: { taskId, ...(signedIn ? {} : { status: 'APPROVED' as const }) },
    orderBy: [{ asOf: 'desc' }, { submittedAt: 'desc' }],
    select: {
      id: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, status: true, fromReport: true,
      submittedAt: true, reviewedAt: true, reviewComment: true,
      submittedBy: { select: { displayName: true, unitId: true } },
      values: { select: { value: true, note: true, asOf: true, indicator: { select: { name: true, unitOfMeasure: true } } } },
      evidence: { where: visibleEvidence(actor, unitIds), select: EVIDENCE_SELECT, orderBy: { id: 'asc' } },
    },
  });
  // The answers given inside these updates, from their events (a part keeps only its latest answer).
  const answers =
    signedIn && updates.length > 0
    ? await prisma.noticeEvent.findMany({
        where: { updateId: { in: updates.map((u) => u.id) } },
        select: { updateId: true, notice: { select: { id: true, numberYear: true, number: true } } },
        orderBy: { noticeId: 'asc' },
      })
    : [];
  return updates.map((u) => ({
    ...u,
    /** The 督办 notices this update answered (for signed-in readers). */
    answered: answers.filter((a) => a.updateId === u.id).map((a) => a.notice),
    asOf: toIsoDate(u.asOf),
    submittedAt: u.submittedAt.toISOString(),
    reviewedAt: u.reviewedAt?.toISOString() ?? null,
    values: u.values.map((v) => ({ ...v, asOf: toIsoDate(v.asOf) })),
  }));
}

/** Changes to a task's plan (public, as the plan is): when, what, and the stated reason. */
async function readPlanChanges(taskId: number) {
  const rows = await prisma.auditEvent.findMany({ where: { taskId, action: { startsWith: 'plan.' } }, select: { at: true, action: true, after: true }, orderBy: { id: 'asc' } });
  return rows.map((c) => ({ at: c.at.toISOString(), action: c.action, reason: planChangeReason(c.after) }));
}

type TaskHistory = Awaited<ReturnType<typeof readTaskHistory>>;

// What a task page reads besides the plan is kept with the snapshot it was read under (keptWith): every
// write to an update, its values, files, submitter or the audit trail moves the data version, so a
// write by any process is seen at the next request, as for the evaluation. The history is kept per
// what the reader may see (pending updates; files not public), which two rights decide whoever the
// reader is.

/** A task's history as the caller may see it (its updates, their values and files), for the task page. */
export async function getTaskHistory(taskId: number, unitIds: number[] = [], snap: PlanSnapshot | null = null): Promise<TaskHistory> {
  const actor = await getSession();
  const sees = `${can(actor, 'view_pending') ? 'pending' : 'approved'}/${can(actor, 'view_evidence', { unitIds }) ? 'all' : 'public'}`;
  return keptWith(snap, `history ${taskId} ${sees}`, () => readTaskHistory(taskId, unitIds, actor));
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

export async function getTaskDetail(number: number, sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const row = plan.rows.find((r) => r.task.number === number);
  if (!row) return null;
  const project = plan.snap.projects.find((p) => p.number === row.task.projectNumber)!;
  const actor = await getSession();
  // Kept with the live plan's snapshot; read anew for a dashboard shown as published (its plan is frozen, the history is not).
  const keepWith = plan.published ? null : plan.snap;
  const [history, events, notices, planChanges, issueForm, instructions] = await Promise.all([
    getTaskHistory(
      row.task.id,
      row.task.units.map((u) => u.id),
      keepWith,
    ),
    // The task's audit trail, for those who may read it (checked here: what is kept is shared).
    // Kept for every reader; a withdrawn instruction's words withheld per reader.
    actor && can(actor, 'view_pending')
      ? keptWith(keepWith, `audit ${row.task.id}`, () => getTaskAudit(row.task.id)).then(
          (events) => events && trailAsSeenBy(events, instructionReader(actor)),
        )
      : Promise.resolve(null),
    // Its 督办 notices as read (the same for every signed-in reader), each reader's view made per request.
    can(actor, 'view_pending')
      ? keptWith(keepWith, `notices ${row.task.id}`, () => noticeRowsWhere({ taskId: row.task.id })).then((rows) => rows.map((n) => toNoticeView(n, actor, today())))
      : Promise.resolve(null),
    keptWith(keepWith, `plan changes ${row.task.id}`, () => readPlanChanges(row.task.id)),
    // The office's form to issue a 督办 (its one form on the page): with the files it staged for the
    // task and has not sent, as a reload left them (the update form lists them the same way). Kept
    // per reader: an upload or a removal moves the data version, as a change of the settings does.
    actor && can(actor, 'issue_notice')
      ? keptWith(keepWith, `issue form ${row.task.id} ${actor.id}`, () => evidenceForm(actor.id, row.task.id))
      : Promise.resolve(null),
    // 领导批示 (signed-in readers).
    instructionsOfTask(row.task.id, keepWith),
  ]);
  return {
    ...plan, row, project, history, actor, events,
    notices,
    planChanges,
    canSubmit: can(actor, 'submit_update', { unitIds: row.task.units.map((u) => u.id) }),
    issueForm,
    canPublishEvidence: can(actor, 'review_update'),
    instructions,
    canInstruct: can(actor, 'give_instruction'),
    canActOnInstructions: can(actor, 'issue_notice'),
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
