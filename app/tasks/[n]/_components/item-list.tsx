// 子项: each sub-item's state; a reason is said once, in 状态说明, and pointed to here.
import { SectionCard } from '@/components/section-card';
import { StatusBadge } from '@/components/status-badge';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';

export function ItemList({ row }: { row: TaskDetail['row'] }) {
  const { task, status } = row;
  if (task.items.length === 0) return null;
  return (
    <SectionCard id="items" title={t.task.items}>
      <ul className="space-y-1 text-sm">
        {status.items.map((i) => {
          const item = task.items.find((x) => x.key === i.key)!;
          const done = i.status === 'completed';
          return (
            <li key={i.key} className="flex flex-wrap items-start gap-2" data-testid="item" data-done={done} data-status={i.status}>
              <span aria-hidden="true">{done ? '☑' : '☐'}</span>
              <span>{i.name}</span>
              <StatusBadge status={i.status} />
              <span className={done ? 'text-done' : 'text-gray-600'}>{done ? t.task.itemDone(item.completedOn!) : t.task.itemOpen}</span>
              {/* The reason is said once, in 状态说明; the sub-item points to it. */}
              {i.reasons.length > 0 && (
                <a href="#status-reasons" className="text-lagging underline" data-testid="item-reason-link">
                  {t.task.seeStatusReasons}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}
