// 领导驾驶舱: the summary for leadership, phone first. The first screen answers "where do we
// stand" in one sentence built from the data, then the status counts; details follow.
import Link from 'next/link';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { PrintButton } from '@/components/print-button';
import { PrintTitle } from '@/components/print-title';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { ReasonList } from '@/components/reason-list';
import { StatusBadge } from '@/components/status-badge';
import { getLeadership } from '@/lib/data/leadership';
import type { SearchParams } from '@/lib/data/evaluated-plan';
import { mostOverdue, STATUS_ORDER } from '@/lib/domain/status';
import { fmtDate, fmtPct } from '@/lib/i18n/format';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import { PARTS } from '@/lib/domain/evaluation';
import { taskHref } from '@/lib/links';
import type { Metadata } from 'next';
import { SectionCard } from '@/components/section-card';
import { LeadershipCharts } from './charts';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';

export const metadata: Metadata = { title: t.pageTitle.leadership };

type Data = NonNullable<Awaited<ReturnType<typeof getLeadership>>>;
const th = 'py-1 pr-2 text-left font-medium';

function StatusCounts({ data }: { data: Data }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-4" data-testid="lead-counts">
      {STATUS_ORDER.map((s) => (
        <li key={s} className="flex items-center justify-between rounded border border-gray-200 bg-white p-3 print:p-1.5">
          <StatusBadge status={s} />
          <span className="text-2xl font-bold">{data.counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/** Compact rows: task, unit, one-line reason, days overdue; the full reasons on demand. */
function LaggingList({ data }: { data: Data }) {
  const c = t.leadership;
  if (data.lagging.length === 0) return <p className={ui.hint}>{c.noLagging}</p>;
  return (
    <ul className="divide-y divide-gray-100" data-testid="lead-lagging">
      {data.lagging.map(({ task, status }) => {
        // The "逾期N天" figure and the one-line reason beside it are the same reason.
        const overdue = mostOverdue(status);
        const first = overdue?.reason ?? status.reasons[0];
        return (
          <li key={task.number} className="flex items-start gap-2 py-1.5 print:block print:py-1" data-task={task.number}>
            <details className="min-w-0 flex-1 print:hidden">
              <summary className="cursor-pointer list-inside text-sm">
                <span className="font-medium">{t.task.number(task.number)}</span>{' '}
                <span className="text-gray-700">{task.units.map((u) => u.name).join('、')}</span>
                {overdue && (
                  <span className="ml-1 font-medium text-lagging" data-testid="overdue-days">
                    {c.laggingDays(overdue.days)}
                  </span>
                )}
                {data.openNotices.get(task.number) ? (
                  <span className="ml-1 text-xs text-risk" data-testid="notice-badge">
                    {t.notice.badge(data.openNotices.get(task.number)!)}
                  </span>
                ) : null}
                {first && <span className="block truncate pl-4 text-xs text-lagging">{describeReason(first)}</span>}
              </summary>
              <p className="mt-1 pl-4 text-sm text-gray-800">{task.content}</p>
              <div className="pl-4">
                <ReasonList reasons={status.reasons} />
              </div>
            </details>
            <Link
              href={taskHref(task.number, { year: data.snap.year, asOf: data.isDefaultAsOf ? undefined : data.asOf })}
              className="no-print shrink-0 text-sm text-blue-800 hover:underline"
              aria-label={`${c.open}${t.task.number(task.number)}`}
            >
              {c.open}
            </Link>
            <LaggingOnPaper task={task} status={status} overdueDays={overdue?.days ?? null} />
          </li>
        );
      })}
    </ul>
  );
}

/** A lagging task on paper: no disclosure, no link, every reason in full. */
function LaggingOnPaper({
  task,
  status,
  overdueDays,
}: {
  task: Data['lagging'][number]['task'];
  status: Data['lagging'][number]['status'];
  overdueDays: number | null;
}) {
  return (
    <div className="hidden text-sm print:block" data-testid="lagging-on-paper">
      <p>
        <span className="font-medium">{t.task.number(task.number)}</span> {task.units.map((u) => u.name).join('、')}
        {overdueDays !== null && <span className="ml-1 font-medium">{t.leadership.laggingDays(overdueDays)}</span>}：{task.content}
      </p>
      <div className="pl-4">
        <ReasonList reasons={status.reasons} />
      </div>
    </div>
  );
}

function ProjectList({ data }: { data: Data }) {
  return (
    <ul className="space-y-2 print:space-y-0.5" data-testid="lead-projects">
      {data.projects.map((p) => (
        <li
          key={p.project.number}
          className="grid gap-1 sm:grid-cols-[1fr_16rem] sm:items-center print:grid-cols-[1fr_14rem] print:items-center print:gap-0.5"
          data-project={p.project.number}
        >
          <div className="text-sm">
            <span className="font-medium">
              {p.project.numeral}、{p.project.title}
            </span>{' '}
            {p.status && <StatusBadge status={p.status} />}
          </div>
          <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
        </li>
      ))}
    </ul>
  );
}

function EvaluationTable({ data }: { data: Data }) {
  const c = t.evaluation;
  if (!data.evaluation) return null;
  const s = data.snap.settings;
  return (
    <section className="rounded border border-gray-200 bg-white p-3 print:hidden" aria-labelledby="eval-h">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="eval-h" className="font-semibold">
          {c.heading}
        </h2>
        <a href={`/export/evaluation?year=${data.snap.year}&asOf=${data.asOf}`} className="no-print text-sm text-blue-800 hover:underline" download>
          {c.csv}
        </a>
      </div>
      <div className="overflow-x-auto" role="region" aria-label={c.heading} tabIndex={0}>
        <table className="w-full text-sm" data-testid="evaluation">
          <thead className="text-xs text-gray-600">
            <tr>
              {[...c.cols, ...PARTS.map((p) => c.parts[p])].map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.evaluation.map((u) => (
              <tr key={u.unit.code} className="border-t border-gray-100" data-unit={u.unit.code}>
                <td className={ui.cell}>{u.rank ?? '—'}</td>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {u.unit.name}
                </th>
                <td className="py-1 pr-2 font-semibold" data-testid="score">
                  {u.score ?? c.noScore}
                </td>
                {u.parts.map((p) => (
                  <td key={p.key} className="py-1 pr-2 whitespace-nowrap" data-part={p.key}>
                    {c.part(p.pct, p.good, p.total)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600">
        {c.intro({ reports: s.weightReports, milestones: s.weightMilestones, lagging: s.weightLagging, notices: s.weightNotices, returned: s.weightReturned })}
      </p>
    </section>
  );
}

function UnitTable({ data }: { data: Data }) {
  const c = t.leadership;
  return (
    <>
      <div className="overflow-x-auto" role="region" aria-label={c.units} tabIndex={0}>
        <table className="w-full text-sm">
          <TableHead columns={Object.values(c.unitCols)} />
          <tbody>
            {data.units.map((u) => (
              <tr key={u.unit.code} className="border-t border-gray-100">
                <td className={ui.cell}>{u.unit.name}</td>
                <td className={ui.cell}>{u.tasks}</td>
                <td className={ui.cell}>{u.lagging}</td>
                <td className={ui.cell}>{u.overdueMilestones}</td>
                <td className={ui.cell}>{u.daysSinceReport ?? t.task.never}</td>
                <td className={ui.cell}>{u.onTimeRate === null ? c.noOpenTasks : fmtPct(u.onTimeRate * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-gray-600" data-testid="rate-definition">
        {c.rateDefinition(data.snap.settings.staleDays)}
      </p>
    </>
  );
}

export default async function LeadershipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getLeadership(await searchParams);
  if (!data) notFound();
  const { snap, asOf } = data;
  const c = t.leadership;
  return (
    <div className="space-y-4 print:space-y-2">
      <PublishedBanner published={data.published} live={`/leadership?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={c.heading} asOf={asOf} printedOn={data.today} />
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-xl font-bold">{c.heading}</h1>
          <p className={ui.hint}>
            {snap.title} · {t.asOf.hint(asOf, data.asOfReason)}
          </p>
        </div>
        <div className="flex items-end gap-2">
          <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} />
          <PrintButton />
        </div>
      </div>
      <p className="rounded border-l-4 border-gray-800 bg-white p-3 text-base font-medium print:p-1.5 print:text-sm" data-testid="headline">
        {c.headline(data.headline)}
      </p>
      <StatusCounts data={data} />
      <SectionCard id="lag" title={c.lagging} className="print:border-0 print:p-0">
        <LaggingList data={data} />
      </SectionCard>
      <SectionCard id="proj" title={c.projects} className="print:border-0 print:p-0">
        <ProjectList data={data} />
      </SectionCard>
      {/* On paper the 驾驶舱 is one A4 page: headline, counts, lagging tasks in full, projects. */}
      <LeadershipCharts counts={data.counts} trend={data.trend} />
      <SectionCard id="units" title={c.units} className="print:hidden">
        <UnitTable data={data} />
      </SectionCard>
      <EvaluationTable data={data} />
      <SectionCard id="due" title={c.dueSoon} className="print:hidden">
        {data.dueSoon.length === 0 ? (
          <p className={ui.hint}>{c.noDueSoon}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.dueSoon.map((m) => (
              <li key={`${m.taskNumber}-${m.key}`}>
                {fmtDate(m.dueDate)}（{c.daysLeft(m.daysLeft, data.asOfIsToday)}）· {t.task.number(m.taskNumber)}：{m.text}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
