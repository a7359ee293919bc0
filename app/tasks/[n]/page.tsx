// Task page: everything about one task, its status with reasons, and its reporting history.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { ProgressBar } from '@/components/progress-bar';
import { ReasonList } from '@/components/reason-list';
import { StatusBadge } from '@/components/status-badge';
import { MilestoneChecklist } from '@/components/milestone-checklist';
import { IndicatorTable } from '@/components/indicator-table';
import type { SearchParams } from '@/lib/data/overview';
import { getTaskDetail } from '@/lib/data/task';
import { issueNotice } from '@/lib/actions/notices';
import { NoticeForm } from '@/components/forms/notice-form';
import { AuditTable } from '@/components/audit-table';
import { fmtDate, fmtMonth, fmtNumber } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { stepsAfterDeadline } from '@/lib/domain/milestones';

export default async function TaskPage({ params, searchParams }: { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> }) {
  const [{ n }, sp] = await Promise.all([params, searchParams]);
  const number = Number(n);
  if (!Number.isInteger(number)) notFound();
  const data = await getTaskDetail(number, sp);
  if (!data) notFound();
  const { row, project, asOf, snap, history } = data;
  const { task, status } = row;
  const { events } = data;
  const late = stepsAfterDeadline(task.milestones, status.deadline);

  return (
    <article className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-gray-600">
            <Link href={`/projects/${project.number}?year=${snap.year}`} className="hover:underline">
              {t.project.number(project.numeral)}：{project.title}
            </Link>
          </p>
          <h1 className="text-lg font-bold">
            {t.task.number(task.number)}：{task.content}
          </h1>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          {data.canSubmit && (
            <Link href={`/tasks/${task.number}/update?year=${snap.year}`} className="no-print rounded bg-blue-800 px-3 py-1.5 text-sm text-white hover:bg-blue-700" data-testid="report-link">
              {t.my.report}
            </Link>
          )}
          <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} />
        </div>
      </div>

      <section className="grid gap-3 rounded border border-gray-200 bg-white p-3 sm:grid-cols-3" aria-label={t.task.statusReasons}>
        <div className="space-y-1">
          <StatusBadge status={status.status} />
          <ProgressBar progress={status.progress} status={status.status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-gray-600">{t.task.units}</dt>
          <dd>{task.units.map((u) => u.name).join('、')}</dd>
          <dt className="text-gray-600">{t.task.deadline}</dt>
          <dd>
            {fmtMonth(task.deadlineMonth)}
            {status.status !== 'completed' && (
              <span className={`ml-1 font-medium ${status.daysLeft < 0 ? 'text-lagging' : ''}`} data-testid="days-left">
                （{t.task.daysLeft(status.daysLeft)}）
              </span>
            )}
          </dd>
          <dt className="text-gray-600">{t.task.lastUpdate}</dt>
          <dd>
            {status.lastUpdate ? fmtDate(status.lastUpdate) : t.task.never}
            {status.stale && status.daysSinceUpdate !== null && <span className="ml-1 text-risk">（{t.task.stale(status.daysSinceUpdate)}）</span>}
          </dd>
          {task.reportClass && (
            <>
              <dt className="text-gray-600">{t.task.reportClass}</dt>
              <dd>{t.reportClass[task.reportClass]}</dd>
            </>
          )}
        </dl>
        <div className="text-sm">
          <h2 className="font-semibold">{t.task.statusReasons}</h2>
          {status.reasons.length === 0 ? <p className="text-gray-600">{status.status === 'completed' ? t.status.completed : t.task.onTrackNote}</p> : <ReasonList reasons={status.reasons} />}
        </div>
      </section>

      {task.items.length > 0 && (
        <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="items-h">
          <h2 id="items-h" className="mb-2 font-semibold">{t.task.items}</h2>
          <ul className="space-y-1 text-sm">
            {status.items.map((i) => {
              const item = task.items.find((x) => x.key === i.key)!;
              const done = i.status === 'completed';
              return (
                <li key={i.key} className="flex flex-wrap items-start gap-2" data-testid="item" data-done={done} data-status={i.status}>
                  <span aria-hidden="true">{done ? '☑' : '☐'}</span>
                  <span>{i.name}</span>
                  <StatusBadge status={i.status} />
                  <span className={done ? 'text-done' : 'text-gray-600'}>{done ? t.task.itemDone(item.completedOn!) : t.task.itemOpen}</span>
                  {i.reasons.length > 0 && <div className="w-full pl-6"><ReasonList reasons={i.reasons} /></div>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="ind-h">
        <h2 id="ind-h" className="mb-2 font-semibold">{t.task.indicators}</h2>
        {task.indicators.length === 0 ? <p className="text-sm text-gray-600">{t.task.noFigure}</p> : <IndicatorTable rows={status.progress.indicators} />}
      </section>

      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="ms-h">
        <h2 id="ms-h" className="mb-2 font-semibold">{t.task.milestones}</h2>
        {late.length > 0 && (
          <p className="mb-2 rounded bg-risk-bg p-2 text-sm text-risk" data-testid="plan-beyond-deadline">{t.task.planBeyondDeadline(late.map((m) => m.periodLabel), fmtMonth(task.deadlineMonth))}</p>
        )}
        <MilestoneChecklist milestones={task.milestones} asOf={asOf} />
      </section>

      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="pb-h">
        <h2 id="pb-h" className="mb-2 font-semibold">{t.task.problems}</h2>
        {task.problems.length === 0 ? (
          <p className="text-sm text-gray-600">{t.task.noProblems}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {task.problems.map((p, i) => (
              <li key={i}>
                <span className="mr-1 rounded bg-gray-100 px-1 text-xs">{t.problemKind[p.kind]}</span>
                {p.blocking && <span className="mr-1 rounded bg-lagging-bg px-1 text-xs text-lagging">{t.task.blocking}</span>}
                {p.itemNames.length > 0 && <span className="mr-1 text-gray-600">[{p.itemNames.join('、')}]</span>}
                {p.text}
                <span className="ml-1 text-xs text-gray-600">（{p.resolvedOn && p.resolvedOn <= asOf ? t.task.resolved(p.resolvedOn) : t.task.open}）</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.notices && (
        <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="nt-h">
          <h2 id="nt-h" className="mb-2 font-semibold">{t.notice.heading}</h2>
          {data.notices.length === 0 ? <p className="text-sm text-gray-600">{t.notice.none}</p> : (
            <ul className="mb-3 space-y-1 text-sm" data-testid="notices">
              {data.notices.map((n) => (
                <li key={n.id}>
                  <span className="mr-1 rounded bg-gray-100 px-1 text-xs">{t.notice.state[n.overdue ? 'OVERDUE' : n.status]}</span>
                  {n.reason} — {n.requiredAction}（{t.notice.due(n.dueDate)}）
                  {n.answer && <span className="block text-gray-700">{t.notice.answer(n.answer)}</span>}
                </li>
              ))}
            </ul>
          )}
          {data.canIssueNotice && (
            <details className="no-print">
              <summary className="cursor-pointer text-sm text-blue-800">{t.notice.issue}</summary>
              <div className="mt-2 max-w-xl"><NoticeForm action={issueNotice.bind(null, task.id)} /></div>
            </details>
          )}
        </section>
      )}

      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="h2-h">
        <h2 id="h2-h" className="mb-2 font-semibold">{t.task.h2}</h2>
        <p className="whitespace-pre-line text-sm">{task.h2Plan}</p>
      </section>

      <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="upd-h">
        <h2 id="upd-h" className="mb-2 font-semibold">{t.task.updates}</h2>
        <ol className="space-y-3">
          {history.map((u) => (
            <li key={u.id} className="border-l-2 border-gray-300 pl-3 text-sm" data-testid="update">
              <div className="flex flex-wrap gap-2 text-xs text-gray-600">
                <span className="font-medium text-gray-900">{fmtDate(u.asOf)}</span>
                <span>{u.fromReport ? t.task.fromReport : u.submittedBy?.displayName}</span>
                <span className="rounded bg-gray-100 px-1">{t.updateStatus[u.status]}</span>
              </div>
              <p className="mt-1 whitespace-pre-line">{u.narrative}</p>
              {u.reviewComment && <p className="text-xs text-risk">{t.review.reviewComment(u.reviewComment)}</p>}
              {u.values.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-gray-700">
                  {u.values.map((v, i) => (
                    <li key={i}>
                      {v.indicator.name}：{fmtNumber(v.value)}
                      {v.indicator.unitOfMeasure}
                      {v.asOf !== u.asOf && t.asOfShort(fmtDate(v.asOf))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      {events && (
        <section className="rounded border border-gray-200 bg-white p-3" aria-labelledby="au-h">
          <h2 id="au-h" className="mb-2 font-semibold">{t.audit.taskHistory}</h2>
          <AuditTable events={events} />
        </section>
      )}
      <p className="no-print text-sm">
        <Link href={`/?year=${snap.year}`} className="text-blue-800 hover:underline">{t.task.backToOverview}</Link>
      </p>
    </article>
  );
}
