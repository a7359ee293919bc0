'use client';
// 新建年度: empty, or a copy of an earlier year.
import { ConfirmSubmit } from './confirm-submit';
import { useActionState, useState } from 'react';
import { IDLE, type FormAction } from '@/lib/actions/form-state';
import { planCreate } from '@/lib/i18n/parts/plan-create';
import { FieldError, FormMessage, inputCls } from './field';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { plan: planCreate };

export function CreateYearForm({ action, years, suggested }: { action: FormAction; years: number[]; suggested: number }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const [source, setSource] = useState(v.source ?? (years.length ? 'copy' : 'empty'));
  const c = t.plan;
  return (
    <form action={formAction} className="flex flex-wrap items-start gap-3" key={state.status === 'ok' ? 'done' : JSON.stringify(v)} data-testid="create-year">
      <div className="w-full">
        <FormMessage status={state.status} message={state.message} errors={e} />
      </div>
      <fieldset>
        <legend className="text-xs text-gray-600">{c.source}</legend>
        {(['copy', 'empty'] as const).map((s) => (
          <label key={s} className="mr-3 text-sm">
            <input type="radio" name="source" value={s} checked={source === s} onChange={() => setSource(s)} disabled={s === 'copy' && years.length === 0} />{' '}
            {c.sources[s]}
          </label>
        ))}
      </fieldset>
      {source === 'copy' && (
        <div>
          <label htmlFor="from" className={ui.label}>
            {c.from}
          </label>
          <select
            id="from"
            name="from"
            defaultValue={v.from ?? String(years[0] ?? '')}
            className={inputCls}
            aria-invalid={!!e.from}
            aria-describedby="from-error"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <FieldError id="from" errors={e.from} />
        </div>
      )}
      <div className="w-28">
        <label htmlFor="year" className={ui.label}>
          {c.year}
        </label>
        <input
          id="year"
          name="year"
          inputMode="numeric"
          defaultValue={v.year ?? String(suggested)}
          className={inputCls}
          aria-invalid={!!e.year}
          aria-describedby="year-error"
        />
        <FieldError id="year" errors={e.year} />
      </div>
      <div className="min-w-64 flex-1">
        <label htmlFor="title" className={ui.label}>
          {c.title}
        </label>
        <input
          id="title"
          name="title"
          defaultValue={v.title}
          placeholder={c.titleAuto}
          className={inputCls}
          aria-invalid={!!e.title}
          aria-describedby="title-error"
        />
        <FieldError id="title" errors={e.title} />
      </div>
      <button type="submit" disabled={pending} className={`mt-4 ${ui.button}`}>
        {c.submitCreate}
      </button>
    </form>
  );
}

/** One step along 草稿 → 执行中 → 已归档, with what it means said next to the button. */
export function YearStatusForm({ action, to }: { action: FormAction; to: 'ACTIVE' | 'ARCHIVED' }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-block">
      <input type="hidden" name="status" value={to} />
      <ConfirmSubmit
        label={t.plan.transition[to]}
        consequence={t.plan.confirmTransition[to]}
        pending={pending}
        className="rounded border border-gray-300 bg-white px-2 py-1 text-xs hover:border-gray-500 disabled:opacity-60"
      />
      {state.status === 'ok' && (
        <span role="status" className="ml-2 text-xs text-ok">
          {state.message}
        </span>
      )}
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-xs text-lagging">
          {state.message}
        </span>
      )}
    </form>
  );
}
