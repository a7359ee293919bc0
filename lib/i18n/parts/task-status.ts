// The catalogue's strings for a task's status and progress as every list shows them (the badge, the
// bar, a project's composition, days left, staleness): part of `t` (../zh-CN composes them), in a
// module of their own so a client component that draws a task list carries these strings only (the
// catalogue stays one: every string is reachable as t.…).
import type { PlanPoint } from '@/lib/domain/progress';
import type { Status } from '@/lib/domain/status';
import { displayUnit, fmtDate, fmtNumber, fmtPct } from '../format';

export const status = {
  completed: '已完成',
  lagging: '进度滞后',
  at_risk: '存在风险',
  on_track: '正常推进',
} satisfies Record<Status, string>;

export function statusLabel(s: Status): string {
  return status[s];
}

/** A plan point as the report writes it: "12月 4条", or the deadline "2023年11月30日 5个". */
export type NextPoint = PlanPoint & { unitOfMeasure: string; isPercent: boolean };
function nextPoint(p: NextPoint): string {
  return `${p.label ?? `${fmtDate(p.dueDate)}（完成时限）`} ${fmtNumber(p.value)}${displayUnit(p)}`;
}
const COMPOSITION_ORDER: Status[] = ['completed', 'on_track', 'at_risk', 'lagging'];
const STATUS_SHORT: Record<Status, string> = { completed: '已完成', on_track: '正常', at_risk: '风险', lagging: '滞后' };

export const progress = {
  label: (actual: number | null, expected: number | null, next?: NextPoint | null) =>
    actual === null
      ? '无量化数据'
      : expected !== null
        ? `完成${fmtPct(actual)}，序时应达${fmtPct(expected)}`
        : next
          ? `完成${fmtPct(actual)}；未到计划节点（下一节点：${nextPoint(next)}）`
          : `完成${fmtPct(actual)}`,
  beforePlan: '未到计划节点',
  next: (p: NextPoint) => `下一节点：${nextPoint(p)}`,
  composition: (counts: Record<Status, number>, total: number) =>
    `${total}项：${COMPOSITION_ORDER.filter((s) => counts[s] > 0)
      .map((s) => `${counts[s]}${STATUS_SHORT[s]}`)
      .join('·')}`,
  coverage: (covered: number, total: number, mean: number | null) =>
    mean === null || covered === 0
      ? total > 1
        ? `${total}项均无量化数据`
        : '无量化数据'
      : covered === total
        ? `平均完成${fmtPct(mean)}`
        : `${total}项中${covered}项有量化数据，平均完成${fmtPct(mean)}`,
  expectedMark: '序时应达',
};

/** A task's row in a list: its number (任务N), its deadline, the days left, how long since it was last reported on (t.task.…). */
export const taskRow = {
  number: (n: number) => `任务${n}`,
  /** Where the plan year is not on screen (a printed 督办通知单, a reminder): several years may be active at once, each with its 任务1. */
  inYear: (year: number, n: number) => `${year}年度任务${n}`,
  deadline: '完成时限',
  /** Counted from the as-of date: "today" only when that date is today. */
  daysLeft: (d: number, onToday = true) => (d > 0 ? `距完成时限还有${d}天` : d === 0 ? (onToday ? '今日到期' : '统计日当天到期') : `已超过完成时限${-d}天`),
  stale: (n: number) => `已${n}天未报送进展`,
  never: '尚无报送',
};
