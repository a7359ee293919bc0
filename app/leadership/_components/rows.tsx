'use client';
// The 驾驶舱's lists, drawn from the words and figures the server gave them (./worded): the page's
// inline data carries each row once instead of its markup a second time. Rendered on the server like
// every screen, so the lists read without JavaScript and on paper.
import { PendingLink } from '@/components/pending-link';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { StatusBadge } from '@/components/status-badge';
import { ui } from '@/components/ui';
import { WordedReasons, type WordedReason } from '@/components/worded-reasons';
import type { Status } from '@/lib/domain/status';

export type LeadProject = {
  number: number;
  heading: string;
  status: Status | null;
  counts: Record<Status, number>;
  total: number;
  covered: number;
  actualPct: number | null;
};

export type LaggingRow = {
  number: number;
  /** "任务N". */
  head: string;
  units: string;
  /** "逾期N天", when a step is overdue. */
  overdue: string | null;
  /** The open-notice badge's words, when there are open notices. */
  notices: string | null;
  /** The one-line reason under the row. */
  first: string | null;
  content: string;
  reasons: WordedReason[];
  href: string;
  /** For a leader: the task page with its 领导批示 form open. */
  instructHref?: string;
  /** Where the list holds tasks of every status (我牵头的任务): the task's status, shown beside it. */
  status?: Status;
};

/** A task whose status moved since the comparison date (较上期变化). */
export type ChangeRow = {
  number: number;
  head: string;
  content: string;
  href: string;
  from: Status;
  to: Status;
  /** The move in words, read out in place of the two badges: 由“正常推进”变为“进度滞后”. */
  fromTo: string;
  /** 变差 / 新完成 / 好转 / 改为未完成. */
  movement: string;
  /** Why it stands where it does now (a graver status only). */
  reasons: WordedReason[];
};

export type UnitRow = { code: string; cells: (string | number)[] };
export type EvaluationRow = { code: string; rank: number | string; name: string; score: number | string; parts: { key: string; text: string }[] };
export type DueRow = { key: string; text: string };

/** The ten projects in one line each: title, status, and the status bar of their tasks. */
export function ProjectLines({ projects }: { projects: LeadProject[] }) {
  return (
    <ul className="space-y-2 print:space-y-0.5" data-testid="lead-projects">
      {projects.map((p) => (
        <li
          key={p.number}
          className="grid gap-1 sm:grid-cols-[1fr_16rem] sm:items-center print:grid-cols-[1fr_14rem] print:items-center print:gap-0.5"
          data-project={p.number}
        >
          <div className="text-sm">
            <span className="font-medium">{p.heading}</span> {p.status && <StatusBadge status={p.status} />}
          </div>
          <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
        </li>
      ))}
    </ul>
  );
}

/**
 * 滞后任务 (and 我牵头的任务, with each task's status): compact rows with the full reasons on demand; on paper
 * every reason in full, without disclosure or link.
 */
export function LaggingRows({ rows, open, instruct, testId = 'lead-lagging' }: { rows: LaggingRow[]; open: string; instruct: string; testId?: string }) {
  return (
    <ul className="divide-y divide-gray-100" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.number} className="flex items-start gap-2 py-1.5 print:block print:py-1" data-task={r.number}>
          <details className="min-w-0 flex-1 print:hidden">
            <summary className="cursor-pointer list-inside text-sm">
              <span className="font-medium">{r.head}</span> {r.status && <StatusBadge status={r.status} />} <span className="text-gray-700">{r.units}</span>
              {r.overdue && (
                <span className="ml-1 font-medium text-lagging" data-testid="overdue-days">
                  {r.overdue}
                </span>
              )}
              {r.notices && (
                <span className="ml-1 text-xs text-risk" data-testid="notice-badge">
                  {r.notices}
                </span>
              )}
              {r.first && <span className="block truncate pl-4 text-xs text-lagging">{r.first}</span>}
            </summary>
            <p className="mt-1 pl-4 text-sm text-gray-800">{r.content}</p>
            <div className="pl-4">
              <WordedReasons reasons={r.reasons} />
            </div>
          </details>
          <PendingLink href={r.href} className="no-print shrink-0 text-sm text-blue-800 hover:underline" aria-label={`${open}${r.head}`}>
            {open}
          </PendingLink>
          {r.instructHref && (
            <PendingLink href={r.instructHref} className="no-print shrink-0 text-sm text-blue-800 hover:underline" aria-label={`${instruct}${r.head}`}>
              {instruct}
            </PendingLink>
          )}
          <div className="hidden text-sm print:block" data-testid="lagging-on-paper">
            <p>
              <span className="font-medium">{r.head}</span> {r.units}
              {r.overdue && <span className="ml-1 font-medium">{r.overdue}</span>}：{r.content}
            </p>
            <div className="pl-4">
              <WordedReasons reasons={r.reasons} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The units' reporting table's rows, cell by cell. */
export function UnitRows({ rows }: { rows: UnitRow[] }) {
  return rows.map((u) => (
    <tr key={u.code} className="border-t border-gray-100">
      {u.cells.map((c, i) => (
        <td key={i} className={ui.cell}>
          {c}
        </td>
      ))}
    </tr>
  ));
}

/** 考核's rows: rank, unit, score and each part, named for a phone's cards by the table's columns. */
export function EvaluationRows({ rows }: { rows: EvaluationRow[] }) {
  return rows.map((u) => (
    <tr key={u.code} className="border-t border-gray-100" data-unit={u.code}>
      <td className={ui.cell}>{u.rank}</td>
      <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
        {u.name}
      </th>
      <td className="py-1 pr-2 font-semibold" data-testid="score">
        {u.score}
      </td>
      {u.parts.map((p) => (
        <td key={p.key} className="py-1 pr-2 whitespace-nowrap" data-part={p.key}>
          {p.text}
        </td>
      ))}
    </tr>
  ));
}

/** 近期节点, soonest first, one line each. */
export function DueRows({ rows }: { rows: DueRow[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((m) => (
        <li key={m.key}>{m.text}</li>
      ))}
    </ul>
  );
}

/** 较上期变化: each task that moved, from which status to which, and why it stands where it does now. */
export function ChangeRows({ rows }: { rows: ChangeRow[] }) {
  return (
    <ul className="mt-2 divide-y divide-gray-100" data-testid="changes">
      {rows.map((r) => (
        <li key={r.number} className="py-2 text-sm" data-task={r.number} data-from={r.from} data-to={r.to}>
          <p>
            {/* Underlined: a link inside a line of text is told from the text by more than its colour. */}
            <PendingLink href={r.href} className={ui.inlineLink}>
              {r.head}
            </PendingLink>{' '}
            {r.content}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-1">
            <span className="sr-only">{r.fromTo}</span>
            <span aria-hidden="true" className="contents">
              <StatusBadge status={r.from} />→<StatusBadge status={r.to} />
            </span>
            <span className="text-xs text-gray-700">（{r.movement}）</span>
          </p>
          {r.reasons.length > 0 && <WordedReasons reasons={r.reasons} />}
        </li>
      ))}
    </ul>
  );
}
