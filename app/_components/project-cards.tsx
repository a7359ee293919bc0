'use client';
// The overview's project cards: each project with its status bar and its tasks (deadline, days left,
// staleness, status). A client component drawn from the few figures it shows (`CardProject`, shaped
// on the server by ./project-list): the page's inline data then carries each task's figures once
// instead of its markup a second time (the HTML of `/` 110 → 80 KB; docs/performance.md, "Lists sent once").
// Rendered on the server like every screen, so the cards read without JavaScript.
import { NoticeBadge } from '@/components/notice-badge';
import { PendingLink } from '@/components/pending-link';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { StatusBadge } from '@/components/status-badge';
import { TaskStatusCell } from '@/components/task-status-cell';
import type { Status, TaskStatus } from '@/lib/domain/status';
import type { TaskProgress } from '@/lib/domain/progress';
import { category } from '@/lib/i18n/parts/category';
import { taskRow } from '@/lib/i18n/parts/task-status';
import { fmtMonth } from '@/lib/i18n/format';
import { projectHref, taskHref, type View } from '@/lib/links';
import type { Category } from '@/lib/domain/types';

/** A task as its row shows it. */
export type CardTask = {
  number: number;
  content: string;
  units: string;
  deadlineMonth: string;
  /** Open 督办 notices on the task, if any. */
  notices?: number;
  status: Pick<TaskStatus, 'status' | 'daysLeft' | 'stale' | 'daysSinceUpdate'> & { progress: Pick<TaskProgress, 'actualPct' | 'expectedPct' | 'next'> };
};

/** A project as its card shows it: its figures over its (filtered) tasks and the rows on this page. */
export type CardProject = {
  number: number;
  heading: string;
  category: Category;
  status: Status | null;
  counts: Record<Status, number>;
  total: number;
  covered: number;
  actualPct: number | null;
  rows: CardTask[];
};

function TaskRow({ task, href, onToday }: { task: CardTask; href: string; onToday: boolean }) {
  const { status } = task;
  return (
    // Its look is the .task-row classes (app/globals.css).
    <li className="task-row" data-testid="task-row" data-task={task.number}>
      <div>
        <PendingLink href={href}>
          {task.number}. {task.content}
        </PendingLink>
        <div>
          <NoticeBadge count={task.notices} href={href} />
        </div>
      </div>
      <div>
        <div>{task.units}</div>
        <div>
          {taskRow.deadline}：{fmtMonth(task.deadlineMonth)}
          {status.status !== 'completed' && <span className="ml-1">（{taskRow.daysLeft(status.daysLeft, onToday)}）</span>}
        </div>
        {status.stale && status.status !== 'completed' && (
          <div className="text-risk" data-testid="stale">
            {status.daysSinceUpdate === null ? taskRow.never : taskRow.stale(status.daysSinceUpdate)}
          </div>
        )}
      </div>
      <TaskStatusCell status={status} />
    </li>
  );
}

export function ProjectCards({ projects, links, onToday }: { projects: CardProject[]; links: View; onToday: boolean }) {
  return projects.map((p) => (
    // Its look is the .project-card classes (app/globals.css).
    <article key={p.number} className="project-card" data-testid="project" data-project={p.number}>
      <header>
        <h3 className="font-semibold">
          <PendingLink href={projectHref(p.number, links)} className="hover:underline">
            {p.heading}
          </PendingLink>
        </h3>
        <span className="tag">{category[p.category]}</span>
        {p.status && <StatusBadge status={p.status} />}
        <div>
          <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
        </div>
      </header>
      <ul>
        {p.rows.map((task) => (
          <TaskRow key={task.number} task={task} href={taskHref(task.number, links)} onToday={onToday} />
        ))}
      </ul>
    </article>
  ));
}
