// The review queue: pending updates with what each changes against the last approved state.
import 'server-only';
import { EVIDENCE_SELECT } from './evidence';
import { unevidencedJumps } from '@/lib/domain/evidence';
import { getSettings } from './plan';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { toIsoDate } from '@/lib/domain/dates';
import { figureFlags, updateFlags } from '@/lib/domain/plausibility';

import { problemsColumn } from '@/lib/validation/update-payload';
import { lastApprovedValues } from './approved';
import { displayUnit } from '@/lib/i18n/format';
import { isRecordId } from '@/lib/validation/update';


/** How many updates wait for review, for the 审核 menu entry; null for those who do not review. */
export async function getPendingCount(): Promise<number | null> {
  const actor = await getSession();
  if (!can(actor, 'view_review_queue')) return null;
  return prisma.progressUpdate.count({ where: { status: 'PENDING' } });
}

/**
 * An update the signed-in reviewer has decided on, named in the URL: what the queue says after a
 * decision (the action sends the browser there). One statement of its own; null for anyone else,
 * or while it waits for review.
 */
export async function getReviewedUpdate(param: string | undefined) {
  const actor = await getSession();
  const id = Number(param);
  if (!actor || !can(actor, 'view_review_queue') || !isRecordId(id)) return null;
  const row = await prisma.progressUpdate.findFirst({
    where: { id, reviewedById: actor.id, status: { in: ['APPROVED', 'RETURNED'] } },
    select: { status: true, task: { select: { number: true, planYear: { select: { year: true } } } } },
  });
  return row ? { approved: row.status === 'APPROVED', number: row.task.number, year: row.task.planYear.year } : null;
}

export async function getReviewQueue() {
  const actor = await getSession();
  if (!can(actor, 'view_review_queue')) return null;
  const pending = await prisma.progressUpdate.findMany({
    where: { status: 'PENDING' },
    orderBy: { submittedAt: 'asc' },
    select: {
      id: true, asOf: true, narrative: true, nextSteps: true, problemsText: true, submittedAt: true, newProblems: true,
      completesTask: true, baseVersion: true,
      resolves: { select: { problem: { select: { text: true } } }, orderBy: { problemId: 'asc' } },
      completes: { select: { item: { select: { name: true } } }, orderBy: { itemId: 'asc' } },
      submittedBy: { select: { displayName: true } },
      task: { select: { id: true, number: true, content: true, version: true, planYear: { select: { year: true } } } },
      values: { select: { indicatorId: true, value: true, reason: true, indicator: { select: { name: true, unitOfMeasure: true, isPercent: true, target: true } } } },
      milestones: { select: { reachedOn: true, milestone: { select: { text: true } } } },
      // The answers given in this update, from their events: each update keeps its own, whatever its
      // unit (or another unit of the notice) answers later.
      noticeAnswers: { select: { text: true, notice: { select: { numberYear: true, number: true, reason: true } } }, orderBy: { noticeId: 'asc' } },
      evidence: { select: EVIDENCE_SELECT, orderBy: { id: 'asc' } },
    },
  });
  const indicatorIds = pending.flatMap((u) => u.values.map((v) => v.indicatorId));
  const [approved, lastDates, stored] = await Promise.all([
    lastApprovedValues(prisma, indicatorIds),
    prisma.progressUpdate.groupBy({ by: ['taskId'], where: { status: 'APPROVED', taskId: { in: pending.map((u) => u.task.id) } }, _max: { asOf: true } }),
    getSettings(),
  ]);
  const { evidenceFlagPts } = stored;
  const lastApprovedAsOf = new Map(lastDates.map((d) => [d.taskId, d._max.asOf ? toIsoDate(d._max.asOf) : null]));
  const last = approved;
  return pending.map((u) => withFlagged({
    id: u.id,
    asOf: toIsoDate(u.asOf),
    submittedAt: u.submittedAt.toISOString(),
    submittedBy: u.submittedBy?.displayName ?? '',
    narrative: u.narrative,
    nextSteps: u.nextSteps,
    problemsText: u.problemsText,
    task: { number: u.task.number, content: u.task.content, year: u.task.planYear.year },
    stale: u.baseVersion !== u.task.version,
    values: u.values.map((v) => {
      const before = last.get(v.indicatorId) ?? null;
      const target = v.indicator.target;
      return {
        name: v.indicator.name, unit: displayUnit(v.indicator), before, after: v.value, reason: v.reason, target,
        pctOfTarget: target ? (v.value / target) * 100 : null, flags: figureFlags({ before, after: v.value, target }),
      };
    }),
    updateFlags: updateFlags({ asOf: toIsoDate(u.asOf), milestonesReachedOn: u.milestones.map((x) => toIsoDate(x.reachedOn)) }, lastApprovedAsOf.get(u.task.id) ?? null),
    milestones: u.milestones.map((x) => ({ text: x.milestone.text, reachedOn: toIsoDate(x.reachedOn) })),
    problemsRaised: problemsColumn.decode(u.newProblems),
    problemsResolved: u.resolves.map((x) => x.problem.text),
    itemsDone: u.completes.map((x) => x.item.name),
    completesTask: u.completesTask,
    /** The 督办 notices this update answers, with the answers. */
    noticeAnswers: u.noticeAnswers.map((e) => ({ numberYear: e.notice.numberYear, number: e.notice.number, reason: e.notice.reason, answer: e.text ?? '' })),
    evidence: u.evidence,
    /** Figures that moved a lot with no evidence attached: the reviewer may ask for some. */
    unevidenced: unevidencedJumps(
      u.values.map((v) => ({ indicatorId: v.indicatorId, value: v.value, previous: last.get(v.indicatorId) ?? null, target: v.indicator.target })),
      u.evidence.length,
      evidenceFlagPts,
    ).map((j) => u.values.find((v) => v.indicatorId === j.indicatorId)!.indicator.name),
  }));
}

/** Whether approving needs 已核实: a flagged figure or date — said once, here, for the page and the form. */
const withFlagged = <T extends { values: { flags: unknown[] }[]; updateFlags: unknown[] }>(u: T): T & { flagged: boolean } =>
  ({ ...u, flagged: u.updateFlags.length > 0 || u.values.some((v) => v.flags.length > 0) });

/** Whether approving this pending update needs an explicit 已核实 (any figure or date flagged). Read inside the review transaction. */
export async function needsVerification(tx: Pick<typeof prisma, 'progressUpdate' | 'indicatorValue'>, updateId: number): Promise<boolean> {
  const u = await tx.progressUpdate.findUnique({
    where: { id: updateId },
    select: { taskId: true, asOf: true, values: { select: { indicatorId: true, value: true, indicator: { select: { target: true } } } }, milestones: { select: { reachedOn: true } } },
  });
  if (!u) return false;
  const [approved, last] = await Promise.all([
    lastApprovedValues(tx, u.values.map((v) => v.indicatorId)),
    tx.progressUpdate.findFirst({ where: { taskId: u.taskId, status: 'APPROVED' }, orderBy: { asOf: 'desc' }, select: { asOf: true } }),
  ]);
  const before = approved;
  return (
    u.values.some((v) => figureFlags({ before: before.get(v.indicatorId) ?? null, after: v.value, target: v.indicator.target }).length > 0) ||
    updateFlags({ asOf: toIsoDate(u.asOf), milestonesReachedOn: u.milestones.map((x) => toIsoDate(x.reachedOn)) }, last ? toIsoDate(last.asOf) : null).length > 0
  );
}
