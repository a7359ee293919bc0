// The ten projects, each with its status bar and its tasks: deadline, days left, staleness, status.
import { NoticeBadge } from '@/components/notice-badge';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { StatusBadge } from '@/components/status-badge';
import { TaskStatusCell } from '@/components/task-status-cell';
import { ui } from '@/components/ui';
import type { OverviewData } from '@/lib/data/overview';
import { fmtMonth } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { PendingLink } from '@/components/pending-link';

type Project = OverviewData['projects'][number];

function TaskRow({
  row,
  link,
  notices,
  onToday,
}: {
  row: Project['rows'][number];
  link: (n: number) => string;
  notices: number | undefined;
  onToday: boolean;
}) {
  const { task, status } = row;
  return (
    // Its look is the .task-row classes (app/globals.css).
    <li className="task-row" data-testid="task-row" data-task={task.number}>
      <div>
        <PendingLink href={link(task.number)}>
          {task.number}. {task.content}
        </PendingLink>
        <div>
          <NoticeBadge count={notices} href={link(task.number)} />
        </div>
      </div>
      <div>
        <div>{task.units.map((u) => u.name).join('、')}</div>
        <div>
          {t.task.deadline}：{fmtMonth(task.deadlineMonth)}
          {status.status !== 'completed' && <span className="ml-1">（{t.task.daysLeft(status.daysLeft, onToday)}）</span>}
        </div>
        {status.stale && status.status !== 'completed' && (
          <div className="text-risk" data-testid="stale">
            {status.daysSinceUpdate === null ? t.task.never : t.task.stale(status.daysSinceUpdate)}
          </div>
        )}
      </div>
      <TaskStatusCell status={status} />
    </li>
  );
}

export function ProjectList({
  projects,
  year,
  link,
  openNotices,
  onToday,
}: {
  projects: Project[];
  year: number;
  link: (n: number) => string;
  openNotices: Map<number, number>;
  onToday: boolean;
}) {
  return (
    <section aria-labelledby="projects-h" className="space-y-4">
      <h2 id="projects-h" className="font-semibold">
        {t.overview.projects}
      </h2>
      {projects.length === 0 && <p className={ui.hint}>{t.overview.noMatch}</p>}
      {projects.map((p) => (
        // Its look is the .project-card classes (app/globals.css).
        <article key={p.project.number} className="project-card" data-testid="project" data-project={p.project.number}>
          <header>
            <h3 className="font-semibold">
              <PendingLink href={`/projects/${p.project.number}?year=${year}`} className="hover:underline">
                {p.project.numeral}、{p.project.title}
              </PendingLink>
            </h3>
            <span className="tag">{t.category[p.project.category]}</span>
            {p.status && <StatusBadge status={p.status} />}
            <div>
              <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
            </div>
          </header>
          <ul>
            {p.rows.map((r) => (
              <TaskRow key={r.task.number} row={r} link={link} notices={openNotices.get(r.task.number)} onToday={onToday} />
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
