// Milestones as a checklist with due dates (清单式推进): reached, overdue or upcoming at the as-of date.
import type { IsoDate } from '@/lib/domain/dates';
import { daysBetween } from '@/lib/domain/dates';
import type { MilestoneInput } from '@/lib/domain/types';
import { t } from '@/lib/i18n/zh-CN';

export function MilestoneChecklist({ milestones, asOf }: { milestones: MilestoneInput[]; asOf: IsoDate }) {
  if (milestones.length === 0) return <p className="text-sm text-gray-600">{t.task.noMilestones}</p>;
  return (
    <ul className="space-y-1.5 text-sm" data-testid="milestones">
      {milestones.map((m) => {
        const reached = m.reachedOn !== null && m.reachedOn <= asOf;
        const overdue = !reached && m.dueDate < asOf;
        return (
          <li key={m.key} className="flex gap-2" data-state={reached ? 'reached' : overdue ? 'overdue' : 'planned'}>
            <span aria-hidden="true" className={reached ? 'text-done' : overdue ? 'text-lagging' : 'text-gray-500'}>
              {reached ? '☑' : overdue ? '☒' : '☐'}
            </span>
            <span className="min-w-0 flex-1">{m.text}</span>
            <span className={`shrink-0 text-xs ${reached ? 'text-done' : overdue ? 'font-medium text-lagging' : 'text-gray-600'}`}>
              {reached ? t.task.milestoneReached(m.reachedOn!) : overdue ? t.task.milestoneOverdue(daysBetween(m.dueDate, asOf)) : t.task.milestoneDue(m.dueDate)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
