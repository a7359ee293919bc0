// The state every form action returns: a message, errors per field, and the user's input so the
// form re-renders with it.
import { z } from 'zod';
import { m } from '@/lib/i18n/messages';
import { SESSION_ENDED, type ActionState } from './form-state';

export { IDLE, type ActionState, type FormAction } from './form-state';

export class ConflictError extends Error {}

/** A refusal found inside a transaction that belongs next to one field of the form. */
export class FieldConflict extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A schema's refusal as messages per field (the one place zod's errors are flattened). */
export const fieldErrorsOf = (e: z.ZodError): Record<string, string[]> => z.flattenError(e).fieldErrors as Record<string, string[]>;

/** The answer that puts one message next to one field of the form, the input kept. */
export const refusedField = (field: string, message: string, values: Record<string, string>): ActionState => ({
  status: 'error',
  message: m.fixErrors,
  errors: { [field]: [message] },
  values,
});

/** The answer to a form sent after its session ended: sign in in a new window, the input kept, send again. */
export const sessionEnded = (values: Record<string, string>): ActionState => ({
  status: 'error',
  message: m.sessionEnded,
  errors: { [SESSION_ENDED]: [m.signInAgain] },
  values,
});

/** The answer to a call whose form is no form (none of ours sends one): refused, nothing written. */
export const notAForm = (): ActionState => ({ status: 'error', message: m.postMalformed, values: {} });

/** The answer to a form the schema refused: every field's message, the input kept. */
export const refusedForm = (e: z.ZodError, values: Record<string, string>): ActionState => ({
  status: 'error',
  message: m.fixErrors,
  errors: fieldErrorsOf(e),
  values,
});
