'use client';
// The plan editor's forms: a task (content, deadline, units; add, remove), one milestone, indicator
// or sub-item (edit, add, remove), a project.
// On an active year each asks for the type and reason of the change.
import { ConfirmSubmit } from './confirm-submit';
import { useActionState } from 'react';
import { IDLE, type ActionState, type FormAction } from '@/lib/actions/form-state';
import { planEdit } from '@/lib/i18n/parts/plan-edit';
import { category } from '@/lib/i18n/parts/category';
import { confirm } from '@/lib/i18n/parts/confirm';
import { FieldError, FormMessage, inputCls, TextField, SelectField } from './field';
import { CATEGORIES, type Category } from '@/lib/domain/types';
import { ui } from '@/components/ui';
import { displayUnit } from '@/lib/i18n/format';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { plan: { edit: planEdit }, category, confirm };

type Action = FormAction;
const c = t.plan.edit;

function ReasonFields({ id, v, e }: { id: string; v: Record<string, string>; e: Record<string, string[] | undefined> }) {
  return (
    <div className="flex flex-wrap gap-3 rounded bg-risk-bg p-2">
      <fieldset aria-describedby={`${id}-reasonKind-error`}>
        <legend className="text-xs text-gray-700">{c.reasonKind}</legend>
        {(['TARGET', 'PLAN'] as const).map((k) => (
          <label key={k} className="mr-3 text-sm">
            <input type="radio" name="reasonKind" value={k} defaultChecked={v.reasonKind === k} /> {c.reasonKinds[k]}
          </label>
        ))}
        <FieldError id={`${id}-reasonKind`} errors={e.reasonKind} />
      </fieldset>
      <TextField className="min-w-64 flex-1" id={`${id}-reason`} name="reason" label={c.reason} defaultValue={v.reason ?? ''} errors={e.reason} />
    </div>
  );
}

// Each answer of an action is a new object: numbering them gives an adding form a fresh key per
// answer, so it empties after a success and re-renders with the input kept after a refusal.
const answerIds = new WeakMap<ActionState, number>();
let nextAnswer = 0;
const answerId = (s: ActionState) => answerIds.get(s) ?? (answerIds.set(s, ++nextAnswer), nextAnswer);

/**
 * What a form says before any answer of its own: that it was saved, when the page was reached by the
 * redirect after saving it without JavaScript (`?saved=` names it: see lib/actions/without-script.ts).
 */
const SAVED: ActionState = { status: 'ok', message: c.saved };
const said = (state: ActionState, saved: boolean) => (saved && state === IDLE ? SAVED : state);

function useForm(action: Action, adding = false, saved = false) {
  const [answer, formAction, pending] = useActionState(action, IDLE);
  const state = said(answer, saved);
  const v = state.values ?? {};
  return { state, formAction, pending, v, e: state.errors ?? {}, key: adding ? `a${answerId(answer)}` : JSON.stringify(v) };
}

/** A plan part's form that can also remove it (a second action on the same fields): the newer answer shows. */
function usePartForm(action: Action, removeAction: Action | undefined, adding: boolean, saved = false) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [removeState, removeFormAction, removing] = useActionState(removeAction ?? (async () => IDLE), IDLE);
  const latest = said(answerId(removeState) > answerId(state) ? removeState : state, saved);
  const v = latest.values ?? {};
  return { latest, formAction, removeFormAction, pending, removing, v, e: latest.errors ?? {}, key: adding ? `a${answerId(state)}` : JSON.stringify(v) };
}

const Save = ({ pending }: { pending: boolean }) => (
  <button type="submit" disabled={pending} className={ui.button}>
    {c.save}
  </button>
);
const Add = ({ pending }: { pending: boolean }) => (
  <button type="submit" disabled={pending} className={ui.button}>
    {c.add}
  </button>
);
/** A removal button: submits the whole form to `formAction` when given (a remove beside a save), else to the form's own action. */
const Remove = ({ pending, label, formAction }: { pending: boolean; label: string; formAction?: (fd: FormData) => void }) => (
  <ConfirmSubmit
    label={label}
    consequence={t.confirm.remove}
    pending={pending}
    formAction={formAction}
    className="rounded border border-lagging px-3 py-1.5 text-sm text-lagging hover:bg-lagging-bg disabled:opacity-60"
  />
);

