// Data for the leadership summary: everything aggregated on the server, a few hundred points at most.
import 'server-only';
import { chooseSince, compareStatuses } from '@/lib/domain/changes';
import { alertsShown, countByStatus, evaluate, projectSummaries, unitSummaries } from '@/lib/domain/overview';
import { headline, laggingMostOverdueFirst, progressOverTime } from '@/lib/domain/leadership';
import { ledBy, officialSummaries } from '@/lib/domain/officials';
import { can } from '@/lib/auth/policy';
import { getSession } from '@/lib/auth/session';
import { DUE_WINDOW_DAYS, milestonesDueSoon } from '@/lib/domain/milestones';
import { getEvaluatedPlan, openNoticesOf, type EvaluatedPlan } from './evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';
import { getEvaluation } from './evaluation';
import { keptWith } from './freeze';

/**
 * 较上期变化: the same plan evaluated at the comparison date (one week back unless one is asked for), kept
 * with this evaluation per date — what the 驾驶舱 shows and its export writes. None on a published view:
 * that is the plan as published at one date.
 */
export function comparisonOf(plan: EvaluatedPlan, sinceAsked: string | undefined) {
  if (plan.published) return null;
  const { snap, rows, asOf } = plan;
  const choice = chooseSince(sinceAsked, asOf, snap.year);
  const since = choice.since;
  return {
    asked: sinceAsked ?? '',
    error: choice.error,
    result: since === null ? null : keptWith(rows, `changes ${since}`, () => compareStatuses(evaluate(snap.tasks, since, snap.settings), rows, since)),
  };
}

/**
 * 我牵头的任务: for a signed-in leader, the tasks of this evaluation whose 牵头区领导 names them — the account's
 * name as the plan writes it (张三, or 张三（副区长）) — graver first. Null for anyone else and on a published
 * view (the plan as published, not a leader's worklist).
 */
export async function ledByMe(plan: EvaluatedPlan) {
  if (plan.published) return null;
  const actor = await getSession();
  if (!actor || !can(actor, 'give_instruction')) return null;
  return ledBy(plan.rows, actor.displayName);
}

export type LeadershipData = NonNullable<Awaited<ReturnType<typeof getLeadership>>>;

export async function getLeadership(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows, asOf } = plan;
  // The unit scores (none on a dashboard shown as published) run their own queries: handed over
  // unawaited, so the page streams them in below the fold.
  const evaluation = getEvaluation(plan);
  const openNotices = await openNoticesOf(plan);
  // The figures, derived once per evaluation (the same frozen rows until the data version moves or
  // the date changes; the progress over time re-evaluates every task at every reporting date). A
  // published view's rows are evaluated anew each time: derived each time.
  const figures = keptWith(plan.published ? null : rows, 'leadership', () => ({
    counts: countByStatus(rows.map((r) => r.status.status)),
    projects: projectSummaries(snap.projects, rows),
    lagging: laggingMostOverdueFirst(rows),
    headline: headline(rows),
    units: unitSummaries(snap.units, rows, asOf),
    dueSoon: milestonesDueSoon(rows, asOf, DUE_WINDOW_DAYS),
    trend: progressOverTime(snap.tasks, asOf),
    officials: officialSummaries(rows),
  }));
  const comparison = comparisonOf(plan, one(sp.since));
  // A year of 190 tasks may have a hundred lagging and a hundred steps due this month: the 20 most
  // overdue and the 20 due first, the rest on asking (?lagging=all, ?due=all).
  const lagging = alertsShown(figures.lagging, one(sp.lagging) === 'all');
  const dueSoon = alertsShown(figures.dueSoon, one(sp.due) === 'all');
  return {
    ...plan,
    ...figures,
    lagging: lagging.shown,
    laggingTotal: lagging.total,
    openNotices,
    evaluation,
    dueSoon: dueSoon.shown,
    dueSoonTotal: dueSoon.total,
    comparison,
    changesAll: one(sp.changes) === 'all',
    /** 我的批示 whole, not its newest ten (the page reads it: a leader's own). */
    mineAll: one(sp.mine) === 'all',
  };
}
