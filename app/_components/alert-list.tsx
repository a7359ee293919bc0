// 预警: the lagging and at-risk tasks first, each with the reasons the engine gave. The rows are drawn
// by a client component (./overview-rows) from the words shaped here.
import { wordReasons } from '@/components/reason-list';
import { SectionCard } from '@/components/section-card';
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import type { TaskRow } from '@/lib/domain/overview';
import { t } from '@/lib/i18n/zh-CN';
import { AlertRows, type AlertRow } from './overview-rows';

/** What an alert's row shows, worded. */
export function alertRows(alerts: TaskRow[], openNotices: Map<number, number>, link: (n: number) => string): AlertRow[] {
  return alerts.map(({ task, status }) => ({
    number: task.number,
    status: status.status,
    title: `${t.task.number(task.number)}：${task.content.slice(0, 40)}${task.content.length > 40 ? '…' : ''}`,
    units: task.units.map((u) => u.name).join('、'),
    notices: openNotices.get(task.number),
    href: link(task.number),
    reasons: wordReasons(status.reasons),
  }));
}

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
      {alerts.length === 0 ? <p className={ui.hint}>{t.overview.noAlerts}</p> : <AlertRows rows={alertRows(alerts, openNotices, link)} />}
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
