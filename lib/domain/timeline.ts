// Placement of a task's plan on a January–December war map (挂图作战).
import { daysBetween, monthEnd, yearEnd, yearStart, type IsoDate } from './dates';
import type { MilestoneInput } from './types';

export type MilestoneMark = { key: string; month: number; label: string; text: string; state: 'reached' | 'overdue' | 'planned'; dueDate: IsoDate };

/** Position of a date within the plan year, 0 (1 Jan) … 1 (31 Dec), clamped. */
export function yearFraction(year: number, date: IsoDate): number {
  const total = daysBetween(yearStart(year), yearEnd(year)) + 1;
  return Math.min(1, Math.max(0, (daysBetween(yearStart(year), date) + 0.5) / total));
}

const monthOf = (iso: IsoDate) => Number(iso.slice(5, 7));

export function milestoneMarks(milestones: MilestoneInput[], year: number, asOf: IsoDate): MilestoneMark[] {
  return milestones
    .filter((m) => m.dueDate.startsWith(`${year}-`))
    .map((m) => {
      const reached = m.reachedOn !== null && m.reachedOn <= asOf;
      return {
        key: m.key, month: monthOf(m.dueDate), label: m.periodLabel, text: m.text, dueDate: m.dueDate,
        state: reached ? 'reached' : m.dueDate < asOf ? 'overdue' : 'planned',
      };
    });
}

/** The month (1–12) the deadline falls in, or null when outside the plan year. */
export function deadlineMonthIn(year: number, deadlineMonth: string): number | null {
  const d = monthEnd(deadlineMonth);
  return d.startsWith(`${year}-`) ? monthOf(d) : null;
}
