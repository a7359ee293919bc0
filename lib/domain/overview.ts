// Plan-wide figures for the overview: statuses of every task, roll-ups per project and unit,
// the alert list and the filters. Pure: takes what lib/data reads, returns plain data.
import type { IsoDate } from './dates';
import { rollUp } from './progress';
import type { StatusSettings } from './settings';
import { countByStatus, taskStatus, worstStatus, type Status, type TaskStatus } from './status';
import type { TaskInput } from './types';

type UnitRef = { code: string; name: string };
export type OverviewTask = TaskInput & { projectNumber: number; content: string; units: UnitRef[] };
export type OverviewProject = { number: number; numeral: string; title: string; category: 'ENGINEERING' | 'SERVICE' };

export type TaskRow<T extends OverviewTask = OverviewTask> = { task: T; status: TaskStatus };

export type Filters = { status?: Status; unit?: string; category?: 'ENGINEERING' | 'SERVICE'; q?: string };

export function evaluate<T extends OverviewTask>(tasks: T[], asOf: IsoDate, settings: StatusSettings): TaskRow<T>[] {
  return tasks.map((task) => ({ task, status: taskStatus(task, asOf, settings) }));
}

export function matches(row: TaskRow, project: OverviewProject | undefined, f: Filters): boolean {
  if (f.status && row.status.status !== f.status) return false;
  if (f.unit && !row.task.units.some((u) => u.code === f.unit)) return false;
  if (f.category && project?.category !== f.category) return false;
  if (f.q) {
    const q = f.q.trim().toLowerCase();
    const hay = [row.task.content, project?.title ?? '', ...row.task.units.map((u) => u.name), `任务${row.task.number}`].join(' ').toLowerCase();
    if (q && !hay.includes(q)) return false;
  }
  return true;
}

/** Lagging tasks first, then at-risk ones; within each, by task number. */
export function alerts<T extends OverviewTask>(rows: TaskRow<T>[]): TaskRow<T>[] {
  const rank = (s: Status) => (s === 'lagging' ? 0 : 1);
  return rows
    .filter((r) => r.status.status === 'lagging' || r.status.status === 'at_risk')
    .sort((a, b) => rank(a.status.status) - rank(b.status.status) || a.task.number - b.task.number);
}

export function projectSummaries<T extends OverviewTask>(projects: OverviewProject[], rows: TaskRow<T>[]) {
  return projects.map((p) => {
    const own = rows.filter((r) => r.task.projectNumber === p.number);
    return {
      project: p,
      rows: own,
      status: worstStatus(own.map((r) => r.status.status)),
      ...rollUp(own.map((r) => r.status.progress)),
    };
  });
}

export function unitSummaries(units: UnitRef[], rows: TaskRow[]) {
  return units.map((u) => {
    const own = rows.filter((r) => r.task.units.some((x) => x.code === u.code));
    const counts = countByStatus(own.map((r) => r.status.status));
    const last = own.map((r) => r.status.lastUpdate).filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
    return { unit: u, tasks: own.length, lagging: counts.lagging, atRisk: counts.at_risk, lastUpdate: last };
  });
}

export { countByStatus };
