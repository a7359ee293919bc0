// Milestones as a checklist with due dates (清单式推进): reached, overdue or upcoming at the as-of date.
import { daysBetween, type IsoDate } from '@/lib/domain/dates';
import { milestoneState } from '@/lib/domain/milestones';
import type { MilestoneInput } from '@/lib/domain/types';
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';

const LOOK = {
  reached: { icon: '☑', icls: 'text-done', cls: 'text-done' },
  overdue: { icon: '☒', icls: 'text-lagging', cls: 'font-medium text-lagging' },
  planned: { icon: '☐', icls: 'text-gray-500', cls: 'text-gray-600' },
} as const;

export function MilestoneChecklist({ milestones, asOf, source }: { milestones: MilestoneInput[]; asOf: IsoDate; source: 'report' | 'plan' }) {
  if (milestones.length === 0) return <p className={ui.hint}>{t.task.noMilestones[source]}</p>;
  return (
    <ul className="space-y-1.5 text-sm" data-testid="milestones">
      {milestones.map((m) => {
        const s = milestoneState(m, asOf);
        const state = s === 'reached' || s === 'overdue' ? s : 'planned';
        return (
          <li key={m.key} className="flex gap-2" data-state={state}>
            <span aria-hidden="true" className={LOOK[state].icls}>
              {LOOK[state].icon}
            </span>
            <span className="min-w-0 flex-1">{m.text}</span>
            <span className={`shrink-0 text-xs ${LOOK[state].cls}`}>
              {state === 'reached'
                ? t.task.milestoneReached(m.reachedOn!)
                : state === 'overdue'
                  ? t.task.milestoneOverdue(daysBetween(m.dueDate, asOf))
                  : t.task.milestoneDue(m.dueDate)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
