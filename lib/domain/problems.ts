// Problems (存在问题): their kinds and when one counts as open at an as-of date.
import type { IsoDate } from './dates';

/** The three kinds the report names, plus everything else. */
export const PROBLEM_KINDS = ['PRELIMINARY', 'COORDINATION', 'PUBLICITY', 'OTHER'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Raised on or before asOf and not resolved by then. */
export const isOpenAt = (p: { raisedOn: IsoDate; resolvedOn: IsoDate | null }, asOf: IsoDate): boolean =>
  p.raisedOn <= asOf && (p.resolvedOn === null || p.resolvedOn > asOf);
