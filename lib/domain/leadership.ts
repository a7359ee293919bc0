// Figures of the leadership summary (领导驾驶舱): the headline and overall progress over time.
// Unit figures live in ./overview (`unitSummaries`), milestones due soon in ./milestones; both are
// shared with other screens.
import type { IsoDate } from './dates';
import { round1OrNull } from './numbers';
import type { OverviewTask, TaskRow } from './overview';
import { rollUp, taskProgress, type RollUp } from './progress';
import { countByStatus, mostOverdue, type Status } from './status';

/**
 * The lagging tasks as the 驾驶舱 lists them: the most days overdue first (its most overdue step or
 * deadline), then those lagging for another reason (a blocking problem, behind plan), each by number.
 */
export function laggingMostOverdueFirst<T extends OverviewTask>(rows: TaskRow<T>[]): TaskRow<T>[] {
  const days = (r: TaskRow<T>) => mostOverdue(r.status)?.days ?? 0;
  return rows.filter((r) => r.status.status === 'lagging').sort((a, b) => days(b) - days(a) || a.task.number - b.task.number);
}

/** Overall progress at each reporting date up to asOf (at most `max` points): actual over the tasks with a figure, and actual vs expected over the tasks that have both. */
export function progressOverTime(tasks: OverviewTask[], asOf: IsoDate, max = 200) {
  const dates = [
    ...new Set(
      tasks
        .flatMap((t) => t.updateDates)
        .filter((d) => d <= asOf)
        .concat(asOf),
    ),
  ]
    .sort()
    .slice(-max);
  return dates.map((date) => {
    const r = rollUp(tasks.map((t) => taskProgress(t, date)));
    return {
      date,
      actualPct: round1OrNull(r.actualPct),
      pairedActualPct: round1OrNull(r.paired?.actualPct ?? null),
      expectedPct: round1OrNull(r.paired?.expectedPct ?? null),
    };
  });
}

/** Where the district stands, as data for one headline sentence. */
export type Headline = { tasks: number; counts: Record<Status, number>; overall: RollUp };

export function headline(rows: TaskRow[]): Headline {
  return {
    tasks: rows.length,
    counts: countByStatus(rows.map((r) => r.status.status)),
    overall: rollUp(rows.map((r) => r.status.progress)),
  };
}
