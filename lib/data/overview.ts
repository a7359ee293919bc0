// Data for the overview screen: statuses at the as-of date, alerts, roll-ups and filters.
import 'server-only';
import { alerts, countByStatus, matches, projectSummaries, unitSummaries } from '@/lib/domain/overview';
import { getEvaluatedPlan, openNoticesOf, parseFilters, type SearchParams } from './evaluated-plan';

export type OverviewData = NonNullable<Awaited<ReturnType<typeof getOverview>>>;

export async function getOverview(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows } = plan;
  const openNotices = await openNoticesOf(plan);
  const filters = parseFilters(sp);
  const projectByNumber = new Map(snap.projects.map((p) => [p.number, p]));
  const shown = rows.filter((r) => matches(r, projectByNumber.get(r.task.projectNumber), filters));
  return {
    ...plan,
    filters,
    counts: countByStatus(rows.map((r) => r.status.status)),
    alerts: alerts(rows),
    projects: projectSummaries(snap.projects, shown).filter((p) => p.rows.length > 0),
    units: unitSummaries(snap.units, rows, plan.asOf),
    shownCount: shown.length,
    openNotices,
  };
}
