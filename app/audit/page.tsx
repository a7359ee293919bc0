// The audit trail (留痕) for the supervision office, filterable.
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { FilterSelect } from '@/components/filter-select';
import { AuditTable } from '@/components/audit-table';
import { requireActor } from '@/lib/auth/session';
import { AUDIT_PAGE, getAuditEvents } from '@/lib/data/audit';
import { one, wholeParam, type SearchParams } from '@/lib/search-params';
import { hrefWith } from '@/lib/links';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.audit };

/** 更早的记录 (the page after this one) and, on an older page, 回到最新: each keeps the filters. */
function Pages({ filters, before, olderBefore }: { filters: Record<string, string | number | undefined>; before?: number; olderBefore: number | null }) {
  if (!before && olderBefore === null) return null;
  const href = (b?: number) => hrefWith('/audit', Object.fromEntries(Object.entries({ ...filters, before: b }).map(([k, v]) => [k, v?.toString()])));
  return (
    <nav aria-label={t.audit.pages} className="no-print flex gap-4 text-sm">
      {before && (
        <Link prefetch={false} href={href()} className={ui.link}>
          {t.audit.newest}
        </Link>
      )}
      {olderBefore !== null && (
        <Link prefetch={false} href={href(olderBefore)} className={ui.link}>
          {t.audit.older}
        </Link>
      )}
    </nav>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireActor('/audit');
  const sp = await searchParams;
  const filters = { action: one(sp.action), task: wholeParam(sp.task), year: wholeParam(sp.year), actor: one(sp.actor)?.slice(0, 40) || undefined };
  const before = wholeParam(sp.before);
  const page = await getAuditEvents({ ...filters, before });
  if (!page) forbidden();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{t.audit.heading}</h1>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <label className={ui.filterLabel}>
          {t.audit.filterAction}
          <select name="action" defaultValue={filters.action ?? ''} className={ui.filterField}>
            <option value="">{t.overview.all}</option>
            {Object.entries(t.audit.actions).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect label={t.audit.filterYear} name="year" value={one(sp.year)} options={page.years.map((y) => ({ value: String(y), label: String(y) }))} />
        <label className={ui.filterLabel}>
          {t.audit.filterTask}
          <input name="task" inputMode="numeric" defaultValue={one(sp.task) ?? ''} className={`${ui.filterField} w-24`} />
        </label>
        <label className={ui.filterLabel}>
          {t.audit.filterActor}
          <input name="actor" defaultValue={one(sp.actor) ?? ''} className={ui.filterField} />
        </label>
        <button type="submit" className={ui.button}>
          {t.overview.apply}
        </button>
      </form>
      <p className="text-xs text-gray-600">{t.audit.limited(AUDIT_PAGE)}</p>
      <AuditTable events={page.rows} />
      <Pages filters={filters} before={before} olderBefore={page.olderBefore} />
    </div>
  );
}
