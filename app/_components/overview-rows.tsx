'use client';
// The overview's unit table, drawn from the figures the server shaped (unitRows in ./unit-table): the
// page's inline data carries each row once instead of its markup a second time. Rendered on the server
// like every screen. The alerts' rows are a shared part (components/alert-rows.tsx).
import Link from 'next/link';
import { ui } from '@/components/ui';

export type OverviewUnitRow = { code: string; href: string; name: string; tasks: number; lagging: number; atRisk: number; lastUpdate: string };

/** The unit table's rows: each unit a link to its tasks on the overview. */
export function UnitRows({ rows }: { rows: OverviewUnitRow[] }) {
  return rows.map((u) => (
    <tr key={u.code} className="border-t border-gray-100">
      <td>
        <Link prefetch={false} href={u.href} className={ui.link}>
          {u.name}
        </Link>
      </td>
      <td>{u.tasks}</td>
      <td>{u.lagging}</td>
      <td>{u.atRisk}</td>
      <td className="pr-0">{u.lastUpdate}</td>
    </tr>
  ));
}
