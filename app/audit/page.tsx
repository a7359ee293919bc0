// The audit trail (留痕) for the supervision office, filterable.
import { forbidden } from 'next/navigation';
import { AuditTable } from '@/components/audit-table';
import { requireActor } from '@/lib/auth/session';
import { AUDIT_PAGE, getAuditEvents } from '@/lib/data/audit';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.audit };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireActor('/audit');
  const sp = await searchParams;
  const task = Number(sp.task);
  const events = await getAuditEvents({
    action: sp.action || undefined,
    task: Number.isInteger(task) && task > 0 ? task : undefined,
    actor: sp.actor?.slice(0, 40) || undefined,
  });
  if (!events) forbidden();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{t.audit.heading}</h1>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <label className={ui.filterLabel}>
          {t.audit.filterAction}
          <select name="action" defaultValue={sp.action ?? ''} className={ui.filterField}>
            <option value="">{t.overview.all}</option>
            {Object.entries(t.audit.actions).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className={ui.filterLabel}>
          {t.audit.filterTask}
          <input name="task" inputMode="numeric" defaultValue={sp.task ?? ''} className={`${ui.filterField} w-24`} />
        </label>
        <label className={ui.filterLabel}>
          {t.audit.filterActor}
          <input name="actor" defaultValue={sp.actor ?? ''} className={ui.filterField} />
        </label>
        <button type="submit" className={ui.button}>
          {t.overview.apply}
        </button>
      </form>
      <p className="text-xs text-gray-600">{t.audit.limited(AUDIT_PAGE)}</p>
      <AuditTable events={events} />
    </div>
  );
}
