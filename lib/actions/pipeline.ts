// The one way a form action runs: the form's values → the session → the record it acts on → the
// caller's right to it → the form's schema → the work. Each action declares those parts; the
// pipeline makes the checks in that order and gives every refusal the same shape — the message,
// the field's message where there is one, and the user's input kept (ActionState). A conflict
// found inside the work's transaction (ConflictError, FieldConflict) is answered the same way. A form
// sent without JavaScript after its session ended can be kept as a draft (`draft`), which that
// form posted again while signed in ends (lib/actions/form-drafts.ts).
// Not a server-action module: the actions in this folder call it.
import 'server-only';
import { z } from 'zod';
import { getSession } from '@/lib/auth/session';
import { can, type Action, type Actor } from '@/lib/auth/policy';
import { formToObject, isForm } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { dropDraft, keepDraftWithoutScript } from './form-drafts';
import { ConflictError, FieldConflict, notAForm, refusedField, refusedForm, sessionEnded, type ActionState } from './state';

export type Values = Record<string, string>;
export type Work<D, T> = { actor: Actor; data: D; record: T; values: Values; formData: FormData };

export type ActionSpec<S extends z.ZodType | undefined, T, R extends ActionState> = {
  /** The input kept for the form when it differs from the plain values (e.g. a multi-select joined). */
  values?: (formData: FormData) => Values;
  /** What the schema reads when it is not the plain values (e.g. a multi-select as a list). */
  input?: (values: Values, formData: FormData) => unknown;
  /** The record acted on, loaded after the session is known; null answers 未找到. */
  record?: (actor: Actor, values: Values) => Promise<T | null>;
  /** A right of the policy (checked on the record's units when the record has `unitIds`), or a rule of the action's own. */
  right: Action | ((actor: Actor, record: T, values: Values) => boolean);
  /**
   * Sent without JavaScript after its session ended, the form is kept as a draft for its page to
   * show again once signed in (lib/actions/form-drafts.ts): the form's key on its page (lib/links.ts
   * formKey), for a form whose page does so; null keeps nothing.
   */
  draft?: (values: Values) => string | null;
  /** The form's schema; its refusal keeps the input and puts each message beside its field. */
  schema?: S;
  work: (w: Work<S extends z.ZodType ? z.infer<S> : undefined, T>) => Promise<R | ActionState>;
};

const refuse = (message: string, values: Values): ActionState => ({ status: 'error', message, values });

/** Runs one form action through the checks, in order (see the head of this file). */
export async function runAction<S extends z.ZodType | undefined, T = null, R extends ActionState = ActionState>(
  formData: FormData,
  spec: ActionSpec<S, T, R>,
): Promise<R | ActionState> {
  if (!isForm(formData)) return notAForm();
  const values = spec.values ? spec.values(formData) : formToObject(formData);
  const actor = await getSession();
  const form = spec.draft?.(values);
  if (!actor) {
    if (form) await keepDraftWithoutScript(form, values);
    return sessionEnded(values);
  }
  if (form) await dropDraft(actor.id, form);
  const loaded = spec.record ? await spec.record(actor, values) : null;
  if (spec.record && loaded === null) return refuse(m.notFound, values);
  const record = loaded as T;
  const allowed = typeof spec.right === 'function' ? spec.right(actor, record, values) : can(actor, spec.right, unitsOf(record));
  if (!allowed) return refuse(m.forbidden, values);
  let data: unknown;
  if (spec.schema) {
    const parsed = spec.schema.safeParse(spec.input ? spec.input(values, formData) : values);
    if (!parsed.success) return refusedForm(parsed.error, values);
    data = parsed.data;
  }
  return answerConflicts(values, () => spec.work({ actor, data: data as S extends z.ZodType ? z.infer<S> : undefined, record, values, formData }));
}

/** Runs `run`, answering a conflict found inside it (ConflictError, FieldConflict) as a refusal with the input kept. */
export async function answerConflicts<R extends ActionState>(values: Values, run: () => Promise<R>): Promise<R | ActionState> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof FieldConflict) return refusedField(e.field, e.message, values);
    if (e instanceof ConflictError) return refuse(e.message, values);
    throw e;
  }
}

const unitsOf = (record: unknown): { unitIds: number[] } | undefined =>
  record && typeof record === 'object' && 'unitIds' in record && Array.isArray(record.unitIds) ? { unitIds: record.unitIds as number[] } : undefined;
