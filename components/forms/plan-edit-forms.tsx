'use client';
// The plan editor's forms: a task (content, deadline, units), one milestone, one indicator target.
// On an active year each asks for the type and reason of the change.
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/state';
import { IDLE } from '@/lib/actions/state';
import { t } from '@/lib/i18n/zh-CN';
import { FieldError, FormMessage, inputCls, TextField } from './field';

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;
const c = t.plan.edit;

function ReasonFields({ id, v, e }: { id: string; v: Record<string, string>; e: Record<string, string[] | undefined> }) {
  return (
    <div className="flex flex-wrap gap-3 rounded bg-risk-bg p-2">
      <fieldset aria-describedby={`${id}-reasonKind-error`}>
        <legend className="text-xs text-gray-700">{c.reasonKind}</legend>
        {(['TARGET', 'PLAN'] as const).map((k) => (
          <label key={k} className="mr-3 text-sm"><input type="radio" name="reasonKind" value={k} defaultChecked={v.reasonKind === k} /> {c.reasonKinds[k]}</label>
        ))}
        <FieldError id={`${id}-reasonKind`} errors={e.reasonKind} />
      </fieldset>
      <TextField className="min-w-64 flex-1" id={`${id}-reason`} name="reason" label={c.reason} defaultValue={v.reason ?? ''} errors={e.reason} />
    </div>
  );
}

function useForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return { state, formAction, pending, v: state.values ?? {}, e: state.errors ?? {} };
}

const Save = ({ pending }: { pending: boolean }) => (
  <button type="submit" disabled={pending} className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60">{c.save}</button>
);

export function TaskEditForm({ action, task, units, needsReason }: {
  action: Action; needsReason: boolean;
  task: { content: string; deadlineMonth: string; version: number; units: number[] }; units: { id: number; name: string }[];
}) {
  const { state, formAction, pending, v, e } = useForm(action);
  // After a refused save the form shows the units the user had ticked (the action returns them joined by commas).
  const chosen = new Set(v.unitIds !== undefined ? v.unitIds.split(',').filter(Boolean).map(Number) : task.units);
  return (
    <form action={formAction} className="space-y-2" key={JSON.stringify(v)} data-testid="task-edit">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="baseVersion" value={task.version} />
      <div>
        <label htmlFor="content" className="block text-xs text-gray-600">{c.content}</label>
        <textarea id="content" name="content" rows={3} defaultValue={v.content ?? task.content} className={inputCls} aria-invalid={!!e.content} aria-describedby="content-error" />
        <FieldError id="content" errors={e.content} />
      </div>
      <div className="w-48">
        <label htmlFor="deadlineMonth" className="block text-xs text-gray-600">{c.deadline}</label>
        <input id="deadlineMonth" name="deadlineMonth" type="month" defaultValue={v.deadlineMonth ?? task.deadlineMonth} className={inputCls} aria-invalid={!!e.deadlineMonth} aria-describedby="deadlineMonth-error" />
        <FieldError id="deadlineMonth" errors={e.deadlineMonth} />
      </div>
      <fieldset aria-describedby="unitIds-error">
        <legend className="text-xs text-gray-600">{c.units}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {units.map((u) => (
            <label key={u.id} className="text-sm"><input type="checkbox" name="unitIds" value={u.id} defaultChecked={chosen.has(u.id)} /> {u.name}</label>
          ))}
        </div>
        <FieldError id="unitIds" errors={e.unitIds} />
      </fieldset>
      {needsReason && <ReasonFields id="task" v={v} e={e} />}
      <Save pending={pending} />
    </form>
  );
}

/**
 * One plan step: edits it (`action`), removes it (`removeAction`, when given: a step nobody has
 * reported reached), or — with `adding` — creates a new one on the task from empty fields.
 */
