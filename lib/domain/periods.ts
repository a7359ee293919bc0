// Reporting periods of a plan year — 上半年 (to 06-30), 全年 (to 12-31) or any as-of date — and
// which one a screen opens on: 半年对标 and /reports name the same date every other screen shows.
// Used by the half-year view, reports, their validation and the catalogue.
import type { IsoDate } from './dates';

/** A reporting period of a plan year: 上半年 (to 06-30), 全年 (to 12-31), or any as-of date. */
export type PeriodKind = 'H1' | 'FY' | 'DATE';
export const PERIOD_KINDS: PeriodKind[] = ['H1', 'FY', 'DATE'];

export const periodEnd = (year: number, kind: 'H1' | 'FY'): IsoDate => (kind === 'H1' ? `${year}-06-30` : `${year}-12-31`);

/** The half of the year a date falls in (上半年 to 06-30, else 全年). */
export const halfOf = (asOf: IsoDate): 'H1' | 'FY' => (asOf.slice(5) <= '06-30' ? 'H1' : 'FY');

/**
 * The period a half-year view shows. Asked: 上半年/全年 are evaluated at their end; a date at that
 * date. Not asked: the default date every other screen shows (one date on every screen), named as
 * its half when it is that half's end (上半年 at 06-30, 全年 at 12-31), else as that date.
 */
export function resolvePeriod(
  year: number,
  asked: { period: PeriodKind | null; asOf: IsoDate | null },
  ctx: { defaultAsOf: IsoDate },
): { kind: PeriodKind; asOf: IsoDate } {
  if (asked.period === 'H1' || asked.period === 'FY') return { kind: asked.period, asOf: periodEnd(year, asked.period) };
  if (asked.asOf) return { kind: 'DATE', asOf: asked.asOf };
  const kind = halfOf(ctx.defaultAsOf);
  return ctx.defaultAsOf === periodEnd(year, kind) ? { kind, asOf: ctx.defaultAsOf } : { kind: 'DATE', asOf: ctx.defaultAsOf };
}

/**
 * The period /reports opens on: the half the default date falls in, at that half's end once it has
 * passed (a report is written after its period), else the default date itself (no forecast).
 */
export function defaultReportPeriod(year: number, ctx: { defaultAsOf: IsoDate; today: IsoDate }): { kind: PeriodKind; asOf: IsoDate } {
  const kind = halfOf(ctx.defaultAsOf);
  const end = periodEnd(year, kind);
  return end <= ctx.today ? { kind, asOf: end } : { kind: 'DATE', asOf: ctx.defaultAsOf };
}
