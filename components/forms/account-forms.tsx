'use client';
// 责任单位与账号: a unit (new or renamed), a new account, an account's password reset and deactivation
// — a one-time password is shown once, in its own box — and one's own password change.
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/form-state';
import type { AccountState } from '@/lib/actions/accounts';
import { IDLE } from '@/lib/actions/form-state';
import { accounts, password, role } from '@/lib/i18n/parts/accounts';
import { FieldError, FormMessage, inputCls, TextField } from './field';
import { ui } from '@/components/ui';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { accounts, password, role };

type Action<S> = (prev: S, fd: FormData) => Promise<S>;
const c = t.accounts;

function OneTimePassword({ state }: { state: AccountState }) {
  if (!state.oneTimePassword || !state.username) return null;
  return (
    <div className="rounded border-2 border-risk bg-risk-bg p-2 text-sm" data-testid="one-time-password">
      <p className="font-mono font-medium">{c.oneTime(state.username, state.oneTimePassword)}</p>
      <p>{c.oneTimeHint}</p>
    </div>
  );
}

export function UnitForm({
  action,
  unit,
  idPrefix,
}: {
  action: Action<AccountState>;
  idPrefix: string;
  unit?: {
    code: string;
    name: string;
    fullName?: string | null;
    aliases?: { alias: string }[];
    wecomWebhook?: string | null;
    dingtalkWebhook?: string | null;
    dingtalkSecret?: string | null;
    robotPrefix?: string | null;
  };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE as AccountState);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-start gap-2"
      key={state.status === 'ok' && !unit ? 'done' : JSON.stringify(v)}
      data-testid={`unit-form-${idPrefix}`}
    >
      <div className="w-full">
        <FormMessage status={state.status} message={state.message} errors={e} fieldId={(n) => `${idPrefix}-${n}`} />
      </div>
      <TextField className="w-40" id={`${idPrefix}-code`} name="code" label={c.code} defaultValue={v.code ?? unit?.code ?? ''} errors={e.code} />
      <TextField className="w-56" id={`${idPrefix}-name`} name="name" label={c.name} defaultValue={v.name ?? unit?.name ?? ''} errors={e.name} />
      <TextField
        className="w-72"
        id={`${idPrefix}-fullName`}
        name="fullName"
        label={c.fullName}
        defaultValue={v.fullName ?? unit?.fullName ?? ''}
        errors={e.fullName}
      />
      <TextField
        className="w-full max-w-xl"
        id={`${idPrefix}-aliases`}
        name="aliases"
        label={c.aliases}
        defaultValue={v.aliases ?? unit?.aliases?.map((a) => a.alias).join('、') ?? ''}
        errors={e.aliases}
      />
      {(['wecomWebhook', 'dingtalkWebhook', 'dingtalkSecret', 'robotPrefix'] as const).map((f) => (
        <TextField
          key={f}
          className="w-full max-w-xl"
          id={`${idPrefix}-${f}`}
          name={f}
          inputMode={f.endsWith('Webhook') ? 'url' : undefined}
          label={{ wecomWebhook: c.wecom, dingtalkWebhook: c.dingtalk, dingtalkSecret: c.dingtalkSecret, robotPrefix: c.robotPrefix }[f]}
          defaultValue={v[f] ?? unit?.[f] ?? ''}
          errors={e[f]}
        />
      ))}
      <button type="submit" disabled={pending} className={`mt-4 ${ui.button}`}>
        {c.saveUnit}
      </button>
    </form>
  );
}

