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

/**
 * The key of a refusal's errors that stands for the session, not a field: a form sent after its
 * session ended. The error summary shows it as a link that signs in in a new window, so the page
 * and what was typed into it stay (components/forms/field.tsx).
 */
export const SESSION_ENDED = '$session';
/** Where that link goes: the sign-in page saying the session ended, then a page saying to go back to the form (app/signed-in). */
export const SIGN_IN_AGAIN = '/login?ended=1&next=%2Fsigned-in';

/** A form's server action as `useActionState` takes it. */
export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/**
 * Fields a form starts with instead of empty ones, and the note over it that says whence (a
 * returned update; a draft kept when the session ended, lib/actions/form-drafts.ts). The page
 * composes the note: its text is not in the form's script.
 */
export type Prefill = { note: string; values: Record<string, string> };
