// What a form and its server action share, safe for the browser: the state an action returns and
// the idle state a form starts from. No schema library here — a client form that imports it stays
// light (lib/actions/state.ts adds the server side: refusals built from zod's errors).
import type { FieldErrors } from '@/lib/validation/update';

export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
};

export const IDLE: ActionState = { status: 'idle' };

/** A form's server action as `useActionState` takes it. */
export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState>;
