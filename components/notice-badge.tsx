// "督办中（N）" beside a task that has open 督办 notices, linking to them on the task page.
import Link from 'next/link';
import { noticeBadge } from '@/lib/i18n/parts/notice-badge';

export function NoticeBadge({ count, href }: { count: number | undefined; href: string }) {
  if (!count) return null;
  return (
    <Link
      prefetch={false}
      href={`${href}#nt-h`}
      className="rounded border border-risk bg-risk-bg px-1.5 py-0.5 text-xs text-risk hover:underline"
      data-testid="notice-badge"
    >
      {noticeBadge(count)}
    </Link>
  );
}
