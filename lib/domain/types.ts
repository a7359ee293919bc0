// Plain data the domain rules take: what lib/data reads from the database, with dates as ISO strings.
import type { IsoDate } from './dates';

export type Accrual = 'EVEN' | 'MILESTONES' | 'AT_COMPLETION' | 'NONE';
export type Direction = 'AT_LEAST' | 'EXACTLY';
export type ProblemKind = 'PRELIMINARY' | 'COORDINATION' | 'PUBLICITY' | 'OTHER';

/** One approved figure: an indicator's cumulative value as of a date. */
export type ValuePoint = { value: number; asOf: IsoDate; note?: string | null };

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
  reachedOn: IsoDate | null;
};

export type ItemInput = { key: string; name: string; completedOn: IsoDate | null };

export type ProblemInput = {
  kind: ProblemKind;
  text: string;
  blocking: boolean;
  itemName: string | null;
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
