// 结果考评: a score per responsible unit for a plan year up to a date, with its breakdown. Five parts,
// each a share from 0 to 100 with the counts behind it:
//   按时报送   the unit's open tasks reported within the staleness window (按时报送率);
//   节点按期   its milestones due by the date that were reached on or before their due date;
//   任务不滞后 its tasks not lagging at the date;
//   督办按期   notices to it due by the date (or answered) answered on or before their 限办日期;
//   报送一次通过 its reviewed updates approved rather than returned.
// The score is the weighted mean over the parts that have something to count (a unit with no
// notice is not scored on notices, and says so); weights are settings.
import type { IsoDate } from './dates';
import type { TaskRow } from './overview';
import type { StatusSettings } from './settings';
import type { UnitRef } from './types';

export type PartKey = 'reports' | 'milestones' | 'lagging' | 'notices' | 'returned';
export const PARTS: PartKey[] = ['reports', 'milestones', 'lagging', 'notices', 'returned'];
export type Part = { key: PartKey; weight: number; good: number; total: number; pct: number | null };
export type UnitScore = { unit: UnitRef; score: number | null; parts: Part[]; rank: number | null };

export type EvaluationInput = {
  units: UnitRef[];
  rows: TaskRow[];
  /** Notices with the units they went to, their limit and when they were first answered. */
  notices: { recipientIds: number[]; dueDate: IsoDate; firstAnsweredOn: IsoDate | null }[];
  /** Reviewed updates of the year: the submitting unit and the decision. */
  reviews: { unitId: number | null; approved: boolean }[];
};

const weightOf = (
  s: Pick<StatusSettings, 'weightReports' | 'weightMilestones' | 'weightLagging' | 'weightNotices' | 'weightReturned'>,
): Record<PartKey, number> => ({
  reports: s.weightReports,
  milestones: s.weightMilestones,
  lagging: s.weightLagging,
  notices: s.weightNotices,
  returned: s.weightReturned,
});

const part = (key: PartKey, weight: number, good: number, total: number): Part => ({ key, weight, good, total, pct: total ? (good / total) * 100 : null });

export function evaluateUnits(input: EvaluationInput, asOf: IsoDate, settings: StatusSettings): UnitScore[] {
  const w = weightOf(settings);
  const scored = input.units.map((unit) => {
    const own = input.rows.filter((r) => r.task.units.some((u) => u.id === unit.id));
    const open = own.filter((r) => r.status.status !== 'completed');
    const due = own.flatMap((r) => r.task.milestones.filter((m) => m.dueDate <= asOf));
    const notices = input.notices.filter(
      (n) => n.recipientIds.includes(unit.id) && (n.dueDate < asOf || (n.firstAnsweredOn !== null && n.firstAnsweredOn <= asOf)),
    );
    const reviews = input.reviews.filter((r) => r.unitId === unit.id);
    const parts = [
      part('reports', w.reports, open.filter((r) => !r.status.stale).length, open.length),
      part('milestones', w.milestones, due.filter((m) => m.reachedOn !== null && m.reachedOn <= m.dueDate && m.reachedOn <= asOf).length, due.length),
      part('lagging', w.lagging, own.filter((r) => r.status.status !== 'lagging').length, own.length),
      part('notices', w.notices, notices.filter((n) => n.firstAnsweredOn !== null && n.firstAnsweredOn <= n.dueDate).length, notices.length),
      part('returned', w.returned, reviews.filter((r) => r.approved).length, reviews.length),
    ];
    const counted = parts.filter((p) => p.pct !== null && p.weight > 0);
    const weights = counted.reduce((n, p) => n + p.weight, 0);
    const score = weights ? Math.round((counted.reduce((n, p) => n + p.pct! * p.weight, 0) / weights) * 10) / 10 : null;
    return { unit, score, parts, rank: null as number | null };
  });
  // Ranked by score (units without any task or count go last, unranked); ties share a rank.
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score! || a.unit.code.localeCompare(b.unit.code));
  ranked.forEach((s, i) => (s.rank = i > 0 && ranked[i - 1]!.score === s.score ? ranked[i - 1]!.rank : i + 1));
  return [...ranked, ...scored.filter((s) => s.score === null)];
}
