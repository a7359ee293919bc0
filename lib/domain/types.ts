// Plain data the domain rules take: what lib/data reads from the database, with dates as ISO strings.
import type { IsoDate } from './dates';
import type { ProblemKind } from './problems';

export type { ProblemKind };
/** A responsible unit as every screen names it. */
export type UnitRef = { id: number; code: string; name: string };

/** The closed sets every layer names: accounts' roles and projects' categories (工程类/服务类). */
export const ROLES = ['SUPERVISOR', 'UNIT', 'LEADER'] as const;
export type Role = (typeof ROLES)[number];
export const CATEGORIES = ['ENGINEERING', 'SERVICE'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Accrual = 'EVEN' | 'MILESTONES' | 'AT_COMPLETION' | 'NONE';
export type Direction = 'AT_LEAST' | 'EXACTLY';

/** One approved figure: an indicator's cumulative value as of a date. */
export type ValuePoint = {
  value: number;
  asOf: IsoDate;
  note?: string | null;
  /** the report words it as an approximate figure (近千人, 3万余人次) */ approx?: boolean;
};

export type IndicatorInput = {
  key: string;
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  direction: Direction;
  target: number | null;
  accrual: Accrual;
  /** How the figure is read (e.g. the report counts 人次 against a target in 人). */
  note?: string | null;
  /** The figure is counted in another unit than the target (口径不一, e.g. 人次 against 人). */
  mismatch?: boolean;
  /** Approved values in any order; the rules pick the latest on or before the as-of date. */
  values: ValuePoint[];
};

export type MilestoneInput = {
  key: string;
  periodLabel: string;
  dueDate: IsoDate;
  text: string;
  indicatorKey: string | null;
  cumulativeTarget: number | null;
  /** Further indicators this step sets a cumulative value for. */
  alsoTargets?: { indicatorKey: string; value: number }[];
  reachedOn: IsoDate | null;
};

export type ItemInput = { key: string; name: string; completedOn: IsoDate | null };

export type ProblemInput = {
  kind: ProblemKind;
  text: string;
  blocking: boolean;
  /** The sub-items it concerns, by name (empty: the task as a whole). */
  itemNames: string[];
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
};

export type TaskInput = {
  number: number;
  planYear: number;
  deadlineMonth: string; // YYYY-MM
  completedOn: IsoDate | null;
  items: ItemInput[];
  indicators: IndicatorInput[];
  milestones: MilestoneInput[];
  problems: ProblemInput[];
  /** As-of dates of the task's approved updates. */
  updateDates: IsoDate[];
};
