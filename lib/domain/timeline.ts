// Placement of a task's plan on a January–December war map (挂图作战).
import { daysBetween, monthEnd, yearEnd, yearStart, type IsoDate } from './dates';
import { milestoneState } from './milestones';
import { parseTimeWording } from './time-wording';
import type { MilestoneInput } from './types';

export type MilestoneMark = {
  key: string;
  /** Month the period starts and ends in (equal for a single month; "7-9月" runs 7 → 9). */
  fromMonth: number;
  month: number;
  label: string;
  text: string;
  state: 'reached' | 'overdue' | 'planned';
  dueDate: IsoDate;
};

/** Position of a date within the plan year, 0 (1 Jan) … 1 (31 Dec), clamped. */
export function yearFraction(year: number, date: IsoDate): number {
  const total = daysBetween(yearStart(year), yearEnd(year)) + 1;
  return Math.min(1, Math.max(0, (daysBetween(yearStart(year), date) + 0.5) / total));
}

const monthOf = (iso: IsoDate) => Number(iso.slice(5, 7));

/**
 * The first month of a period label, as the deadline rules read it (`parseTimeWording`): "7-9月" → 7,
 * "10月前" → 10, "十至十二月" → 10, a quarter ("第三季度" → 7), a half ("下半年" → 7), after a year
 * ("2025年3月底前" → 3); null for a label without one (年底前) or one the rules do not read.
 */
export function periodStartMonth(label: string, planYear: number): number | null {
  const r = parseTimeWording(label, planYear);
  if (!r.ok || r.understood === 'year_end') return null;
  return r.from ?? Number(r.month.slice(5, 7));
}

export function milestoneMarks(milestones: MilestoneInput[], year: number, asOf: IsoDate): MilestoneMark[] {
  return milestones
    .filter((m) => m.dueDate.startsWith(`${year}-`))
    .map((m) => {
      const state = milestoneState(m, asOf);
      const month = monthOf(m.dueDate);
      return {
        key: m.key,
        fromMonth: Math.min(month, periodStartMonth(m.periodLabel, year) ?? month),
        month,
        label: m.periodLabel,
        text: m.text,
        dueDate: m.dueDate,
        state: state === 'reached' ? 'reached' : state === 'overdue' ? 'overdue' : 'planned',
      };
    });
}

/** The month (1–12) the deadline falls in, or null when outside the plan year. */
export function deadlineMonthIn(year: number, deadlineMonth: string): number | null {
  const d = monthEnd(deadlineMonth);
  return d.startsWith(`${year}-`) ? monthOf(d) : null;
}
