// Data for the half-year versus target view: the rows of a period (上半年 / 全年 / any date).
import 'server-only';
import { z } from 'zod';
import { parseAsOfParam } from '@/lib/domain/dates';
import { averages, halfYearRows, sortByVariance } from '@/lib/domain/half-year';
import { resolvePeriod, type PeriodKind } from '@/lib/domain/periods';
import { getEvaluatedPlan, parseFilters } from './evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';
import { matches as rowMatches } from '@/lib/domain/overview';
import { pageRows } from '@/lib/domain/paging';

/** Rows per page of 半年对标: the seed's year (62 rows) fits one; a 190-task year is paged by whole projects. */
export const HALF_YEAR_PAGE_ROWS = 65;

const sortSchema = z.enum(['project', 'variance']).catch('project');
const periodSchema = z.enum(['H1', 'FY', 'DATE']).nullable().catch(null);

/**
 * 半年对标's table as the page shows it, every page of it: the plan evaluated at the period's date (or as
 * published), its rows filtered by unit and category and ordered by project or by variance — what the
 * page pages and what its CSV holds.
 */
export async function halfYearTable(sp: SearchParams) {
  const period = periodSchema.parse(one(sp.period) ?? null);
  let kind: PeriodKind = 'DATE';
  const plan = await getEvaluatedPlan(sp, (year, defaultAsOf) => {
    const p = resolvePeriod(year, { period, asOf: parseAsOfParam(one(sp.asOf), year) }, { defaultAsOf });
    kind = p.kind;
    return p.asOf;
  });
  if (!plan) return null;
  const { snap, asOf } = plan;
  const filters = parseFilters(sp);
  const sort = sortSchema.parse(one(sp.sort));
  const projectOf = new Map(snap.projects.map((p) => [p.number, p]));
  const shown = plan.rows.filter((r) => rowMatches(r, projectOf.get(r.task.projectNumber), { unit: filters.unit, category: filters.category }));
  const rows = halfYearRows(shown, asOf, snap.settings.amberGapPts);
  // By project the table shows each project's rows together, in the plan's project order.
  const projectIndex = new Map(snap.projects.map((p, i) => [p.number, i]));
  const ordered = sort === 'variance' ? sortByVariance(rows) : rows.toSorted((a, b) => projectIndex.get(a.projectNumber)! - projectIndex.get(b.projectNumber)!);
  return { plan, period: plan.published ? plan.published.kind : (kind as PeriodKind), filters: { unit: filters.unit, category: filters.category }, sort, rows: ordered };
}

export async function getHalfYear(sp: SearchParams) {
  const table = await halfYearTable(sp);
  if (!table) return null;
  const { plan, rows, sort } = table;
  const { snap } = plan;
  // The averages speak of every row; the table and its chart show one page of them (by project, whole projects).
  const paged = pageRows(rows, HALF_YEAR_PAGE_ROWS, Number(one(sp.page) ?? 1), sort === 'project' ? { group: (r) => r.projectNumber, unit: (r) => r.taskNumber } : { unit: (r) => r.taskNumber });
  return {
    ...plan,
    filters: table.filters,
    sort,
    period: table.period,
    rows: paged.items,
    paging: { page: paged.page, pages: paged.pages, total: paged.total },
    averages: averages(rows),
    taskContent: new Map(snap.tasks.map((t) => [t.number, t.content])),
    projects: snap.projects,
  };
}
