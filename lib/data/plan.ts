// Server-only reads of a plan year: one snapshot (a fixed handful of queries whatever the number
// of tasks) that every dashboard screen derives its figures from.
import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/prisma';
import { env, today } from '@/lib/env';
import { deepFreeze } from './freeze';
import { defaultDate, parseAsOfParam, toIsoDate, yearEnd, yearStart, type AsOfReason, type IsoDate } from '@/lib/domain/dates';
import { resolveSettings, type StatusSettings } from '@/lib/domain/settings';
import type { TaskInput, UnitRef } from '@/lib/domain/types';
import { defaultYear, visibleYears, type PlanYearRef, type PlanYearStatus } from '@/lib/domain/plan-years';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import type { Category } from '@/lib/domain/types';

export type { UnitRef };

export type MilestoneView = TaskInput['milestones'][number] & { id: number };
export type TaskView = TaskInput & {
  id: number;
  projectNumber: number;
  content: string;
  h1Progress: string;
  h2Plan: string;
  /** The plan table's 备注 ('' when none). */
  note: string;
  /** The plan table's 牵头区领导, names joined with 、 ('' when it names none). */
  leadOfficial: string;
  reportClass: 'COMPLETED' | 'GOOD' | 'LAGGING' | 'PLANNED' | null;
  version: number;
  units: UnitRef[];
  milestones: MilestoneView[];
};

export type ProjectView = { number: number; numeral: string; title: string; category: Category; taskNumbers: number[] };

export type PlanSnapshot = {
  year: number;
  title: string;
  /** 草稿 / 执行中 / 已归档 (absent in snapshots published before plan years had a status). */
  status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  latestUpdate: IsoDate | null;
  units: UnitRef[];
  projects: ProjectView[];
  tasks: TaskView[];
  settings: StatusSettings;
};

const iso = (d: Date | null): IsoDate | null => (d ? toIsoDate(d) : null);

/** A plan year as the year switch shows it: with the date of its latest approved report (null: 未开始报送). */
export type PlanYearChoice = PlanYearRef & { latestReport: IsoDate | null };

/** The plan years the caller may see, newest first (drafts for plan editors only), each with its latest approved report's date. */
export const getPlanYears = cache(async (): Promise<PlanYearChoice[]> => {
  const [rows, actor] = await Promise.all([
    // The years and the data version in one statement: the latest report dates below are kept per version.
    prisma.$queryRaw<{ year: number | bigint; title: string; status: PlanYearStatus; version: number | bigint | null }[]>`
      SELECT p."year" AS "year", p."title" AS "title", p."status" AS "status", (SELECT "version" FROM "DataVersion" WHERE "id" = 1) AS "version"
      FROM "PlanYear" p ORDER BY p."year" DESC`,
    getSession(),
  ]);
  const years = rows.map((r) => ({ year: Number(r.year), title: r.title, status: r.status }));
  const latestOf = await latestReports(rows[0]?.version == null ? null : Number(rows[0].version));
  return visibleYears(years, can(actor, 'edit_plan')).map((y) => ({ ...y, latestReport: latestOf.get(y.year) ?? null }));
});

/**
 * Each plan year's latest approved report date: one grouped statement over every update (it grows
 * with the whole database, so a seed-sized page on a big one paid for it on every request); kept per
 * database and data version like the snapshots below, so a write by any process is seen at once.
 */
async function latestReports(version: number | null): Promise<Map<number, IsoDate>> {
  const hit = latestByVersion.get(env.DATABASE_URL);
  if (hit && version !== null && hit.version === version) return hit.latest;
  const rows = await prisma.$queryRaw<{ year: number | bigint; latest: string | number | Date }[]>`
    SELECT p."year" AS year, MAX(u."asOf") AS latest
    FROM "ProgressUpdate" u JOIN "Task" t ON t.id = u."taskId" JOIN "PlanYear" p ON p.id = t."planYearId"
    WHERE u.status = 'APPROVED' GROUP BY p."year"`;
  const latest = new Map(rows.map((r) => [Number(r.year), toIsoDate(new Date(r.latest))]));
  if (version !== null) latestByVersion.set(env.DATABASE_URL, { version, latest });
  return latest;
}
const latestByVersion = new Map<string, { version: number; latest: Map<number, IsoDate> }>();

