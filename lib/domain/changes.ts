// 较上期变化: how the year's tasks moved between two dates — which changed status and which way, and
// which had new progress approved in between — for the weekly and monthly 调度 a 驾驶舱 is read for.
// Both ends are the engine's status at that date (the one truth every screen shows at it), so a
// task's "before" is what the dashboards show with 统计截至 set to the comparison date.
import { addDays, isIsoDate, yearStart, type IsoDate } from './dates';
import type { OverviewTask, TaskRow } from './overview';
import type { Status } from './status';

/** The days before the as-of date a comparison looks back when none is chosen: one week. */
export const DEFAULT_COMPARE_DAYS = 7;

/**
 * How a task's status moved: `completed` (to 已完成), `worse` (to a graver status: 正常推进 → 存在风险 →
 * 进度滞后), `better` (to a milder one, not completed), `reopened` (已完成 then, not now: a completion
 * date corrected later).
 */
export type Movement = 'worse' | 'completed' | 'better' | 'reopened';
export const MOVEMENT_ORDER: Movement[] = ['worse', 'reopened', 'completed', 'better'];

const GRAVITY: Record<Exclude<Status, 'completed'>, number> = { on_track: 0, at_risk: 1, lagging: 2 };

export function movement(from: Status, to: Status): Movement | null {
  if (from === to) return null;
  if (to === 'completed') return 'completed';
  if (from === 'completed') return 'reopened';
  return GRAVITY[to] > GRAVITY[from] ? 'worse' : 'better';
}

export type StatusChange<T extends OverviewTask = OverviewTask> = { row: TaskRow<T>; from: Status; to: Status; movement: Movement };

export type Comparison<T extends OverviewTask = OverviewTask> = {
  since: IsoDate;
  /** The tasks whose status moved, graver moves first (to 进度滞后 before 存在风险), then by task number. */
  changes: StatusChange<T>[];
  counts: Record<Movement, number>;
  /** Tasks evaluated at both dates whose status did not move. */
  unchanged: number;
  /** Tasks with a progress report dated after `since` and by the as-of date (as evaluated: approved ones). */
  reported: number;
  /** The tasks compared (a task of the plan now that is in both evaluations). */
  tasks: number;
};

/**
 * Compares the same plan evaluated at `since` (before) and at the as-of date (after), task by task (by
 * number: every date is evaluated with the plan as it is, so a task is in both).
 */
export function compareStatuses<T extends OverviewTask>(before: TaskRow<T>[], after: TaskRow<T>[], since: IsoDate): Comparison<T> {
  const then = new Map(before.map((r) => [r.task.number, r.status.status]));
  const changes: StatusChange<T>[] = [];
  let tasks = 0;
  let reported = 0;
  for (const row of after) {
    const from = then.get(row.task.number);
    if (from === undefined) continue;
    tasks++;
    if (row.status.lastUpdate !== null && row.status.lastUpdate > since) reported++;
    const m = movement(from, row.status.status);
    if (m) changes.push({ row, from, to: row.status.status, movement: m });
  }
  const rank = (c: StatusChange<T>) => MOVEMENT_ORDER.indexOf(c.movement) * 10 + (c.movement === 'worse' ? 2 - GRAVITY[c.to as keyof typeof GRAVITY] : 0);
  changes.sort((a, b) => rank(a) - rank(b) || a.row.task.number - b.row.task.number);
  const counts = Object.fromEntries(MOVEMENT_ORDER.map((m) => [m, changes.filter((c) => c.movement === m).length])) as Record<Movement, number>;
  return { since, changes, counts, unchanged: tasks - changes.length, reported, tasks };
}

export type SinceError = 'invalid' | 'not_before' | 'before_year';
export type SinceChoice = { since: IsoDate; error: null } | { since: null; error: SinceError | null };

/**
 * The comparison date asked for (`param`, YYYY-MM-DD), or one week before the as-of date when none is:
 * a day of the plan's year before the as-of date. None when the as-of date is the year's first day (there
 * is nothing before it to compare with). A date asked for that is not such a day says why.
 */
export function chooseSince(param: string | undefined, asOf: IsoDate, year: number): SinceChoice {
  const first = `${year}-01-01`;
  if (param === undefined || param === '') {
    if (asOf <= first) return { since: null, error: null };
    const week = addDays(asOf, -DEFAULT_COMPARE_DAYS);
    return { since: week < first ? first : week, error: null };
  }
  if (!isIsoDate(param)) return { since: null, error: 'invalid' };
  if (param >= asOf) return { since: null, error: 'not_before' };
  if (param < first) return { since: null, error: 'before_year' };
  return { since: param, error: null };
}

export type SinceShortcut = 'week' | 'month' | 'year';

/**
 * The comparison dates a 调度 usually asks for, each a day of the plan year before the as-of date: one week
 * back, the end of the month before, the year's first day — each once (the first name a date has wins).
 */
export function sinceShortcuts(asOf: IsoDate, year: number): { key: SinceShortcut; since: IsoDate }[] {
  const first = yearStart(year);
  const candidates: { key: SinceShortcut; since: IsoDate }[] = [
    { key: 'week', since: addDays(asOf, -DEFAULT_COMPARE_DAYS) },
    { key: 'month', since: addDays(`${asOf.slice(0, 7)}-01`, -1) },
    { key: 'year', since: first },
  ];
  const seen = new Set<IsoDate>();
  return candidates.filter((c) => c.since >= first && c.since < asOf && !seen.has(c.since) && seen.add(c.since));
}
