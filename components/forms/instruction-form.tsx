'use client';
// 领导批示: a leader's instruction on a task — one text box (required), the message beside it when
// refused, what was typed kept.
import { useActionState } from 'react';
import { useLeaveGuard } from './use-leave-guard';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { instruction } from '@/lib/i18n/parts/instruction';
import { FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';

/** The catalogue's part this form shows (lib/i18n/parts: its strings only go to the browser). */
const t = { instruction };

export function InstructionForm({ action, prefill }: { action: FormAction; prefill?: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? (state.status === 'idle' ? prefill : undefined) ?? {};
  const e = state.errors ?? {};
  const guarded = useLeaveGuard(state.status === 'error');
  return (
    <form
      action={formAction}
      className="no-print max-w-xl space-y-2"
      key={state.status === 'ok' ? 'done' : JSON.stringify(v)}
      ref={guarded}
      data-testid="instruction-form"
    >
      <FormMessage status={state.status} message={state.message} errors={e} labels={{ text: t.instruction.text }} fieldId={() => 'instruction-text'} />
      <label htmlFor="instruction-text" className={ui.label}>
        {t.instruction.text}
      </label>
      <textarea
        id="instruction-text"
        name="text"
        rows={3}
        defaultValue={v.text}
        placeholder={t.instruction.textHint}
        className={inputCls}
        aria-invalid={!!e.text}
        aria-describedby="instruction-text-error"
      />
      <FieldError id="instruction-text" errors={e.text} />
      <button type="submit" disabled={pending} className={ui.button}>
        {t.instruction.submit}
      </button>
    </form>
  );
}
