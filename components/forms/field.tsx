'use client';
// Form field helpers: the error region a field points at, the form's message, and the error
// summary that takes focus after a refused submit (GOV.UK pattern: each item links to its field).
import { useEffect, useId, useRef, useState } from 'react';
import { fieldStrings } from '@/lib/i18n/parts/field';
import { ui } from '@/components/ui';
import { Options } from '@/components/options';
import { SESSION_ENDED, SIGN_IN_AGAIN } from '@/lib/actions/form-state';

/** The catalogue's parts this form shows (lib/i18n/parts: its strings only, not the whole catalogue, go to the browser). */
const t = { form: fieldStrings };

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="text-sm text-lagging">
      {errors?.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

export const inputCls = 'w-full rounded border border-gray-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-lagging';

/** A labelled text input with its error region (small label above, as in the plan editor and admin forms). */
export function TextField({
  id,
  name,
  label,
  defaultValue,
  errors,
  className,
  ...input
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  className?: string;
} & Pick<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'min' | 'max'>) {
  return (
    <div className={className}>
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      <input id={id} name={name} defaultValue={defaultValue} className={inputCls} aria-invalid={!!errors?.length} aria-describedby={`${id}-error`} {...input} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** A labelled select of a closed set (small label above, as TextField). */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  options,
  className,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={inputCls}>
        <Options options={options} />
      </select>
    </div>
  );
}

/**
 * The outcome of a submit, the one pattern of every form: a refusal is the error summary (focused,
 * role=alert, each field's message a link to it); a confirmation takes focus too, so keyboard and
 * screen-reader users hear either.
 */
export function FormMessage({
  status,
  message,
  errors,
  labels,
  fieldId,
}: {
  status: string;
  message?: string;
  /** The refused fields and how the summary names them; `fieldId` maps a field name to its control's id. */
  errors?: Record<string, string[] | undefined>;
  labels?: Record<string, string>;
  fieldId?: (name: string) => string;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message && status === 'ok') ref.current?.focus();
  }, [message, status]);
  if (status === 'error') return <ErrorSummary errors={errors} labels={labels ?? {}} message={message} fieldId={fieldId} />;
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} role="status" data-testid={`form-${status}`} className="rounded bg-ok-bg p-2 text-sm text-ok">
      {message}
    </p>
  );
}

/** After a refused submit: what to fix, each item a link to its field; focused on arrival. */
export function ErrorSummary({
  errors,
  labels,
  message,
  fieldId = (n) => n,
}: {
  errors?: Record<string, string[] | undefined>;
  labels: Record<string, string>;
  message?: string;
  fieldId?: (name: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const entries = Object.entries(errors ?? {}).filter(([, e]) => e && e.length > 0) as [string, string[]][];
  // A field the form did not name is named as its own label says (or its group's legend).
  const [found, setFound] = useState<Record<string, string>>({});
  useEffect(() => {
    const named: Record<string, string> = {};
    for (const [name] of entries) {
      if (labels[name]) continue;
      const control = document.getElementById(fieldId(name));
      const label = control && (document.querySelector(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest('fieldset')?.querySelector('legend'));
      if (label?.textContent) named[name] = label.textContent.trim();
    }
    // Read from the page once it is drawn: the labels are the DOM's, not this component's state.
    queueMicrotask(() => setFound(named));
    if (entries.length > 0 || message) ref.current?.focus();
  }, [errors, message]); // eslint-disable-line react-hooks/exhaustive-deps -- once per submit result
  if (entries.length === 0 && !message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      className="rounded border-2 border-lagging bg-lagging-bg p-3 text-sm text-lagging"
      data-testid="error-summary"
    >
      <h2 id={headingId} className="font-semibold">
        {message ?? t.form.errorSummary}
      </h2>
      {entries.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {entries.map(([name, msgs]) => (
            <li key={name}>
              {/* A session that ended while the form was open: sign in in a new window (here the page and its input would go). */}
              <a
                href={name === SESSION_ENDED ? SIGN_IN_AGAIN : `#${fieldId(name)}`}
                target={name === SESSION_ENDED ? '_blank' : undefined}
                className="underline"
                onClick={(e) => {
                  const field = document.getElementById(fieldId(name));
                  if (!field) return; // the session's link: its page opens in a new window
                  e.preventDefault();
                  field.focus();
                }}
              >
                {(labels[name] ?? found[name]) ? `${labels[name] ?? found[name]}：` : ''}
                {msgs.join('；')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
