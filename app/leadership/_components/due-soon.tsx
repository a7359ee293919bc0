// 近期节点: the milestones due within the window, soonest first, with the days left.
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function DueSoon({ milestones, onToday }: { milestones: LeadershipData['dueSoon']; onToday: boolean }) {
  const c = t.leadership;
  if (milestones.length === 0) return <p className={ui.hint}>{c.noDueSoon}</p>;
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
