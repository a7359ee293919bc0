// The shared loader of every dashboard screen: the plan year and date asked for (or their defaults),
// the plan evaluated at that date (or a published snapshot's), the plan changes made since, the
// open-notice badges, and the filters the screens share (the search parameters are read with lib/search-params.ts).
import type { AsOfReason } from '@/lib/domain/dates';
import 'server-only';
import { z } from 'zod';
import { evaluate, type Filters } from '@/lib/domain/overview';
import { addDays, chinaDayStart, storedInstant, type IsoDate } from '@/lib/domain/dates';
import { planChangedAfter, TASK_PLAN_CHANGES } from '@/lib/domain/plan-years';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import { databaseKind, today } from '@/lib/env';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getPlanSnapshot, getPlanYears, getPublishedPlan, resolveAsOf, resolveYear, type PlanSnapshot } from './plan';
import { deepFreeze, keptWith } from './freeze';
import type { PeriodKind } from '@/lib/domain/periods';
import { OPEN_STATUSES, type NoticeStatus } from '@/lib/domain/notices';
import { STATUS_ORDER } from '@/lib/domain/status';
import { CATEGORIES } from '@/lib/domain/types';
import { one, type SearchParams } from '@/lib/search-params';

const filterSchema = z.object({
  status: z.enum(STATUS_ORDER).optional().catch(undefined),
  unit: z.string().max(20).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  q: z.string().max(50).optional().catch(undefined),
  official: z.string().trim().min(1).max(40).optional().catch(undefined),
});

export function parseFilters(sp: SearchParams): Filters {
  return filterSchema.parse({ status: one(sp.status), unit: one(sp.unit), category: one(sp.category), q: one(sp.q), official: one(sp.official) });
}

/** A published snapshot a dashboard is shown "as published" for (`?snapshot=`). */
export type PublishedView = { id: number; title: string; publishedAt: string; kind: PeriodKind };

/**
 * Loads the plan year named in the URL (or the newest) and evaluates it at the URL's as-of date —
 * or at `pickAsOf`'s choice (a period end), given the year's default as-of date. With `?snapshot=`
 * it evaluates the plan frozen in that published report at its date instead ("as published"; null
 * when it does not exist or the caller may not read reports).
 */
export async function getEvaluatedPlan(sp: SearchParams, pickAsOf?: (year: number, defaultAsOf: IsoDate) => IsoDate) {
  const snapshot = one(sp.snapshot);
  if (snapshot !== undefined) {
    const id = Number(snapshot);
    const pub = Number.isInteger(id) && id > 0 ? await getPublishedPlan(id) : null;
    if (!pub) return null;
    const rows = evaluate(pub.plan.tasks, pub.asOf, pub.plan.settings);
    const published: PublishedView = { id: pub.id, title: pub.title, publishedAt: pub.publishedAt, kind: pub.kind };
    // A published view is the plan as it stood when published: no later change applies to it.
    return { snap: pub.plan, asOf: pub.asOf, asOfIsToday: pub.asOf === today(), today: today(), isDefaultAsOf: false, asOfReason: 'chosen' as AsOfReason, rows, years: [{ year: pub.plan.year, notStarted: false }], published, planChanged: null };
  }
  const years = await getPlanYears();
  const year = await resolveYear(one(sp.year), years);
  if (year === null) return null;
  const snap = await getPlanSnapshot(year);
  if (!snap) return null;
  const resolved = resolveAsOf(one(sp.asOf), snap);
  const asOf = pickAsOf ? pickAsOf(snap.year, resolved.defaultAsOf) : resolved.asOf;
  const { rows, planChanged } = await evaluatedAt(snap, asOf);
  const isDefaultAsOf = asOf === resolved.defaultAsOf;
  // Every screen says why it shows this date (today, the latest approved report, the year's end, or chosen).
  const asOfReason: AsOfReason = isDefaultAsOf ? (resolved.reason === 'chosen' ? 'chosen' : resolved.reason) : 'chosen';
  return { snap, asOf, asOfIsToday: asOf === today(), today: today(), isDefaultAsOf, asOfReason, rows, years: years.map((y) => ({ year: y.year, notStarted: y.latestReport === null })), published: null as PublishedView | null, planChanged };
}

/** A plan year evaluated at a date, as `getEvaluatedPlan` gives it. */
export type EvaluatedPlan = NonNullable<Awaited<ReturnType<typeof getEvaluatedPlan>>>;

/**
 * The plan evaluated at a date, with the plan changes made after it, computed once per snapshot and
 * date: a cached snapshot (lib/data/plan.ts) is the same object until the data version moves, and
 * every write — an audit event among them — moves it, so both go with the snapshot. Frozen, as they
 * are shared.
 */
