// The progress-update form's schema, shared by the form (field names, limits) and the action
// (parsing). Built per task: which indicators, milestones, problems and notices it may name.
import { cleanText } from '@/lib/domain/text';
import { z } from 'zod';

// Every message zod writes itself (an edited select, a hidden field) is Chinese, from the catalogue.
z.config({ customError: (iss) => (iss.input === undefined || iss.input === '' ? m.required : m.invalidInput) });
import { isIsoDate } from '@/lib/domain/dates';
import { parseDecimal } from '@/lib/domain/numbers';
import { m } from '@/lib/i18n/messages';
import { LIMITS } from './limits';
import { DYNAMIC_FIELD as DYNAMIC, field, PROBLEM_KINDS } from './update-fields';

export type UpdateFormContext = {
  planYear: number;
  today: string;
  /** whole: a count (人, 户, 场…) takes integers only. */
  /** `unit`: the indicator's unit of measure, which may follow a typed figure (1800户, 65%). */
  indicators: { id: number; isPercent: boolean; lastApproved: number | null; whole?: boolean; unit?: string }[];
  milestones: { id: number; reached: boolean }[];
  openProblemIds: number[];
  openNoticeIds: number[];
  openItemIds: number[];
};

export { field, PROBLEM_KINDS };

const text = (max: number, required = false) => {
  const base = z.string().trim().max(max, m.tooLong(max));
  return required ? base.min(1, m.required) : base;
};

export type ParsedUpdate = {
  asOf: string;
  narrative: string;
  nextSteps: string;
  problemsText: string;
  baseVersion: number;
  seenPendingId: number;
  values: { indicatorId: number; value: number; reason: string | null }[];
  milestones: { id: number; reachedOn: string }[];
  newProblem: { kind: (typeof PROBLEM_KINDS)[number]; text: string; blocking: boolean } | null;
  resolveProblemIds: number[];
  noticeAnswers: { id: number; answer: string }[];
  completeItemIds: number[];
  completesTask: boolean;
};

export type FieldErrors = Record<string, string[]>;
export type ParseResult = { ok: true; data: ParsedUpdate } | { ok: false; errors: FieldErrors };

const base = z.object({
  asOf: z
    .string()
    .trim()
    .min(1, m.required)
    .refine((s) => s === '' || isIsoDate(s), m.badDate) /* an empty date says only 必填 */,
  narrative: text(LIMITS.narrative, true),
  nextSteps: text(LIMITS.nextSteps).default(''),
  problemsText: text(LIMITS.problemsText).default(''),
  baseVersion: z.coerce.number().int().nonnegative(),
  seenPendingId: z.coerce.number().int().nonnegative().default(0),
  newProblemKind: z.union([z.enum(PROBLEM_KINDS), z.literal('')]).default(''),
  newProblemText: text(LIMITS.problemText).default(''),
  newProblemBlocking: z.literal('on').optional(),
  completesTask: z.literal('on').optional(),
});

