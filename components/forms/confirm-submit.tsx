'use client';
// A submit button for what cannot be undone (发布, 办结, 退回重办, 启用, 归档, 删除): the first click
// says what will happen and asks again; only the second — 确认 — submits the form. 取消 steps back.
import { useState } from 'react';
import { confirm } from '@/lib/i18n/parts/confirm';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { confirm };

export function ConfirmSubmit({
  label,
  consequence,
  pending,
  className,
  testId,
  formAction,
}: {
  label: string;
  consequence: string;
  pending?: boolean;
  className?: string;
  testId?: string;
  /** Submit to this action instead of the form's own (a removal beside a save). */
  formAction?: (fd: FormData) => void;
}) {
  const [asking, setAsking] = useState(false);
  const cls = className ?? 'rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:border-gray-700 disabled:opacity-60';
  if (!asking) {
    return (
      <button type="button" disabled={pending} onClick={() => setAsking(true)} className={cls} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span
      role="alertdialog"
      aria-label={label}
      aria-describedby={undefined}
      className="inline-flex flex-wrap items-center gap-2 rounded border border-risk bg-risk-bg p-2 text-sm"
      data-testid="confirm-step"
    >
      <span className="text-gray-900">{consequence}</span>
      <button
        type="submit"
        formAction={formAction}
        disabled={pending}
        className="rounded bg-gray-800 px-2 py-1 text-white hover:bg-gray-700 disabled:opacity-60"
        autoFocus
      >
        {t.confirm.yes(label)}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded border border-gray-400 bg-white px-2 py-1 hover:border-gray-700">
        {t.confirm.no}
      </button>
    </span>
  );
}
