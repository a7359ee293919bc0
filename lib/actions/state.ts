// The state every form action returns: a message, errors per field, and the user's input so the
// form re-renders with it.
import { z } from 'zod';
import type { FieldErrors } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';

export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
};

export const IDLE: ActionState = { status: 'idle' };

/** A form's server action as `useActionState` takes it. */
export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState>;

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

/** The answer to a form the schema refused: every field's message, the input kept. */
export const refusedForm = (e: z.ZodError, values: Record<string, string>): ActionState => ({
  status: 'error',
  message: m.fixErrors,
  errors: fieldErrorsOf(e),
  values,
});
