// Data for the overview screen: statuses at the as-of date, alerts, roll-ups and filters.
import 'server-only';
import { alerts, alertsShown, countByStatus, matches, overviewPage, projectSummaries, unitSummaries } from '@/lib/domain/overview';
import { getEvaluatedPlan, one, openNoticesOf, parseFilters, type SearchParams } from './evaluated-plan';

export type OverviewData = NonNullable<Awaited<ReturnType<typeof getOverview>>>;

export async function getOverview(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows } = plan;
  const openNotices = await openNoticesOf(plan);
  const filters = parseFilters(sp);
  const projectByNumber = new Map(snap.projects.map((p) => [p.number, p]));
  const shown = rows.filter((r) => matches(r, projectByNumber.get(r.task.projectNumber), filters));
  // A large year's project list is paged (whole projects), its alerts the most urgent first.
  const paged = overviewPage(
    projectSummaries(snap.projects, shown).filter((p) => p.rows.length > 0),
    Number(one(sp.page) ?? 1),
  );
  const alerted = alertsShown(alerts(rows), one(sp.alerts) === 'all');
  return {
    ...plan,
    filters,
    counts: countByStatus(rows.map((r) => r.status.status)),
    alerts: alerted.shown,
    alertsTotal: alerted.total,
    allAlerts: one(sp.alerts) === 'all',
    projects: paged.projects,
    paging: { page: paged.page, pages: paged.pages, total: paged.total },
    units: unitSummaries(snap.units, rows, plan.asOf),
    shownCount: shown.length,
    openNotices,
  };
}
