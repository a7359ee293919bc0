// What the 驾驶舱's lists show, worded here on the server: the client components that draw them
// (./rows) get the words and figures of their rows and nothing more, so the page's inline data
// carries each row once, not its markup a second time (docs/performance.md, "Lists sent once").
import { wordReasons } from '@/components/reason-list';
import type { LeadershipData } from '@/lib/data/leadership';
import type { UnitScore } from '@/lib/domain/evaluation';
import type { OverviewProject, TaskRow } from '@/lib/domain/overview';
import { mostOverdue, needsAttention, type Status } from '@/lib/domain/status';
import type { StatusChange } from '@/lib/domain/changes';
import { fmtDate, fmtPct } from '@/lib/i18n/format';
import { statusLabel } from '@/lib/i18n/parts/task-status';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import type { ChangeRow, DueRow, EvaluationRow, LaggingRow, LeadProject, UnitRow } from './rows';

/** A project's line: its heading, status and the figures of its status bar. */
type ProjectFigures = {
  project: OverviewProject;
  status: Status | null;
  counts: Record<Status, number>;
  total: number;
  covered: number;
  actualPct: number | null;
};

export const leadProjects = (projects: ProjectFigures[]): LeadProject[] =>
  projects.map((p) => ({
    number: p.project.number,
    heading: `${p.project.numeral}、${p.project.title}`,
    status: p.status,
    counts: p.counts,
    total: p.total,
    covered: p.covered,
    actualPct: p.actualPct,
  }));

/** A lagging task's row: the "逾期N天" figure and the one-line reason beside it are the same reason. */
export function laggingRows(lagging: TaskRow[], openNotices: Map<number, number>, link: (n: number) => string, instruct?: (n: number) => string): LaggingRow[] {
  return lagging.map(({ task, status }) => {
    const overdue = mostOverdue(status);
    const first = overdue?.reason ?? status.reasons[0];
    const notices = openNotices.get(task.number);
    return {
      number: task.number,
      head: t.task.number(task.number),
      units: task.units.map((u) => u.name).join('、'),
      overdue: overdue ? t.leadership.laggingDays(overdue.days) : null,
      notices: notices ? t.notice.badge(notices) : null,
      first: first ? describeReason(first) : null,
      content: task.content,
      reasons: wordReasons(status.reasons),
      href: link(task.number),
      ...(instruct ? { instructHref: instruct(task.number) } : {}),
    };
  });
}

/**
 * 我牵头的任务: a lagging task's row, with the task's status, for tasks of every status — the one-line reason
 * (drawn as a warning) only where the task lags or is at risk; the reasons of the others under their disclosure.
 */
export const ledRows = (led: TaskRow[], openNotices: Map<number, number>, link: (n: number) => string, instruct?: (n: number) => string): LaggingRow[] =>
  laggingRows(led, openNotices, link, instruct).map((row, i) => {
    const status = led[i]!.status.status;
    return { ...row, status, first: needsAttention(status) ? row.first : null };
  });

/** A unit's row of the reporting table, cell by cell. */
export const unitRows = (units: LeadershipData['units']): UnitRow[] =>
  units.map((u) => ({
    code: u.unit.code,
    cells: [
      u.unit.name,
      u.tasks,
      u.lagging,
      u.overdueMilestones,
      u.daysSinceReport ?? t.task.never,
      u.onTimeRate === null ? t.leadership.noOpenTasks : fmtPct(u.onTimeRate * 100),
    ],
  }));

/** A unit's score, rank and parts as the 考核 table shows them. */
export const evaluationRows = (scores: UnitScore[]): EvaluationRow[] =>
  scores.map((u) => ({
    code: u.unit.code,
    rank: u.rank ?? '—',
    name: u.unit.name,
    score: u.score ?? t.evaluation.noScore,
    parts: u.parts.map((p) => ({ key: p.key, text: t.evaluation.part(p.pct, p.good, p.total) })),
  }));

/** A milestone due soon, in one line: its date, the days left, the task and the step. */
export const dueRows = (
  milestones: Pick<LeadershipData['dueSoon'][number], 'taskNumber' | 'key' | 'dueDate' | 'daysLeft' | 'text'>[],
  onToday: boolean,
): DueRow[] =>
  milestones.map((m) => ({
    key: `${m.taskNumber}-${m.key}`,
    text: `${fmtDate(m.dueDate)}（${t.leadership.daysLeft(m.daysLeft, onToday)}）· ${t.task.number(m.taskNumber)}：${m.text}`,
  }));

/** A moved task's row: the move in words, and the reasons only where it now stands graver than 正常推进. */
export const changeRows = (changes: readonly StatusChange[], link: (n: number) => string): ChangeRow[] =>
  changes.map(({ row: { task, status }, from, to, movement }) => ({
    number: task.number,
    head: t.task.number(task.number),
    content: task.content,
    href: link(task.number),
    from,
    to,
    fromTo: t.leadership.changes.fromTo(statusLabel(from), statusLabel(to)),
    movement: t.leadership.changes.movement[movement],
    reasons: needsAttention(to) ? wordReasons(status.reasons) : [],
  }));
