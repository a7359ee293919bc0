// Data for the leadership summary: everything aggregated on the server, a few hundred points at most.
import 'server-only';
import { countByStatus, projectSummaries, unitSummaries } from '@/lib/domain/overview';
import { headline, milestonesDueSoon, progressOverTime } from '@/lib/domain/leadership';
import { getEvaluatedPlan, openNoticesOf, type SearchParams } from './overview';

import { DUE_WINDOW_DAYS } from '@/lib/domain/milestones';

export async function getLeadership(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows, asOf } = plan;
  const openNotices = await openNoticesOf(plan);
  return {
    ...plan,
    counts: countByStatus(rows.map((r) => r.status.status)),
    projects: projectSummaries(snap.projects, rows),
    lagging: rows.filter((r) => r.status.status === 'lagging'),
    headline: headline(rows),
    openNotices,
    units: unitSummaries(snap.units, rows, asOf),
    dueSoon: milestonesDueSoon(rows, asOf, DUE_WINDOW_DAYS),
    trend: progressOverTime(snap.tasks, asOf),
  };
}
