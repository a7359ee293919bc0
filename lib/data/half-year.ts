// Data for the half-year versus target view.
import 'server-only';
import { z } from 'zod';
import { averages, halfYearRows, periodOf, sortByVariance } from '@/lib/domain/half-year';
import { getEvaluatedPlan, parseFilters, type SearchParams } from './overview';

const sortSchema = z.enum(['project', 'variance']).catch('project');

export async function getHalfYear(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const { snap, asOf } = plan;
  const filters = parseFilters(sp);
  const sort = sortSchema.parse(Array.isArray(sp.sort) ? sp.sort[0] : sp.sort);
  const projectOf = new Map(snap.projects.map((p) => [p.number, p]));
  const tasks = snap.tasks.filter(
    (t) => (!filters.unit || t.units.some((u) => u.code === filters.unit)) && (!filters.category || projectOf.get(t.projectNumber)?.category === filters.category),
  );
  const rows = halfYearRows(tasks, asOf, snap.settings.amberGapPts);
  return {
    ...plan,
    filters,
    sort,
    period: periodOf(snap.year, asOf),
    rows: sort === 'variance' ? sortByVariance(rows) : rows,
    averages: averages(rows),
    taskContent: new Map(snap.tasks.map((t) => [t.number, t.content])),
    projects: snap.projects,
  };
}
