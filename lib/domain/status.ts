// The status engine: completed / lagging (red) / at risk (amber) / on track (green) per task at an
// as-of date, with every reason as data (kind + numbers) so the UI can say why in words.
import { daysBetween, monthEnd, type IsoDate } from './dates';
import { milestoneState } from './milestones';
import { isOpenAt } from './problems';
import { isTaskCompleted, taskProgress, type TaskProgress } from './progress';
import type { StatusSettings } from './settings';
import type { ProblemKind, TaskInput } from './types';

export type Status = 'completed' | 'lagging' | 'at_risk' | 'on_track';
export const STATUS_ORDER: Status[] = ['lagging', 'at_risk', 'on_track', 'completed'];

export type Reason =
  | { kind: 'blocking_problem'; problemKind: ProblemKind; text: string; itemNames: string[]; since: IsoDate }
  | { kind: 'milestone_overdue'; periodLabel: string; text: string; dueDate: IsoDate; daysOverdue: number }
  | { kind: 'deadline_passed'; deadline: IsoDate; daysOver: number }
  | { kind: 'behind'; indicator: string; unitOfMeasure: string; isPercent: boolean; actual: number; expected: number; target: number; gapPts: number }
  | { kind: 'milestone_due_soon'; periodLabel: string; text: string; dueDate: IsoDate; daysLeft: number; daysSinceUpdate: number | null }
  | { kind: 'open_problem'; problemKind: ProblemKind; text: string; itemNames: string[] };

export type Severity = 'red' | 'amber' | 'info';
export type SeverityReason = Reason & { severity: Severity };

export type ItemStatus = { key: string; name: string; status: Status; reasons: SeverityReason[] };

export type TaskStatus = {
  status: Status;
  reasons: SeverityReason[];
  /** Sub-items: completed when done by the as-of date, lagging with an open blocking problem of their own. */
  items: ItemStatus[];
  progress: TaskProgress;
  deadline: IsoDate;
  /** Days from the as-of date to the deadline (negative once passed): 倒排工期. */
  daysLeft: number;
  lastUpdate: IsoDate | null;
  daysSinceUpdate: number | null;
  stale: boolean;
};

export function taskStatus(task: TaskInput, asOf: IsoDate, settings: StatusSettings): TaskStatus {
  const deadline = monthEnd(task.deadlineMonth);
  const progress = taskProgress(task, asOf);
  const pastUpdates = task.updateDates.filter((d) => d <= asOf).sort();
  const lastUpdate = pastUpdates.at(-1) ?? null;
  const daysSinceUpdate = lastUpdate ? daysBetween(lastUpdate, asOf) : null;
  const stale = daysSinceUpdate === null || daysSinceUpdate > settings.staleDays;
  const items: ItemStatus[] = task.items.map((i) => {
    if (i.completedOn !== null && i.completedOn <= asOf) return { key: i.key, name: i.name, status: 'completed', reasons: [] };
    const blocking: SeverityReason[] = task.problems
      .filter((p) => p.blocking && p.itemNames.includes(i.name) && isOpenAt(p, asOf))
      .map((p) => ({ kind: 'blocking_problem', problemKind: p.kind, text: p.text, itemNames: p.itemNames, since: p.raisedOn, severity: 'red' }));
    return { key: i.key, name: i.name, status: blocking.length ? 'lagging' : 'on_track', reasons: blocking };
  });
  const base = { progress, deadline, daysLeft: daysBetween(asOf, deadline), lastUpdate, daysSinceUpdate, stale, items };

  if (isTaskCompleted(task, asOf)) return { ...base, status: 'completed', reasons: [] };

  const reasons: SeverityReason[] = [];
  for (const p of task.problems) {
    if (!isOpenAt(p, asOf)) continue;
    const common = { problemKind: p.kind, text: p.text, itemNames: p.itemNames };
    reasons.push(
      p.blocking ? { kind: 'blocking_problem', ...common, since: p.raisedOn, severity: 'red' } : { kind: 'open_problem', ...common, severity: 'info' },
    );
  }
  for (const m of [...task.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate))) {
    const state = milestoneState(m, asOf, settings.dueSoonDays);
    const common = { periodLabel: m.periodLabel, text: m.text, dueDate: m.dueDate };
    if (state === 'overdue') reasons.push({ kind: 'milestone_overdue', ...common, daysOverdue: daysBetween(m.dueDate, asOf), severity: 'red' });
    else if (state === 'due_soon' && stale) {
      reasons.push({ kind: 'milestone_due_soon', ...common, daysLeft: daysBetween(asOf, m.dueDate), daysSinceUpdate, severity: 'amber' });
    }
  }
  if (deadline < asOf) reasons.push({ kind: 'deadline_passed', deadline, daysOver: daysBetween(deadline, asOf), severity: 'red' });
  for (const ip of progress.indicators) {
    if (ip.gapPts === null || ip.gapPts < settings.amberGapPts || !ip.actual || ip.target === null || ip.expected === null) continue;
    reasons.push({
      kind: 'behind',
      indicator: ip.name,
      unitOfMeasure: ip.unitOfMeasure,
      isPercent: ip.isPercent,
      actual: ip.actual.value,
      expected: ip.expected,
      target: ip.target,
      gapPts: ip.gapPts,
      severity: ip.gapPts > settings.redGapPts ? 'red' : 'amber',
    });
  }
  // Most severe first; among equals, what a supervisor acts on first: a blocking problem, the
  // deadline, overdue milestones (earliest first), then figures behind.
  const rank: Record<Severity, number> = { red: 0, amber: 1, info: 2 };
  const kindRank: Record<Reason['kind'], number> = {
    blocking_problem: 0,
    deadline_passed: 1,
    milestone_overdue: 2,
    behind: 3,
    milestone_due_soon: 4,
    open_problem: 5,
  };
  reasons.sort((a, b) => rank[a.severity] - rank[b.severity] || kindRank[a.kind] - kindRank[b.kind]);
  const status: Status = reasons.some((r) => r.severity === 'red') ? 'lagging' : reasons.some((r) => r.severity === 'amber') ? 'at_risk' : 'on_track';
  return { ...base, status, reasons };
}

/** Days a reason says something is overdue (an overdue milestone, the deadline passed), else 0. */
const overdueDaysOf = (r: Reason): number => (r.kind === 'milestone_overdue' ? r.daysOverdue : r.kind === 'deadline_passed' ? r.daysOver : 0);

/**
 * The most overdue of a task's reasons, with its days — the one "逾期N天" a screen shows next to a
 * task, so the figure and the sentence beside it are the same reason. Null when nothing is overdue.
 */
export function mostOverdue(s: Pick<TaskStatus, 'reasons'>): { days: number; reason: SeverityReason } | null {
  let best: { days: number; reason: SeverityReason } | null = null;
  for (const r of s.reasons) {
    const days = overdueDaysOf(r);
    if (days > 0 && (!best || days > best.days)) best = { days, reason: r };
  }
  return best;
}

/** Whether a status calls for attention (进度滞后 or 存在风险): what the alerts list and where a task's reasons are shown as its warning. */
export const needsAttention = (s: Status): boolean => s === 'lagging' || s === 'at_risk';

/** Worst status first: a project or unit shows the worst of its tasks unless all are completed. */
export function worstStatus(statuses: Status[]): Status | null {
  for (const s of STATUS_ORDER) if (statuses.includes(s)) return s;
  return null;
}

export function countByStatus(statuses: Status[]): Record<Status, number> {
  const out: Record<Status, number> = { lagging: 0, at_risk: 0, on_track: 0, completed: 0 };
  for (const s of statuses) out[s] += 1;
  return out;
}