type Evaluated = ReturnType<typeof evaluate<PlanSnapshot['tasks'][number]>>;
type AtDate = { rows: Evaluated; planChanged: ReturnType<typeof planChangedAfter> };
const evaluations = new WeakMap<PlanSnapshot, Map<IsoDate, AtDate>>();
async function evaluatedAt(snap: PlanSnapshot, asOf: IsoDate): Promise<AtDate> {
  let byDate = evaluations.get(snap);
  if (!byDate) evaluations.set(snap, (byDate = new Map()));
  let at = byDate.get(asOf);
  if (!at) {
    const changes = await planChangesAfter(snap.year, asOf);
    at = deepFreeze({ rows: evaluate(snap.tasks, asOf, snap.settings), planChanged: planChangedAfter(changes, asOf) });
    if (byDate.size >= 64) byDate.clear(); // dates asked of one version: a few; a crawler's many do not pile up
    byDate.set(asOf, at);
  }
  return at;
}

/**
 * A year's task plan changes made after the day `asOf` — after it ends in China, 16:00 UTC (one
 * statement; plan edits are few, capped all the same).
 */
async function planChangesAfter(year: number, asOf: IsoDate): Promise<{ at: string; taskNumber: number; removed: boolean }[]> {
  // A removed task's row has lost its task link; its year and number are in what the row kept.
  const actions = Prisma.join([...TASK_PLAN_CHANGES]);
  const after = chinaDayStart(addDays(asOf, 1));
  // PostgreSQL: quoted names, the JSON read with ->>. SQLite: the time compared as the text Prisma
  // writes ('…T16:00:00.000+00:00'; one SQLite's clock wrote, '… 16:00:00', with its space made a T),
  // and read back as text (COALESCE) so a time without an offset is UTC.
  const rows = await (databaseKind() === 'postgres'
    ? prisma.$queryRaw<{ at: Date; number: number; action: string }[]>`
    SELECT a."at" AS at, COALESCE(t.number, CAST(CAST(a."before" AS json)->>'number' AS INTEGER)) AS number, a.action AS action
    FROM "AuditEvent" a LEFT JOIN "Task" t ON t.id = a."taskId"
    WHERE a.action IN (${actions}) AND a."at" >= ${after}
      AND (t."planYearId" = (SELECT id FROM "PlanYear" WHERE year = ${year}) OR (a.action = 'plan.task_removed' AND CAST(CAST(a."before" AS json)->>'year' AS INTEGER) = ${year}))
    ORDER BY a."at" LIMIT 500`
    : prisma.$queryRaw<{ at: string; number: number; action: string }[]>`
    SELECT COALESCE(a.at, a.at) AS at, COALESCE(t.number, json_extract(a.before, '$.number')) AS number, a.action AS action
    FROM AuditEvent a LEFT JOIN Task t ON t.id = a.taskId
    WHERE a.action IN (${actions}) AND replace(a.at, ' ', 'T') >= ${after.toISOString().replace('Z', '+00:00')}
      AND (t.planYearId = (SELECT id FROM PlanYear WHERE year = ${year}) OR (a.action = 'plan.task_removed' AND json_extract(a.before, '$.year') = ${year}))
    ORDER BY a.at LIMIT 500`);
  return rows.map((r) => ({ at: storedInstant(r.at).toISOString(), taskNumber: Number(r.number), removed: r.action === 'plan.task_removed' }));
}

/**
 * Open 督办 notices per task number (or those in `statuses`: not closed, for 滞后未督办), for signed-in
 * users (notices are not public): one grouped query; an empty map for visitors.
 */
export async function getOpenNoticeCounts(taskIds: number[], numberOf: Map<number, number>, statuses: readonly NoticeStatus[] = OPEN_STATUSES): Promise<Map<number, number>> {
  const actor = await getSession();
  if (!can(actor, 'view_pending') || taskIds.length === 0) return new Map();
  const rows = await prisma.supervisionNotice.groupBy({ by: ['taskId'], where: { status: { in: [...statuses] }, taskId: { in: taskIds } }, _count: { _all: true } });
  return new Map(rows.map((r) => [numberOf.get(r.taskId)!, r._count._all]));
}

/**
 * The open-notice badges of an evaluated plan; none on a dashboard shown as published (notices are
 * live data). Counted once per snapshot for those who may see notices (every notice moves the data
 * version); the right is checked first, as what is kept is shared.
 */
export async function openNoticesOf(plan: { snap: PlanSnapshot; published: PublishedView | null }): Promise<Map<number, number>> {
  if (plan.published || !can(await getSession(), 'view_pending')) return new Map();
  const { tasks } = plan.snap;
  return keptWith(plan.snap, 'open notices', () => getOpenNoticeCounts(tasks.map((t) => t.id), new Map(tasks.map((t) => [t.id, t.number]))));
}
