'use client';
// The sign-in form.
import { useActionState } from 'react';
import { login } from '@/lib/actions/auth';
import { IDLE } from '@/lib/actions/form-state';
import { auth } from '@/lib/i18n/parts/auth';
import { FieldError, FormMessage, inputCls } from './field';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { auth };

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(login, IDLE);
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage status={state.status} message={state.message} errors={state.errors} />
      <input type="hidden" name="next" value={next ?? '/'} />
      <div>
        <label htmlFor="username" className="block text-sm font-medium">
          {t.auth.username}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          defaultValue={v.username}
          className={inputCls}
          aria-invalid={!!state.errors?.username}
          aria-describedby="username-error"
        />
        <FieldError id="username" errors={state.errors?.username} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t.auth.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          className={inputCls}
          aria-invalid={!!state.errors?.password}
          aria-describedby="password-error"
        />
        <FieldError id="password" errors={state.errors?.password} />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-gray-800 px-3 py-2 text-white hover:bg-gray-700 disabled:opacity-60">
        {t.auth.submit}
      </button>
    </form>
  );
}
