// 节点: the plan's steps with their state at the as-of date, and a warning for steps after the deadline.
import { MilestoneChecklist } from '@/components/milestone-checklist';
import { SectionCard } from '@/components/section-card';
import { stepsAfterDeadline } from '@/lib/domain/milestones';
import { planTextKind } from '@/lib/domain/plan-years';
import { fmtMonth } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';

export function MilestoneSection({ row, asOf }: { row: TaskDetail['row']; asOf: string }) {
  const { task, status } = row;
  const late = stepsAfterDeadline(task.milestones, status.deadline);
  return (
    <SectionCard id="ms" title={t.task.milestones}>
      {late.length > 0 && (
        <p className="mb-2 rounded bg-risk-bg p-2 text-sm text-risk" data-testid="plan-beyond-deadline">
          {t.task.planBeyondDeadline(
            late.map((m) => m.periodLabel),
            fmtMonth(task.deadlineMonth),
          )}
        </p>
      )}
      <MilestoneChecklist milestones={task.milestones} asOf={asOf} source={planTextKind(task)} />
    </SectionCard>
  );
}
