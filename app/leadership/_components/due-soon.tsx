// 近期节点: the milestones due within the window, soonest first, with the days left (one line
// each, worded in ./worded, drawn by ./rows).
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { t } from '@/lib/i18n/zh-CN';
import { DueRows } from './rows';
import { dueRows } from './worded';

export function DueSoon({
  milestones,
  total,
  allHref,
  onToday,
}: {
  milestones: LeadershipData['dueSoon'];
  /** How many are due in the window: more than shown when the list is cut to the soonest. */
  total: number;
  allHref: string;
  onToday: boolean;
}) {
  const c = t.leadership;
  if (milestones.length === 0) return <p className={ui.hint}>{c.noDueSoon}</p>;
  return (
    <>
      <DueRows rows={dueRows(milestones, onToday)} />
      <ShowAll
        shown={milestones.length}
        total={total}
        summary={c.dueSoonMore(milestones.length, total)}
        label={c.dueSoonAll}
        href={allHref}
        testId="due-more"
      />
    </>
  );
}
