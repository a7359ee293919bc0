// Plan years: 草稿 (draft) → 执行中 (active) → 已归档 (archived). Drafts are seen by supervisors only;
// the dashboards open on the newest active year (else the newest one they may see); archived years
// stay readable and take no more updates. A copied year moves every date by whole years.
import { chinaDay, monthEnd, type IsoDate } from './dates';

export type PlanYearStatus = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
export type PlanYearRef = { year: number; title: string; status: PlanYearStatus };

const NEXT: Record<PlanYearStatus, PlanYearStatus | null> = { DRAFT: 'ACTIVE', ACTIVE: 'ARCHIVED', ARCHIVED: null };

/** The one step a year may take next (草稿 → 执行中 → 已归档), or null. */
export const nextStatus = (s: PlanYearStatus): PlanYearStatus | null => NEXT[s];

/** The years a reader sees, newest first: drafts only for those who may edit plans. */
export function visibleYears<T extends PlanYearRef>(years: T[], seesDrafts: boolean): T[] {
  return years.filter((y) => seesDrafts || y.status !== 'DRAFT').sort((a, b) => b.year - a.year);
}

/**
 * The year a dashboard opens on. Two years may be active at the turn of the year, so it is not
 * simply the newest active one: the (non-draft) year whose period contains today; else the newest
 * one that has an approved report; else the newest active one; else the newest non-draft one; else
 * the newest draft (plan editors only).
 * Activating next year early therefore moves no screen until that year begins or is reported on.
 */
export function defaultYear(years: (PlanYearRef & { latestReport?: IsoDate | null })[], today: IsoDate): number | null {
  const sorted = [...years].sort((a, b) => b.year - a.year);
  const live = sorted.filter((y) => y.status !== 'DRAFT');
  const current = live.find((y) => y.year === Number(today.slice(0, 4)));
  return (current ?? live.find((y) => y.latestReport) ?? live.find((y) => y.status === 'ACTIVE') ?? live[0] ?? sorted[0])?.year ?? null;
}

/** The year a new plan is suggested for: the one after the newest, else next year. */
export const nextPlanYear = (years: { year: number }[], today: IsoDate): number =>
  (years.length ? Math.max(...years.map((y) => y.year)) : Number(today.slice(0, 4))) + 1;

/** Whether progress may be reported on a year's tasks. */
export const takesUpdates = (s: PlanYearStatus): boolean => s === 'ACTIVE';

/** "2023-12" moved by `years` whole years. */
export function shiftMonth(yearMonth: string, years: number): string {
  const [y, m] = yearMonth.split('-');
  return `${Number(y) + years}-${m}`;
}

/**
 * A date moved by whole years. Plan dates are mostly "by the end of" a month (2月底前), so the last
 * day of a month stays the last day (2023-02-28 → 2024-02-29, 2024-02-29 → 2025-02-28); any other
 * day keeps its number.
 */
export function shiftDate(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const ym = (year: number) => `${year}-${String(m).padStart(2, '0')}`;
  return d === Number(monthEnd(ym(y)).slice(8)) ? monthEnd(ym(y + years)) : `${ym(y + years)}-${String(d).padStart(2, '0')}`;
}

/** Audit actions that change a task's plan (the task itself, its milestones, indicators or sub-items). */
export const TASK_PLAN_CHANGES = [
  'plan.task_added',
  'plan.task_edited',
  'plan.task_removed',
  'plan.milestone_added',
  'plan.milestone_edited',
  'plan.milestone_removed',
  'plan.indicator_added',
  'plan.indicator_edited',
  'plan.indicator_removed',
  'plan.item_added',
  'plan.item_edited',
  'plan.item_removed',
] as const;

/**
 * The plan changes a dashboard evaluated at `asOf` must mention: those made after that day (the
 * day in China of the change, as every date here), since the screen judges the earlier date against the plan as it stands now.
 * The earliest such change and the tasks it touched (ascending; a task removed since is listed
 * among the removed, not the changed — its page is gone), or null when there is none.
 */
export function planChangedAfter(changes: { at: string; taskNumber: number; removed?: boolean }[], asOf: IsoDate): PlanChanged | null {
  const after = changes.filter((c) => chinaDay(new Date(c.at)) > asOf).sort((a, b) => a.at.localeCompare(b.at));
  if (after.length === 0) return null;
  const numbers = (list: typeof after) => [...new Set(list.map((c) => c.taskNumber))].sort((a, b) => a - b);
  const removed = numbers(after.filter((c) => c.removed));
  return { first: after[0]!.at, taskNumbers: numbers(after.filter((c) => !c.removed && !removed.includes(c.taskNumber))), removedNumbers: removed };
}

/** What a dashboard says about plan changes after its date: tasks changed (linked) and tasks removed since. */
export type PlanChanged = { first: string; taskNumbers: number[]; removedNumbers: number[] };

/**
 * What a task's plan text is: the half-year report's 下半年任务目标及措施 (a task that came from the
 * report carries its 上半年进展情况), or the year's own 工作计划 (an imported or edited plan).
 */
export const planTextKind = (task: { h1Progress: string }): 'report' | 'plan' => (task.h1Progress.trim() ? 'report' : 'plan');
