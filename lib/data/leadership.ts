// Data for the leadership summary: everything aggregated on the server, a few hundred points at most.
import 'server-only';
import { countByStatus, projectSummaries } from '@/lib/domain/overview';
import { milestonesDueSoon, progressOverTime, unitReporting } from '@/lib/domain/leadership';
import { getEvaluatedPlan, type SearchParams } from './overview';

export const DUE_SOON_DAYS = 30;

export async function getLeadership(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows, asOf } = plan;
  return {
    ...plan,
    counts: countByStatus(rows.map((r) => r.status.status)),
    projects: projectSummaries(snap.projects, rows),
    lagging: rows.filter((r) => r.status.status === 'lagging'),
    units: unitReporting(snap.units, rows, asOf),
    dueSoon: milestonesDueSoon(rows, asOf, DUE_SOON_DAYS),
    trend: progressOverTime(snap.tasks, asOf),
  };
}
