// 预警: the lagging and at-risk tasks first, each with the reasons the engine gave, as shared rows
// (components/alert-rows.tsx) from the words components/alert-words.ts shapes.
import { alertRows } from '@/components/alert-words';
import { AlertRows } from '@/components/alert-rows';
import { SectionCard } from '@/components/section-card';
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import { t } from '@/lib/i18n/zh-CN';

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
