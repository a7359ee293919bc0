'use client';
// 发布: freeze the report of the chosen period (optionally as the correction of an earlier one).
import { ConfirmSubmit } from './confirm-submit';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { IDLE } from '@/lib/actions/state';
import { t } from '@/lib/i18n/zh-CN';
import { fmtDate } from '@/lib/i18n/format';
import { FieldError, FormMessage, inputCls } from './field';

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  period: { year: number; kind: string; asOf: string };
  /** The period in words (2023年上半年), said in the confirmation. */
  periodLabel: string;
  earlier: { id: number; label: string }[];
};

export function PublishForm({ action, period, periodLabel, earlier }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const u = t.report.ui;
  const other = [...(e.year ?? []), ...(e.period ?? []), ...(e.asOf ?? [])];
  return (
    <form action={formAction} className="no-print space-y-2" key={JSON.stringify(v)} data-testid="publish-form">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="year" value={period.year} />
      <input type="hidden" name="period" value={period.kind} />
      <input type="hidden" name="asOf" value={period.asOf} />
      {other.length > 0 && <FieldError id="period" errors={other} />}
      <p className="text-sm text-gray-700">{u.publishHint}</p>
      {earlier.length > 0 && (
        <div className="max-w-md">
          <label htmlFor="replaces" className="block text-sm">{u.replaces}</label>
          <select id="replaces" name="replaces" defaultValue={v.replaces ?? ''} className={inputCls} aria-invalid={!!e.replaces} aria-describedby="replaces-error">
            <option value="">{u.replacesNone}</option>
            {earlier.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
          <FieldError id="replaces" errors={e.replaces} />
        </div>
      )}
      {earlier.length > 0 && (
        <div className="max-w-md">
          <label htmlFor="note" className="block text-sm">{u.note}</label>
          <textarea id="note" name="note" rows={2} defaultValue={v.note} className={inputCls} aria-invalid={!!e.note} aria-describedby="note-error" />
          <FieldError id="note" errors={e.note} />
        </div>
      )}
      <ConfirmSubmit label={u.submit} consequence={t.confirm.publish(periodLabel, fmtDate(period.asOf))} pending={pending} className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60" />
    </form>
  );
}
