// Plan-year forms: creating a year (empty or as a copy) and importing one from Excel.
import { isWholeUnit, parseDecimal } from '@/lib/domain/numbers';
import { LIMITS } from './limits';
import { z } from 'zod';
import { m } from '@/lib/i18n/messages';
import { planFields } from '@/lib/i18n/parts/plan-fields';
import { isIsoDate } from '@/lib/domain/dates';
import { CATEGORIES } from '@/lib/domain/types';
import { leadOfficialText } from '@/lib/domain/plan-table';
import { FIELD_LIMITS } from '@/lib/domain/plan-import';

const year = z.coerce.number({ error: m.badYear }).int(m.badYear).min(2000, m.badYear).max(2100, m.badYear);
/** A plan year's name; left empty, the year's own (盐田区YYYY年十件重点民生实事, for the year chosen — not the one the form suggested). */
const title = z.string().trim().max(100, m.tooLong(100)).default('');
const named = <T extends { year: number; title: string }>(o: T): T => ({ ...o, title: o.title || planFields.titlePlaceholder(o.year) });

export const createYearSchema = z
  .discriminatedUnion('source', [z.object({ source: z.literal('empty'), year, title }), z.object({ source: z.literal('copy'), year, title, from: year })], {
    error: m.chooseSource,
  })
  .transform(named);

const importFields = z.object({
  year,
  title,
  defaultCategory: z.enum(CATEGORIES, { error: m.chooseCategory }),
  /** 日期顺延一年: the file is last year's plan. */
  shiftDates: z.literal('on').optional(),
  /** 读取全部计划工作表: every sheet with a plan table, as one plan. */
  allSheets: z.literal('on').optional(),
});
export const importSchema = importFields.transform(named);
/** Confirming needs the previewed file's hash: a confirmation without it is refused, never written. */
export const confirmImportSchema = importFields
  .extend({
    sha256: z.string({ error: m.importChanged }).regex(/^[0-9a-f]{64}$/, m.importChanged),
    excludeBlocked: z.literal('on').optional(),
  })
  .transform(named);

const reasonKind = z.enum(['TARGET', 'PLAN'], { error: m.chooseReasonKind });
/** Why an active year's plan changes (目标调整 / 计划调整); not asked on a draft. */
export const changeReasonSchema = z.object({
  reasonKind,
  reason: z.string().trim().min(1, m.required).max(500, m.tooLong(500)),
});

const monthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, m.badMonth);

export const taskEditSchema = z.object({
  content: z.string().trim().min(1, m.required).max(1000, m.tooLong(1000)),
  deadlineMonth: monthSchema,
  unitIds: z.array(z.coerce.number().int().positive()).min(1, m.chooseUnits),
  /** 牵头区领导: optional, names as the plan tables write them (张三，李四 → 张三、李四). */
  leadOfficial: z
    .string()
    .optional()
    .transform((s) => leadOfficialText(s ?? ''))
    .pipe(z.string().max(FIELD_LIMITS.leadOfficial, m.tooLong(FIELD_LIMITS.leadOfficial))),
  baseVersion: z.coerce.number().int().nonnegative(),
});

const optionalNumber = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const n = parseDecimal(s);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: m.notANumber });
      return z.NEVER;
    }
    if (n < 0) {
      ctx.addIssue({ code: 'custom', message: m.negative });
      return z.NEVER;
    }
    if (n > LIMITS.maxValue) {
      ctx.addIssue({ code: 'custom', message: m.tooLarge });
      return z.NEVER;
    }
    return n;
  });

export const milestoneEditSchema = z.object({
  periodLabel: z.string().trim().min(1, m.required).max(20, m.tooLong(20)),
  // Blank: the date its period says (9月底前 → 30 September), read where the plan year is known (parseMilestone).
  dueDate: z
    .string()
    .trim()
    .refine((s) => s === '' || isIsoDate(s), m.badDate),
  text: z.string().trim().min(1, m.required).max(1000, m.tooLong(1000)),
  cumulativeTarget: optionalNumber,
  baseVersion: z.coerce.number().int().nonnegative(),
});

export const indicatorEditSchema = z
  .object({
    name: z.string().trim().min(1, m.required).max(100, m.tooLong(100)),
    unitOfMeasure: z.string().trim().max(20, m.tooLong(20)),
    direction: z.enum(['AT_LEAST', 'EXACTLY'], { error: m.invalidInput }),
    accrual: z.enum(['EVEN', 'MILESTONES', 'AT_COMPLETION', 'NONE'], { error: m.invalidInput }),
    target: optionalNumber,
    baseVersion: z.coerce.number().int().nonnegative(),
  })
  // A count (户, 人, 场…) is whole: 250.5 households is not a target.
  .refine((d) => d.target === null || !isWholeUnit(d.unitOfMeasure) || Number.isInteger(d.target), { path: ['target'], message: m.wholeNumber });

/** A sub-item of a task (分项): its name and an optional note. */
export const itemSchema = z.object({
  name: z.string().trim().min(1, m.required).max(200, m.tooLong(200)),
  note: z
    .string()
    .trim()
    .max(500, m.tooLong(500))
    .transform((s) => (s === '' ? null : s)),
  baseVersion: z.coerce.number().int().nonnegative(),
});

export const projectEditSchema = z.object({
  title: z.string().trim().min(1, m.required).max(200, m.tooLong(200)),
  category: z.enum(CATEGORIES, { error: m.chooseCategory }),
});
