// Task page: everything about one task, its status with reasons, and its reporting history.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { AuditTable } from '@/components/audit-table';
import { NoticeForm } from '@/components/forms/notice-form';
import { IndicatorTable } from '@/components/indicator-table';
import { MilestoneChecklist } from '@/components/milestone-checklist';
import { planTextKind } from '@/lib/domain/plan-years';
import { NoticeList } from '@/components/notice-list';
import { PageHeader } from '@/components/page-header';
import { PrintTitle } from '@/components/print-title';
import { ReasonList } from '@/components/reason-list';
import { SectionCard } from '@/components/section-card';
import { StatusBadge } from '@/components/status-badge';
import { TaskStatusCell } from '@/components/task-status-cell';
import { issueNotice } from '@/lib/actions/notices';
import type { SearchParams } from '@/lib/data/evaluated-plan';
import { getTaskDetail } from '@/lib/data/task';
import { stepsAfterDeadline } from '@/lib/domain/milestones';
import { isOpenAt } from '@/lib/domain/problems';
import { fmtDate, fmtDateTime, fmtMonth, fmtNumber } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { numberedMetadata } from '@/app/numbered-metadata';
import { ui } from '@/components/ui';

export const generateMetadata = numberedMetadata(t.pageTitle.task);

type Data = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

