// 滞后任务 for leadership: compact rows (task, unit, one-line reason, days overdue) with the full
// reasons on demand; on paper every reason in full, without disclosure or link.
import { ReasonList } from '@/components/reason-list';
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { mostOverdue } from '@/lib/domain/status';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import { PendingLink } from '@/components/pending-link';

type Lagging = LeadershipData['lagging'][number];

export function LaggingList({
  lagging,
  total,
  allHref,
  openNotices,
  link,
}: {
  lagging: Lagging[];
  /** How many tasks lag: more than shown when the list is cut to the most overdue. */
  total: number;
  allHref: string;
  openNotices: Map<number, number>;
  link: (n: number) => string;
}) {
  const c = t.leadership;
  if (lagging.length === 0) return <p className={ui.hint}>{c.noLagging}</p>;
  return (
    <>
      <Rows lagging={lagging} openNotices={openNotices} link={link} />
      <ShowAll shown={lagging.length} total={total} summary={c.laggingMore(lagging.length, total)} label={c.laggingAll} href={allHref} testId="lagging-more" />
    </>
  );
}

function Rows({ lagging, openNotices, link }: { lagging: Lagging[]; openNotices: Map<number, number>; link: (n: number) => string }) {
  const c = t.leadership;
  return (
    <ul className="divide-y divide-gray-100" data-testid="lead-lagging">
      {lagging.map(({ task, status }) => {
        // The "逾期N天" figure and the one-line reason beside it are the same reason.
        const overdue = mostOverdue(status);
        const first = overdue?.reason ?? status.reasons[0];
        const notices = openNotices.get(task.number);
        return (
          <li key={task.number} className="flex items-start gap-2 py-1.5 print:block print:py-1" data-task={task.number}>
            <details className="min-w-0 flex-1 print:hidden">
              <summary className="cursor-pointer list-inside text-sm">
                <span className="font-medium">{t.task.number(task.number)}</span>{' '}
                <span className="text-gray-700">{task.units.map((u) => u.name).join('、')}</span>
                {overdue && (
                  <span className="ml-1 font-medium text-lagging" data-testid="overdue-days">
                    {c.laggingDays(overdue.days)}
                  </span>
                )}
                {notices ? (
                  <span className="ml-1 text-xs text-risk" data-testid="notice-badge">
                    {t.notice.badge(notices)}
                  </span>
                ) : null}
                {first && <span className="block truncate pl-4 text-xs text-lagging">{describeReason(first)}</span>}
              </summary>
              <p className="mt-1 pl-4 text-sm text-gray-800">{task.content}</p>
              <div className="pl-4">
                <ReasonList reasons={status.reasons} />
              </div>
            </details>
            <PendingLink
              href={link(task.number)}
              className="no-print shrink-0 text-sm text-blue-800 hover:underline"
              aria-label={`${c.open}${t.task.number(task.number)}`}
            >
              {c.open}
            </PendingLink>
            <LaggingOnPaper task={task} status={status} overdueDays={overdue?.days ?? null} />
          </li>
        );
      })}
    </ul>
  );
}

function LaggingOnPaper({ task, status, overdueDays }: { task: Lagging['task']; status: Lagging['status']; overdueDays: number | null }) {
  return (
    <div className="hidden text-sm print:block" data-testid="lagging-on-paper">
      <p>
        <span className="font-medium">{t.task.number(task.number)}</span> {task.units.map((u) => u.name).join('、')}
        {overdueDays !== null && <span className="ml-1 font-medium">{t.leadership.laggingDays(overdueDays)}</span>}：{task.content}
      </p>
      <div className="pl-4">
        <ReasonList reasons={status.reasons} />
      </div>
    </div>
  );
}
