// A table of audit events.
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

type Event = { id: number; at: Date; action: string; entityType: string; entityId: string; after: string | null; actor: { displayName: string } | null; task: { number: number } | null };

export function AuditTable({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-gray-600">{t.audit.empty}</p>;
  const c = t.audit.cols;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="text-xs text-gray-600">
          <tr><th className="pr-2">{c.at}</th><th className="pr-2">{c.actor}</th><th className="pr-2">{c.action}</th><th className="pr-2">{c.task}</th><th>{c.detail}</th></tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-gray-100 align-top" data-action={e.action}>
              <td className="whitespace-nowrap pr-2">{fmtDate(e.at.toISOString().slice(0, 10))} {e.at.toISOString().slice(11, 16)}</td>
              <td className="pr-2">{e.actor?.displayName ?? t.audit.system}</td>
              <td className="pr-2">{t.audit.actions[e.action] ?? e.action}</td>
              <td className="pr-2">{e.task ? t.task.number(e.task.number) : '—'}</td>
              <td className="max-w-md truncate text-xs text-gray-600" title={e.after ?? ''}>{e.entityType} #{e.entityId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
