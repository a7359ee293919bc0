// The one rule for a milestone's state at an as-of date, used by the checklist, the war map, the
// status engine, the leadership summary and 我的任务: a milestone reached *after* the as-of date
// is still open at that date.
import { addDays, daysBetween, type IsoDate } from './dates';

export type MilestoneState = 'reached' | 'overdue' | 'due_soon' | 'open';
type Dated = { dueDate: IsoDate; reachedOn: IsoDate | null };

export const isReachedAt = (m: Dated, asOf: IsoDate): boolean => m.reachedOn !== null && m.reachedOn <= asOf;

/**
 * reached — reached on or before asOf; overdue — due before asOf and not reached by then;
 * due_soon — due within `dueSoonDays` from asOf (inclusive) and not reached; open — later.
 */
export function milestoneState(m: Dated, asOf: IsoDate, dueSoonDays = 0): MilestoneState {
  if (isReachedAt(m, asOf)) return 'reached';
  if (m.dueDate < asOf) return 'overdue';
  return daysBetween(asOf, m.dueDate) <= dueSoonDays ? 'due_soon' : 'open';
}

/** Milestones not reached at asOf and due from asOf to asOf + days (inclusive), earliest first. */
export function dueWithin<M extends Dated>(milestones: M[], asOf: IsoDate, days: number): (M & { daysLeft: number })[] {
  const until = addDays(asOf, days);
  return milestones
    .filter((m) => !isReachedAt(m, asOf) && m.dueDate >= asOf && m.dueDate <= until)
    .map((m) => ({ ...m, daysLeft: daysBetween(asOf, m.dueDate) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Plan steps due after the task's deadline (the report's own inconsistency, kept visible). */
export const stepsAfterDeadline = <M extends { dueDate: IsoDate }>(milestones: M[], deadline: IsoDate): M[] => milestones.filter((m) => m.dueDate > deadline);

/** 我的任务 and the leadership summary list milestones due within this many days. */
export const DUE_WINDOW_DAYS = 30;

/** Milestones of every task (of 我的任务 or the 驾驶舱) not reached at asOf and due within `days`, earliest first. */
export function milestonesDueSoon<M extends Dated>(rows: { task: { number: number; milestones: M[] } }[], asOf: IsoDate, days: number) {
  return rows
    .flatMap((r) => dueWithin(r.task.milestones, asOf, days).map((m) => ({ taskNumber: r.task.number, ...m })))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskNumber - b.taskNumber);
}
