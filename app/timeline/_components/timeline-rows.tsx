'use client';
// The war map's task rows and the same plan as text: client components drawn from each task's marks
// (`MapRow`), so the page's inline data carries the marks once instead of twelve cells per task a
// second time (docs/performance.md, "Lists sent once"). Rendered on the server like every screen: the map
// and its list read without JavaScript.
import { PendingLink } from '@/components/pending-link';
import { StatusBadge } from '@/components/status-badge';
import { ui } from '@/components/ui';
import type { Status } from '@/lib/domain/status';
import type { MilestoneMark } from '@/lib/domain/timeline';
import { fmtDate } from '@/lib/i18n/format';
import { taskRow } from '@/lib/i18n/parts/task-status';
import { timeline } from '@/lib/i18n/parts/timeline';
import { taskHref, type View } from '@/lib/links';
import { MARK, MONTHS } from './marks';

/** A task on the map: its marks and the month its deadline falls in (null outside the year). */
export type MapRow = { number: number; content: string; status: Status; marks: MilestoneMark[]; deadline: number | null };

const RANGE_BAR = { reached: 'bg-done/40', overdue: 'bg-lagging/40', planned: 'bg-gray-300' } as const;

function Row({ row, href }: { row: MapRow; href: string }) {
  const { marks, deadline } = row;
  return (
    <div className="tl-grid tl-row" role="row" data-testid="timeline-row" data-task={row.number} data-status={row.status}>
      <div role="rowheader">
        <PendingLink href={href} title={row.content}>
          {row.number}. <span>{row.content}</span>
        </PendingLink>
        <StatusBadge status={row.status} />
      </div>
      {marks
        .filter((k) => k.fromMonth < k.month)
        .map((k) => (
          // A period such as 7-9月 runs from its first month to its due month.
          <div
            key={`bar-${k.key}`}
            aria-hidden="true"
            className={RANGE_BAR[k.state]}
            style={{ gridColumn: `${k.fromMonth + 1} / ${k.month + 2}` }}
            data-range={k.key}
          />
        ))}
      {MONTHS.map((m) => (
        <div key={m} role="cell">
          {marks
            .filter((k) => k.month === m)
            .map((k) => (
              <span key={k.key} className={MARK[k.state].cls} title={`${k.text}（${MARK[k.state].label}）`} data-mark={k.state}>
                <span aria-hidden="true">{MARK[k.state].icon}</span>
                <span className="sr-only">
                  {k.label}：{MARK[k.state].label}
                </span>
              </span>
            ))}
          {deadline === m && (
            // A deadline month such as 2023.12 is due on its last day: drawn at the end of the month.
            <span className="ml-auto font-bold" title={timeline.legendDeadline} data-mark="deadline">
              <span aria-hidden="true">▼</span>
              <span className="sr-only">{timeline.legendDeadline}</span>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

/** The task rows of the grid; each task's link keeps the view (the year and a chosen as-of date, or a published report). */
export function MapRows({ rows, links }: { rows: MapRow[]; links: View }) {
  return rows.map((row) => <Row key={row.number} row={row} href={taskHref(row.number, links)} />);
}

/** The same plan as text, readable without hovering: for phones, keyboards and screen readers. */
export function MilestoneList({ rows }: { rows: MapRow[] }) {
  return (
    // A chart-table: opened before printing, its summary replaced on paper by a heading.
    <details className={`chart-table ${ui.card}`} data-testid="timeline-list">
      <summary className="cursor-pointer text-sm font-semibold">{timeline.list}</summary>
      <h2 className="hidden text-sm font-semibold print:block">{timeline.list}</h2>
      <ol className="mt-2 space-y-2 text-sm">
        {rows
          .filter((r) => r.marks.length > 0)
          .map(({ number, marks }) => (
            <li key={number}>
              <span className="font-medium">{taskRow.number(number)}</span>
              <ul className="ml-4 list-disc">
                {marks.map((k) => (
                  <li key={k.key} data-mark-text={k.state}>
                    <span className={MARK[k.state].cls}>{MARK[k.state].label}</span> · {fmtDate(k.dueDate)} · {k.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ol>
    </details>
  );
}
