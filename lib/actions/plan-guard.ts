// What every plan edit shares (lib/actions/plan-edit.ts, plan-structure.ts): the checks it makes
// first (session, right, the year's state, the reason on an active year), the save that bumps the
// task's version (a form opened before another change is refused with its input kept), and the
// parsers of the forms used by more than one action. Not a server-action module: nothing here is
// callable from a form on its own.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import type { PlanYearStatus } from '@/lib/domain/plan-years';
import { dueOfWording } from '@/lib/domain/time-wording';
import { changeReasonSchema, milestoneEditSchema, taskEditSchema } from '@/lib/validation/plan';
import { formToObject, isForm, NO_FORM } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { ConflictError, type ActionState, notAForm, refusedForm, sessionEnded } from './state';
import { answerConflicts } from './pipeline';
import { backWithoutScript } from './without-script';

export type Target = { taskId: number; taskNumber: number; year: number; status: PlanYearStatus; version: number };
export type Reason = { kind: string; text: string } | null;
export type Tx = Parameters<Parameters<typeof writeTransaction>[0]>[0];
const fieldError = (values: Record<string, string>, field: string, message: string): { error: ActionState } => ({
  error: { status: 'error', message: m.fixErrors, errors: { [field]: [message] }, values },
});

/** A form (not NO_FORM: none came), session, right, the year's state and the reason: the checks every plan edit makes first. */
export async function guard(
  values: Record<string, string>,
  target: Pick<Target, 'status'> | null,
): Promise<{ error: ActionState } | { actorId: number; reason: Reason }> {
  if (values === NO_FORM) return { error: notAForm() };
  const actor = await getSession();
  if (!actor) return { error: sessionEnded(values) };
  if (!can(actor, 'edit_plan')) return { error: { status: 'error', message: m.forbidden, values } };
  if (!target) return { error: { status: 'error', message: m.notFound, values } };
  if (target.status === 'ARCHIVED') return { error: { status: 'error', message: m.yearArchived, values } };
  if (target.status === 'DRAFT') return { actorId: actor.id, reason: null };
  const r = changeReasonSchema.safeParse(values);
  if (!r.success) return { error: refusedForm(r.error, values) };
  return { actorId: actor.id, reason: { kind: r.data.reasonKind, text: r.data.reason } };
}

/** The guard, then the form's schema: the two checks most plan edits make, in that order. */
export async function guardAndParse<S extends z.ZodType>(
  values: Record<string, string>,
  target: Pick<Target, 'status'> | null,
  schema: S,
): Promise<{ error: ActionState } | { actorId: number; reason: Reason; data: z.infer<S> }> {
  const g = await guard(values, target);
  if ('error' in g) return g;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { error: refusedForm(parsed.error, values) };
  return { ...g, data: parsed.data };
}

export const taskTarget = (t: { id: number; number: number; version: number; planYear: { year: number; status: PlanYearStatus } } | null): Target | null =>
  t && { taskId: t.id, taskNumber: t.number, year: t.planYear.year, status: t.planYear.status, version: t.version };
export const TASK_SELECT = { id: true, number: true, version: true, planYear: { select: { year: true, status: true } } } as const;

/**
 * Runs `write` in one transaction after bumping the task's version from `baseVersion` (else the
 * conflict). Posted without JavaScript, a saved change is answered with a redirect back to the page
 * at `back` — the part changed, its id known once written when `back` is a function of what `write`
 * returns — which says there that it was saved (a reload would post the now stale form again).
 */
export async function save<R>(
  values: Record<string, string>,
  target: Target,
  baseVersion: number,
  back: string | ((made: R) => string),
  write: (tx: Tx) => Promise<R>,
): Promise<ActionState> {
  let made: R;
  const answer = await answerConflicts(values, async (): Promise<ActionState> => {
    made = await writeTransaction(async (tx) => {
      const { count } = await tx.task.updateMany({ where: { id: target.taskId, version: baseVersion }, data: { version: { increment: 1 } } });
      if (count !== 1) throw new ConflictError(m.planConflict);
      return write(tx);
    });
    revalidatePath('/', 'layout');
    return { status: 'ok', message: m.planSaved };
  });
  if (answer.status === 'ok') await backWithoutScript(typeof back === 'string' ? back : back(made!), { saved: true });
  return answer;
}

/** The version a form was opened at (a missing or forged one is the conflict: reload). */
export function baseVersionOf(values: Record<string, string>): { error: ActionState } | { baseVersion: number } {
  const v = z.coerce.number().int().nonnegative().safeParse(values.baseVersion);
  return v.success ? { baseVersion: v.data } : { error: { status: 'error', message: m.planConflict, values } };
}

/** A milestone form's fields: the schema, and a due date inside the plan year. */
export function parseMilestone(values: Record<string, string>, year: number): { error: ActionState } | { data: z.infer<typeof milestoneEditSchema> } {
  const parsed = milestoneEditSchema.safeParse(values);
  if (!parsed.success) return { error: refusedForm(parsed.error, values) };
  // No date written: the one its period says, by the deadline rules (as an imported step's).
  const dueDate = parsed.data.dueDate || dueOfWording(parsed.data.periodLabel, year);
  if (!dueDate) return fieldError(values, 'dueDate', m.dueNotInPeriod(parsed.data.periodLabel));
  if (!dueDate.startsWith(`${year}-`)) return fieldError(values, 'dueDate', m.notInYear(year));
  return { data: { ...parsed.data, dueDate } };
}

/** The guard, then a milestone form's fields (the two checks every milestone edit makes). */
export async function guardMilestone(
  values: Record<string, string>,
  target: Target | null,
): Promise<{ error: ActionState } | { actorId: number; reason: Reason; data: z.infer<typeof milestoneEditSchema> }> {
  const g = await guard(values, target);
  if ('error' in g) return g;
  const parsed = parseMilestone(values, target!.year);
  if ('error' in parsed) return parsed;
  return { ...g, data: parsed.data };
}

/** The unit ids a task form ticked (sent back joined by commas, so a refused form shows them again). */
export const taskFormValues = (formData: FormData): Record<string, string> =>
  isForm(formData) ? { ...formToObject(formData), unitIds: formData.getAll('unitIds').map(String).join(',') } : NO_FORM;

/** A task form's fields: the schema, a deadline inside the plan year, units that exist. */
export async function parseTask(values: Record<string, string>, year: number): Promise<{ error: ActionState } | { data: z.infer<typeof taskEditSchema> }> {
  const parsed = taskEditSchema.safeParse({ ...values, unitIds: (values.unitIds ?? '').split(',').filter(Boolean) });
  if (!parsed.success) return { error: refusedForm(parsed.error, values) };
  const d = parsed.data;
  if (!d.deadlineMonth.startsWith(`${year}-`)) return fieldError(values, 'deadlineMonth', m.notInYear(year));
  const known = await prisma.unit.count({ where: { id: { in: d.unitIds } } });
  if (known !== new Set(d.unitIds).size) return fieldError(values, 'unitIds', m.invalidInput);
  return { data: d };
}