/** The end of a plan part's form: the reason (on an active year), then 保存/添加 and the removal beside it. */
function PartFooter({
  id,
  part,
  needsReason,
  adding,
  removeLabel,
  canRemove,
}: {
  id: string;
  part: ReturnType<typeof usePartForm>;
  needsReason: boolean;
  adding?: boolean;
  removeLabel: string;
  canRemove: boolean;
}) {
  return (
    <>
      {needsReason && <ReasonFields id={id} v={part.v} e={part.e} />}
      <div className="flex gap-2">
        {adding ? <Add pending={part.pending} /> : <Save pending={part.pending} />}
        {canRemove && <Remove pending={part.removing} label={removeLabel} formAction={part.removeFormAction} />}
      </div>
    </>
  );
}

/** A task's content, deadline and units: edits the task, or — with `adding` — creates one in a project. */
export function TaskEditForm({
  action,
  task,
  units,
  needsReason,
  adding = false,
  idPrefix = 'task',
  saved = false,
}: {
  action: Action;
  needsReason: boolean;
  adding?: boolean;
  idPrefix?: string;
  /** Reached by the redirect after saving it without JavaScript: says it was saved. */
  saved?: boolean;
  task: { content: string; deadlineMonth: string; version: number; units: number[]; leadOfficial: string };
  units: { id: number; name: string }[];
}) {
  const { state, formAction, pending, v, e, key } = useForm(action, adding, saved);
  // After a refused save the form shows the units the user had ticked (the action returns them joined by commas).
  const chosen = new Set(v.unitIds !== undefined ? v.unitIds.split(',').filter(Boolean).map(Number) : task.units);
  const id = (name: string) => (adding ? `${idPrefix}-${name}` : name);
  return (
    <form action={formAction} className="space-y-2" key={key} data-testid={adding ? 'task-add' : 'task-edit'}>
      <FormMessage status={state.status} message={state.message} errors={e} fieldId={id} />
      {!adding && <input type="hidden" name="baseVersion" value={task.version} />}
      {adding && <input type="hidden" name="baseVersion" value="0" />}
      <div>
        <label htmlFor={id('content')} className={ui.label}>
          {c.content}
        </label>
        <textarea
          id={id('content')}
          name="content"
          rows={3}
          defaultValue={v.content ?? task.content}
          className={inputCls}
          aria-invalid={!!e.content}
          aria-describedby={`${id('content')}-error`}
        />
        <FieldError id={id('content')} errors={e.content} />
      </div>
      <div className="w-48">
        <label htmlFor={id('deadlineMonth')} className={ui.label}>
          {c.deadline}
        </label>
        <input
          id={id('deadlineMonth')}
          name="deadlineMonth"
          type="month"
          defaultValue={v.deadlineMonth ?? task.deadlineMonth}
          className={inputCls}
          aria-invalid={!!e.deadlineMonth}
          aria-describedby={`${id('deadlineMonth')}-error`}
        />
        <FieldError id={id('deadlineMonth')} errors={e.deadlineMonth} />
      </div>
      <fieldset aria-describedby={`${id('unitIds')}-error`}>
        <legend className="text-xs text-gray-600">{c.units}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {units.map((u) => (
            <label key={u.id} className="text-sm">
              <input type="checkbox" name="unitIds" value={u.id} defaultChecked={chosen.has(u.id)} /> {u.name}
            </label>
          ))}
        </div>
        <FieldError id={id('unitIds')} errors={e.unitIds} />
      </fieldset>
      <TextField
        className="max-w-md"
        id={id('leadOfficial')}
        name="leadOfficial"
        label={c.leadOfficial}
        defaultValue={v.leadOfficial ?? task.leadOfficial}
        errors={e.leadOfficial}
      />
      {needsReason && <ReasonFields id={idPrefix} v={v} e={e} />}
      {adding ? <Add pending={pending} /> : <Save pending={pending} />}
    </form>
  );
}

/** Removes a task (only one nothing has been recorded against): the reason on an active year, then confirm. */
export function TaskRemoveForm({ action, number, version, needsReason }: { action: Action; number: number; version: number; needsReason: boolean }) {
  const { state, formAction, pending, v, e } = useForm(action);
  const id = `rm${number}`;
  return (
    <form action={formAction} className="space-y-2" key={JSON.stringify(v)} data-testid="task-remove">
      <FormMessage status={state.status} message={state.message} />
      <p className="text-xs text-gray-600">{c.removeTaskHint}</p>
      <input type="hidden" name="baseVersion" value={version} />
      {needsReason && <ReasonFields id={id} v={v} e={e} />}
      {/* Opened from 删除任务 (a disclosure) and labelled 确认删除任务N: this is already the second step. */}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-lagging px-3 py-1.5 text-sm text-lagging hover:bg-lagging-bg disabled:opacity-60"
      >
        {c.confirmRemoveTask(number)}
      </button>
    </form>
  );
}

