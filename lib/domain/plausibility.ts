// Figures a reviewer should check before approving (and a unit before submitting): a value far
// above its target or more than double the last approved one, a decrease, a milestone reached
// before the last approved update, an as-of date earlier than the last approved one. Flags are
// hints for a person, never a refusal: a real figure may be surprising.
import type { IsoDate } from './dates';

export type FigureFlag = 'over_target' | 'more_than_double' | 'decrease';
export type UpdateFlag = 'milestone_before_last_update' | 'as_of_before_last_update';

/** Above target by more than this share is suspicious (280 → more than 420). */
export const OVER_TARGET_FACTOR = 1.5;

export function figureFlags(v: { before: number | null; after: number; target: number | null }): FigureFlag[] {
  const flags: FigureFlag[] = [];
  if (v.target !== null && v.target > 0 && v.after > v.target * OVER_TARGET_FACTOR) flags.push('over_target');
  if (v.before !== null && v.before > 0 && v.after > v.before * 2) flags.push('more_than_double');
  if (v.before !== null && v.after < v.before) flags.push('decrease');
  return flags;
}

export function updateFlags(u: { asOf: IsoDate; milestonesReachedOn: IsoDate[] }, lastApprovedAsOf: IsoDate | null): UpdateFlag[] {
  if (lastApprovedAsOf === null) return [];
  const flags: UpdateFlag[] = [];
  if (u.milestonesReachedOn.some((d) => d < lastApprovedAsOf)) flags.push('milestone_before_last_update');
  if (u.asOf < lastApprovedAsOf) flags.push('as_of_before_last_update');
  return flags;
}
