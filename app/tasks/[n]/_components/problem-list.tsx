// 问题: the problems reported for the task, open or resolved at the as-of date.
import { SectionCard } from '@/components/section-card';
import { ui } from '@/components/ui';
import { isOpenAt } from '@/lib/domain/problems';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';

export function ProblemList({ problems, asOf }: { problems: TaskDetail['row']['task']['problems']; asOf: string }) {
  return (
    <SectionCard id="pb" title={t.task.problems}>
      {problems.length === 0 ? (
        <p className={ui.hint}>{t.task.noProblems}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {problems.map((p, i) => (
            <li key={i}>
              <span className="mr-1 rounded bg-gray-100 px-1 text-xs">{t.problemKind[p.kind]}</span>
              {p.blocking && <span className="mr-1 rounded bg-lagging-bg px-1 text-xs text-lagging">{t.task.blocking}</span>}
              {p.itemNames.length > 0 && <span className="mr-1 text-gray-600">[{p.itemNames.join('、')}]</span>}
              {/* An open problem is already a sentence of 状态说明: named there once, pointed to here. */}
              {isOpenAt(p, asOf) ? (
                <a href="#status-reasons" className="underline" data-testid="problem-reason-link">
                  {t.task.seeStatusReasons}
                </a>
              ) : (
                p.text
              )}
              <span className="ml-1 text-xs text-gray-600">
                （{p.resolvedOn !== null && !isOpenAt(p, asOf) ? t.task.resolved(p.resolvedOn) : t.task.open}）
              </span>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
