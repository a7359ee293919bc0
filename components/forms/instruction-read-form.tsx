'use client';
// 已阅（不需督办）: the office marks a leader's instruction read when it needs no 督办 notice.
import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { instruction } from '@/lib/i18n/parts/instruction';

/** The catalogue's part this form shows. */
const t = { instruction };

export function InstructionReadForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="no-print inline-flex items-center gap-2">
      <button type="submit" disabled={pending} className="rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:border-gray-700 disabled:opacity-60">
        {t.instruction.markRead}
      </button>
      {state.status !== 'idle' && (
        <span role={state.status === 'error' ? 'alert' : 'status'} className={state.status === 'error' ? 'text-xs text-lagging' : 'text-xs'}>
          {state.message}
        </span>
      )}
    </form>
  );
}
