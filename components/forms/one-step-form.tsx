'use client';
// One step on one record, as a one-button form named with what it acts on (公开：签到表, 已阅（不需督办）：任务3):
// the office's 公开 / 取消公开 and a unit's 移除 of an evidence file, the office's 已阅 of a leader's instruction,
// a leader's 撤回 of one (what cannot be undone asks again first: `consequence`).
import { useActionState } from 'react';
import { ui } from '@/components/ui';
import { ConfirmSubmit } from './confirm-submit';
import { IDLE, type FormAction } from '@/lib/actions/form-state';

export function OneStepForm({
  action,
  label,
  name,
  fields = {},
  consequence,
}: {
  action: FormAction;
  label: string;
  name: string;
  fields?: Record<string, string>;
  /** Said before it is done, asking again (ConfirmSubmit), for a step that cannot be undone. */
  consequence?: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-0.5">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {consequence ? (
        <ConfirmSubmit label={label} name={name} consequence={consequence} pending={pending} className={`${ui.inlineLink} disabled:opacity-60`} />
      ) : (
        <button type="submit" disabled={pending} className={`${ui.inlineLink} disabled:opacity-60`} aria-label={`${label}：${name}`}>
          {label}
        </button>
      )}
      {state.status === 'error' && (
        <span role="alert" className="block text-lagging">
          {state.message}
        </span>
      )}
    </form>
  );
}
