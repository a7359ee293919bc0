// A table of audit events: when (Asia/Shanghai), who (role or unit, and name), what, on what.
import Link from 'next/link';
import type { AuditRow } from '@/lib/data/audit';
import { taskHref } from '@/lib/links';
import { fmtDateTime } from '@/lib/i18n/format';
import { describeActor, describeEntity, t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';

/**
 * The whole trail (filtered: "none match" when empty), or a task's own history (`ofTask`: no 任务 column —
 * every row is that task — and "none yet" when empty).
 */
export function AuditTable({ events, ofTask = false }: { events: AuditRow[]; ofTask?: boolean }) {
  if (events.length === 0) return <p className={ui.hint}>{ofTask ? t.audit.noHistory : t.audit.empty}</p>;
  const withTask = !ofTask;
  const c = t.audit.cols;
  return (
    <div className="overflow-x-auto" role="region" aria-label={t.audit.heading} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="text-xs text-gray-600">
          <tr>
            <th className="pr-2 whitespace-nowrap">{c.at}</th>
            <th className="pr-2 whitespace-nowrap">{c.actor}</th>
            <th className="pr-2 whitespace-nowrap">{c.action}</th>
            {withTask && <th className="pr-2 whitespace-nowrap">{c.task}</th>}
            <th>{c.entity}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-gray-100 align-top" data-action={e.action}>
              {/* Short names that read only whole: on a phone the table scrolls in its region instead. */}
              <td className={ui.nameCell}>{fmtDateTime(e.at)}</td>
              <td className={ui.nameCell}>{describeActor(e.actor)}</td>
              <td className={ui.nameCell}>{t.audit.actionLabel(e.action)}</td>
              {withTask && (
                <td className={ui.nameCell}>
                  {e.task ? (
                    <Link prefetch={false} href={taskHref(e.task.number, { year: e.task.year })} className={ui.link}>
                      {t.task.inYear(e.task.year, e.task.number)}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              )}
              <td className="max-w-md min-w-48 text-xs text-gray-700" data-testid="audit-entity">
                {describeEntity(e)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
