// 近期节点: the milestones due within the window, soonest first, with the days left.
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

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
      <Rows milestones={milestones} onToday={onToday} />
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

function Rows({ milestones, onToday }: { milestones: LeadershipData['dueSoon']; onToday: boolean }) {
  const c = t.leadership;
  return (
    <ul className="space-y-1 text-sm">
      {milestones.map((m) => (
        <li key={`${m.taskNumber}-${m.key}`}>
          {fmtDate(m.dueDate)}（{c.daysLeft(m.daysLeft, onToday)}）· {t.task.number(m.taskNumber)}：{m.text}
        </li>
      ))}
    </ul>
  );
}
