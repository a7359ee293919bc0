// Expected and actual progress: how each indicator accrues (DOMAIN.md "Expected progress"), and
// how a task's single progress figure is formed from its indicators or sub-items.
import { daysBetween, monthEnd, yearStart, type IsoDate } from './dates';
import type { IndicatorInput, ItemInput, MilestoneInput, TaskInput, ValuePoint } from './types';

/** The latest value on or before `asOf` (by its date; later entries win ties), or null. */
export function latestValue(values: ValuePoint[], asOf: IsoDate): ValuePoint | null {
  let best: ValuePoint | null = null;
  for (const v of values) if (v.asOf <= asOf && (!best || v.asOf >= best.asOf)) best = v;
  return best;
}

/** Share of the time from the plan year's start to the deadline that has passed at `asOf` (0…1). */
export function timeShare(planYear: number, deadline: IsoDate, asOf: IsoDate): number {
  const start = yearStart(planYear);
  const total = daysBetween(start, deadline) + 1;
  const elapsed = daysBetween(start, asOf) + 1;
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/**
 * What an indicator should show by `asOf`, in its own unit; null when it is not judged by time
 * (a level or rate, or no target).
 * - EVEN: target × time share to the deadline (序时进度);
 * - MILESTONES: the cumulative value of the latest milestone due on or before asOf (stepped), 0
 *   before the first, the full target once the deadline has passed;
 * - AT_COMPLETION: 0 until the milestone that delivers it (or the deadline), then the target.
 */
export function expectedValue(
  ind: IndicatorInput,
  milestones: MilestoneInput[],
  ctx: { planYear: number; deadline: IsoDate; asOf: IsoDate },
): number | null {
  if (ind.target === null || ind.accrual === 'NONE') return null;
  const { asOf, deadline } = ctx;
  if (ind.accrual === 'EVEN') return ind.target * timeShare(ctx.planYear, deadline, asOf);
  const own = milestones.filter((m) => m.indicatorKey === ind.key && m.cumulativeTarget !== null);
  if (ind.accrual === 'MILESTONES') {
    let step = 0;
    let stepDue = '';
    for (const m of own) if (m.dueDate <= asOf && m.dueDate >= stepDue) [step, stepDue] = [m.cumulativeTarget!, m.dueDate];
    return asOf > deadline ? Math.max(step, ind.target) : step;
  }
  const delivering = own.filter((m) => m.cumulativeTarget! >= ind.target!).map((m) => m.dueDate).sort()[0];
  const due = delivering && delivering < deadline ? delivering : deadline;
  return asOf >= due ? ind.target : 0;
}

export type IndicatorProgress = {
  key: string;
  name: string;
  note: string | null;
  unitOfMeasure: string;
  isPercent: boolean;
  target: number | null;
  actual: ValuePoint | null;
  expected: number | null;
  /** actual / target, uncapped (1.2 = 120 %); null without a figure or target. */
  actualShare: number | null;
  expectedShare: number | null;
  /** Percentage points the actual is behind expected (negative: ahead); null when not judged. */
  gapPts: number | null;
};

export function indicatorProgress(
  ind: IndicatorInput,
  milestones: MilestoneInput[],
  ctx: { planYear: number; deadline: IsoDate; asOf: IsoDate },
): IndicatorProgress {
  const actual = latestValue(ind.values, ctx.asOf);
  const expected = expectedValue(ind, milestones, ctx);
  const t = ind.target;
  const actualShare = actual && t ? actual.value / t : null;
  const expectedShare = expected !== null && t ? expected / t : null;
  // Rounded to 1e-6 points so boundaries (exactly 10 or 30 behind) are not lost to float error.
  const gapPts =
    actualShare !== null && expectedShare !== null ? Math.round((expectedShare - Math.min(actualShare, 1)) * 1e8) / 1e6 : null;
  return {
    key: ind.key, name: ind.name, note: ind.note ?? null, unitOfMeasure: ind.unitOfMeasure, isPercent: ind.isPercent, target: t,
    actual, expected, actualShare, expectedShare, gapPts,
  };
}

export type TaskProgress = {
  /** 0…100, or null when the task has no figure at all (无量化数据). */
  actualPct: number | null;
  expectedPct: number | null;
  basis: 'completed' | 'percent' | 'indicators' | 'items' | 'none';
  indicators: IndicatorProgress[];
};

const itemsDone = (items: ItemInput[], asOf: IsoDate) => items.filter((i) => i.completedOn !== null && i.completedOn <= asOf).length;

export const isTaskCompleted = (task: TaskInput, asOf: IsoDate): boolean =>
  (task.completedOn !== null && task.completedOn <= asOf) ||
  (task.items.length > 0 && itemsDone(task.items, asOf) === task.items.length);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * A task's one progress figure. In order: 100 when completed; its percent-complete indicator
 * (形象进度) when it reports one; else the mean share of target over its judged count indicators
 * (each capped at 100 %, equal weights: the report weighs no target above another); else the
 * share of sub-items done; else none. Expected progress comes from the same indicators.
 */
export function taskProgress(task: TaskInput, asOf: IsoDate): TaskProgress {
  const ctx = { planYear: task.planYear, deadline: monthEnd(task.deadlineMonth), asOf };
  const indicators = task.indicators.map((i) => indicatorProgress(i, task.milestones, ctx));
  if (isTaskCompleted(task, asOf)) return { actualPct: 100, expectedPct: null, basis: 'completed', indicators };
  const judged = indicators.filter((p) => p.actualShare !== null && p.expectedShare !== null);
  const pct = (s: number) => Math.min(s, 1) * 100;
  const percent = judged.find((p) => p.isPercent);
  if (percent) return { actualPct: pct(percent.actualShare!), expectedPct: pct(percent.expectedShare!), basis: 'percent', indicators };
  if (judged.length > 0) {
    return {
      actualPct: mean(judged.map((p) => pct(p.actualShare!))),
      expectedPct: mean(judged.map((p) => pct(p.expectedShare!))),
      basis: 'indicators',
      indicators,
    };
  }
  if (task.items.length > 0) {
    return { actualPct: (itemsDone(task.items, asOf) / task.items.length) * 100, expectedPct: null, basis: 'items', indicators };
  }
  return { actualPct: null, expectedPct: null, basis: 'none', indicators };
}

/**
 * A project's progress: the plain mean over its tasks that have a figure (each task counts once).
 * `covered` says how many of `total` tasks that is, so a screen can say when the figure is partial
 * rather than let tasks without data count as 0 or vanish silently.
 */
export function rollUp(parts: { actualPct: number | null; expectedPct: number | null }[]): {
  actualPct: number | null;
  expectedPct: number | null;
  covered: number;
  total: number;
} {
  const a = parts.map((p) => p.actualPct).filter((x): x is number => x !== null);
  const e = parts.map((p) => p.expectedPct).filter((x): x is number => x !== null);
  return { actualPct: a.length ? mean(a) : null, expectedPct: e.length ? mean(e) : null, covered: a.length, total: parts.length };
}