/** A plan year with everything the engine evaluates; null when there is none or the caller may not see it (a draft). */
export const getPlanSnapshot = cache(async (year: number): Promise<PlanSnapshot | null> => {
  // The year and the data version in one statement, before any data is read: a snapshot cached
  // under a version is never older than it.
  const [plan] = await prisma.$queryRaw<{ id: number; year: number; title: string; status: PlanYearStatus; version: number | null }[]>`
    SELECT p."id" AS "id", p."year" AS "year", p."title" AS "title", p."status" AS "status", (SELECT "version" FROM "DataVersion" WHERE "id" = 1) AS "version"
    FROM "PlanYear" p WHERE p."year" = ${year}`;
  if (!plan || (plan.status === 'DRAFT' && !can(await getSession(), 'edit_plan'))) return null;
  const key = `${env.DATABASE_URL}#${year}`;
  const version = plan.version === null ? null : Number(plan.version);
  const hit = snapshots.get(key);
  if (hit && version !== null && hit.version === version) return hit.snap;
  const snap = deepFreeze(await loadSnapshot({ id: Number(plan.id), year: Number(plan.year), title: plan.title, status: plan.status }));
  if (version !== null) snapshots.set(key, { version, snap });
  return snap;
});

/**
 * Snapshots already read, per database and year, with the data version they were read at. The
 * version is the database's (raised by triggers on every write to what a snapshot holds), so a write
 * by any process is seen at the next request; a snapshot is frozen, so no screen can change it for
 * the next one.
 */
const snapshots = new Map<string, { version: number; snap: PlanSnapshot }>();

/** Forgets every cached snapshot (tests that count the statements of a cold read). */
export function forgetPlanSnapshots(): void {
  snapshots.clear();
  latestByVersion.clear();
}

async function loadSnapshot(plan: { id: number; year: number; title: string; status: PlanYearStatus }): Promise<PlanSnapshot> {
  const year = plan.year;
  const [units, projects, tasks, values, updates, settings] = await Promise.all([
    prisma.unit.findMany({ select: { id: true, code: true, name: true }, orderBy: { sortKey: 'asc' } }),
    prisma.project.findMany({
      where: { planYearId: plan.id },
      select: { number: true, numeral: true, title: true, category: true },
      orderBy: { number: 'asc' },
    }),
    prisma.task.findMany({
      where: { planYearId: plan.id },
      orderBy: { number: 'asc' },
      select: {
        id: true, number: true, content: true, deadlineMonth: true, h1Progress: true, h2Plan: true, note: true, leadOfficial: true, reportClass: true,
        completedOn: true, version: true,
        project: { select: { number: true } },
        units: { select: { unit: { select: { id: true, code: true, name: true } } }, orderBy: { ord: 'asc' } },
        items: { select: { id: true, key: true, name: true, completedOn: true }, orderBy: { ord: 'asc' } },
        indicators: {
          select: { id: true, key: true, name: true, unitOfMeasure: true, isPercent: true, direction: true, target: true, accrual: true, note: true, mismatch: true },
          orderBy: { ord: 'asc' },
        },
        milestones: {
          select: {
            id: true, key: true, periodLabel: true, dueDate: true, text: true, cumulativeTarget: true, reachedOn: true, indicator: { select: { key: true } },
            alsoTargets: { select: { cumulativeTarget: true, indicatorId: true } },
          },
          orderBy: [{ dueDate: 'asc' }, { ord: 'asc' }],
        },
        problems: {
          select: { kind: true, text: true, blocking: true, raisedOn: true, resolvedOn: true, items: { select: { itemId: true } } },
          orderBy: { raisedOn: 'asc' },
        },
      },
    }),
    prisma.indicatorValue.findMany({
      where: { update: { status: 'APPROVED', task: { planYearId: plan.id } } },
      select: { indicatorId: true, value: true, asOf: true, note: true, approx: true },
      orderBy: { id: 'asc' }, // on one date the later approval wins
    }),
    prisma.progressUpdate.findMany({
      where: { status: 'APPROVED', task: { planYearId: plan.id } },
      select: { taskId: true, asOf: true },
    }),
    prisma.setting.findMany(),
  ]);

  const valuesByIndicator = new Map<number, { value: number; asOf: IsoDate; note: string | null; approx: boolean }[]>();
  for (const v of values) {
    const list = valuesByIndicator.get(v.indicatorId) ?? [];
    list.push({ value: v.value, asOf: toIsoDate(v.asOf), note: v.note, approx: v.approx });
    valuesByIndicator.set(v.indicatorId, list);
  }
  const updatesByTask = new Map<number, IsoDate[]>();
  for (const u of updates) updatesByTask.set(u.taskId, [...(updatesByTask.get(u.taskId) ?? []), toIsoDate(u.asOf)]);

  const taskViews: TaskView[] = tasks.map((t) => ({
    id: t.id,
    number: t.number,
    planYear: plan.year,
    projectNumber: t.project.number,
    content: t.content,
    h1Progress: t.h1Progress,
    h2Plan: t.h2Plan,
    note: t.note,
    leadOfficial: t.leadOfficial,
    reportClass: t.reportClass,
    version: t.version,
    deadlineMonth: t.deadlineMonth,
    completedOn: iso(t.completedOn),
    units: t.units.map((u) => u.unit),
    items: t.items.map((i) => ({ key: i.key, name: i.name, completedOn: iso(i.completedOn) })),
    indicators: t.indicators.map((i) => ({ ...i, values: valuesByIndicator.get(i.id) ?? [] })),
    milestones: t.milestones.map((m) => ({
      id: m.id, key: m.key, periodLabel: m.periodLabel, dueDate: toIsoDate(m.dueDate), text: m.text,
      indicatorKey: m.indicator?.key ?? null, cumulativeTarget: m.cumulativeTarget, reachedOn: iso(m.reachedOn),
      alsoTargets: m.alsoTargets.map((x) => ({ indicatorKey: t.indicators.find((i) => i.id === x.indicatorId)?.key ?? '', value: x.cumulativeTarget })),
    })),
    problems: t.problems.map((p) => ({
      // Named in the task's own order of sub-items (the items are already loaded: no extra query).
      kind: p.kind, text: p.text, blocking: p.blocking, itemNames: t.items.filter((i) => p.items.some((x) => x.itemId === i.id)).map((i) => i.name),
      raisedOn: toIsoDate(p.raisedOn), resolvedOn: iso(p.resolvedOn),
    })),
    updateDates: updatesByTask.get(t.id) ?? [],
  }));

  const allUpdates = updates.map((u) => toIsoDate(u.asOf)).filter((d) => d >= yearStart(year) && d <= yearEnd(year)).sort();
  return {
    year: plan.year,
    title: plan.title,
    status: plan.status,
    latestUpdate: allUpdates.at(-1) ?? null,
    units: units,
    projects: projects.map((p) => ({ ...p, taskNumbers: taskViews.filter((t) => t.projectNumber === p.number).map((t) => t.number) })),
    tasks: taskViews,
    settings: resolveSettings(settings),
  };
}

