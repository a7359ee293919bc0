// Plan-wide figures for the overview: statuses of every task, the composition of each project and
// unit, the alert list and the filters. Pure: takes what lib/data reads, returns plain data.
import { daysBetween, type IsoDate } from './dates';
import { rollUp } from './progress';
import type { StatusSettings } from './settings';
import { pageRows } from './paging';
import { countByStatus, needsAttention, taskStatus, worstStatus, type Status, type TaskStatus } from './status';
import type { TaskInput, UnitRef } from './types';
import type { Category } from './types';
import { leads } from './officials';

export type OverviewTask = TaskInput & {
  projectNumber: number;
  content: string;
  units: UnitRef[];
  /** 牵头区领导 where the plan names one (names joined with 、). */
  leadOfficial?: string;
};
export type OverviewProject = { number: number; numeral: string; title: string; category: Category };

export type TaskRow<T extends OverviewTask = OverviewTask> = { task: T; status: TaskStatus };

/** `official`: a 牵头区领导's name (the tasks the plan names them on, as `leads` reads it). */
export type Filters = { status?: Status; unit?: string; category?: Category; q?: string; official?: string };

export function evaluate<T extends OverviewTask>(tasks: T[], asOf: IsoDate, settings: StatusSettings): TaskRow<T>[] {
  return tasks.map((task) => ({ task, status: taskStatus(task, asOf, settings) }));
}

/** Whether any filter is set (a list then shows part of the year — and its export says so). */
export const anyFilter = (f: Partial<Filters>): boolean => Object.values(f).some(Boolean);

export function matches(row: TaskRow, project: OverviewProject | undefined, f: Filters): boolean {
  if (f.status && row.status.status !== f.status) return false;
  if (f.unit && !row.task.units.some((u) => u.code === f.unit)) return false;
  if (f.category && project?.category !== f.category) return false;
  if (f.official && !leads(row.task, f.official)) return false;
  if (f.q) {
    const q = f.q.trim().toLowerCase();
    const hay = [row.task.content, project?.title ?? '', ...row.task.units.map((u) => u.name), row.task.leadOfficial ?? '', `任务${row.task.number}`]
      .join(' ')
      .toLowerCase();
    if (q && !hay.includes(q)) return false;
  }
  return true;
}

/** Lagging tasks first, then at-risk ones; within each, by task number. */
export function alerts<T extends OverviewTask>(rows: TaskRow<T>[]): TaskRow<T>[] {
  const rank = (s: Status) => (s === 'lagging' ? 0 : 1);
  return rows.filter((r) => needsAttention(r.status.status)).sort((a, b) => rank(a.status.status) - rank(b.status.status) || a.task.number - b.task.number);
}

/**
 * A project is the composition of its tasks' statuses (3项：1已完成·1正常·1滞后): its status is the
 * worst of them (completed only when all are), its figure the mean over the tasks that have one,
 * always with how many that covers.
 */
export function projectSummaries<T extends OverviewTask>(projects: OverviewProject[], rows: TaskRow<T>[]) {
  return projects.map((p) => {
    const own = rows.filter((r) => r.task.projectNumber === p.number);
    return {
      project: p,
      rows: own,
      status: worstStatus(own.map((r) => r.status.status)),
      counts: countByStatus(own.map((r) => r.status.status)),
      ...rollUp(own.map((r) => r.status.progress)),
    };
  });
}
export type ProjectSummary<T extends OverviewTask = OverviewTask> = ReturnType<typeof projectSummaries<T>>[number];

/**
 * Tasks per page of the overview's project list: the seed's year (19 tasks) and any year of ordinary
 * size fit one; a year of 190 tasks is paged by whole projects (one larger than a page is cut between
 * tasks). A project's header keeps the figures of all its (filtered) tasks on every page.
 */
export const OVERVIEW_PAGE_TASKS = 60;
/** Alerts the overview lists before "show all" (the most urgent first: lagging, then at risk). */
export const ALERTS_SHOWN = 20;

export function overviewPage<T extends OverviewTask>(summaries: ProjectSummary<T>[], page: number, size = OVERVIEW_PAGE_TASKS) {
  const paged = pageRows(
    summaries.flatMap((s) => s.rows),
    size,
    page,
    { group: (r) => r.task.projectNumber },
  );
  const onPage = new Set(paged.items);
  const projects = summaries.map((s) => ({ ...s, rows: s.rows.filter((r) => onPage.has(r)) })).filter((s) => s.rows.length > 0);
  return { projects, page: paged.page, pages: paged.pages, total: paged.total };
}

/** The first `ALERTS_SHOWN` of a list (the overview's alerts, the 驾驶舱's lagging tasks and due steps), or all when asked; with how many there are. */
export function alertsShown<T>(all: T[], showAll: boolean, limit = ALERTS_SHOWN): { shown: T[]; total: number } {
  return { shown: showAll ? all : all.slice(0, limit), total: all.length };
}

/**
 * Per unit: its tasks by status, overdue milestones, its latest approved report, and the on-time
 * reporting rate (按时报送率) = share of its open (not completed) tasks with an approved report
 * within the staleness window; null when it has no open task (nothing to report on).
 */
export function unitSummaries(units: UnitRef[], rows: TaskRow[], asOf: IsoDate) {
  return units.map((u) => {
    const own = rows.filter((r) => r.task.units.some((x) => x.code === u.code));
    const counts = countByStatus(own.map((r) => r.status.status));
    const last =
      own
        .map((r) => r.status.lastUpdate)
        .filter((d): d is IsoDate => d !== null)
        .sort()
        .at(-1) ?? null;
    const open = own.filter((r) => r.status.status !== 'completed');
    return {
      unit: u,
      tasks: own.length,
      lagging: counts.lagging,
      atRisk: counts.at_risk,
      overdueMilestones: own.reduce((n, r) => n + r.status.reasons.filter((x) => x.kind === 'milestone_overdue').length, 0),
      lastUpdate: last,
      daysSinceReport: last ? daysBetween(last, asOf) : null,
      openTasks: open.length,
      onTimeRate: open.length ? open.filter((r) => !r.status.stale).length / open.length : null,
    };
  });
}

export { countByStatus };
