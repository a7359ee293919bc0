'use client';
// 发布: freeze the report of the chosen period (optionally as the correction of an earlier one).
import { ConfirmSubmit } from './confirm-submit';
import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { reportUi } from '@/lib/i18n/parts/report-ui';
import { confirm } from '@/lib/i18n/parts/confirm';
import { fmtDate } from '@/lib/i18n/format';
import { FieldError, FormMessage, inputCls, TextField } from './field';
import type { Letterhead } from '@/lib/domain/report';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { report: { ui: reportUi }, confirm };

type Props = {
  action: FormAction;
  period: { year: number; kind: string; asOf: string };
  /** The period in words (2023年上半年), said in the confirmation. */
  periodLabel: string;
  earlier: { id: number; label: string }[];
  /** The 公文 parts the form starts from (the office's last ones; 成文日期 today). */
  letterhead: Letterhead;
  today: string;
};

export function PublishForm({ action, period, periodLabel, earlier, letterhead, today }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const u = t.report.ui;
  const other = [...(e.year ?? []), ...(e.period ?? []), ...(e.asOf ?? [])];
  return (
    <form action={formAction} className="no-print space-y-2" key={JSON.stringify(v)} data-testid="publish-form">
      <FormMessage
        status={state.status}
        message={state.message}
        errors={e}
        labels={{
          addressee: u.addressee,
          issuer: u.issuer,
          signedOn: u.signedOn,
          copyTo: u.copyTo,
          printedBy: u.printedBy,
          printedOn: u.printedOn,
          attachments: u.attachments,
          note: u.note,
          replaces: u.replaces,
        }}
      />
      <input type="hidden" name="year" value={period.year} />
      <input type="hidden" name="period" value={period.kind} />
      <input type="hidden" name="asOf" value={period.asOf} />
      {other.length > 0 && <FieldError id="period" errors={other} />}
      <p className="text-sm text-gray-700">{u.publishHint}</p>
      <fieldset className="grid max-w-3xl gap-2 sm:grid-cols-2" data-testid="letterhead-fields">
        <legend className="text-sm font-medium">{u.letterhead}</legend>
        <TextField id="addressee" name="addressee" label={u.addressee} defaultValue={v.addressee ?? letterhead.addressee} errors={e.addressee} />
        <TextField id="issuer" name="issuer" label={u.issuer} defaultValue={v.issuer ?? letterhead.issuer} errors={e.issuer} />
        <TextField
          id="signedOn"
          name="signedOn"
          type="date"
          min={period.asOf}
          max={today}
          label={u.signedOn}
          defaultValue={v.signedOn ?? letterhead.signedOn}
          errors={e.signedOn}
        />
        <TextField id="copyTo" name="copyTo" label={u.copyTo} defaultValue={v.copyTo ?? letterhead.copyTo} errors={e.copyTo} />
        <TextField id="printedBy" name="printedBy" label={u.printedBy} defaultValue={v.printedBy ?? letterhead.printedBy ?? ''} errors={e.printedBy} />
        <TextField
          id="printedOn"
          name="printedOn"
          type="date"
          min={period.asOf}
          max={today}
          label={u.printedOn}
          defaultValue={v.printedOn ?? letterhead.printedOn ?? letterhead.signedOn}
          errors={e.printedOn}
        />
        <div className="sm:col-span-2">
          <label htmlFor="attachments" className={ui.label}>
            {u.attachments}
          </label>
          <textarea
            id="attachments"
            name="attachments"
            rows={2}
            defaultValue={v.attachments ?? letterhead.attachments.join('\n')}
            className={inputCls}
            aria-invalid={!!e.attachments}
            aria-describedby="attachments-error"
          />
          <FieldError id="attachments" errors={e.attachments} />
        </div>
      </fieldset>
      {earlier.length > 0 && (
        <div className="max-w-md">
          <label htmlFor="replaces" className="block text-sm">
            {u.replaces}
          </label>
          <select
            id="replaces"
            name="replaces"
            defaultValue={v.replaces ?? ''}
            className={inputCls}
            aria-invalid={!!e.replaces}
            aria-describedby="replaces-error"
          >
            <option value="">{u.replacesNone}</option>
            {earlier.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          <FieldError id="replaces" errors={e.replaces} />
        </div>
      )}
      {earlier.length > 0 && (
        <div className="max-w-md">
          <label htmlFor="note" className="block text-sm">
            {u.note}
          </label>
          <textarea id="note" name="note" rows={2} defaultValue={v.note} className={inputCls} aria-invalid={!!e.note} aria-describedby="note-error" />
          <FieldError id="note" errors={e.note} />
        </div>
      )}
      <ConfirmSubmit label={u.submit} consequence={t.confirm.publish(periodLabel, fmtDate(period.asOf))} pending={pending} className={ui.button} />
    </form>
  );
}
