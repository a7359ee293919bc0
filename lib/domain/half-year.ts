// Half-year versus target (上半年完成情况 vs 年度目标): one row per indicator, at a reporting date.
// Figures without a report stay null (未提及) and are left out of averages, never counted as 0;
// percent-complete indicators and counts are averaged apart, never mixed.
import { monthEnd, type IsoDate } from './dates';
import { indicatorProgress, latestValue } from './progress';
import type { TaskInput } from './types';

export type Mark = 'ahead' | 'on_pace' | 'behind' | 'not_reported' | 'not_judged' | 'no_indicator';

export type HalfYearRow = {
  taskNumber: number;
  projectNumber: number;
  indicatorKey: string | null;
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  direction: 'AT_LEAST' | 'EXACTLY' | null;
  target: number | null;
  actual: number | null;
  actualAsOf: IsoDate | null;
  note: string | null;
  indicatorNote: string | null;
  pctOfTarget: number | null;
  expectedPct: number | null;
  variancePts: number | null;
  plan: { label: string; dueDate: IsoDate; value: number }[];
  mark: Mark;
};

export type Period = { label: 'H1' | 'H2'; start: IsoDate; end: IsoDate };

/** The half of the plan year the reporting date falls in. */
export function periodOf(year: number, asOf: IsoDate): Period {
  return asOf <= `${year}-06-30` ? { label: 'H1', start: `${year}-01-01`, end: `${year}-06-30` } : { label: 'H2', start: `${year}-07-01`, end: `${year}-12-31` };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function markOf(r: Pick<HalfYearRow, 'target' | 'actual' | 'expectedPct' | 'variancePts' | 'pctOfTarget'>, thresholdPts: number): Mark {
  if (r.target === null) return 'not_judged';
  if (r.actual === null) return 'not_reported';
  if (r.expectedPct === null || r.variancePts === null) return 'not_judged'; // a level or rate (e.g. 5元/餐)
  if (r.pctOfTarget !== null && r.pctOfTarget >= 100) return 'ahead';
  if (r.variancePts <= -thresholdPts) return 'behind';
  if (r.variancePts >= thresholdPts) return 'ahead';
  return 'on_pace';
}

export function halfYearRows(tasks: (TaskInput & { projectNumber: number })[], asOf: IsoDate, thresholdPts: number): HalfYearRow[] {
  const rows: HalfYearRow[] = [];
  for (const t of tasks) {
    if (t.indicators.length === 0) {
      rows.push({
        taskNumber: t.number, projectNumber: t.projectNumber, indicatorKey: null, name: '', unitOfMeasure: '', isPercent: false, direction: null,
        target: null, actual: null, actualAsOf: null, note: null, indicatorNote: null, pctOfTarget: null, expectedPct: null, variancePts: null, plan: [], mark: 'no_indicator',
      });
      continue;
    }
    const ctx = { planYear: t.planYear, deadline: monthEnd(t.deadlineMonth), asOf };
    for (const ind of t.indicators) {
      const p = indicatorProgress(ind, t.milestones, ctx);
      const v = latestValue(ind.values, asOf);
      const pctOfTarget = p.actualShare === null ? null : round1(p.actualShare * 100);
      const expectedPct = p.expectedShare === null ? null : round1(p.expectedShare * 100);
      const variancePts = pctOfTarget !== null && expectedPct !== null ? round1(Math.min(pctOfTarget, 100) - expectedPct) : null;
      const row = {
        taskNumber: t.number, projectNumber: t.projectNumber, indicatorKey: ind.key, name: ind.name, unitOfMeasure: ind.unitOfMeasure,
        isPercent: ind.isPercent, direction: ind.direction, target: ind.target, actual: v?.value ?? null, actualAsOf: v?.asOf ?? null, note: v?.note ?? null,
        pctOfTarget, expectedPct, variancePts, indicatorNote: ind.note ?? null,
        plan: t.milestones.filter((m) => m.indicatorKey === ind.key && m.cumulativeTarget !== null).map((m) => ({ label: m.periodLabel, dueDate: m.dueDate, value: m.cumulativeTarget! })),
      };
      rows.push({ ...row, mark: markOf(row, thresholdPts) });
    }
  }
  return rows;
}

/** Most behind first; rows that cannot be judged go last, in task order. */
export function sortByVariance(rows: HalfYearRow[]): HalfYearRow[] {
  return [...rows].sort((a, b) => {
    if (a.variancePts === null || b.variancePts === null) return (a.variancePts === null ? 1 : 0) - (b.variancePts === null ? 1 : 0) || a.taskNumber - b.taskNumber;
    return a.variancePts - b.variancePts;
  });
}

/** Mean % of target, separately for percent-complete indicators and for counts; judged, reported rows only. */
export function averages(rows: HalfYearRow[]): { percent: { mean: number | null; n: number }; counts: { mean: number | null; n: number }; notReported: number } {
  const mean = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  const judged = rows.filter((r) => r.pctOfTarget !== null && r.expectedPct !== null);
  const pct = judged.filter((r) => r.isPercent).map((r) => Math.min(r.pctOfTarget!, 100));
  const cnt = judged.filter((r) => !r.isPercent).map((r) => Math.min(r.pctOfTarget!, 100));
  return { percent: { mean: mean(pct), n: pct.length }, counts: { mean: mean(cnt), n: cnt.length }, notReported: rows.filter((r) => r.mark === 'not_reported').length };
}
