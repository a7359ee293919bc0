// What the progress-update form shows and its action checks against, for one task.
import 'server-only';
import { takesUpdates } from '@/lib/domain/plan-years';
import { OPEN_STATUSES } from '@/lib/domain/notices';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { prisma } from '@/lib/prisma';
import { defaultReportDate, toIsoDate } from '@/lib/domain/dates';
import { isWholeUnit } from '@/lib/domain/numbers';
import { signSeenPending } from '@/lib/auth/form-token';
import { resolveYear } from './plan';
import { evidenceLimits } from './evidence';
import { lastApprovedValues } from './approved';
import type { UpdateFormContext } from '@/lib/validation/update';
import { updateToFormValues } from '@/lib/validation/update-fields';
import { problemsColumn } from '@/lib/validation/update-payload';
import { today } from '@/lib/env';

/** The update form's context for task `number` of the plan year named in the URL (else the newest): one call for the page; `allowed: false` for a caller who may not submit on it. */
export async function getUpdatePage(yearParam: string | undefined, number: number) {
  const year = await resolveYear(yearParam);
  if (year === null || !Number.isInteger(number)) return null;
  const row = await prisma.task.findFirst({ where: { number, planYear: { year } }, select: { id: true } });
  if (!row) return null;
  const actor = await getSession();
  if (!actor) return { allowed: false as const };
  const ctx = await loadUpdateContext(row.id, actor.unitId);
  if (!ctx) return null;
  // The form carries the returned update, the review comment and a token for the newest pending
  // update: only for those who may submit on this task.
  if (!can(actor, 'submit_update', { unitIds: ctx.unitIds })) return { allowed: false as const };
  return { allowed: true as const, ...ctx, year, defaultAsOf: defaultReportDate(year, ctx.form.today), evidenceLimits: await evidenceLimits() };
}

/**
 * What a submission is checked against, for a task: its units, whether its year takes updates, and
 * the form's rules (last approved figures, open milestones, problems, notices and sub-items). Two
 * statements; `viewerUnitId`: the notices the form offers to answer are those waiting on that unit
 * (none for a user without a unit — a unit answers its own notices).
 */
export async function loadSubmitContext(taskId: number, viewerUnitId: number | null) {
  const task = await prisma.task.findUnique({
    where: { id: taskId },
    select: {
      id: true, number: true, content: true, version: true, deadlineMonth: true, completedOn: true,
      planYear: { select: { year: true, status: true } },
      units: { select: { unitId: true }, orderBy: { ord: 'asc' } }, // the ids decide who may submit; no name is shown
      indicators: { select: { id: true, name: true, unitOfMeasure: true, isPercent: true, target: true }, orderBy: { ord: 'asc' } },
      milestones: { select: { id: true, periodLabel: true, text: true, dueDate: true, reachedOn: true }, orderBy: [{ dueDate: 'asc' }, { ord: 'asc' }] },
      problems: { where: { resolvedOn: null }, select: { id: true, kind: true, text: true, blocking: true } },
      notices: {
        // This unit's own part still waits on it (another unit's answer does not answer for it).
        where: { recipients: { some: { unitId: viewerUnitId ?? -1, status: { in: OPEN_STATUSES } } } },
        select: { id: true, year: true, number: true, reason: true, requiredAction: true, dueDate: true },
      },
      items: { where: { completedOn: null }, select: { id: true, name: true }, orderBy: { ord: 'asc' } },
    },
  });
  if (!task) return null;
  const lastApproved = await lastApprovedValues(prisma, task.indicators.map((i) => i.id));
  const form: Omit<UpdateFormContext, 'today'> = {
    planYear: task.planYear.year,
    indicators: task.indicators.map((i) => ({ id: i.id, isPercent: i.isPercent, lastApproved: lastApproved.get(i.id) ?? null, whole: !i.isPercent && isWholeUnit(i.unitOfMeasure) })),
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
    /** Progress is reported on an active year only (drafts and archived years take none). */
    open: takesUpdates(task.planYear.status),
    form: { ...form, today: today() } satisfies UpdateFormContext,
  };
}

export type SubmitContext = NonNullable<Awaited<ReturnType<typeof loadSubmitContext>>>;

/**
 * The update form's context: the submission's, plus the newest pending update (signed, so a form
 * opened before another submission is refused) and a returned update handed back to fix.
 */
export async function loadUpdateContext(taskId: number, viewerUnitId: number | null) {
  const ctx = await loadSubmitContext(taskId, viewerUnitId);
  if (!ctx) return null;
  const [latestPending, latest] = await Promise.all([
    prisma.progressUpdate.findFirst({ where: { taskId, status: 'PENDING' }, select: { id: true }, orderBy: { id: 'desc' } }),
    // A returned update is handed back to the form to fix and resubmit.
    prisma.progressUpdate.findFirst({
      where: { taskId, fromReport: false },
      orderBy: { id: 'desc' },
      select: {
        status: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, reviewComment: true, completesTask: true,
        newProblems: true, resolves: { select: { problemId: true } }, completes: { select: { itemId: true } },
        values: { select: { indicatorId: true, value: true, reason: true } },
        milestones: { select: { milestoneId: true, reachedOn: true } },
      },
    }),
  ]);
  // Only what can still be ticked: a milestone, problem or sub-item settled since is left out.
  const openMilestones = new Set(ctx.form.milestones.filter((x) => !x.reached).map((x) => x.id));
  const openProblems = new Set(ctx.form.openProblemIds);
  const openItems = new Set(ctx.form.openItemIds);
  const returned =
    latest?.status === 'RETURNED'
      ? {
          comment: latest.reviewComment ?? '',
          values: updateToFormValues({
            asOf: toIsoDate(latest.asOf),
            narrative: latest.narrative,
            nextSteps: latest.nextSteps,
            problemsText: latest.problemsText,
            values: latest.values,
            milestones: latest.milestones.filter((x) => openMilestones.has(x.milestoneId)).map((x) => ({ milestoneId: x.milestoneId, reachedOn: toIsoDate(x.reachedOn) })),
            newProblems: problemsColumn.decode(latest.newProblems),
            resolveProblemIds: latest.resolves.map((x) => x.problemId).filter((id) => openProblems.has(id)),
            completeItemIds: latest.completes.map((x) => x.itemId).filter((id) => openItems.has(id)),
            completesTask: latest.completesTask,
            noticeAnswers: [], // an answer is recorded on the notice when submitted; it is not asked again
          }),
        }
      : null;
  return { ...ctx, latestPendingId: latestPending?.id ?? 0, seenToken: signSeenPending(taskId, latestPending?.id ?? 0), returned };
}

export type UpdateContext = NonNullable<Awaited<ReturnType<typeof loadUpdateContext>>>;
