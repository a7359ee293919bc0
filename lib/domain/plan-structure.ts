// Adding and removing parts of a plan in the editor (tasks, sub-items, indicators, plan steps):
// what may be removed, the key a new part gets, and the numbers a year's tasks carry.
import type { PlanYearStatus } from './plan-years';
import { NUMERALS } from './plan-import';

/** What was recorded against a part of the plan; anything recorded keeps the part (it is the record). */
export type Recorded = {
  /** progress updates on the task (the report's H1 column included), pending ones too */
  updates?: number;
  /** 督办 notices on the task */
  notices?: number;
  /** problems raised on the task, or tied to the sub-item */
  problems?: number;
  /** figures reported for the indicator */
  values?: number;
  /** the sub-item is reported done, or the step reached */
  done?: boolean;
  /** pending updates that name the sub-item (reported done) or the step (reached) */
  pendingMentions?: number;
};

/** Whether a part with this record may be removed: only one nothing has been recorded against. */
export function removable(r: Recorded): boolean {
  return !r.done && !r.updates && !r.notices && !r.problems && !r.values && !r.pendingMentions;
}

/** The first free key `prefix-n` (n from `from` up): keys are unique per task. */
export function nextKey(existing: Iterable<string>, prefix: string, from = 1): string {
  const used = new Set(existing);
  let n = Math.max(1, from);
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Where a new part of a task goes: the next free `added-n` key, and after the last one in order. */
export function nextPlace(existing: { key: string; ord: number }[]): { key: string; ord: number } {
  return {
    key: nextKey(
      existing.map((x) => x.key),
      'added',
      existing.length + 1,
    ),
    ord: Math.max(-1, ...existing.map((x) => x.ord)) + 1,
  };
}

export type NumberedTask = { id: number; projectNumber: number; number: number };

/**
 * A draft year's task numbers run 1…N in project order, and by their number within a project; a
 * task added to a project is given a number above all others first, so it lands last in its project.
 * Active and archived years never renumber: their numbers are cited in notices and reports.
 * Returns the tasks whose number changes, with the new number.
 */
export function renumbered(tasks: NumberedTask[]): Map<number, number> {
  const order = [...tasks].sort((a, b) => a.projectNumber - b.projectNumber || a.number - b.number);
  const changed = new Map<number, number>();
  order.forEach((t, i) => {
    if (t.number !== i + 1) changed.set(t.id, i + 1);
  });
  return changed;
}

/** The number a new task takes: one above the year's highest (a draft then renumbers, see `renumbered`). */
export const newTaskNumber = (numbers: number[]): number => Math.max(0, ...numbers) + 1;

/** A project's printed numeral (一、二、… 二十), or its digits beyond. */
export const numeralOf = (n: number): string => NUMERALS[n - 1] ?? String(n);

/** Whether a year's tasks (and projects) are renumbered after one is added or removed. */
export const renumbersTasks = (status: PlanYearStatus): boolean => status === 'DRAFT';

/** An indicator counted in percent (形象进度 and the like) is never summed with counts. */
export const isPercentUnit = (unitOfMeasure: string): boolean => unitOfMeasure.trim() === '%';
