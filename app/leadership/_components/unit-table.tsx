// Per unit for leadership: tasks, lagging, overdue milestones, days since the last report and the
// on-time rate, with the rate's definition under the table. The rows are drawn by ./rows from the
// cells worded in ./worded.
import { TableHead } from '@/components/table-head';
import type { LeadershipData } from '@/lib/data/leadership';
import { t } from '@/lib/i18n/zh-CN';
import { UnitRows } from './rows';
import { unitRows } from './worded';

export function UnitTable({ units, staleDays }: { units: LeadershipData['units']; staleDays: number }) {
  const c = t.leadership;
  return (
    <>
      <div className="overflow-x-auto" role="region" aria-label={c.units} tabIndex={0}>
        <table className="w-full text-sm">
          <TableHead columns={Object.values(c.unitCols)} />
          <tbody>
            <UnitRows rows={unitRows(units)} />
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600" data-testid="rate-definition">
        {c.rateDefinition(staleDays)}
      </p>
    </>
  );
}
