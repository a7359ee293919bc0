// Figures of the leadership summary (领导驾驶舱): per-unit reporting, milestones due soon,
// overall progress over time.
import { addDays, daysBetween, type IsoDate } from './dates';
import type { TaskRow, OverviewTask } from './overview';
import { rollUp, taskProgress } from './progress';

type UnitRef = { code: string; name: string };

/**
 * Per unit: tasks, lagging, overdue milestones, days since its latest report, and the on-time
 * reporting rate = share of its tasks with an approved update within the staleness window.
 */
export function unitReporting(units: UnitRef[], rows: TaskRow[], asOf: IsoDate) {
  return units.map((u) => {
    const own = rows.filter((r) => r.task.units.some((x) => x.code === u.code));
    const last = own.map((r) => r.status.lastUpdate).filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
    const active = own.filter((r) => r.status.status !== 'completed');
    return {
      unit: u,
      tasks: own.length,
      lagging: own.filter((r) => r.status.status === 'lagging').length,
      overdueMilestones: own.reduce((n, r) => n + r.status.reasons.filter((x) => x.kind === 'milestone_overdue').length, 0),
      daysSinceReport: last ? daysBetween(last, asOf) : null,
      onTimeRate: active.length ? active.filter((r) => !r.status.stale).length / active.length : null,
    };
  });
}

export function milestonesDueSoon<T extends OverviewTask>(rows: TaskRow<T>[], asOf: IsoDate, days: number) {
  const until = addDays(asOf, days);
  return rows
    .flatMap((r) => r.task.milestones.filter((m) => (m.reachedOn === null || m.reachedOn > asOf) && m.dueDate >= asOf && m.dueDate <= until).map((m) => ({ taskNumber: r.task.number, ...m, daysLeft: daysBetween(asOf, m.dueDate) })))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskNumber - b.taskNumber);
}

/** Overall progress (mean over tasks with a figure) at each reporting date up to asOf; at most `max` points. */
export function progressOverTime(tasks: OverviewTask[], asOf: IsoDate, max = 200) {
  const dates = [...new Set(tasks.flatMap((t) => t.updateDates).filter((d) => d <= asOf).concat(asOf))].sort().slice(-max);
  return dates.map((date) => {
    const r = rollUp(tasks.map((t) => taskProgress(t, date)));
    return { date, actualPct: r.actualPct === null ? null : Math.round(r.actualPct * 10) / 10, expectedPct: r.expectedPct === null ? null : Math.round(r.expectedPct * 10) / 10 };
  });
}
