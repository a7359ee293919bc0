// Per responsible unit: tasks, lagging, at risk, last update; each unit a link to its tasks. The rows
// are drawn by a client component (./overview-rows) from the cells shaped here.
import { SectionCard } from '@/components/section-card';
import { TableHead } from '@/components/table-head';
import type { OverviewData } from '@/lib/data/overview';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { UnitRows, type OverviewUnitRow } from './overview-rows';

/** What a unit's row shows, worded. */
export const unitRows = (units: OverviewData['units'], unitHref: (code: string) => string): OverviewUnitRow[] =>
  units.map((u) => ({
    code: u.unit.code,
    href: unitHref(u.unit.code),
    name: u.unit.name,
    tasks: u.tasks,
    lagging: u.lagging,
    atRisk: u.atRisk,
    lastUpdate: u.lastUpdate ? fmtDate(u.lastUpdate) : t.task.never,
  }));

export function UnitTable({ units, unitHref }: { units: OverviewData['units']; unitHref: (code: string) => string }) {
  const c = t.overview.unitCols;
  return (
    <SectionCard id="units" title={t.overview.units}>
      <div className="overflow-x-auto" role="region" aria-label={t.overview.units} tabIndex={0}>
        {/* Its cells' padding is the .cells class (app/globals.css), not a class on each cell. */}
        <table className="cells w-full text-sm">
          <TableHead columns={[c.unit, c.tasks, c.lagging, c.atRisk, c.lastUpdate]} />
          <tbody>
            <UnitRows rows={unitRows(units, unitHref)} />
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
