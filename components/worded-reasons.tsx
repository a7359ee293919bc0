// The reasons behind a status, already worded, one sentence each, marked by severity in text as well
// as colour. Takes no catalogue: client components draw it from the words the server gave them
// (wordReasons in ./reason-list); ReasonList draws it on the server.
import type { Severity } from '@/lib/domain/status';

/** A reason as the list shows it: its severity and its sentence. */
export type WordedReason = { severity: Severity; text: string };

const MARK = { red: { icon: '✕', cls: 'text-lagging' }, amber: { icon: '!', cls: 'text-risk' }, info: { icon: 'i', cls: 'text-gray-600' } } as const;

export function WordedReasons({ reasons }: { reasons: readonly WordedReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm" data-testid="reasons">
      {reasons.map((r, i) => (
        <li key={i} className={`flex gap-1.5 ${MARK[r.severity].cls}`}>
          <span aria-hidden="true" className="font-bold">
            {MARK[r.severity].icon}
          </span>
          <span>{r.text}</span>
        </li>
      ))}
    </ul>
  );
}
