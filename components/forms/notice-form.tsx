'use client';
// Issue a 督办 notice on a task: to some or all of its units, with a level, 事由 and 整改要求 as
// multi-line text, a 限办日期, and 佐证材料 the units should see (staged, sent with the notice).
import { useActionState, useState } from 'react';
import type { StagedEvidence } from '@/lib/actions/evidence-steps';
import { EvidencePicker } from './evidence-picker';
import { useLeaveGuard } from './use-leave-guard';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { evidence } from '@/lib/i18n/parts/evidence';
import { notice } from '@/lib/i18n/parts/notice';
import { FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { evidence, notice };

export function NoticeForm({
  action,
  today,
  units,
  evidence,
  prefill,
}: {
  action: FormAction;
  today: string;
  units: { id: number; name: string }[];
  /** `staged`: the files the caller staged for the task and has not sent (listed again after a reload). */
  evidence: { taskId: number; limits: { files: number; mb: number }; staged?: StagedEvidence[] };
  /** The fields to start with (a draft kept when the session ended; the page says so). */
  prefill?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [staged, setStaged] = useState(evidence.staged ?? []);
  // Once issued, the files went with the notice: the next one starts with none.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === 'ok') setStaged([]);
  }
  const v = state.values ?? (state.status === 'idle' ? prefill : undefined) ?? {};
  const e = state.errors ?? {};
  const guarded = useLeaveGuard(state.status === 'error');
  const chosen = new Set(v.recipients !== undefined ? v.recipients.split(',').filter(Boolean).map(Number) : units.map((u) => u.id));
  return (
    <form action={formAction} className="no-print space-y-2" key={state.status === 'ok' ? 'done' : JSON.stringify(v)} ref={guarded}>
      <FormMessage
        status={state.status}
        message={state.message}
        errors={e}
        labels={{
          recipients: t.notice.recipients,
          level: t.notice.level,
          reason: t.notice.reason,
          requiredAction: t.notice.requiredAction,
          dueDate: t.notice.dueDate,
          evidence: t.evidence.heading,
        }}
        fieldId={(name) => (name === 'recipients' ? `recipient-${units[0]?.id ?? ''}` : name)}
      />
      {/* Issued to put a leader's instruction into effect (转为督办): the action links the two. */}
      {v.instruction && <input type="hidden" name="instruction" value={v.instruction} />}
      <fieldset aria-describedby="recipients-error">
        <legend className="text-sm">{t.notice.recipients}</legend>
        {units.map((u) => (
          <label key={u.id} className="mr-4 text-sm">
            <input id={`recipient-${u.id}`} type="checkbox" name="recipients" value={u.id} defaultChecked={chosen.has(u.id)} /> {u.name}
          </label>
        ))}
        <FieldError id="recipients" errors={e.recipients} />
      </fieldset>
      <div className="max-w-xs">
        <label htmlFor="level" className="block text-sm">
          {t.notice.level}
        </label>
        <select id="level" name="level" defaultValue={v.level ?? 'DUBAN'} className={inputCls} aria-invalid={!!e.level} aria-describedby="level-error">
          {(['DUBAN', 'CUIBAN', 'YUETAN'] as const).map((l) => (
            <option key={l} value={l}>
              {t.notice.levels[l]}
            </option>
          ))}
        </select>
        <FieldError id="level" errors={e.level} />
      </div>
      <div>
        <label htmlFor="reason" className="block text-sm">
          {t.notice.reason}
        </label>
        <textarea id="reason" name="reason" rows={3} defaultValue={v.reason} className={inputCls} aria-invalid={!!e.reason} aria-describedby="reason-error" />
        <FieldError id="reason" errors={e.reason} />
      </div>
      <div>
        <label htmlFor="requiredAction" className="block text-sm">
          {t.notice.requiredAction}
        </label>
        <textarea
          id="requiredAction"
          name="requiredAction"
          rows={3}
          defaultValue={v.requiredAction}
          className={inputCls}
          aria-invalid={!!e.requiredAction}
          aria-describedby="requiredAction-error"
        />
        <FieldError id="requiredAction" errors={e.requiredAction} />
      </div>
      <div className="max-w-xs">
        <label htmlFor="dueDate" className="block text-sm">
          {t.notice.dueDate}
        </label>
        <input
          id="dueDate"
          name="dueDate"
          type="date"
          min={today}
          defaultValue={v.dueDate}
          className={inputCls}
          aria-invalid={!!e.dueDate}
          aria-describedby="dueDate-error"
        />
        <FieldError id="dueDate" errors={e.dueDate} />
      </div>
      <EvidencePicker taskId={evidence.taskId} list={{ items: staged, set: setStaged }} limits={evidence.limits} error={e.evidence} />
      <button type="submit" disabled={pending} className={ui.button}>
        {t.notice.submit}
      </button>
    </form>
  );
}
