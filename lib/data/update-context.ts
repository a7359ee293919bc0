// What the progress-update form shows and its action checks against, for one task.
import 'server-only';
import { takesUpdates } from '@/lib/domain/plan-years';
import { OPEN_STATUSES } from '@/lib/domain/notices';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { prisma } from '@/lib/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { databaseKind } from '@/lib/env';
import type { PlanYearStatus } from '@/lib/domain/plan-years';
import { defaultReportDate, toIsoDate } from '@/lib/domain/dates';
import { isWholeUnit } from '@/lib/domain/numbers';
import { signSeenPending } from '@/lib/auth/form-token';
import { resolveYear } from './plan';
import { evidenceForm } from './evidence';
import { lastApprovedValues } from './approved';
import { isRecordId, type UpdateFormContext } from '@/lib/validation/update';
import { updateToFormValues } from '@/lib/validation/update-fields';
import { problemsColumn } from '@/lib/validation/update-payload';
import { today } from '@/lib/env';

/** An indicator as the form checks it: a percentage, or a count (人, 户, 场…) that takes whole numbers only. */
const indicatorRule = (id: number, isPercent: boolean, unitOfMeasure: string, lastApproved: number | null): UpdateFormContext['indicators'][number] => ({
  id,
  isPercent,
  lastApproved,
  whole: !isPercent && isWholeUnit(unitOfMeasure),
  unit: unitOfMeasure,
});

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
  return { allowed: true as const, ...ctx, year, defaultAsOf: defaultReportDate(year, ctx.form.today), evidence: await evidenceForm(actor.id, row.id) };
}

/**
 * An update the signed-in user submitted, still waiting for review, on task `number` of the year
 * named in the URL: what the form's page shows after a submission posted without JavaScript (the
 * action sends the browser there). One statement of its own; null for anyone else, or once it is
 * reviewed.
 */
