'use client';
// Issue a 督办 notice on a task.
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { IDLE } from '@/lib/actions/state';
import { t } from '@/lib/i18n/zh-CN';
import { FieldError, FormMessage, inputCls } from './field';

export function NoticeForm({ action, today }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; today: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-2" key={state.status === 'ok' ? 'done' : JSON.stringify(v)}>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <label htmlFor="reason" className="block text-sm">{t.notice.reason}</label>
        <textarea id="reason" name="reason" rows={3} defaultValue={v.reason} className={inputCls} aria-invalid={!!e.reason} aria-describedby="reason-error" />
        <FieldError id="reason" errors={e.reason} />
      </div>
      <div>
        <label htmlFor="requiredAction" className="block text-sm">{t.notice.requiredAction}</label>
        <textarea id="requiredAction" name="requiredAction" rows={3} defaultValue={v.requiredAction} className={inputCls} aria-invalid={!!e.requiredAction} aria-describedby="requiredAction-error" />
        <FieldError id="requiredAction" errors={e.requiredAction} />
      </div>
      <div className="max-w-xs">
        <label htmlFor="dueDate" className="block text-sm">{t.notice.dueDate}</label>
        <input id="dueDate" name="dueDate" type="date" min={today} defaultValue={v.dueDate} className={inputCls} aria-invalid={!!e.dueDate} aria-describedby="dueDate-error" />
        <FieldError id="dueDate" errors={e.dueDate} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60">{t.notice.submit}</button>
    </form>
  );
}
