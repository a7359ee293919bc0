// The state every form action returns: a message, errors per field, and the user's input so the
// form re-renders with it.
import type { FieldErrors } from '@/lib/validation/update';

export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
};

export const IDLE: ActionState = { status: 'idle' };

export class ConflictError extends Error {}

/** A refusal found inside a transaction that belongs next to one field of the form. */
export class FieldConflict extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}
