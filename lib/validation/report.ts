// The period a report is made for (上半年 / 全年 / a date of the plan year), checked the same way by
// the /reports page, the downloads and the publish action.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '@/lib/domain/dates';
import { periodEnd, type PeriodKind } from '@/lib/domain/half-year';
import { m } from '@/lib/i18n/messages';
import { LIMITS } from './limits';

export type ReportPeriod = { year: number; kind: PeriodKind; asOf: IsoDate };
export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; errors: Record<string, string[]> };

const periodKind = z.enum(['H1', 'FY', 'DATE'], { error: m.choosePeriod });

/**
 * A period of `year` from form or URL input. 上半年 and 全年 end on 06-30 and 12-31; a date must be
 * a real date inside the year. A report states what happened, never a forecast: a period that has
 * not ended by today is refused (choose a date instead).
 */
export function parseReportPeriod(input: { period?: string; asOf?: string }, year: number, today: IsoDate): PeriodResult {
  const kind = periodKind.safeParse(input.period);
  if (!kind.success) return { ok: false, errors: { period: [m.choosePeriod] } };
  if (kind.data === 'DATE') {
    const asOf = (input.asOf ?? '').trim();
    if (!asOf) return { ok: false, errors: { asOf: [m.required] } };
    if (!isIsoDate(asOf)) return { ok: false, errors: { asOf: [m.badDate] } };
    if (!asOf.startsWith(`${year}-`)) return { ok: false, errors: { asOf: [m.dateOutsideYear(year)] } };
    if (asOf > today) return { ok: false, errors: { asOf: [m.dateInFuture] } };
    return { ok: true, period: { year, kind: 'DATE', asOf } };
  }
  const asOf = periodEnd(year, kind.data);
  if (asOf > today) return { ok: false, errors: { period: [m.periodNotOver(asOf)] } };
  return { ok: true, period: { year, kind: kind.data, asOf } };
}

/** What a publication adds to the period: the snapshot it corrects, and why. */
export const publishSchema = z
  .object({
    replaces: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    note: z.string().trim().max(LIMITS.noticeText, m.tooLong(LIMITS.noticeText)).optional(),
  })
  .refine((v) => !v.replaces || (v.note ?? '') !== '', { path: ['note'], message: m.correctionNeedsNote });
