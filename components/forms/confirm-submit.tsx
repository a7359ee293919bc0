'use client';
// A submit button for what cannot be undone (发布, 办结, 退回重办, 启用, 归档, 删除): the first click
// says what will happen and asks again; only the second — 确认 — submits the form.
// The first step is a disclosure (<details>) that the browser opens itself, so the question is asked
// and the form can be sent without JavaScript too (an old intranet browser that cannot run the
// app's scripts); clicking the first step again closes it. With scripts the confirmation takes the
// focus, and 取消 or Esc closes it.
import { useRef } from 'react';
import { useScripted } from './use-scripted';
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
  name,
}: {
  label: string;
  /** What it acts on, when a page has several (撤回批示：任务3): the step's accessible name. */
  name?: string;
  consequence: string;
  pending?: boolean;
  className?: string;
  testId?: string;
  /** Submit to this action instead of the form's own (a removal beside a save). */
  formAction?: (fd: FormData) => void;
}) {
  // Left to the browser (a click before the page is hydrated opens it too); 取消 and Esc close it.
  const box = useRef<HTMLDetailsElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const close = () => {
    if (!box.current) return;
    box.current.open = false;
    box.current.querySelector('summary')?.focus();
  };
  // 取消 needs a script; without one the first step closes the question.
  const scripted = useScripted();
  const cls = className ?? 'rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:border-gray-700 disabled:opacity-60';
  return (
    <details
      ref={box}
      className="inline-block align-top"
      onToggle={(e) => {
        if (e.currentTarget.open) yes.current?.focus();
      }}
    >
      <summary
        className={`${cls} inline-block cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
        data-testid={testId}
        aria-label={name ? `${label}：${name}` : undefined}
      >
        {label}
      </summary>
      <span
        role="alertdialog"
        aria-label={label}
        className="mt-1 inline-flex flex-wrap items-center gap-2 rounded border border-risk bg-risk-bg p-2 text-sm"
        data-testid="confirm-step"
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      >
        <span className="text-gray-900">{consequence}</span>
        <button
          ref={yes}
          type="submit"
          formAction={formAction}
          disabled={pending}
          className="rounded bg-gray-800 px-2 py-1 text-white hover:bg-gray-700 disabled:opacity-60"
        >
          {t.confirm.yes(label)}
        </button>
        {scripted && (
          <button type="button" onClick={close} className="rounded border border-gray-400 bg-white px-2 py-1 hover:border-gray-700">
            {t.confirm.no}
          </button>
        )}
      </span>
    </details>
  );
}
