// Per responsible unit: tasks, lagging, at risk, last update; each unit a link to its tasks.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { SectionCard } from '@/components/section-card';
import { TableHead } from '@/components/table-head';
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function UnitTable({ units, unitHref }: { units: OverviewData['units']; unitHref: (code: string) => ComponentProps<typeof Link>['href'] }) {
  const c = t.overview.unitCols;
  return (
    <SectionCard id="units" title={t.overview.units}>
      <div className="overflow-x-auto" role="region" aria-label={t.overview.units} tabIndex={0}>
        {/* Its cells' padding is the .cells class (app/globals.css), not a class on each cell. */}
        <table className="cells w-full text-sm">
          <TableHead columns={[c.unit, c.tasks, c.lagging, c.atRisk, c.lastUpdate]} />
          <tbody>
            {units.map((u) => (
              <tr key={u.unit.code} className="border-t border-gray-100">
                <td>
                  <Link prefetch={false} href={unitHref(u.unit.code)} className={ui.link}>
                    {u.unit.name}
                  </Link>
                </td>
                <td>{u.tasks}</td>
                <td>{u.lagging}</td>
                <td>{u.atRisk}</td>
                <td className="pr-0">{u.lastUpdate ? fmtDate(u.lastUpdate) : t.task.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
