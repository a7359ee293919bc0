// Half-year versus target (上半年完成情况 vs 年度目标): one row per indicator, at the end of a period.
// Every row carries its task's one status from the engine; the figure's own mark (数值超前 / 持平 /
// 落后) describes the figure only and never stands in for the task's status. Figures without a
// report stay null (未提及) and are left out of averages, never counted as 0; percent-complete
// indicators and counts are averaged apart, never mixed; figures counted in another unit than their
// target (口径不一) are shown but neither judged nor averaged.
import { type IsoDate } from './dates';
import { milestoneState } from './milestones';
import { mean, round1 } from './numbers';
import type { OverviewTask, TaskRow } from './overview';
import { planPointsOf, type PlanPoint } from './progress';
import { needsAttention, type SeverityReason, type Status } from './status';

export type Mark = 'ahead' | 'on_pace' | 'behind' | 'before_plan' | 'mismatch' | 'approx' | 'not_reported' | 'not_judged' | 'no_indicator';

export type HalfYearRow = {
  taskNumber: number;
  projectNumber: number;
  /** The task's status at the period date (the engine's, as on every screen) and its first reason. */
  taskStatus: Status;
  taskReason: SeverityReason | null;
  indicatorKey: string | null;
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  direction: 'AT_LEAST' | 'EXACTLY' | null;
  target: number | null;
  actual: number | null;
  actualAsOf: IsoDate | null;
  approx: boolean;
  note: string | null;
  indicatorNote: string | null;
  pctOfTarget: number | null;
  expectedPct: number | null;
  variancePts: number | null;
  /** Before the first plan point: the next one (未到计划节点). */
  next: PlanPoint | null;
  /** The indicator's valued plan points after the period date. */
  plan: { label: string; dueDate: IsoDate; value: number }[];
  /** The task's next milestone not reached at the period date (下一步计划), when the indicator has no valued points ahead. */
  nextMilestone: { label: string; text: string } | null;
  mark: Mark;
};

/** What the figure alone says (never the task's status). */
export function markOf(
  r: Pick<HalfYearRow, 'target' | 'actual' | 'expectedPct' | 'variancePts' | 'pctOfTarget' | 'next'> & { mismatch?: boolean; approx?: boolean },
  thresholdPts: number,
): Mark {
  if (r.target === null) return 'not_judged';
  if (r.actual === null) return 'not_reported';
  if (r.mismatch) return 'mismatch';
  if (r.approx) return 'approx';
  if (r.expectedPct === null || r.variancePts === null) return r.next ? 'before_plan' : 'not_judged'; // a level or rate (e.g. 5元/餐)
  if (r.pctOfTarget !== null && r.pctOfTarget >= 100) return 'ahead';
  if (r.variancePts <= -thresholdPts) return 'behind';
  if (r.variancePts >= thresholdPts) return 'ahead';
  return 'on_pace';
}

const firstReason = (r: TaskRow): SeverityReason | null => (needsAttention(r.status.status) ? (r.status.reasons[0] ?? null) : null);

/** One row per indicator (one for a task without any), from the evaluated tasks at `asOf`. */
export function halfYearRows(rows: TaskRow<OverviewTask>[], asOf: IsoDate, thresholdPts: number): HalfYearRow[] {
  const out: HalfYearRow[] = [];
  for (const row of rows) {
    const t = row.task;
    // Each row is written out whole: Node 20's V8 builds `{ ...common, …twenty fields }` through a slow path
    // (about 25 µs a row, most of this function's time on 半年对标), a plain literal in well under 1 µs.
    const taskNumber = t.number;
    const projectNumber = t.projectNumber;
    const taskStatus = row.status.status;
    const taskReason = firstReason(row);
    const upcoming = t.milestones
      .filter((m) => milestoneState(m, asOf) !== 'reached' && m.dueDate > asOf)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    const nextMilestone = upcoming ? { label: upcoming.periodLabel, text: upcoming.text } : null;
    if (t.indicators.length === 0) {
      out.push({
        taskNumber,
        projectNumber,
        taskStatus,
        taskReason,
        indicatorKey: null,
        name: '',
        unitOfMeasure: '',
        isPercent: false,
        direction: null,
        target: null,
        actual: null,
        actualAsOf: null,
        approx: false,
        note: null,
        indicatorNote: null,
        pctOfTarget: null,
        expectedPct: null,
        variancePts: null,
        next: null,
        plan: [],
        nextMilestone,
        mark: 'no_indicator',
      });
      continue;
    }
    t.indicators.forEach((ind, i) => {
      const first = i === 0; // the task's next step is said once, on its first row
      const p = row.status.progress.indicators[i]!;
      const pctOfTarget = p.actualShare === null ? null : round1(p.actualShare * 100);
      const expectedPct = p.expectedShare === null ? null : round1(p.expectedShare * 100);
      const variancePts = p.gapPts !== null && pctOfTarget !== null && expectedPct !== null ? round1(Math.min(pctOfTarget, 100) - expectedPct) : null;
      const plan = planPointsOf(ind.key, t.milestones).filter((p) => p.dueDate > asOf);
      const target = ind.target;
      const actual = p.actual?.value ?? null;
      const approx = p.actual?.approx ?? false;
      const next = p.next;
      out.push({
        taskNumber,
        projectNumber,
        taskStatus,
        taskReason,
        indicatorKey: ind.key,
        name: ind.name,
        unitOfMeasure: ind.unitOfMeasure,
        isPercent: ind.isPercent,
        direction: ind.direction,
        target,
        actual,
        actualAsOf: p.actual?.asOf ?? null,
        approx,
        note: p.actual?.note ?? null,
        indicatorNote: ind.note ?? null,
        pctOfTarget,
        expectedPct,
        variancePts,
        next,
        plan,
        nextMilestone: plan.length || !first ? null : nextMilestone,
        mark: markOf({ target, actual, expectedPct, variancePts, pctOfTarget, next, mismatch: p.mismatch, approx }, thresholdPts),
      });
    });
  }
  return out;
}

/** Most behind first; rows that cannot be judged go last, in task order. */
export function sortByVariance(rows: HalfYearRow[]): HalfYearRow[] {
  return [...rows].sort((a, b) => {
    if (a.variancePts === null || b.variancePts === null)
      return (a.variancePts === null ? 1 : 0) - (b.variancePts === null ? 1 : 0) || a.taskNumber - b.taskNumber;
    return a.variancePts - b.variancePts;
  });
}

/** Rows whose figure is judged against an expectation (what charts and averages may show). */
export const isJudged = (r: HalfYearRow): boolean => r.pctOfTarget !== null && r.expectedPct !== null && r.variancePts !== null;

/** Mean % of target, separately for percent-complete indicators and for counts; judged, reported rows only. */
export function averages(rows: HalfYearRow[]): {
  percent: { mean: number | null; n: number };
  counts: { mean: number | null; n: number };
  notReported: number;
} {
  const avg = (xs: number[]) => {
    const m = mean(xs);
    return m === null ? null : round1(m);
  };
  const judged = rows.filter(isJudged);
  const pct = judged.filter((r) => r.isPercent).map((r) => Math.min(r.pctOfTarget!, 100));
  const cnt = judged.filter((r) => !r.isPercent).map((r) => Math.min(r.pctOfTarget!, 100));
  return {
    percent: { mean: avg(pct), n: pct.length },
    counts: { mean: avg(cnt), n: cnt.length },
    notReported: rows.filter((r) => r.mark === 'not_reported').length,
  };
}