/**
 * One plan step: edits it (`action`), removes it (`removeAction`, when given: a step nobody has
 * reported reached), or — with `adding` — creates a new one on the task from empty fields.
 */
export function MilestoneEditForm({
  action,
  removeAction,
  milestone,
  version,
  needsReason,
  adding = false,
  saved = false,
}: {
  action: Action;
  removeAction?: Action;
  version: number;
  needsReason: boolean;
  adding?: boolean;
  saved?: boolean;
  milestone: { id: number; periodLabel: string; dueDate: string; text: string; cumulativeTarget: number | null };
}) {
  const part = usePartForm(action, removeAction, adding, saved);
  const { latest, formAction, v, e, key } = part;
  const id = adding ? 'ms-new' : `ms${milestone.id}`;
  return (
    <form
      id={adding ? undefined : id}
      action={formAction}
      className="space-y-2 border-t border-gray-100 pt-2"
      key={key}
      data-testid={adding ? 'milestone-add' : 'milestone-edit'}
      data-milestone={adding ? undefined : milestone.id}
    >
      {adding && <h3 className="text-sm font-semibold">{c.addMilestone}</h3>}
      <FormMessage status={latest.status} message={latest.message} errors={e} fieldId={(name) => `${id}-${name}`} />
      <input type="hidden" name="baseVersion" value={version} />
      <div className="flex flex-wrap gap-3">
        <TextField
          className="w-28"
          id={`${id}-periodLabel`}
          name="periodLabel"
          label={c.periodLabel}
          defaultValue={v.periodLabel ?? milestone.periodLabel}
          errors={e.periodLabel}
        />
        <TextField
          className="w-44"
          id={`${id}-dueDate`}
          name="dueDate"
          type="date"
          label={c.dueDate}
          defaultValue={v.dueDate ?? milestone.dueDate}
          errors={e.dueDate}
        />
        <TextField
          className="w-36"
          id={`${id}-cumulativeTarget`}
          name="cumulativeTarget"
          inputMode="decimal"
          label={c.cumulativeTarget}
          defaultValue={v.cumulativeTarget ?? (milestone.cumulativeTarget === null ? '' : String(milestone.cumulativeTarget))}
          errors={e.cumulativeTarget}
        />
      </div>
      <div>
        <label htmlFor={`${id}-text`} className={ui.label}>
          {c.text}
        </label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={2}
          defaultValue={v.text ?? milestone.text}
          className={inputCls}
          aria-invalid={!!e.text}
          aria-describedby={`${id}-text-error`}
        />
        <FieldError id={`${id}-text`} errors={e.text} />
      </div>
      <PartFooter id={id} part={part} needsReason={needsReason} adding={adding} removeLabel={c.removeMilestone} canRemove={!!removeAction} />
    </form>
  );
}

type IndicatorFields = {
  id: number;
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  target: number | null;
  direction: 'AT_LEAST' | 'EXACTLY';
  accrual: 'EVEN' | 'MILESTONES' | 'AT_COMPLETION' | 'NONE';
};
export const NEW_INDICATOR: IndicatorFields = { id: 0, name: '', unitOfMeasure: '', isPercent: false, target: null, direction: 'AT_LEAST', accrual: 'EVEN' };

/** One indicator: edits it, removes it (`removeAction`: one no figure was reported for), or — with `adding` — creates one. */
export function IndicatorEditForm({
  action,
  removeAction,
  indicator,
  version,
  needsReason,
  adding = false,
  saved = false,
}: {
  action: Action;
  removeAction?: Action;
  version: number;
  needsReason: boolean;
  adding?: boolean;
  saved?: boolean;
  indicator: IndicatorFields;
}) {
  const part = usePartForm(action, removeAction, adding, saved);
  const { latest, formAction, v, e, key } = part;
  const id = adding ? 'ind-new' : `ind${indicator.id}`;
  const field = (name: 'name' | 'unitOfMeasure' | 'target', label: string, value: string, cls: string) => (
    <TextField
      className={cls}
      id={`${id}-${name}`}
      name={name}
      label={label}
      defaultValue={v[name] ?? value}
      inputMode={name === 'target' ? 'decimal' : undefined}
      errors={e[name]}
    />
  );
  return (
    <form
      id={adding ? undefined : id}
      action={formAction}
      className="space-y-2 border-t border-gray-100 pt-2"
      key={key}
      data-testid={adding ? 'indicator-add' : 'indicator-edit'}
    >
      {adding && <h3 className="text-sm font-semibold">{c.addIndicator}</h3>}
      <FormMessage status={latest.status} message={latest.message} errors={e} fieldId={(name) => `${id}-${name}`} />
      <input type="hidden" name="baseVersion" value={version} />
      <div className="flex flex-wrap gap-3">
        {field('name', c.indicatorName, indicator.name, 'min-w-64 flex-1')}
        {field('unitOfMeasure', c.unitOfMeasure, indicator.unitOfMeasure, 'w-28')}
        {field(
          'target',
          indicator.isPercent || indicator.unitOfMeasure ? c.target(displayUnit(indicator)) : c.targetPlain,
          indicator.target === null ? '' : String(indicator.target),
          'w-40',
        )}
        <SelectField
          className="w-40"
          id={`${id}-direction`}
          name="direction"
          label={c.direction}
          defaultValue={v.direction ?? indicator.direction}
          options={(['AT_LEAST', 'EXACTLY'] as const).map((d) => ({ value: d, label: c.directions[d] }))}
        />
        <SelectField
          className="w-56"
          id={`${id}-accrual`}
          name="accrual"
          label={c.accrual}
          defaultValue={v.accrual ?? indicator.accrual}
          options={(['EVEN', 'MILESTONES', 'AT_COMPLETION', 'NONE'] as const).map((a) => ({ value: a, label: c.accruals[a] }))}
        />
      </div>
      <PartFooter id={id} part={part} needsReason={needsReason} adding={adding} removeLabel={c.removeIndicator} canRemove={!!removeAction} />
    </form>
  );
}

