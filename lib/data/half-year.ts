// Data for the half-year versus target view: the rows of a period (上半年 / 全年 / any date).
import 'server-only';
import { z } from 'zod';
import { parseAsOfParam } from '@/lib/domain/dates';
import { averages, halfYearRows, sortByVariance } from '@/lib/domain/half-year';
import { resolvePeriod, type PeriodKind } from '@/lib/domain/periods';
import { getEvaluatedPlan, one, parseFilters, type SearchParams } from './evaluated-plan';
import { matches as rowMatches } from '@/lib/domain/overview';

const sortSchema = z.enum(['project', 'variance']).catch('project');
const periodSchema = z.enum(['H1', 'FY', 'DATE']).nullable().catch(null);

export async function getHalfYear(sp: SearchParams) {
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
  return {
    ...plan,
    filters,
    sort,
    period: plan.published ? plan.published.kind : (kind as PeriodKind),
    rows: sort === 'variance' ? sortByVariance(rows) : rows,
    averages: averages(rows),
    taskContent: new Map(snap.tasks.map((t) => [t.number, t.content])),
    projects: snap.projects,
  };
}
