// Expected and actual progress: how each indicator accrues (README.md here, "Expected progress"), and
// how a task's single progress figure is formed from its indicators or sub-items.
import { daysBetween, monthEnd, yearStart, type IsoDate } from './dates';
import { mean } from './numbers';
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

/** A point of the plan that sets an expectation: a valued milestone, or the deadline (label null). */
export type PlanPoint = { label: string | null; dueDate: IsoDate; value: number };

/** The valued plan steps of one indicator, earliest first: a step's own value or one it also sets. */
export function planPointsOf(indicatorKey: string, milestones: MilestoneInput[]): (PlanPoint & { label: string })[] {
  const points: (PlanPoint & { label: string })[] = [];
  for (const m of milestones) {
    if (m.indicatorKey === indicatorKey && m.cumulativeTarget !== null) points.push({ label: m.periodLabel, dueDate: m.dueDate, value: m.cumulativeTarget });
    for (const x of m.alsoTargets ?? []) if (x.indicatorKey === indicatorKey) points.push({ label: m.periodLabel, dueDate: m.dueDate, value: x.value });
  }
  return points.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/**
 * What an indicator should show by `asOf`, in its own unit, and — before the first point that sets
 * an expectation — which point comes next. There is no expectation before that point (never an
 * expectation of 0):
 * - EVEN: target × time share to the deadline (序时进度), from 1 January;
 * - MILESTONES: the cumulative value of the latest valued milestone due on or before asOf (stepped);
 *   before the first one, none (next: that milestone, or the deadline when no milestone carries a
 *   value); the full target once the deadline has passed;
 * - AT_COMPLETION: the target once the milestone that delivers it (or the deadline) is due; none before.
 * A level or rate (NONE) or a figure without target is never judged by time: both null.
 */
export function expectation(
  ind: Pick<IndicatorInput, 'key' | 'target' | 'accrual'>,
  milestones: MilestoneInput[],
  ctx: { planYear: number; deadline: IsoDate; asOf: IsoDate },
): { expected: number | null; next: PlanPoint | null } {
  const target = ind.target;
  if (target === null || ind.accrual === 'NONE') return { expected: null, next: null };
  const { asOf, deadline } = ctx;
  if (ind.accrual === 'EVEN') return { expected: target * timeShare(ctx.planYear, deadline, asOf), next: null };
  const own = planPointsOf(ind.key, milestones);
  const atDeadline: PlanPoint = { label: null, dueDate: deadline, value: target };
  if (ind.accrual === 'MILESTONES') {
    const reached = own.filter((p) => p.dueDate <= asOf).at(-1);
    if (asOf > deadline) return { expected: Math.max(reached?.value ?? 0, target), next: null };
    if (reached) return { expected: reached.value, next: null };
    return { expected: null, next: own[0] ?? atDeadline };
  }
  const delivering = own.find((p) => p.value >= target && p.dueDate < deadline) ?? atDeadline;
  return asOf >= delivering.dueDate ? { expected: target, next: null } : { expected: null, next: delivering };
}

/** The expected value alone (see `expectation`). */
export const expectedValue = (...args: Parameters<typeof expectation>): number | null => expectation(...args).expected;

export type IndicatorProgress = {
  key: string;
  name: string;
  note: string | null;
  unitOfMeasure: string;
  isPercent: boolean;
  accrual: IndicatorInput['accrual'];
  target: number | null;
  /** The figure is counted in another unit than its target (口径不一): shown, never judged or averaged. */
  mismatch: boolean;
  actual: ValuePoint | null;
  expected: number | null;
  /** Before the first point that sets an expectation: the next one (未到计划节点). */
  next: PlanPoint | null;
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
  const { expected, next } = expectation(ind, milestones, ctx);
  const t = ind.target;
  const mismatch = ind.mismatch ?? false;
  // 口径不一, or a figure the source words approximately (近千人): shown, never judged as exact.
  const judged = !mismatch && !actual?.approx;
  const actualShare = actual && t ? actual.value / t : null;
  const expectedShare = expected !== null && t ? expected / t : null;
  // Rounded to 1e-6 points so boundaries (exactly 10 or 30 behind) are not lost to float error.
  const gapPts = judged && actualShare !== null && expectedShare !== null ? Math.round((expectedShare - Math.min(actualShare, 1)) * 1e8) / 1e6 : null;
  return {
    key: ind.key,
    name: ind.name,
    note: ind.note ?? null,
    unitOfMeasure: ind.unitOfMeasure,
    isPercent: ind.isPercent,
    accrual: ind.accrual,
    target: t,
    mismatch,
    actual,
    expected,
    next,
    actualShare,
    expectedShare,
    gapPts,
  };
}

export type TaskProgress = {
  /** 0…100, or null when the task has no figure at all (无量化数据). */
  actualPct: number | null;
  /** null before the first plan point (see `next`) or when nothing is judged by time. */
  expectedPct: number | null;
  /** The next plan point when the figure has no expectation yet (未到计划节点). */
  next: (PlanPoint & { indicator: string; unitOfMeasure: string; isPercent: boolean }) | null;
  basis: 'completed' | 'percent' | 'indicators' | 'items' | 'none';
  indicators: IndicatorProgress[];
};

const itemsDone = (items: ItemInput[], asOf: IsoDate) => items.filter((i) => i.completedOn !== null && i.completedOn <= asOf).length;

export const isTaskCompleted = (task: TaskInput, asOf: IsoDate): boolean =>
  (task.completedOn !== null && task.completedOn <= asOf) || (task.items.length > 0 && itemsDone(task.items, asOf) === task.items.length);

const pct = (share: number) => Math.min(share, 1) * 100;
const nextOf = (p: IndicatorProgress | undefined): TaskProgress['next'] =>
  p?.next ? { ...p.next, indicator: p.name, unitOfMeasure: p.unitOfMeasure, isPercent: p.isPercent } : null;

/**
 * A task's one progress figure. In order: 100 when completed; its percent-complete indicator
 * (形象进度) when it reports one; else the mean share of target over its count indicators with a
 * figure (each capped at 100 %, equal weights: the report weighs no target above another) — over
 * those judged by time when any are, so actual and expected always cover the same figures; else the
 * share of sub-items done; else none. Figures counted in another unit than their target (口径不一)
 * and levels or rates never count. Before the first plan point there is no expected figure, and
 * `next` names the point.
 */
export function taskProgress(task: TaskInput, asOf: IsoDate): TaskProgress {
  const ctx = { planYear: task.planYear, deadline: monthEnd(task.deadlineMonth), asOf };
  const indicators = task.indicators.map((i) => indicatorProgress(i, task.milestones, ctx));
  const base = { indicators, next: null };
  if (isTaskCompleted(task, asOf)) return { ...base, actualPct: 100, expectedPct: null, basis: 'completed' };
  const figures = indicators.filter((p) => p.actualShare !== null && !p.mismatch && !p.actual?.approx && p.accrual !== 'NONE');
  const percent = figures.find((p) => p.isPercent);
  if (percent) {
    const expectedPct = percent.expectedShare === null ? null : pct(percent.expectedShare);
    return { ...base, actualPct: pct(percent.actualShare!), expectedPct, next: expectedPct === null ? nextOf(percent) : null, basis: 'percent' };
  }
  const judged = figures.filter((p) => p.expectedShare !== null);
  if (judged.length > 0) {
    return {
      ...base,
      actualPct: mean(judged.map((p) => pct(p.actualShare!))),
      expectedPct: mean(judged.map((p) => pct(p.expectedShare!))),
      basis: 'indicators',
    };
  }
  if (figures.length > 0) {
    const soonest = [...figures].filter((p) => p.next).sort((a, b) => a.next!.dueDate.localeCompare(b.next!.dueDate))[0];
    return { ...base, actualPct: mean(figures.map((p) => pct(p.actualShare!))), expectedPct: null, next: nextOf(soonest), basis: 'indicators' };
  }
  if (task.items.length > 0) return { ...base, actualPct: (itemsDone(task.items, asOf) / task.items.length) * 100, expectedPct: null, basis: 'items' };
  return { ...base, actualPct: null, expectedPct: null, basis: 'none' };
}

/**
 * A project's (or the district's) progress: the plain mean over its tasks that have a figure (each
 * task counts once); `covered` of `total` says how many, so a screen can say when the figure is
 * partial rather than let tasks without data count as 0 or vanish silently. Actual and expected are
 * compared only over the same tasks: `paired` is the mean of both over the tasks that have both.
 */
export type RollUp = {
  actualPct: number | null;
  covered: number;
  total: number;
  paired: { actualPct: number; expectedPct: number; n: number } | null;
};

export function rollUp(parts: { actualPct: number | null; expectedPct: number | null }[]): RollUp {
  const withFigure = parts.filter((p): p is { actualPct: number; expectedPct: number | null } => p.actualPct !== null);
  const paired = withFigure.filter((p): p is { actualPct: number; expectedPct: number } => p.expectedPct !== null);
  return {
    actualPct: mean(withFigure.map((p) => p.actualPct)),
    covered: withFigure.length,
    total: parts.length,
    paired: paired.length ? { actualPct: mean(paired.map((p) => p.actualPct))!, expectedPct: mean(paired.map((p) => p.expectedPct))!, n: paired.length } : null,
  };
}
