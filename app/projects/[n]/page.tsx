// Project page: a project's tasks with their status, progress and reasons.
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { TaskStatusCell } from '@/components/task-status-cell';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { ReasonList } from '@/components/reason-list';
import { StatusBadge } from '@/components/status-badge';
import type { SearchParams } from '@/lib/search-params';
import { getProjectDetail } from '@/lib/data/task';
import { fmtMonth } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { projectHref, taskHref, viewOf } from '@/lib/links';
import { PublishedBanner } from '@/components/published-banner';
import { numberedMetadata } from '@/app/numbered-metadata';
import { ui } from '@/components/ui';
import { PendingLink } from '@/components/pending-link';

export const generateMetadata = numberedMetadata(t.pageTitle.project);

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> }) {
  const [{ n }, sp] = await Promise.all([params, searchParams]);
  const number = Number(n);
  if (!Number.isInteger(number)) notFound();
  const data = await getProjectDetail(number, sp);
  if (!data) notFound();
  const { project, rows, asOf, snap, summary } = data;

  return (
    <div className="space-y-5">
      <PublishedBanner published={data.published} live={projectHref(project.number, { year: snap.year })} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className={ui.hint}>
            {t.project.number(project.numeral)} · {t.category[project.category]}
          </p>
          <h1 className="text-xl font-bold">{project.title}</h1>
        </div>
        <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} published={!!data.published} />
      </div>
      <div className="max-w-md space-y-1">
        {summary.status && <StatusBadge status={summary.status} />}
        <ProjectStatusBar counts={summary.counts} total={summary.total} covered={summary.covered} actualPct={summary.actualPct} />
      </div>
      <section aria-labelledby="tasks-h" className="space-y-3">
        <h2 id="tasks-h" className="font-semibold">
          {t.project.tasks}
        </h2>
        {rows.map(({ task, status: s }) => (
          <article key={task.number} className={ui.card} data-testid="task-row" data-task={task.number}>
            <PendingLink href={taskHref(task.number, viewOf(data))} className="font-medium text-blue-800 hover:underline">
              {task.number}. {task.content}
            </PendingLink>
            <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_16rem]">
              <div className="text-xs text-gray-700">
                {task.units.map((u) => u.name).join('、')} · {t.task.deadline}：{fmtMonth(task.deadlineMonth)}
                {s.status !== 'completed' && `（${t.task.daysLeft(s.daysLeft, data.asOfIsToday)}）`}
                <ReasonList reasons={s.reasons} />
              </div>
              <TaskStatusCell status={s} />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
