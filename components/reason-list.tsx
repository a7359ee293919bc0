// The reasons behind a status, one sentence each, marked by severity in text as well as colour.
import type { SeverityReason } from '@/lib/domain/status';
import { describeReason } from '@/lib/i18n/zh-CN';

const MARK = { red: { icon: '✕', cls: 'text-lagging' }, amber: { icon: '!', cls: 'text-risk' }, info: { icon: 'i', cls: 'text-gray-600' } } as const;

export function ReasonList({ reasons }: { reasons: SeverityReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm" data-testid="reasons">
      {reasons.map((r, i) => (
        <li key={i} className={`flex gap-1.5 ${MARK[r.severity].cls}`}>
          <span aria-hidden="true" className="font-bold">
            {MARK[r.severity].icon}
          </span>
          <span>{describeReason(r)}</span>
        </li>
      ))}
    </ul>
  );
}
