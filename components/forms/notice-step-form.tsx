'use client';
// One step of a 督办件 (签收 / 反馈 / 退回重办 / 办结 / 催办): a button, with a text box where the step
// carries text (the answer and the return comment are required), and for a unit's answer its
// 佐证材料 (staged through the upload route, kept across a refused submit).
import { ConfirmSubmit } from './confirm-submit';
import { useActionState, useState } from 'react';
import type { StagedEvidence } from '@/lib/actions/evidence-steps';
import { EvidencePicker } from './evidence-picker';
import { useLeaveGuard } from './use-leave-guard';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import type { NoticeStep } from '@/lib/domain/notices';
import { confirm } from '@/lib/i18n/parts/confirm';
import { evidence } from '@/lib/i18n/parts/evidence';
import { notice } from '@/lib/i18n/parts/notice';
import { FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { confirm, evidence, notice };

const WITH_TEXT: NoticeStep[] = ['answer', 'return'];

export function NoticeStepForm({
  step,
  action,
  id,
  unitId,
  unitName,
  evidence,
  prefill,
}: {
  step: NoticeStep;
  action: FormAction;
  id: string;
  unitId?: number;
  unitName?: string;
  /** Files may come with this step (a unit's answer): the task they are staged for, and the limits the hint states. */
  evidence?: { taskId: number; limits: { files: number; mb: number } };
  /** The fields to start with (a draft kept when the session ended; the page says so). */
  prefill?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [staged, setStaged] = useState<StagedEvidence[]>([]);
  const v = state.values ?? (state.status === 'idle' ? prefill : undefined) ?? {};
  const e = state.errors ?? {};
  const withText = WITH_TEXT.includes(step);
  const guarded = useLeaveGuard(state.status === 'error' && withText);
  return (
    <form
      action={formAction}
      className={withText ? 'no-print w-full max-w-xl space-y-1' : 'no-print inline-block'}
      key={JSON.stringify(v)}
      data-step={step}
      ref={guarded}
    >
      <FormMessage
        status={state.status}
        message={state.message}
        errors={state.errors}
        labels={{ text: withText ? t.notice.stepText[step as 'answer' | 'return'] : '', evidence: t.evidence.heading }}
        fieldId={(f) => (f === 'evidence' ? `${id}-evidence` : `${id}-text`)}
      />
      {unitId !== undefined && <input type="hidden" name="unitId" value={unitId} />}
      {withText && (
        <>
          <label htmlFor={`${id}-text`} className={ui.label}>
            {t.notice.stepText[step]}
          </label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={2}
            defaultValue={v.text}
            className={inputCls}
            aria-invalid={!!e.text}
            aria-describedby={`${id}-text-error`}
          />
          <FieldError id={`${id}-text`} errors={e.text} />
        </>
      )}
      {evidence && <EvidencePicker taskId={evidence.taskId} list={{ items: staged, set: setStaged }} limits={evidence.limits} error={e.evidence} />}
      {step === 'close' || step === 'return' ? (
        <ConfirmSubmit label={unitName ? `${t.notice.steps[step]}（${unitName}）` : t.notice.steps[step]} consequence={t.confirm[step]} pending={pending} />
      ) : (
        <button
          type="submit"
          disabled={pending}
          aria-label={unitName ? `${t.notice.steps[step]}（${unitName}）` : undefined}
          className="rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:border-gray-700 disabled:opacity-60"
        >
          {t.notice.steps[step]}
        </button>
      )}
    </form>
  );
}
