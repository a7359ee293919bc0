'use client';
// The office's 公开 / 取消公开 of one evidence file of an approved update.
import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/state';
import { t } from '@/lib/i18n/zh-CN';

export function EvidencePublicForm({ action, shown, caption }: { action: FormAction; shown: boolean; caption: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-0.5">
      <input type="hidden" name="public" value={shown ? '0' : '1'} />
      <button
        type="submit"
        disabled={pending}
        className="text-blue-800 underline disabled:opacity-60"
        aria-label={`${shown ? t.evidence.withdraw : t.evidence.makePublic}：${caption}`}
      >
        {shown ? t.evidence.withdraw : t.evidence.makePublic}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="block text-lagging">
          {state.message}
        </span>
      )}
    </form>
  );
}
