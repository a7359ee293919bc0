// Form field helpers: a label, the control, and an aria-live error region it points at.
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

export function FormMessage({ status, message }: { status: string; message?: string }) {
  if (!message) return null;
  return (
    <p role={status === 'error' ? 'alert' : 'status'} className={`rounded p-2 text-sm ${status === 'error' ? 'bg-lagging-bg text-lagging' : 'bg-ok-bg text-ok'}`}>
      {message}
    </p>
  );
}
