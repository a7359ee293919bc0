// 提醒: the in-app inbox — the day's reminders of the user's unit (every unit's for the office).
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { MarkReadForm } from '@/components/forms/mark-read-form';
import { markRemindersRead } from '@/lib/actions/reminders';
import { requireActor } from '@/lib/auth/session';
import { getInbox } from '@/lib/data/inbox';
import { taskHref } from '@/lib/links';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.inbox };

const c = t.reminders;

export default async function InboxPage() {
  await requireActor('/inbox');
  const items = await getInbox();
  if (!items) forbidden();
  return (
    <div className="space-y-4">
      <PageHeader title={c.heading} subtitle={c.intro}>
        {items.some((r) => !r.read) && <MarkReadForm action={markRemindersRead} />}
      </PageHeader>
      <SectionCard id="inbox" title={c.heading}>
        {items.length === 0 ? (
          <p className={ui.hint}>{c.none}</p>
        ) : (
          <ul className="divide-y divide-gray-100" data-testid="inbox">
            {items.map((r) => (
              <li key={r.id} className={`py-2 text-sm ${r.read ? 'text-gray-600' : ''}`} data-rule={r.rule} data-read={r.read}>
                <span className={`mr-2 rounded px-1 text-xs ${r.rule === 'OVERDUE' ? 'bg-lagging-bg text-lagging' : 'bg-risk-bg text-risk'}`}>
                  {c.rule[r.rule as keyof typeof c.rule] ?? r.rule}
                </span>
                {!r.read && <span className="mr-2 text-xs font-semibold">{c.unread}</span>}
                <span className="mr-2 text-xs text-gray-600">{fmtDate(r.day)}</span>
                {r.taskNumber && r.planYear ? (
                  <Link prefetch={false} href={taskHref(r.taskNumber, { year: r.planYear })} className={ui.link}>
                    {r.text}
                  </Link>
                ) : (
                  r.text
                )}
                {r.deliveries.length > 0 && (
                  <span className="ml-2 text-xs text-gray-600">
                    {r.deliveries
                      .map(
                        (d) =>
                          `${c.channel[d.channel] ?? d.channel}${c.delivery[d.status] ?? d.status}${d.status !== 'SENT' && d.lastError ? c.deliveryError(d.lastError) : ''}`,
                      )
                      .join(' · ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
