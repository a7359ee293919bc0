// The line under a list cut to its first entries: how many are shown of how many, and a link to all
// (not printed).
// Nothing when the list is whole.
import Link from 'next/link';
import { ui } from '@/components/ui';

export function ShowAll({
  shown,
  total,
  summary,
  label,
  href,
  testId,
}: {
  shown: number;
  total: number;
  summary: string;
  label: string;
  href: string;
  testId: string;
}) {
  if (shown >= total) return null;
  return (
    <p className="mt-2 text-sm text-gray-700" data-testid={testId}>
      {summary}
      {/* On paper the line says how many there are; a link is of no use there. */}
      <span className="no-print">
        {' · '}
        <Link prefetch={false} href={href} className={ui.inlineLink}>
          {label}
        </Link>
      </span>
    </p>
  );
}