export function MilestoneEditForm({ action, removeAction, milestone, version, needsReason, adding = false }: {
  action: Action; removeAction?: Action; version: number; needsReason: boolean; adding?: boolean;
  milestone: { id: number; periodLabel: string; dueDate: string; text: string; cumulativeTarget: number | null };
}) {
  const { state, formAction, pending } = useForm(action);
  const [removeState, removeFormAction, removing] = useActionState(removeAction ?? (async () => IDLE), IDLE);
  const v = removeState.values ?? state.values ?? {};
  const e = state.errors ?? removeState.errors ?? {};
  const id = adding ? 'ms-new' : `ms${milestone.id}`;
  return (
    <form action={formAction} className="space-y-2 border-t border-gray-100 pt-2" key={JSON.stringify(v)} data-testid={adding ? 'milestone-add' : 'milestone-edit'} data-milestone={adding ? undefined : milestone.id}>
      {adding && <h3 className="text-sm font-semibold">{c.addMilestone}</h3>}
      <FormMessage status={state.status} message={state.message} />
      <FormMessage status={removeState.status} message={removeState.message} />
      <input type="hidden" name="baseVersion" value={version} />
      <div className="flex flex-wrap gap-3">
        <TextField className="w-28" id={`${id}-periodLabel`} name="periodLabel" label={c.periodLabel} defaultValue={v.periodLabel ?? milestone.periodLabel} errors={e.periodLabel} />
        <TextField className="w-44" id={`${id}-dueDate`} name="dueDate" type="date" label={c.dueDate} defaultValue={v.dueDate ?? milestone.dueDate} errors={e.dueDate} />
        <TextField
          className="w-36" id={`${id}-cumulativeTarget`} name="cumulativeTarget" inputMode="decimal" label={c.cumulativeTarget}
          defaultValue={v.cumulativeTarget ?? (milestone.cumulativeTarget === null ? '' : String(milestone.cumulativeTarget))} errors={e.cumulativeTarget}
        />
      </div>
      <div>
        <label htmlFor={`${id}-text`} className="block text-xs text-gray-600">{c.text}</label>
        <textarea id={`${id}-text`} name="text" rows={2} defaultValue={v.text ?? milestone.text} className={inputCls} aria-invalid={!!e.text} aria-describedby={`${id}-text-error`} />
        <FieldError id={`${id}-text`} errors={e.text} />
      </div>
      {needsReason && <ReasonFields id={id} v={v} e={e} />}
      <div className="flex gap-2">
        {adding ? (
          <button type="submit" disabled={pending} className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700 disabled:opacity-60">{c.add}</button>
        ) : (
          <Save pending={pending} />
        )}
        {removeAction && (
          <button type="submit" formAction={removeFormAction} disabled={removing} className="rounded border border-lagging px-3 py-1.5 text-sm text-lagging hover:bg-lagging-bg disabled:opacity-60">{c.removeMilestone}</button>
        )}
      </div>
    </form>
  );
}

export function IndicatorEditForm({ action, indicator, version, needsReason }: {
  action: Action; version: number; needsReason: boolean;
  indicator: { id: number; name: string; unitOfMeasure: string; isPercent: boolean; target: number | null; direction: 'AT_LEAST' | 'EXACTLY'; accrual: 'EVEN' | 'MILESTONES' | 'AT_COMPLETION' | 'NONE' };
}) {
  const { state, formAction, pending, v, e } = useForm(action);
  const id = `ind${indicator.id}`;
  const field = (name: 'name' | 'unitOfMeasure' | 'target', label: string, value: string, cls: string) => (
    <TextField className={cls} id={`${id}-${name}`} name={name} label={label} defaultValue={v[name] ?? value} inputMode={name === 'target' ? 'decimal' : undefined} errors={e[name]} />
  );
  return (
    <form action={formAction} className="space-y-2 border-t border-gray-100 pt-2" key={JSON.stringify(v)} data-testid="indicator-edit">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="baseVersion" value={version} />
      <div className="flex flex-wrap gap-3">
        {field('name', c.indicatorName, indicator.name, 'min-w-64 flex-1')}
        {field('unitOfMeasure', c.unitOfMeasure, indicator.unitOfMeasure, 'w-28')}
        {field('target', c.target(indicator.isPercent ? '%' : indicator.unitOfMeasure), indicator.target === null ? '' : String(indicator.target), 'w-40')}
        <div className="w-40">
          <label htmlFor={`${id}-direction`} className="block text-xs text-gray-600">{c.direction}</label>
          <select id={`${id}-direction`} name="direction" defaultValue={v.direction ?? indicator.direction} className={inputCls}>
            {(['AT_LEAST', 'EXACTLY'] as const).map((d) => <option key={d} value={d}>{c.directions[d]}</option>)}
          </select>
        </div>
        <div className="w-56">
          <label htmlFor={`${id}-accrual`} className="block text-xs text-gray-600">{c.accrual}</label>
          <select id={`${id}-accrual`} name="accrual" defaultValue={v.accrual ?? indicator.accrual} className={inputCls}>
            {(['EVEN', 'MILESTONES', 'AT_COMPLETION', 'NONE'] as const).map((a) => <option key={a} value={a}>{c.accruals[a]}</option>)}
          </select>
        </div>
      </div>
      {needsReason && <ReasonFields id={id} v={v} e={e} />}
      <Save pending={pending} />
    </form>
  );
}

export function ProjectEditForm({ action, project, needsReason }: { action: Action; needsReason: boolean; project: { id: number; title: string; category: 'ENGINEERING' | 'SERVICE' } }) {
  const { state, formAction, pending, v, e } = useForm(action);
  const id = `p${project.id}`;
  return (
    <form action={formAction} className="space-y-2" key={JSON.stringify(v)} data-testid="project-edit">
      <FormMessage status={state.status} message={state.message} />
      <div className="flex flex-wrap gap-3">
        <TextField className="min-w-64 flex-1" id={`${id}-title`} name="title" label={c.projectTitle} defaultValue={v.title ?? project.title} errors={e.title} />
        <div className="w-32">
          <label htmlFor={`${id}-category`} className="block text-xs text-gray-600">{c.category}</label>
          <select id={`${id}-category`} name="category" defaultValue={v.category ?? project.category} className={inputCls}>
            {(['ENGINEERING', 'SERVICE'] as const).map((k) => <option key={k} value={k}>{t.category[k]}</option>)}
          </select>
        </div>
      </div>
      {needsReason && <ReasonFields id={id} v={v} e={e} />}
      <Save pending={pending} />
    </form>
  );
}
