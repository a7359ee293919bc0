// The period a report is made for (上半年 / 全年 / a date of the plan year), checked the same way by
// the /reports page, the downloads and the publish action.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '@/lib/domain/dates';
import { periodEnd, type PeriodKind } from '@/lib/domain/periods';
import type { Letterhead } from '@/lib/domain/report';
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

/**
 * One line of the 附件 field as a name: what a 附件说明 puts around it dropped — "附件：" (or "附件2："),
 * its number ("1." "２．" "3、", not the name's own: 1.5米), a closing mark (GB/T 9704: none after a
 * name) — as the report numbers and punctuates the names itself. A name that begins with 附件 (附件材料清单) keeps it.
 */
const attachmentName = (line: string): string =>
  line
    .trim()
    .replace(/^附件\s*[0-9０-９]{0,2}\s*[:：]\s*/, '')
    .replace(/^[0-9０-９]{1,2}[.．、](?![0-9０-９])\s*/, '')
    .replace(/[。．.，,；;、：:]+$/, '')
    .trim();

/** How long each 公文 part may be. */
export const LETTERHEAD_LIMITS = { name: 60, copyTo: 200, attachment: 100, attachments: 5 } as const;

const requiredName = z.string().trim().min(1, m.required).max(LETTERHEAD_LIMITS.name, m.tooLong(LETTERHEAD_LIMITS.name));

/**
 * The 公文 parts a publication sets (主送机关, 署名, 成文日期, 抄送, 附件: one per line; 印发机关 and
 * 印发日期). A part the form did not send keeps its default; one sent empty is refused where it is
 * required. The 成文日期 is a real date, not before the period's date and not after today; the
 * 印发日期, asked only with a 印发机关, not before the 成文日期 and not after today.
 */
export function parseLetterhead(
  values: Record<string, string | undefined>,
  defaults: Letterhead,
  periodAsOf: IsoDate,
  today: IsoDate,
): { ok: true; letterhead: Letterhead } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const take = <T>(name: string, schema: z.ZodType<T>, fallback: T): T => {
    if (values[name] === undefined) return fallback;
    const r = schema.safeParse(values[name]);
    if (r.success) return r.data;
    errors[name] = r.error.issues.map((i) => i.message);
    return fallback;
  };
  const addressee = take(
    'addressee',
    requiredName.transform((s) => s.replace(/[：:]$/, '')),
    defaults.addressee,
  );
  const issuer = take('issuer', requiredName, defaults.issuer);
  const copyTo = take('copyTo', z.string().trim().max(LETTERHEAD_LIMITS.copyTo, m.tooLong(LETTERHEAD_LIMITS.copyTo)), defaults.copyTo);
  // One message at a time: an empty or unreadable date is not also "too early".
  const day = (earliest: IsoDate, tooEarly: string) =>
    z
      .string()
      .trim()
      .min(1, { message: m.required, abort: true })
      .refine(isIsoDate, { message: m.badDate, abort: true })
      .refine((d) => d >= earliest, tooEarly)
      .refine((d) => d <= today, m.dateInFuture);
  const signedOn = take('signedOn', day(periodAsOf, m.signedBeforePeriod(periodAsOf)), defaults.signedOn);
  const printedBy = take('printedBy', z.string().trim().max(LETTERHEAD_LIMITS.name, m.tooLong(LETTERHEAD_LIMITS.name)), defaults.printedBy ?? '');
  // Judged against the 成文日期 only when that one is sound (else its own message says what to fix).
  const printedOn = printedBy && !errors.signedOn ? take('printedOn', day(signedOn, m.printedBeforeSigned), defaults.printedOn ?? signedOn) : undefined;
  const attachments = take(
    'attachments',
    z
      .string()
      .transform((s) => s.split('\n').map(attachmentName).filter(Boolean))
      .pipe(
        z
          .array(z.string().max(LETTERHEAD_LIMITS.attachment, m.tooLong(LETTERHEAD_LIMITS.attachment)))
          .min(1, m.attachmentNeeded)
          .max(LETTERHEAD_LIMITS.attachments, m.tooManyAttachments(LETTERHEAD_LIMITS.attachments)),
      ),
    defaults.attachments,
  );
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, letterhead: { addressee, issuer, copyTo, signedOn, attachments, ...(printedBy && printedOn ? { printedBy, printedOn } : {}) } };
}