/** The plan year a screen shows: the one asked for when the caller may see it, else the default year (lib/domain/plan-years.ts). */
export async function resolveYear(param: string | undefined, loaded?: PlanYearChoice[]): Promise<number | null> {
  const years = loaded ?? (await getPlanYears());
  const asked = Number(param);
  if (param && years.some((y) => y.year === asked)) return asked;
  return defaultYear(years, today());
}

/**
 * The as-of date: `?asOf=` when it is a valid date inside the plan year, else the plan year's
 * default (lib/domain/README.md) — so switching years never evaluates one year at another year's date.
 */
export function resolveAsOf(param: string | undefined, snap: Pick<PlanSnapshot, 'year' | 'latestUpdate'>): { asOf: IsoDate; isDefault: boolean; defaultAsOf: IsoDate; reason: AsOfReason } {
  const fallback = defaultDate(snap.year, today(), snap.latestUpdate);
  const asked = parseAsOfParam(param, snap.year);
  const isDefault = asked === null || asked === fallback.date;
  return { asOf: asked ?? fallback.date, isDefault, defaultAsOf: fallback.date, reason: isDefault ? fallback.reason : 'chosen' };
}

/** The plan a snapshot was evaluated from, with its date: the dashboards' "as published" view. */
export const getPublishedPlan = cache(async (id: number): Promise<{ id: number; title: string; publishedAt: string; asOf: string; kind: 'H1' | 'FY' | 'DATE'; plan: PlanSnapshot } | null> => {
  if (!can(await getSession(), 'view_reports')) return null;
  const row = await prisma.reportSnapshot.findUnique({ where: { id }, select: { id: true, title: true, publishedAt: true, asOf: true, periodKind: true, plan: true } });
  return row ? { id: row.id, title: row.title, publishedAt: row.publishedAt.toISOString(), asOf: toIsoDate(row.asOf), kind: row.periodKind as 'H1' | 'FY' | 'DATE', plan: JSON.parse(row.plan) as PlanSnapshot } : null;
});

/** The deployment's thresholds, weights and limits (the Setting table over the defaults). */
export const getSettings = async (): Promise<StatusSettings> => resolveSettings(await prisma.setting.findMany());
