// Per unit for leadership: tasks, lagging, overdue milestones, days since the last report and the
// on-time rate, with the rate's definition under the table.
import { TableHead } from '@/components/table-head';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function UnitTable({ units, staleDays }: { units: LeadershipData['units']; staleDays: number }) {
  const c = t.leadership;
  return (
    <>
      <div className="overflow-x-auto" role="region" aria-label={c.units} tabIndex={0}>
        <table className="w-full text-sm">
          <TableHead columns={Object.values(c.unitCols)} />
          <tbody>
            {units.map((u) => (
              <tr key={u.unit.code} className="border-t border-gray-100">
                <td className={ui.cell}>{u.unit.name}</td>
                <td className={ui.cell}>{u.tasks}</td>
                <td className={ui.cell}>{u.lagging}</td>
                <td className={ui.cell}>{u.overdueMilestones}</td>
                <td className={ui.cell}>{u.daysSinceReport ?? t.task.never}</td>
                <td className={ui.cell}>{u.onTimeRate === null ? c.noOpenTasks : fmtPct(u.onTimeRate * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600" data-testid="rate-definition">
        {c.rateDefinition(staleDays)}
      </p>
    </>
  );
}
