'use client';
// Lagging and at-risk tasks as rows — the status, the task, its units and open notices, the reasons the
// engine gave — drawn from the words the server shaped (alertRows, ./alert-words): the page's inline data
// carries each row once. The overview's 预警 and the 督办台账's 滞后未督办 draw them.
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
  /** A step to take on the task (发出督办通知 on the 督办台账), after its badges. */
  action?: { href: string; label: string };
};

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
            {a.action && (
              <PendingLink href={a.action.href} className={`text-sm ${ui.inlineLink}`} data-testid="alert-action">
                {a.action.label}
              </PendingLink>
            )}
          </div>
          <WordedReasons reasons={a.reasons} />
        </li>
      ))}
    </ul>
  );
}