function StatusSummary({ data }: { data: Data }) {
  const { task, status } = data.row;
  return (
    <section className="grid gap-3 rounded border border-gray-200 bg-white p-3 sm:grid-cols-3" aria-label={t.task.statusReasons}>
      <TaskStatusCell status={status} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-gray-600">{t.task.units}</dt>
        <dd>{task.units.map((u) => u.name).join('、')}</dd>
        <dt className="text-gray-600">{t.task.deadline}</dt>
        <dd>
          {fmtMonth(task.deadlineMonth)}
          {status.status !== 'completed' && (
            <span className={`ml-1 font-medium ${status.daysLeft < 0 ? 'text-lagging' : ''}`} data-testid="days-left">
              （{t.task.daysLeft(status.daysLeft, data.asOfIsToday)}）
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
      <div className="text-sm" id="status-reasons" data-testid="status-reasons">
        <h2 className="font-semibold">{t.task.statusReasons}</h2>
        {status.reasons.length === 0 ? (
          <p className="text-gray-600">{status.status === 'completed' ? t.status.completed : t.task.onTrackNote}</p>
        ) : (
          <ReasonList reasons={status.reasons} />
        )}
      </div>
    </section>
  );
}

function ItemList({ data }: { data: Data }) {
  const { task, status } = data.row;
  if (task.items.length === 0) return null;
  return (
    <SectionCard id="items" title={t.task.items}>
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
              {/* The reason is said once, in 状态说明; the sub-item points to it. */}
              {i.reasons.length > 0 && (
                <a href="#status-reasons" className="text-lagging underline" data-testid="item-reason-link">
                  {t.task.seeStatusReasons}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}

function MilestoneSection({ data }: { data: Data }) {
  const { task, status } = data.row;
  const late = stepsAfterDeadline(task.milestones, status.deadline);
  return (
    <SectionCard id="ms" title={t.task.milestones}>
      {late.length > 0 && (
        <p className="mb-2 rounded bg-risk-bg p-2 text-sm text-risk" data-testid="plan-beyond-deadline">
          {t.task.planBeyondDeadline(
            late.map((m) => m.periodLabel),
            fmtMonth(task.deadlineMonth),
          )}
        </p>
      )}
      <MilestoneChecklist milestones={task.milestones} asOf={data.asOf} source={planTextKind(task)} />
    </SectionCard>
  );
}

function ProblemList({ data }: { data: Data }) {
  const { task } = data.row;
  return (
    <SectionCard id="pb" title={t.task.problems}>
      {task.problems.length === 0 ? (
        <p className={ui.hint}>{t.task.noProblems}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {task.problems.map((p, i) => (
            <li key={i}>
              <span className="mr-1 rounded bg-gray-100 px-1 text-xs">{t.problemKind[p.kind]}</span>
              {p.blocking && <span className="mr-1 rounded bg-lagging-bg px-1 text-xs text-lagging">{t.task.blocking}</span>}
              {p.itemNames.length > 0 && <span className="mr-1 text-gray-600">[{p.itemNames.join('、')}]</span>}
              {/* An open problem is already a sentence of 状态说明: named there once, pointed to here. */}
              {isOpenAt(p, data.asOf) ? (
                <a href="#status-reasons" className="underline" data-testid="problem-reason-link">
                  {t.task.seeStatusReasons}
                </a>
              ) : (
                p.text
              )}
              <span className="ml-1 text-xs text-gray-600">
                （{p.resolvedOn !== null && !isOpenAt(p, data.asOf) ? t.task.resolved(p.resolvedOn) : t.task.open}）
              </span>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function PlanChanges({ data }: { data: Data }) {
  if (data.planChanges.length === 0) return null;
  const c = t.plan.edit;
  const after = data.planChanges.filter((x) => x.at.slice(0, 10) > data.asOf);
  return (
    <SectionCard id="plan-changes" title={c.changes}>
      {after.length > 0 && (
        <p role="note" className="mb-1 rounded bg-risk-bg p-2 text-sm" data-testid="plan-changed-after">
          {c.changedAfter(fmtDateTime(after[0]!.at))}
        </p>
      )}
      <ul className="list-disc pl-5 text-sm" data-testid="plan-changes">
        {data.planChanges.map((x, i) => (
          <li key={i}>{c.change(fmtDateTime(x.at), x.action, x.reason)}</li>
        ))}
      </ul>
    </SectionCard>
  );
}

function NoticeSection({ data }: { data: Data }) {
  if (!data.notices) return null;
  return (
    <SectionCard id="nt" title={t.notice.heading}>
      {data.notices.length === 0 ? (
        <p className={ui.hint}>{t.notice.none}</p>
      ) : (
        <div className="mb-3">
          <NoticeList notices={data.notices} testId="notices" />
        </div>
      )}
      {data.canIssueNotice && (
        <details className="no-print">
          <summary className="cursor-pointer text-sm text-blue-800">{t.notice.issue}</summary>
          <div className="mt-2 max-w-xl">
            <NoticeForm action={issueNotice.bind(null, data.row.task.id)} today={data.today} units={data.row.task.units} />
          </div>
        </details>
      )}
    </SectionCard>
  );
}

function UpdateHistory({ data }: { data: Data }) {
  return (
    <SectionCard id="upd" title={t.task.updates}>
      <ol className="space-y-3">
        {data.history.map((u) => (
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
    </SectionCard>
  );
}

export default async function TaskPage({ params, searchParams }: { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> }) {
  const [{ n }, sp] = await Promise.all([params, searchParams]);
  const number = Number(n);
  if (!Number.isInteger(number)) notFound();
  const data = await getTaskDetail(number, sp);
  if (!data) notFound();
  const { row, project, asOf, snap, events } = data;
  const { task } = row;
  return (
    <article className="space-y-5">
      <PrintTitle plan={snap.title} page={t.pageTitle.task(String(task.number))} asOf={asOf} printedOn={data.today} />
      <PageHeader
        above={
          <Link href={`/projects/${project.number}?year=${snap.year}`} className="hover:underline">
            {t.project.number(project.numeral)}：{project.title}
          </Link>
        }
        title={
          <>
            {t.task.number(task.number)}：{task.content}
          </>
        }
      >
        {data.canSubmit && (
          <Link
            href={`/tasks/${task.number}/update?year=${snap.year}`}
            className="no-print rounded bg-blue-800 px-3 py-1.5 text-sm text-white hover:bg-blue-700"
            data-testid="report-link"
          >
            {t.my.report}
          </Link>
        )}
        <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} />
      </PageHeader>
      <StatusSummary data={data} />
      <PlanChanges data={data} />
      <ItemList data={data} />
      <SectionCard id="ind" title={t.task.indicators}>
        {task.indicators.length === 0 ? <p className={ui.hint}>{t.task.noFigure}</p> : <IndicatorTable rows={row.status.progress.indicators} />}
      </SectionCard>
      <MilestoneSection data={data} />
      <ProblemList data={data} />
      <NoticeSection data={data} />
      <SectionCard id="h2" title={t.task.h2[planTextKind(task)]}>
        <p className="text-sm whitespace-pre-line">{task.h2Plan}</p>
        {task.note && (
          <p className="mt-2 text-sm whitespace-pre-line text-gray-700" data-testid="task-note">
            {t.task.note}：{task.note}
          </p>
        )}
      </SectionCard>
      <UpdateHistory data={data} />
      {events && (
        <SectionCard id="au" title={t.audit.taskHistory}>
          <AuditTable events={events} />
        </SectionCard>
      )}
      <p className="no-print text-sm">
        <Link href={`/?year=${snap.year}`} className={ui.link}>
          {t.task.backToOverview}
        </Link>
      </p>
    </article>
  );
}
