// 计划调整: every change to the task's plan, and a note when one came after the as-of date.
import { SectionCard } from '@/components/section-card';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';

export function PlanChanges({ changes, asOf }: { changes: TaskDetail['planChanges']; asOf: string }) {
  if (changes.length === 0) return null;
  const c = t.plan.edit;
  const after = changes.filter((x) => x.at.slice(0, 10) > asOf);
  return (
    <SectionCard id="plan-changes" title={c.changes}>
      {after.length > 0 && (
        <p role="note" className="mb-1 rounded bg-risk-bg p-2 text-sm" data-testid="plan-changed-after">
          {c.changedAfter(fmtDateTime(after[0]!.at))}
        </p>
      )}
      <ul className="list-disc pl-5 text-sm" data-testid="plan-changes">
        {changes.map((x, i) => (
          <li key={i}>{c.change(fmtDateTime(x.at), x.action, x.reason)}</li>
        ))}
      </ul>
    </SectionCard>
  );
}
