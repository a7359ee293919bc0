// Data for the overview screen: statuses at the as-of date, alerts, roll-ups and filters.
import 'server-only';
import { alerts, alertsShown, countByStatus, matches, overviewPage, projectSummaries, unitSummaries } from '@/lib/domain/overview';
import { officialSummaries } from '@/lib/domain/officials';
import { getEvaluatedPlan, openNoticesOf, parseFilters } from './evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';
import { keptWith } from './freeze';

export type OverviewData = NonNullable<Awaited<ReturnType<typeof getOverview>>>;

export async function getOverview(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, rows } = plan;
  const openNotices = await openNoticesOf(plan);
  const filters = parseFilters(sp);
  // Derived once per evaluation (the same frozen rows until the data version moves or the date
  // changes), the projects once per filter; a published view's rows are evaluated anew each time.
  const owner = plan.published ? null : rows;
  const figures = keptWith(owner, 'overview', () => ({
    counts: countByStatus(rows.map((r) => r.status.status)),
    alerts: alerts(rows),
    units: unitSummaries(snap.units, rows, plan.asOf),
    // The 牵头区领导 the plan names, by name: the filter's choices (none where the plan names none).
    officials: officialSummaries(rows)
      .map((o) => o.name)
      .sort((a, b) => a.localeCompare(b, 'zh-CN')),
  }));
  // A large year's project list is paged (whole projects), its alerts the most urgent first.
  const page = Number(one(sp.page) ?? 1);
  const { paged, shownCount } = keptWith(owner, `overview projects ${JSON.stringify(filters)} ${page}`, () => {
    const projectByNumber = new Map(snap.projects.map((p) => [p.number, p]));
    const shown = rows.filter((r) => matches(r, projectByNumber.get(r.task.projectNumber), filters));
    return { paged: overviewPage(projectSummaries(snap.projects, shown).filter((p) => p.rows.length > 0), page), shownCount: shown.length };
  });
  const alerted = alertsShown(figures.alerts, one(sp.alerts) === 'all');
  return {
    ...plan,
    filters,
    counts: figures.counts,
    alerts: alerted.shown,
    alertsTotal: alerted.total,
    allAlerts: one(sp.alerts) === 'all',
    projects: paged.projects,
    paging: { page: paged.page, pages: paged.pages, total: paged.total },
    units: figures.units,
    officials: figures.officials,
    shownCount,
    openNotices,
  };
}
