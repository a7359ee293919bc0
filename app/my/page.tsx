// 我的任务: what a responsible unit has to do next.
import { forbidden } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { NoticeList } from '@/components/notice-list';
import { TaskStatusCell } from '@/components/task-status-cell';
import { requireActor } from '@/lib/auth/session';
import { draftFor } from '@/lib/actions/form-drafts';
import { getMyTasks } from '@/lib/data/my';
import type { SearchParams } from '@/lib/search-params';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { hrefWith, taskHref } from '@/lib/links';
import type { Metadata } from 'next';
import { SectionCard } from '@/components/section-card';
import { ui } from '@/components/ui';
import { PendingLink } from '@/components/pending-link';
import { LatestInstructions } from '@/components/instruction-list';

export const metadata: Metadata = { title: t.pageTitle.my };

export default async function MyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('/my');
  const [data, draft] = await Promise.all([getMyTasks(await searchParams), draftFor(actor.id, '/my')]);
  if (!data) forbidden();
  const { snap, asOf } = data;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">
            {t.my.heading}：{data.unit?.name}
          </h1>
          <p className={ui.hint}>{t.asOf.hint(asOf, data.asOfReason)}</p>
        </div>
        <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} />
      </div>
      <SectionCard id="notices" title={t.my.notices}>
        {data.notices.length === 0 ? (
          <p className={ui.hint}>{t.my.noNotices}</p>
        ) : (
          <NoticeList notices={data.notices} taskHref={(num, year) => taskHref(num, { year })} testId="my-notices" draft={draft} />
        )}
      </SectionCard>
      <SectionCard id="instructions" title={t.instruction.mineHeading}>
        <LatestInstructions
          latest={data.instructions}
          none={t.instruction.mineNone}
          testId="my-instructions"
          allHref={`${hrefWith('/my', { year: String(snap.year), asOf: data.isDefaultAsOf ? undefined : asOf, instructions: 'all' })}#instructions-h`}
        />
      </SectionCard>
      <SectionCard id="due" title={t.my.dueSoon}>
        {data.dueSoon.length === 0 ? (
          <p className={ui.hint}>{t.my.noDueSoon}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.dueSoon.map((x) => (
              <li key={`${x.task}-${x.key}`}>
                {fmtDate(x.dueDate)} · {t.task.number(x.task)}：{x.text}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <section aria-labelledby="tasks-h" className="space-y-2">
        <h2 id="tasks-h" className="font-semibold">
          {t.my.tasks}
        </h2>
        {data.rows.map(({ task, status, submission }) => (
          <article
            key={task.number}
            className="grid gap-2 rounded border border-gray-200 bg-white p-3 sm:grid-cols-[1fr_16rem]"
            data-testid="my-task"
            data-task={task.number}
          >
            <div className="space-y-1">
              <PendingLink href={taskHref(task.number, { year: snap.year })} className="text-sm font-medium text-blue-800 hover:underline">
                {task.number}. {task.content}
              </PendingLink>
              <p className="text-xs text-gray-600">
                {t.task.lastUpdate}：{status.lastUpdate ? fmtDate(status.lastUpdate) : t.task.never}
              </p>
              {submission && (
                <p className="text-xs text-risk">
                  {submission.status === 'PENDING' ? t.my.pending : t.my.returned}
                  {submission.comment && `：${submission.comment}`}
                </p>
              )}
              <PendingLink
                href={`/tasks/${task.number}/update?year=${snap.year}`}
                className="inline-block rounded bg-gray-800 px-3 py-1 text-sm text-white hover:bg-gray-700"
              >
                {t.my.report}
              </PendingLink>
            </div>
            <TaskStatusCell status={status} />
          </article>
        ))}
      </section>
    </div>
  );
}
