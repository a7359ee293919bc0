// 状态: the task's status with its reasons, units (and 牵头区领导 where the plan names one), deadline and days left, last update.
import { ReasonList } from '@/components/reason-list';
import { TaskStatusCell } from '@/components/task-status-cell';
import { fmtDate, fmtMonth } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';

export function StatusSummary({ row, onToday }: { row: TaskDetail['row']; onToday: boolean }) {
  const { task, status } = row;
  return (
    <section className="grid gap-3 rounded border border-gray-200 bg-white p-3 sm:grid-cols-3" aria-label={t.task.statusReasons}>
      <TaskStatusCell status={status} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-gray-600">{t.task.units}</dt>
        <dd>{task.units.map((u) => u.name).join('、')}</dd>
        {task.leadOfficial && (
          <>
            <dt className="text-gray-600">{t.task.leadOfficial}</dt>
            <dd data-testid="lead-official">{task.leadOfficial}</dd>
          </>
        )}
        <dt className="text-gray-600">{t.task.deadline}</dt>
        <dd>
          {fmtMonth(task.deadlineMonth)}
          {status.status !== 'completed' && (
            <span className={`ml-1 font-medium ${status.daysLeft < 0 ? 'text-lagging' : ''}`} data-testid="days-left">
              （{t.task.daysLeft(status.daysLeft, onToday)}）
            </span>
          )}
        </dd>
        <dt className="text-gray-600">{t.task.lastUpdate}</dt>
        <dd>
          {status.lastUpdate ? fmtDate(status.lastUpdate) : t.task.never}
          {status.stale && status.daysSinceUpdate !== null && <span className="ml-1 text-risk">（{t.task.stale(status.daysSinceUpdate)}）</span>}
        </dd>
        {task.reportClass && (
          <>
            <dt className="text-gray-600">{t.task.reportClass}</dt>
            <dd>{t.reportClass[task.reportClass]}</dd>
          </>
        )}
      </dl>
      <div className="text-sm" id="status-reasons" data-testid="status-reasons">
        <h2 className="font-semibold">{t.task.statusReasons}</h2>
        {status.reasons.length === 0 ? (
          <p className="text-gray-600">{status.status === 'completed' ? t.status.completed : t.task.onTrackNote}</p>
        ) : (
          <ReasonList reasons={status.reasons} />
        )}
      </div>
    </section>
  );
}