/** Parses the submitted fields (FormData as a plain object) for one task. */
export function parseUpdate(input: Record<string, unknown>, ctx: UpdateFormContext): ParseResult {
  const errors: FieldErrors = {};
  const add = (k: string, msg: string) => (errors[k] ??= []).push(msg);

  const b = base.safeParse(input);
  if (!b.success) for (const [k, msgs] of Object.entries(z.flattenError(b.error).fieldErrors)) for (const msg of msgs ?? []) add(k, msg);

  if (b.success) {
    const { asOf } = b.data;
    if (asOf > ctx.today) add('asOf', m.dateInFuture);
    else if (!asOf.startsWith(`${ctx.planYear}-`)) add('asOf', m.dateOutsideYear(ctx.planYear));
  }

  const indicators = new Map(ctx.indicators.map((i) => [i.id, i]));
  const milestones = new Map(ctx.milestones.map((x) => [x.id, x]));
  const values: ParsedUpdate['values'] = [];
  const reached: ParsedUpdate['milestones'] = [];
  const resolve: number[] = [];
  const answers: ParsedUpdate['noticeAnswers'] = [];
  const items: number[] = [];

  for (const [key, raw] of Object.entries(input)) {
    const d = DYNAMIC.exec(key);
    if (!d) continue;
    const id = Number(d[2]);
    const v = typeof raw === 'string' ? raw.trim() : '';
    switch (d[1]) {
      case 'ind': {
        const ind = indicators.get(id);
        if (!ind) {
          add(key, m.notThisTask);
          break;
        }
        if (v === '') break;
        const n = parseDecimal(v, ind.unit);
        if (n === null) add(key, m.notANumber);
        else if (n < 0) add(key, m.negative);
        else if (ind.isPercent && n > 100) add(key, m.percentRange);
        else if (ind.whole && !Number.isInteger(n)) add(key, m.wholeNumber);
        else if (n > LIMITS.maxValue) add(key, m.tooLarge);
        else {
          const reason = typeof input[field.reason(id)] === 'string' ? String(input[field.reason(id)]).trim() : '';
          if (reason.length > LIMITS.reason) add(field.reason(id), m.tooLong(LIMITS.reason));
          if (ind.lastApproved !== null && n < ind.lastApproved && reason === '') add(field.reason(id), m.decreaseNeedsReason(ind.lastApproved));
          values.push({ indicatorId: id, value: n, reason: reason || null });
        }
        break;
      }
      case 'reason':
        if (!indicators.has(id)) add(key, m.notThisTask);
        break;
      case 'ms': {
        const ms = milestones.get(id);
        if (!ms) add(key, m.notThisTask);
        else if (v === 'on' && !ms.reached) {
          const date = typeof input[field.milestoneDate(id)] === 'string' ? String(input[field.milestoneDate(id)]).trim() : '';
          const on = date || (b.success ? b.data.asOf : '');
          const earliest = `${ctx.planYear - 1}-01-01`; // a sensible window: the plan year and the one before
          if (!isIsoDate(on)) add(field.milestoneDate(id), m.badDate);
          else if (on > ctx.today) add(field.milestoneDate(id), m.dateInFuture);
          else if (on < earliest) add(field.milestoneDate(id), m.dateWindow(earliest, ctx.today));
          else if (b.success && on > b.data.asOf) add(field.milestoneDate(id), m.afterAsOf);
          else reached.push({ id, reachedOn: on });
        }
        break;
      }
      case 'msdate':
        if (!milestones.has(id)) add(key, m.notThisTask);
        break;
      case 'resolve':
        if (!ctx.openProblemIds.includes(id)) add(key, m.notThisTask);
        else if (v === 'on') resolve.push(id);
        break;
      case 'notice':
        if (!ctx.openNoticeIds.includes(id)) add(key, m.notThisTask);
        else if (v.length > LIMITS.noticeText) add(key, m.tooLong(LIMITS.noticeText));
        else if (v) answers.push({ id, answer: v });
        break;
      case 'item':
        if (!ctx.openItemIds.includes(id)) add(key, m.notThisTask);
        else if (v === 'on') items.push(id);
        break;
    }
  }

  let newProblem: ParsedUpdate['newProblem'] = null;
  if (b.success) {
    const { newProblemKind, newProblemText, newProblemBlocking } = b.data;
    if (newProblemKind && !newProblemText) add('newProblemText', m.required);
    else if (!newProblemKind && newProblemText) add('newProblemKind', m.chooseKind);
    else if (newProblemKind && newProblemText) newProblem = { kind: newProblemKind, text: newProblemText, blocking: newProblemBlocking === 'on' };
  }

  if (!b.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { asOf, narrative, nextSteps, problemsText, baseVersion, seenPendingId } = b.data;
  return {
    ok: true,
    data: {
      asOf,
      narrative,
      nextSteps,
      problemsText,
      baseVersion,
      seenPendingId,
      values,
      milestones: reached,
      newProblem,
      resolveProblemIds: resolve,
      noticeAnswers: answers,
      completeItemIds: items,
      completesTask: b.data.completesTask === 'on',
    },
  };
}

/**
 * Whether an action's form argument is a form. An action is an endpoint anyone can call with
 * arguments of their own (a crafted request names its id): each checks this before it reads the form.
 */
export const isForm = (v: unknown): v is FormData => v instanceof FormData;

/**
 * What a form argument that is no form reads as (an action is an endpoint anyone can call with
 * arguments of their own): no fields, and a mark the plan edits' guard refuses (lib/actions/plan-guard.ts).
 */
export const NO_FORM: Record<string, string> = Object.freeze({});

/**
 * FormData → plain object of its string fields (files are ignored), each through the one text
 * cleaner (lib/domain/text.ts); anything else → NO_FORM.
 */
export function formToObject(fd: FormData): Record<string, string> {
  if (!isForm(fd)) return NO_FORM;
  const out: Record<string, string> = {};
  for (const [k, v] of fd.entries()) if (typeof v === 'string') out[k] = cleanText(v);
  return out;
}

/** An id bound to an action (`action.bind(null, id)`): a positive integer, whatever the client sent. */
export const isRecordId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

export const reviewSchema = z.object({
  decision: z.enum(['approve', 'return'], { error: m.chooseDecision }),
  comment: text(LIMITS.comment).default(''),
  verified: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
});

export const noticeSchema = z.object({
  reason: text(LIMITS.noticeText, true),
  requiredAction: text(LIMITS.noticeText, true),
  dueDate: z
    .string()
    .trim()
    .min(1, m.required)
    .refine((s) => s === '' || isIsoDate(s), m.badDate) /* an empty date says only 必填 */,
  // An unknown level is refused, never stored as 督办.
  level: z.enum(['DUBAN', 'CUIBAN', 'YUETAN'], { error: m.invalidInput }).default('DUBAN'),
  /** Chosen among the task's units; the action checks them against the task. */
  recipients: z.array(z.coerce.number().int().positive()).min(1, m.chooseRecipients),
});

/** A leader's instruction (领导批示): its words, required. */
export const instructionSchema = z.object({
  text: z.string().trim().max(LIMITS.instructionText, m.tooLong(LIMITS.instructionText)).min(1, m.instructionEmpty),
});

/** The text a notice step carries: the unit's answer (required), the office's return comment (required), a note (optional). */
export const noticeStepSchema = (required: boolean) => z.object({ text: text(LIMITS.noticeText, required) });

export const loginSchema = z.object({
  username: text(LIMITS.username, true),
  password: z.string().min(1, m.required).max(LIMITS.password, m.tooLong(LIMITS.password)),
  next: z.string().optional(),
});
