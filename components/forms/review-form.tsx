'use client';
// Approve or return one submitted update.
import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { review } from '@/lib/i18n/parts/review';
import { FieldError, FormMessage, inputCls } from './field';
import { useLeaveGuard } from './use-leave-guard';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { review };

/** Neither decision is pre-selected; a flagged update is approved only with 已核实 ticked. */
/** `prefill`: the fields to start with (a draft kept when the session ended; the page says so). */
export function ReviewForm({ id, action, flagged, prefill }: { id: number; action: FormAction; flagged: boolean; prefill?: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // A decision taken leaves the queue: the action redirects to it, saying what was decided (app/review/page.tsx).
  const v = state.values ?? (state.status === 'idle' ? prefill : undefined) ?? {};
  const c = `comment-${id}`; // the comment's id, as fieldId names it
  const guarded = useLeaveGuard(state.status === 'error');
  return (
    <form action={formAction} className="space-y-2" ref={guarded}>
      <FormMessage
        status={state.status}
        message={state.message}
        errors={state.errors}
        labels={{ decision: t.review.decision, verified: t.review.verified, comment: t.review.comment }}
        fieldId={(name) => `${name}-${id}`}
      />
      <fieldset className="flex gap-4 text-sm" aria-describedby={`decision-${id}-error`}>
        <legend className="sr-only">{t.review.decision}</legend>
        <label className="flex items-center gap-1">
          <input id={`decision-${id}`} type="radio" name="decision" value="approve" defaultChecked={v.decision === 'approve'} />
          {t.review.approve}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="decision" value="return" defaultChecked={v.decision === 'return'} />
          {t.review.return}
        </label>
      </fieldset>
      <FieldError id={`decision-${id}`} errors={state.errors?.decision} />
      {flagged && (
        <div>
          <label className="flex items-start gap-2 text-sm text-risk">
            <input id={`verified-${id}`} type="checkbox" name="verified" defaultChecked={v.verified === 'on'} aria-describedby={`verified-${id}-error`} />
            {t.review.verified}
          </label>
          <FieldError id={`verified-${id}`} errors={state.errors?.verified} />
        </div>
      )}
      <label htmlFor={c} className="block text-sm">
        {t.review.comment}
      </label>
      <textarea
        id={c}
        name="comment"
        rows={2}
        defaultValue={v.comment}
        className={inputCls}
        aria-invalid={!!state.errors?.comment}
        aria-describedby={`${c}-error`}
      />
      <FieldError id={c} errors={state.errors?.comment} />
      <button type="submit" disabled={pending} className={ui.button}>
        {t.review.submit}
      </button>
    </form>
  );
}
