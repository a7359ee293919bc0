'use client';
// 全部标为已读 for the inbox.
import { useActionState } from 'react';
import { ui } from '@/components/ui';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { reminders } from '@/lib/i18n/parts/reminders';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { reminders };

export function MarkReadForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <button type="submit" disabled={pending} className={ui.secondary}>
        {t.reminders.markRead}
      </button>
      {state.status !== 'idle' && (
        <span role="status" className="text-xs">
          {state.message}
        </span>
      )}
    </form>
  );
}