/** One sub-item (分项): edits its name and note, removes it, or — with `adding` — creates one. */
export function ItemEditForm({
  action,
  removeAction,
  item,
  version,
  needsReason,
  adding = false,
  saved = false,
}: {
  action: Action;
  removeAction?: Action;
  version: number;
  needsReason: boolean;
  adding?: boolean;
  saved?: boolean;
  item: { id: number; name: string; note: string | null; completed?: boolean };
}) {
  const part = usePartForm(action, removeAction, adding, saved);
  const { latest, formAction, v, e, key } = part;
  const id = adding ? 'item-new' : `item${item.id}`;
  return (
    <form
      id={adding ? undefined : id}
      action={formAction}
      className="space-y-2 border-t border-gray-100 pt-2"
      key={key}
      data-testid={adding ? 'item-add' : 'item-edit'}
    >
      {adding && <h3 className="text-sm font-semibold">{c.addItem}</h3>}
      <FormMessage status={latest.status} message={latest.message} errors={e} fieldId={(name) => `${id}-${name}`} />
      <input type="hidden" name="baseVersion" value={version} />
      <div className="flex flex-wrap gap-3">
        <TextField className="min-w-64 flex-1" id={`${id}-name`} name="name" label={c.itemName} defaultValue={v.name ?? item.name} errors={e.name} />
        <TextField className="min-w-64 flex-1" id={`${id}-note`} name="note" label={c.itemNote} defaultValue={v.note ?? item.note ?? ''} errors={e.note} />
      </div>
      <PartFooter id={id} part={part} needsReason={needsReason} adding={adding} removeLabel={c.removeItem} canRemove={!!removeAction} />
    </form>
  );
}

/** A project's title and category: edits it, removes it (`removeAction`: one with no task), or — with `adding` — creates one. */
export function ProjectEditForm({
  action,
  removeAction,
  project,
  needsReason,
  adding = false,
  saved = false,
}: {
  action: Action;
  removeAction?: Action;
  needsReason: boolean;
  adding?: boolean;
  saved?: boolean;
  project: { id: number; title: string; category: Category };
}) {
  const part = usePartForm(action, removeAction, adding, saved);
  const { latest, formAction, v, e, key } = part;
  const id = adding ? 'p-new' : `p${project.id}`;
  return (
    <form
      id={adding ? undefined : `project-${project.id}`}
      action={formAction}
      className="space-y-2"
      key={key}
      data-testid={adding ? 'project-add' : 'project-edit'}
    >
      <FormMessage status={latest.status} message={latest.message} errors={e} fieldId={(name) => `${id}-${name}`} />
      <div className="flex flex-wrap gap-3">
        <TextField
          className="min-w-64 flex-1"
          id={`${id}-title`}
          name="title"
          label={c.projectTitle}
          defaultValue={v.title ?? project.title}
          errors={e.title}
        />
        <SelectField
          className="w-32"
          id={`${id}-category`}
          name="category"
          label={c.category}
          defaultValue={v.category ?? project.category}
          options={CATEGORIES.map((k) => ({ value: k, label: t.category[k] }))}
        />
      </div>
      <PartFooter id={id} part={part} needsReason={needsReason} adding={adding} removeLabel={c.removeProject} canRemove={!!removeAction} />
    </form>
  );
}
