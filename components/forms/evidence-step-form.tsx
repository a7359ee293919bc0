'use client';
// One step on one evidence file, as a one-button form: the office's 公开 / 取消公开, a unit's 移除.
import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/form-state';

export function EvidenceStepForm({ action, label, name, fields = {} }: { action: FormAction; label: string; name: string; fields?: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-0.5">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className="text-blue-800 underline disabled:opacity-60" aria-label={`${label}：${name}`}>
        {label}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="block text-lagging">
          {state.message}
        </span>
      )}
    </form>
  );
}