/** 发送测试消息: one message to each of the unit's robots, answered with what each said. */
export function RobotTestForm({ action }: { action: Action<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2" data-testid="robot-test">
      <button type="submit" disabled={pending} className={ui.button}>
        {c.testRobots}
      </button>
      {state.status !== 'idle' && (
        <span role="status" className={`text-sm ${state.status === 'ok' ? '' : 'text-lagging'}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}

export function CreateUserForm({ action, units }: { action: Action<AccountState>; units: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, IDLE as AccountState);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <div className="space-y-2">
      <OneTimePassword state={state} />
      <form
        action={formAction}
        className="flex flex-wrap items-start gap-2"
        key={state.status === 'ok' ? `done-${state.username}` : JSON.stringify(v)}
        data-testid="create-user"
      >
        <div className="w-full">
          <FormMessage status={state.status} message={state.message} errors={e} fieldId={(n) => `nu-${n}`} />
        </div>
        <TextField
          className="w-40"
          id="nu-username"
          name="username"
          autoComplete="off"
          label={c.username}
          defaultValue={v.username ?? ''}
          errors={e.username}
        />
        <TextField className="w-40" id="nu-displayName" name="displayName" label={c.displayName} defaultValue={v.displayName ?? ''} errors={e.displayName} />
        <div className="w-36">
          <label htmlFor="nu-role" className={ui.label}>
            {c.role}
          </label>
          <select id="nu-role" name="role" defaultValue={v.role ?? 'UNIT'} className={inputCls} aria-invalid={!!e.role} aria-describedby="nu-role-error">
            {(['UNIT', 'LEADER', 'SUPERVISOR'] as const).map((r) => (
              <option key={r} value={r}>
                {t.role[r]}
              </option>
            ))}
          </select>
          <FieldError id="nu-role" errors={e.role} />
        </div>
        <div className="w-56">
          <label htmlFor="nu-unitId" className={ui.label}>
            {c.unit}
          </label>
          <select id="nu-unitId" name="unitId" defaultValue={v.unitId ?? ''} className={inputCls} aria-invalid={!!e.unitId} aria-describedby="nu-unitId-error">
            <option value="">{c.noUnit}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <FieldError id="nu-unitId" errors={e.unitId} />
        </div>
        <button type="submit" disabled={pending} className={`mt-4 ${ui.button}`}>
          {c.createUser}
        </button>
      </form>
    </div>
  );
}

/**
 * 修改显示名: the account's name in a disclosure of its row (kept open after a save, to say so, or a refusal, the input kept); a
 * leader's is their name as the plan's 牵头区领导 writes it. The office's own row has this alone (no reset, no deactivation).
 */
export function RenameUser({ rename, id, name }: { rename: Action<AccountState>; id: number; name: string }) {
  const [state, action, pending] = useActionState(rename, IDLE as AccountState);
  const e = state.errors ?? {};
  return (
    <details id={`name-${id}`} open={state.status !== 'idle' || undefined}>
      <summary className="cursor-pointer text-xs text-blue-800">{c.rename}</summary>
      <form action={action} className="mt-1 flex flex-wrap items-end gap-2" data-testid="rename-user">
        <div className="w-full">
          <FormMessage status={state.status} message={state.message} errors={e} fieldId={(n) => `rn${id}-${n}`} />
        </div>
        <TextField
          className="w-40"
          id={`rn${id}-displayName`}
          name="displayName"
          label={c.displayName}
          defaultValue={state.values?.displayName ?? name}
          errors={e.displayName}
        />
        <button type="submit" disabled={pending} className="rounded border border-gray-300 bg-white px-2 py-1 text-xs hover:border-gray-500">
          {c.saveName}
        </button>
      </form>
    </details>
  );
}

export function UserActions({
  reset,
  deactivate,
  rename,
  active,
  user,
}: {
  reset: Action<AccountState>;
  deactivate: Action<AccountState>;
  rename: Action<AccountState>;
  active: boolean;
  user: { id: number; displayName: string };
}) {
  const [r, resetAction, resetting] = useActionState(reset, IDLE as AccountState);
  const [d, deactivateAction, deactivating] = useActionState(deactivate, IDLE as AccountState);
  return (
    <div className="space-y-1">
      <div className="flex gap-2 whitespace-nowrap">
        <form action={resetAction}>
          <button type="submit" disabled={resetting} className="rounded border border-gray-300 bg-white px-2 py-0.5 text-xs hover:border-gray-500">
            {c.reset}
          </button>
        </form>
        {active && (
          <form action={deactivateAction}>
            <button type="submit" disabled={deactivating} className="rounded border border-gray-300 bg-white px-2 py-0.5 text-xs hover:border-gray-500">
              {c.deactivate}
            </button>
          </form>
        )}
      </div>
      <OneTimePassword state={r} />
      {r.status === 'error' && (
        <p role="alert" className="text-xs text-lagging">
          {r.message}
        </p>
      )}
      {d.status !== 'idle' && (
        <p role={d.status === 'error' ? 'alert' : 'status'} className="text-xs">
          {d.message}
        </p>
      )}
      <RenameUser rename={rename} id={user.id} name={user.displayName} />
    </div>
  );
}

export function ChangePasswordForm({ action, returnTo }: { action: Action<ActionState>; returnTo: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const e = state.errors ?? {};
  const p = t.password;
  return (
    <form action={formAction} className="max-w-sm space-y-2" data-testid="change-password">
      <FormMessage status={state.status} message={state.message} errors={e} fieldId={(n) => `pw-${n}`} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {(['current', 'next', 'confirm'] as const).map((f) => (
        <div key={f}>
          <label htmlFor={`pw-${f}`} className="block text-sm">
            {p[f]}
          </label>
          <input
            id={`pw-${f}`}
            name={f}
            type="password"
            autoComplete={f === 'current' ? 'current-password' : 'new-password'}
            className={inputCls}
            aria-invalid={!!e[f]}
            aria-describedby={`pw-${f}-error`}
          />
          <FieldError id={`pw-${f}`} errors={e[f]} />
        </div>
      ))}
      <button type="submit" disabled={pending} className={ui.button}>
        {p.submit}
      </button>
    </form>
  );
}
