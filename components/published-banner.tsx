// Says that a dashboard shows a published report's frozen data ("as published"), with the way back to live data.
import Link from 'next/link';
import type { PublishedView } from '@/lib/data/overview';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function PublishedBanner({ published, live }: { published: PublishedView | null; live: string }) {
  if (!published) return null;
  return (
    <p role="status" className="rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="as-published-banner">
      {t.report.ui.dashboardBanner(published.id, published.title, fmtDateTime(published.publishedAt))}{' '}
      <Link href={`/reports/${published.id}`} className="text-blue-800 underline">{t.report.ui.open}</Link>{' · '}
      <Link href={live} className="text-blue-800 underline">{t.report.ui.liveLink}</Link>
    </p>
  );
}

/** Says that a dashboard shows a plan year that is still a draft (seen by the supervision office only) or archived. */
export function YearStatusBanner({ status }: { status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' }) {
  if (!status || status === 'ACTIVE') return null;
  return <p role="status" className="rounded border border-gray-300 bg-gray-50 p-2 text-sm" data-testid="year-status-banner">{t.plan.banner[status]}</p>;
}
