// The four status counts, in the one status order; each a link to the filtered list when given one.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { STATUS_ORDER, type Status } from '@/lib/domain/status';

const box = 'flex items-center justify-between rounded border border-gray-200 bg-white p-3';

export function StatusCounts({
  counts,
  hrefFor,
  testId,
}: {
  counts: Record<Status, number>;
  hrefFor?: (s: Status) => ComponentProps<typeof Link>['href'];
  testId?: string;
}) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-4" data-testid={testId}>
      {STATUS_ORDER.map((s) => {
        const inner = (
          <>
            <StatusBadge status={s} />
            <span className="text-2xl font-bold">{counts[s]}</span>
          </>
        );
        return (
          <li key={s} className={hrefFor ? undefined : `${box} print:p-1.5`}>
            {hrefFor ? (
              <Link prefetch={false} href={hrefFor(s)} className={`${box} hover:border-gray-400`} data-testid={`count-${s}`}>
                {inner}
              </Link>
            ) : (
              inner
            )}
          </li>
        );
      })}
    </ul>
  );
}
