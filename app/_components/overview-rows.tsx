'use client';
// The overview's alert list and unit table, drawn from the words and figures the server shaped
// (alertRows in ./alert-list, unitRows in ./unit-table): the page's inline data carries each row once
// instead of its markup a second time. Rendered on the server like every screen.
import Link from 'next/link';
import { NoticeBadge } from '@/components/notice-badge';
import { PendingLink } from '@/components/pending-link';
import { StatusBadge } from '@/components/status-badge';
import { ui } from '@/components/ui';
import { WordedReasons, type WordedReason } from '@/components/worded-reasons';
import type { Status } from '@/lib/domain/status';

export type AlertRow = {
  number: number;
  status: Status;
  /** "任务N：" and the content's first 40 characters. */
  title: string;
  units: string;
  /** Open 督办 notices on the task, if any. */
  notices?: number;
  href: string;
  reasons: WordedReason[];
};

export type OverviewUnitRow = { code: string; href: string; name: string; tasks: number; lagging: number; atRisk: number; lastUpdate: string };

/** 预警's rows: the status, the task, its units and open notices, and the reasons the engine gave. */
export function AlertRows({ rows }: { rows: AlertRow[] }) {
  return (
    <ul className="divide-y divide-gray-100" data-testid="alerts">
      {rows.map((a) => (
        <li key={a.number} className="py-2" data-task={a.number}>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={a.status} />
            <PendingLink href={a.href} className="font-medium text-blue-800 hover:underline">
              {a.title}
            </PendingLink>
            <span className="text-xs text-gray-600">{a.units}</span>
            <NoticeBadge count={a.notices} href={a.href} />
          </div>
          <WordedReasons reasons={a.reasons} />
        </li>
      ))}
    </ul>
  );
}

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
