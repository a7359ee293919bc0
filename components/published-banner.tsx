// Banners above a dashboard: a published report's frozen data ("as published") with the way back to live
// data; a draft or archived year; a plan changed after the date the dashboard evaluates.
import Link from 'next/link';
import { ui } from '@/components/ui';
import type { PlanChanged } from '@/lib/domain/plan-years';
import type { PublishedView } from '@/lib/data/evaluated-plan';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { taskHref } from '@/lib/links';

/** Says a page shows a published report's frozen data (`note`: what on it is not frozen), with the way to the live page. */
export function PublishedBanner({ published, live, note }: { published: PublishedView | null; live: string; note?: string }) {
  if (!published) return null;
  return (
    <p role="status" className="rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="as-published-banner">
      {t.report.ui.dashboardBanner(published.id, published.title, fmtDateTime(published.publishedAt))}
      {note}{' '}
      <Link href={`/reports/${published.id}`} className={ui.inlineLink}>
        {t.report.ui.open}
      </Link>
      {' · '}
      <Link href={live} className={ui.inlineLink}>
        {t.report.ui.liveLink}
      </Link>
    </p>
  );
}

/** Says that a dashboard shows a plan year that is still a draft (seen by the supervision office only) or archived. */
export function YearStatusBanner({ status }: { status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' }) {
  if (!status || status === 'ACTIVE') return null;
  return (
    <p role="status" className="rounded border border-gray-300 bg-gray-50 p-2 text-sm" data-testid="year-status-banner">
      {t.plan.banner[status]}
    </p>
  );
}

/**
 * Says that the plan was changed after the date the dashboard evaluates: the earlier date is judged
 * against the plan as it stands now. Names the tasks, each linked to its list of changes.
 */
export function PlanChangedBanner({ changed, year }: { changed: PlanChanged | null; year: number }) {
  if (!changed) return null;
  return (
    <p role="note" className="rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="plan-changed-banner">
      {t.plan.edit.changedAfterDashboard(fmtDateTime(changed.first), changed.taskNumbers.length + changed.removedNumbers.length)}{' '}
      {changed.taskNumbers.map((n, i) => (
        <span key={n}>
          {i > 0 && '、'}
          <Link href={`${taskHref(n, { year })}#plan-changes`} className={ui.inlineLink}>
            {t.task.number(n)}
          </Link>
        </span>
      ))}
      {changed.removedNumbers.map((n, i) => (
        <span key={`r${n}`}>
          {(i > 0 || changed.taskNumbers.length > 0) && '、'}
          {t.plan.edit.removedTask(n)}
        </span>
      ))}
    </p>
  );
}
