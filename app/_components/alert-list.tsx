// 预警: the lagging and at-risk tasks first, each with the reasons the engine gave.
import { NoticeBadge } from '@/components/notice-badge';
import { ReasonList } from '@/components/reason-list';
import { SectionCard } from '@/components/section-card';
import { ShowAll } from '@/components/show-all';
import { StatusBadge } from '@/components/status-badge';
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import { t } from '@/lib/i18n/zh-CN';
import { PendingLink } from '@/components/pending-link';

export function AlertList({
  alerts,
  total,
  allHref,
  openNotices,
  link,
}: {
  alerts: OverviewData['alerts'];
  /** How many alerts there are (more than shown: a link shows them all). */
  total: number;
  allHref: string;
  openNotices: Map<number, number>;
  link: (n: number) => string;
}) {
  return (
    <SectionCard id="alerts" title={t.overview.alerts}>
      {alerts.length === 0 ? (
        <p className={ui.hint}>{t.overview.noAlerts}</p>
      ) : (
        <ul className="divide-y divide-gray-100" data-testid="alerts">
          {alerts.map(({ task, status }) => (
            <li key={task.number} className="py-2" data-task={task.number}>
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={status.status} />
                <PendingLink href={link(task.number)} className="font-medium text-blue-800 hover:underline">
                  {t.task.number(task.number)}：{task.content.slice(0, 40)}
                  {task.content.length > 40 ? '…' : ''}
                </PendingLink>
                <span className="text-xs text-gray-600">{task.units.map((u) => u.name).join('、')}</span>
                <NoticeBadge count={openNotices.get(task.number)} href={link(task.number)} />
              </div>
              <ReasonList reasons={status.reasons} />
            </li>
          ))}
        </ul>
      )}
      <ShowAll
        shown={alerts.length}
        total={total}
        summary={t.overview.alertsMore(alerts.length, total)}
        label={t.overview.alertsAll}
        href={allHref}
        testId="alerts-more"
      />
    </SectionCard>
  );
}
