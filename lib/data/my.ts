// 我的任务: a unit user's tasks with status, milestones due in the next 30 days, open 督办
// notices and the state of its latest submissions.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { noticeRowsWhere, toNoticeView } from './notices';
import { keptWith } from './freeze';
import { instructionsForUnit } from './instructions';
import { today } from '@/lib/env';
import { DUE_WINDOW_DAYS, milestonesDueSoon } from '@/lib/domain/milestones';
import { getEvaluatedPlan } from './evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';


export async function getMyTasks(sp: SearchParams) {
  const actor = await getSession();
  if (!actor || !can(actor, 'view_my_tasks') || actor.unitId === null) return null;
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const unit = plan.snap.units.find((u) => u.id === actor.unitId);
  const rows = plan.rows.filter((r) => r.task.units.some((u) => u.id === actor.unitId));
  const taskIds = rows.map((r) => r.task.id);
  const unitId = actor.unitId;
  // Read once per snapshot and unit (every notice, answer or submission moves the data version), each
  // request's view made from it (a notice's overdue state follows today).
  const [[noticeRows, latest], instructions] = await Promise.all([
    keptWith(plan.published ? null : plan.snap, `my ${unitId}`, () =>
    Promise.all([
      // Notices to this unit still waiting on it (and those it answered, until the office closes them),
      // of any plan year: a notice of last year still open is this unit's work in the new one.
      noticeRowsWhere({ recipients: { some: { unitId, status: { not: 'CLOSED' } } } }),
      // This unit's own submissions: a co-unit's returned update is not this unit's to fix.
      prisma.progressUpdate.findMany({
        where: { taskId: { in: taskIds }, fromReport: false, submittedBy: { unitId } },
        select: { taskId: true, status: true, reviewComment: true },
        orderBy: { id: 'asc' },
      }),
    ]),
    ),
    // The latest 领导批示 on this unit's tasks of the year (a published dashboard's plan is read anew: not kept).
    instructionsForUnit(plan.published ? null : plan.snap, plan.snap.year, unitId, one(sp.instructions) === 'all'),
  ]);
  const notices = noticeRows.map((n) => toNoticeView(n, actor, today()));
  const dueSoon = milestonesDueSoon(rows, plan.asOf, DUE_WINDOW_DAYS).map((x) => ({ ...x, task: x.taskNumber }));
  // The state of the unit's latest submission per task; once a later one is approved, an older return no longer shows.
  const lastState = new Map<number, { status: string; comment: string | null } | null>();
  for (const u of latest) lastState.set(u.taskId, u.status === 'PENDING' || u.status === 'RETURNED' ? { status: u.status, comment: u.reviewComment } : null);
  return {
    ...plan,
    unit,
    rows: rows.map((r) => ({ ...r, submission: lastState.get(r.task.id) ?? null })),
    dueSoon,
    notices,
    instructions,
  };
}