export async function getSubmittedUpdate(yearParam: string | undefined, number: number, updateId: number) {
  const actor = await getSession();
  const year = await resolveYear(yearParam);
  if (!actor || year === null || !Number.isInteger(number) || !isRecordId(updateId)) return null;
  const row = await prisma.progressUpdate.findFirst({
    where: { id: updateId, submittedById: actor.id, status: 'PENDING', task: { number, planYear: { year } } },
    select: { id: true },
  });
  return row ? { year, number } : null;
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
        select: { id: true, numberYear: true, number: true, reason: true, requiredAction: true, dueDate: true },
      },
      items: { where: { completedOn: null }, select: { id: true, name: true }, orderBy: { ord: 'asc' } },
    },
  });
  if (!task) return null;
  const lastApproved = await lastApprovedValues(prisma, task.indicators.map((i) => i.id));
  const form: Omit<UpdateFormContext, 'today'> = {
    planYear: task.planYear.year,
    indicators: task.indicators.map((i) => indicatorRule(i.id, i.isPercent, i.unitOfMeasure, lastApproved.get(i.id) ?? null)),
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

/** One row of `loadSubmitRules`'s statement: the task's number, its year, the lists as JSON text (units, indicators, milestones and sub-items in the form's order; problem and notice ids by id). */
type RulesRow = { number: number | bigint; year: number | bigint; status: PlanYearStatus; units: string; indicators: string; milestones: string; problems: string; notices: string; items: string };

/**
 * What a submission is checked against — `loadSubmitContext`'s units, `open` and `form`, and the
 * task's number (where a submission without JavaScript is sent on to), nothing it only shows — in
 * one statement instead of its nine (Prisma loads each relation in a statement of its own on
 * SQLite): the submission's context is most of a submission's reads, and a burst of them
 * is what the server must take. Written once per dialect (SQLite's json_group_array, PostgreSQL's
 * json_agg), the lists as JSON text; `tests/integration/submit-rules.test.ts` holds it equal to
 * `loadSubmitContext` on both, task by task and unit by unit.
 */
export async function loadSubmitRules(taskId: number, viewerUnitId: number | null) {
  const open = Prisma.join(OPEN_STATUSES);
  const unit = viewerUnitId ?? -1;
  const [row] = await (databaseKind() === 'postgres'
    ? prisma.$queryRaw<RulesRow[]>`
    SELECT t.number AS number, py.year AS year, CAST(py.status AS TEXT) AS status,
      (SELECT CAST(COALESCE(json_agg(x."unitId" ORDER BY x.ord), '[]') AS TEXT) FROM "TaskUnit" x WHERE x."taskId" = t.id) AS units,
      (SELECT CAST(COALESCE(json_agg(json_build_array(i.id, i."isPercent", i."unitOfMeasure",
          (SELECT v.value FROM "IndicatorValue" v JOIN "ProgressUpdate" u ON u.id = v."updateId"
           WHERE v."indicatorId" = i.id AND CAST(u.status AS TEXT) = 'APPROVED' ORDER BY v."asOf" DESC, v.id DESC LIMIT 1)
        ) ORDER BY i.ord), '[]') AS TEXT) FROM "Indicator" i WHERE i."taskId" = t.id) AS indicators,
      (SELECT CAST(COALESCE(json_agg(json_build_array(x.id, x."reachedOn" IS NOT NULL) ORDER BY x."dueDate", x.ord), '[]') AS TEXT)
        FROM "Milestone" x WHERE x."taskId" = t.id) AS milestones,
      (SELECT CAST(COALESCE(json_agg(x.id ORDER BY x.id), '[]') AS TEXT) FROM "Problem" x WHERE x."taskId" = t.id AND x."resolvedOn" IS NULL) AS problems,
      (SELECT CAST(COALESCE(json_agg(n.id ORDER BY n.id), '[]') AS TEXT) FROM "SupervisionNotice" n WHERE n."taskId" = t.id
        AND EXISTS (SELECT 1 FROM "NoticeRecipient" r WHERE r."noticeId" = n.id AND r."unitId" = ${unit} AND CAST(r.status AS TEXT) IN (${open}))) AS notices,
      (SELECT CAST(COALESCE(json_agg(x.id ORDER BY x.ord), '[]') AS TEXT) FROM "TaskItem" x WHERE x."taskId" = t.id AND x."completedOn" IS NULL) AS items
    FROM "Task" t JOIN "PlanYear" py ON py.id = t."planYearId" WHERE t.id = ${taskId}`
    : prisma.$queryRaw<RulesRow[]>`
    SELECT t.number AS number, py.year AS year, py.status AS status,
      (SELECT json_group_array(x.unitId ORDER BY x.ord) FROM TaskUnit x WHERE x.taskId = t.id) AS units,
      (SELECT json_group_array(json_array(i.id, i.isPercent, i.unitOfMeasure,
          (SELECT v.value FROM IndicatorValue v JOIN ProgressUpdate u ON u.id = v.updateId
           WHERE v.indicatorId = i.id AND u.status = 'APPROVED' ORDER BY v.asOf DESC, v.id DESC LIMIT 1)
        ) ORDER BY i.ord) FROM Indicator i WHERE i.taskId = t.id) AS indicators,
      (SELECT json_group_array(json_array(x.id, x.reachedOn IS NOT NULL) ORDER BY x.dueDate, x.ord) FROM Milestone x WHERE x.taskId = t.id) AS milestones,
      (SELECT json_group_array(x.id ORDER BY x.id) FROM Problem x WHERE x.taskId = t.id AND x.resolvedOn IS NULL) AS problems,
      (SELECT json_group_array(n.id ORDER BY n.id) FROM SupervisionNotice n WHERE n.taskId = t.id
        AND EXISTS (SELECT 1 FROM NoticeRecipient r WHERE r.noticeId = n.id AND r.unitId = ${unit} AND r.status IN (${open}))) AS notices,
      (SELECT json_group_array(x.id ORDER BY x.ord) FROM TaskItem x WHERE x.taskId = t.id AND x.completedOn IS NULL) AS items
    FROM Task t JOIN PlanYear py ON py.id = t.planYearId WHERE t.id = ${taskId}`);
  if (!row) return null;
  const list = <T>(json: string) => JSON.parse(json) as T[];
  const year = Number(row.year);
  const form: UpdateFormContext = {
    planYear: year,
    today: today(),
    // SQLite answers its booleans as 0 and 1, PostgreSQL as false and true.
    indicators: list<[number, boolean | 0 | 1, string, number | null]>(row.indicators).map(([id, isPercent, unitOfMeasure, last]) =>
      indicatorRule(id, Boolean(isPercent), unitOfMeasure, last),
    ),
    milestones: list<[number, boolean | 0 | 1]>(row.milestones).map(([id, reached]) => ({ id, reached: Boolean(reached) })),
    openProblemIds: list<number>(row.problems),
    openNoticeIds: list<number>(row.notices),
    openItemIds: list<number>(row.items),
  };
  return { number: Number(row.number), unitIds: list<number>(row.units), open: takesUpdates(row.status), form };
}

export type SubmitRules = NonNullable<Awaited<ReturnType<typeof loadSubmitRules>>>;

/**
 * The update form's context: the submission's, plus the newest pending update (signed, so a form
 * opened before another submission is refused) and a returned update handed back to fix.
 */
export async function loadUpdateContext(taskId: number, viewerUnitId: number | null) {
  const ctx = await loadSubmitContext(taskId, viewerUnitId);
  if (!ctx) return null;
  const [latestPending, newest] = await Promise.all([
    prisma.progressUpdate.findFirst({ where: { taskId, status: 'PENDING' }, select: { id: true }, orderBy: { id: 'desc' } }),
    prisma.progressUpdate.findFirst({ where: { taskId, fromReport: false }, orderBy: { id: 'desc' }, select: { id: true, status: true } }),
  ]);
  // The unit's newest update, when it was returned, is handed back to the form to fix and resubmit:
  // read whole only then (its lists are four statements more, which a pending or approved one would
  // cost every opening of the form for nothing).
  const latest =
    newest?.status === 'RETURNED'
      ? await prisma.progressUpdate.findUnique({
          where: { id: newest.id },
          select: {
            status: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, reviewComment: true, completesTask: true,
            newProblems: true, resolves: { select: { problemId: true } }, completes: { select: { itemId: true } },
            values: { select: { indicatorId: true, value: true, reason: true } },
            milestones: { select: { milestoneId: true, reachedOn: true } },
          },
        })
      : null;
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
