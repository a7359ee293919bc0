'use client';
// The unit's progress-update form: one field per indicator, milestone, item, problem and notice
// of the task. Errors appear next to their fields; everything typed stays after a refusal.
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { IDLE, type FormAction, type Prefill } from '@/lib/actions/form-state';
import { field, PROBLEM_KINDS } from '@/lib/validation/update-fields';
import { figureFlags } from '@/lib/domain/plausibility';
import { parseDecimal } from '@/lib/domain/numbers';
import { LIMITS } from '@/lib/validation/limits';
import { evidence } from '@/lib/i18n/parts/evidence';
import { plausibility } from '@/lib/i18n/parts/plausibility';
import { form, problemKind } from '@/lib/i18n/parts/update-form';
import { ErrorSummary, FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';
import { displayUnit } from '@/lib/i18n/format';
import type { StagedEvidence } from '@/lib/actions/evidence-steps';
import { EvidencePicker } from './evidence-picker';
import { useLeaveGuard } from './use-leave-guard';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { evidence, form, problemKind, review: plausibility };

export type UpdateFormProps = {
  action: FormAction;
  taskHref: string;
  defaults: { asOf: string; baseVersion: number; seenPendingId: number; seenToken: string; today: string };
  /** lastApproved: the value (prefilled) and how it reads; target: how the annual target reads. */
  indicators: {
    id: number;
    name: string;
    unitOfMeasure: string;
    isPercent: boolean;
    lastApproved: { value: number; text: string } | null;
    target: { value: number; text: string } | null;
  }[];
  /** `dateLabel`: its date field's name (完成日期（…）), composed by the page — in the error summary and for screen readers. */
  milestones: { id: number; text: string; due: string; reached: boolean; dateLabel: string }[];
  items: { id: number; name: string }[];
  problems: { id: number; kind: string; text: string; blocking: boolean }[];
  notices: { id: number; reason: string; requiredAction: string; due: string }[];
  /**
   * Fields the form starts with, and the note that says whence: the last update, returned by the
   * reviewer, to fix and resubmit (the note with the reviewer's comment); or what was typed before
   * the session ended, kept as a draft.
   */
  prefill?: Prefill | null;
  /** 佐证材料: the task the files are for, the settings' limits shown to the user, and the files the user staged for it earlier and has not sent (listed again after a reload). */
  evidence: { taskId: number; limits: { files: number; mb: number }; staged: StagedEvidence[] };
};

/** After a stored update: the message and the way back to the task (also the page a submission without JavaScript is sent on to). */
export function UpdateSubmitted({ message, taskHref }: { message?: string; taskHref: string }) {
  return (
    <div className="space-y-3">
      <FormMessage status="ok" message={message} />
      <Link href={taskHref} className={ui.link}>
        {t.form.backToTask}
      </Link>
    </div>
  );
}

export function UpdateForm(p: UpdateFormProps) {
  const [state, action, pending] = useActionState(p.action, IDLE);
  // Outside the form's key: a refused submit remounts the fields, not the files already sent.
  const [staged, setStaged] = useState<StagedEvidence[]>(p.evidence.staged);
  const guarded = useLeaveGuard(state.status === 'error');
  if (state.status === 'ok') return <UpdateSubmitted message={state.message} taskHref={p.taskHref} />;
  const v = state.values ?? p.prefill?.values;
  const val = (name: string, fallback = '') => (v ? (v[name] ?? '') : fallback);
  const checked = (name: string) => v?.[name] === 'on';
  const err = (name: string) => state.errors?.[name];
  const aria = (name: string) => ({ 'aria-invalid': !!err(name), 'aria-describedby': `${name}-error` });
  const key = v ? JSON.stringify(v) : 'initial'; // remount inputs so defaultValue shows returned values
  // Labels of the fields, for the error summary's links.
  const labels: Record<string, string> = {
    asOf: t.form.asOf,
    narrative: t.form.narrative,
    nextSteps: t.form.nextSteps,
    problemsText: t.form.problemsText,
    newProblemKind: t.form.problemKind,
    newProblemText: t.form.problemText,
    evidence: t.evidence.heading,
    ...Object.fromEntries(
      p.indicators.flatMap((i) => [
        [field.value(i.id), i.name],
        [field.reason(i.id), t.form.reasonFor(i.name)],
      ]),
    ),
    ...Object.fromEntries(p.milestones.map((x) => [field.milestoneDate(x.id), x.dateLabel])),
    ...Object.fromEntries(p.notices.map((n) => [field.notice(n.id), n.reason])),
  };

  return (
    <form action={action} className="space-y-5" key={key} noValidate ref={guarded}>
      {state.status === 'error' && <ErrorSummary errors={state.errors} labels={labels} message={state.message} />}
      {p.prefill && !state.values && (
        <p role="note" className="rounded bg-risk-bg p-2 text-sm text-risk" data-testid="prefill-note">
          {p.prefill.note}
        </p>
      )}
      <input type="hidden" name="baseVersion" value={p.defaults.baseVersion} />
      <input type="hidden" name="seenPendingId" value={p.defaults.seenPendingId} />
      <input type="hidden" name="seenToken" value={p.defaults.seenToken} />

      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor="asOf" className="block text-sm font-medium">
            {t.form.asOf}
          </label>
          <input id="asOf" name="asOf" type="date" max={p.defaults.today} defaultValue={val('asOf', p.defaults.asOf)} className={inputCls} {...aria('asOf')} />
          <FieldError id="asOf" errors={err('asOf')} />
        </div>
        <div>
          <label htmlFor="narrative" className="block text-sm font-medium">
            {t.form.narrative}
          </label>
          <textarea
            id="narrative"
            name="narrative"
            rows={5}
            maxLength={LIMITS.narrative + 100}
            defaultValue={val('narrative')}
            className={inputCls}
            {...aria('narrative')}
          />
          <FieldError id="narrative" errors={err('narrative')} />
        </div>
      </div>

      {p.indicators.length > 0 && (
        <fieldset className="space-y-2 rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t.form.indicators}</legend>
          {p.indicators.map((i) => (
            <IndicatorField
              key={i.id}
              ind={i}
              value={val(field.value(i.id), i.lastApproved === null ? '' : String(i.lastApproved.value))}
              reason={val(field.reason(i.id))}
              err={err}
              aria={aria}
            />
          ))}
        </fieldset>
      )}

      {p.milestones.some((x) => !x.reached) && (
        <fieldset className="space-y-2 rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t.form.milestones}</legend>
          {p.milestones
            .filter((x) => !x.reached)
            .map((x) => {
              const name = field.milestone(x.id);
              const date = field.milestoneDate(x.id);
              return (
                <div key={x.id} className="grid gap-2 sm:grid-cols-[1fr_12rem]">
                  <label className="flex gap-2 text-sm">
                    <input type="checkbox" name={name} defaultChecked={checked(name)} />
                    <span>
                      {x.text}
                      <span className="ml-1 text-xs text-gray-600">（{x.due}）</span>
                    </span>
                  </label>
                  <div>
                    <label htmlFor={date} className="sr-only">
                      {x.dateLabel}
                    </label>
                    <input id={date} name={date} type="date" defaultValue={val(date)} className={inputCls} {...aria(date)} />
                    <FieldError id={date} errors={err(date)} />
                  </div>
                </div>
              );
            })}
        </fieldset>
      )}

      {p.items.length > 0 && (
        <fieldset className="space-y-1 rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t.form.items}</legend>
          {p.items.map((i) => (
            <label key={i.id} className="flex gap-2 text-sm">
              <input type="checkbox" name={field.item(i.id)} defaultChecked={checked(field.item(i.id))} />
              {i.name}
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex gap-2 text-sm">
        <input type="checkbox" name="completesTask" defaultChecked={checked('completesTask')} />
        {t.form.completesTask}
      </label>

      <fieldset className="space-y-2 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t.form.problems}</legend>
        {p.problems.map((x) => (
          <label key={x.id} className="flex gap-2 text-sm">
            <input type="checkbox" name={field.resolve(x.id)} defaultChecked={checked(field.resolve(x.id))} />
            <span>
              {t.form.resolve}：[{t.problemKind[x.kind as keyof typeof t.problemKind]}] {x.text}
            </span>
          </label>
        ))}
        <div className="grid gap-2 sm:grid-cols-[12rem_1fr_auto]">
          <div>
            <label htmlFor="newProblemKind" className={ui.label}>
              {t.form.problemKind}
            </label>
            <select id="newProblemKind" name="newProblemKind" defaultValue={val('newProblemKind')} className={inputCls} {...aria('newProblemKind')}>
              <option value="">{t.form.chooseKind}</option>
              {PROBLEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.problemKind[k]}
                </option>
              ))}
            </select>
            <FieldError id="newProblemKind" errors={err('newProblemKind')} />
          </div>
          <div>
            <label htmlFor="newProblemText" className={ui.label}>
              {t.form.problemText}
            </label>
            <input id="newProblemText" name="newProblemText" defaultValue={val('newProblemText')} className={inputCls} {...aria('newProblemText')} />
            <FieldError id="newProblemText" errors={err('newProblemText')} />
          </div>
          <label className="flex items-center gap-1 text-sm sm:mt-4">
            <input type="checkbox" name="newProblemBlocking" defaultChecked={checked('newProblemBlocking')} />
            {t.form.blocking}
          </label>
        </div>
      </fieldset>

      {p.notices.length > 0 && (
        <fieldset className="space-y-2 rounded border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t.form.notices}</legend>
          {p.notices.map((n) => {
            const name = field.notice(n.id);
            return (
              <div key={n.id}>
                <label htmlFor={name} className="block text-sm">
                  {n.reason} — {n.requiredAction}（{n.due}）
                </label>
                <textarea id={name} name={name} rows={2} defaultValue={val(name)} className={inputCls} {...aria(name)} />
                <FieldError id={name} errors={err(name)} />
              </div>
            );
          })}
        </fieldset>
      )}

      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="problemsText" className="block text-sm font-medium">
            {t.form.problemsText}
          </label>
          <textarea id="problemsText" name="problemsText" rows={3} defaultValue={val('problemsText')} className={inputCls} {...aria('problemsText')} />
          <FieldError id="problemsText" errors={err('problemsText')} />
        </div>
        <div>
          <label htmlFor="nextSteps" className="block text-sm font-medium">
            {t.form.nextSteps}
          </label>
          <textarea id="nextSteps" name="nextSteps" rows={3} defaultValue={val('nextSteps')} className={inputCls} {...aria('nextSteps')} />
          <FieldError id="nextSteps" errors={err('nextSteps')} />
        </div>
      </div>
      <EvidencePicker taskId={p.evidence.taskId} list={{ items: staged, set: setStaged }} limits={p.evidence.limits} error={err('evidence')} />
      <button type="submit" disabled={pending} className="rounded bg-gray-800 px-4 py-2 text-white hover:bg-gray-700 disabled:opacity-60">
        {pending ? t.form.submitting : t.form.submit}
      </button>
    </form>
  );
}

/** One indicator: its cumulative value (the last approved one prefilled), target and unit beside
 *  it; the reason field appears only when the value goes down. */
function IndicatorField({
  ind,
  value,
  reason,
  err,
  aria,
}: {
  ind: UpdateFormProps['indicators'][number];
  value: string;
  reason: string;
  err: (name: string) => string[] | undefined;
  aria: (name: string) => Record<string, unknown>;
}) {
  const name = field.value(ind.id);
  const reasonName = field.reason(ind.id);
  const [current, setCurrent] = useState(value);
  // Read as the server reads it (１８００, 1,800, 1800户 are figures; 1,80 is not).
  const n = parseDecimal(current, ind.unitOfMeasure);
  const decreases = ind.lastApproved !== null && n !== null && n < ind.lastApproved.value;
  const showReason = decreases || reason !== '' || !!err(reasonName);
  // The same checks the reviewer sees, shown before submitting ("请核实"); a decrease asks for its reason instead.
  const flags =
    n !== null ? figureFlags({ before: ind.lastApproved?.value ?? null, after: n, target: ind.target?.value ?? null }).filter((f) => f !== 'decrease') : [];
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_10rem_1fr]" data-testid="indicator-field">
      <label htmlFor={name} className="text-sm">
        {ind.name}（{displayUnit(ind)}）
        <span className={ui.label}>
          {ind.target && <span className="mr-2">{t.form.target(ind.target.text)}</span>}
          {ind.lastApproved === null ? t.form.noLastApproved : t.form.lastApproved(ind.lastApproved.text)}
        </span>
      </label>
      <div>
        <input id={name} name={name} inputMode="decimal" value={current} onChange={(e) => setCurrent(e.target.value)} className={inputCls} {...aria(name)} />
        <FieldError id={name} errors={err(name)} />
        {flags.length > 0 && (
          <p className="text-xs text-risk" data-testid="check-figure">
            {t.review.check}：{flags.map((f) => t.review.flags[f]).join('；')}
          </p>
        )}
      </div>
      <div>
        {showReason && (
          <>
            <label htmlFor={reasonName} className={ui.label}>
              {t.form.reason}
            </label>
            <input id={reasonName} name={reasonName} defaultValue={reason} className={inputCls} {...aria(reasonName)} />
            <FieldError id={reasonName} errors={err(reasonName)} />
          </>
        )}
      </div>
    </div>
  );
}
