'use client';
// 半年对标's table body: one row per indicator, grouped by project when sorted so. A client component
// drawn from the row's words (`WordedRow`, written on the server by ./worded-rows): the page's inline
// data then carries each row's words once instead of its markup a second time (docs/performance.md,
// "Lists sent once"). Rendered on the server like every screen, so the table reads without JavaScript.
import { StatusBadge } from '@/components/status-badge';
import type { Mark } from '@/lib/domain/half-year';
import type { Status } from '@/lib/domain/status';
import { ui } from '@/components/ui';

const MARK_ICON: Record<Mark, string> = {
  ahead: '▲',
  on_pace: '●',
  behind: '▼',
  before_plan: '◇',
  mismatch: '≠',
  approx: '≈',
  not_reported: '—',
  not_judged: '—',
  no_indicator: '—',
};

/** One indicator's row as it reads: every cell already in words. */
export type WordedRow = {
  key: string;
  task: number;
  /** 任务N */
  head: string;
  /** The task's content (the head's tooltip) and status reason: on the first of its rows on the page only. */
  content?: string;
  reason?: string;
  status: Status;
  mark: Mark;
  variancePts: number | null;
  /** A task without an indicator: what it says instead of the figures, and its next milestone. */
  none?: { text: string; next?: string };
  name: string;
  note?: string;
  target: string;
  /** The figure and its date, or null: 未提及 (`notMentioned`). */
  actual: { text: string; asOf: string } | null;
  pct: string;
  expected: string;
  variance: string;
  plan: string;
  markText: string;
  markNext?: string;
};

/** A project's rows, under its heading (none when sorted by variance). */
export type WordedGroup = { key: string; heading?: { title: string; category: string }; rows: WordedRow[] };

function Row({ r, notMentioned }: { r: WordedRow; notMentioned: string }) {
  return (
    // The row and its cells take their look from `.hy` in app/globals.css, by column; the mark its colour from the row's `data-mark`.
    <tr data-testid="hy-row" data-task={r.task} data-status={r.status} data-mark={r.mark} data-variance={r.variancePts ?? ''}>
      <th scope="row" className="sticky-col" title={r.content}>
        {r.head}
      </th>
      <td data-testid="hy-status">
        <StatusBadge status={r.status} />
        {r.reason && <span className="mt-0.5 block max-w-56 text-xs text-gray-700 print:max-w-none">{r.reason}</span>}
      </td>
      {r.none ? (
        <td className="text-gray-600" colSpan={7}>
          {r.none.text}
          {r.none.next && <span className="block text-xs">{r.none.next}</span>}
        </td>
      ) : (
        <>
          <td>
            {r.name}
            {r.note && <span className={ui.label}>{r.note}</span>}
          </td>
          <td>{r.target}</td>
          <td>
            {r.actual === null ? (
              <span className="text-gray-600">{notMentioned}</span>
            ) : (
              <>
                {r.actual.text}
                <span className={`${ui.label} whitespace-nowrap`}>{r.actual.asOf}</span>
              </>
            )}
          </td>
          <td>{r.pct}</td>
          <td>{r.expected}</td>
          <td>{r.variance}</td>
          <td>{r.plan}</td>
        </>
      )}
      <td>
        {!r.none && (
          <span data-testid="hy-mark">
            <span aria-hidden="true">{MARK_ICON[r.mark]} </span>
            {r.markText}
            {r.markNext && <span className={ui.label}>{r.markNext}</span>}
          </span>
        )}
      </td>
    </tr>
  );
}

export function IndicatorRows({ groups, columns, notMentioned }: { groups: WordedGroup[]; columns: number; notMentioned: string }) {
  return groups.map((g) => (
    <tbody key={g.key}>
      {g.heading && (
        <tr className="keep-next">
          <th colSpan={columns} className="pt-3 pb-1 text-left font-semibold">
            {g.heading.title}
            <span className="ml-2 text-xs font-normal text-gray-600">{g.heading.category}</span>
          </th>
        </tr>
      )}
      {g.rows.map((r) => (
        <Row key={r.key} r={r} notMentioned={notMentioned} />
      ))}
    </tbody>
  ));
}
