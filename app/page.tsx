// Overview (总览): where all tasks stand at the as-of date, which need chasing and why.
import Link from 'next/link';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { FilterSelect, UnitCategoryFilters } from '@/components/filter-select';
import { PageHeader } from '@/components/page-header';
import { NoticeBadge } from '@/components/notice-badge';
import { ProjectStatusBar } from '@/components/project-status-bar';
import { ReasonList } from '@/components/reason-list';
import { SectionCard } from '@/components/section-card';
import { StatusBadge } from '@/components/status-badge';
import { TaskStatusCell } from '@/components/task-status-cell';
import { type SearchParams } from '@/lib/data/evaluated-plan';
import { getOverview } from '@/lib/data/overview';
import { STATUS_ORDER } from '@/lib/domain/status';
import { fmtDate, fmtMonth } from '@/lib/i18n/format';
import { statusLabel, t } from '@/lib/i18n/zh-CN';
import { taskHref } from '@/lib/links';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';

// The root page shares the layout's segment, where the title template does not apply: written out.
export const metadata: Metadata = { title: { absolute: `${t.pageTitle.overview} · ${t.app.title}` } };

type Data = NonNullable<Awaited<ReturnType<typeof getOverview>>>;
const linkTo = (data: Data) => (n: number) => taskHref(n, { year: data.snap.year, asOf: data.isDefaultAsOf ? undefined : data.asOf });
const keepOf = (data: Data) => ({ year: String(data.snap.year), asOf: data.asOf });

function StatusCounts({ data }: { data: Data }) {
  return (
    <section aria-labelledby="counts-h">
      <h2 id="counts-h" className="sr-only">
        {t.overview.counts}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <Link
              href={{ pathname: '/', query: { ...keepOf(data), status: s } }}
              className="flex items-center justify-between rounded border border-gray-200 bg-white p-3 hover:border-gray-400"
              data-testid={`count-${s}`}
            >
              <StatusBadge status={s} />
              <span className="text-2xl font-bold">{data.counts[s]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AlertList({ data }: { data: Data }) {
  const link = linkTo(data);
  return (
    <SectionCard id="alerts" title={t.overview.alerts}>
      {data.alerts.length === 0 ? (
        <p className={ui.hint}>{t.overview.noAlerts}</p>
      ) : (
        <ul className="divide-y divide-gray-100" data-testid="alerts">
          {data.alerts.map(({ task, status }) => (
            <li key={task.number} className="py-2" data-task={task.number}>
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={status.status} />
                <Link href={link(task.number)} className="font-medium text-blue-800 hover:underline">
                  {t.task.number(task.number)}：{task.content.slice(0, 40)}
                  {task.content.length > 40 ? '…' : ''}
                </Link>
                <span className="text-xs text-gray-600">{task.units.map((u) => u.name).join('、')}</span>
                <NoticeBadge count={data.openNotices.get(task.number)} href={link(task.number)} />
              </div>
              <ReasonList reasons={status.reasons} />
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function FilterBar({ data }: { data: Data }) {
  const { snap, filters, asOf } = data;
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2 rounded border border-gray-200 bg-white p-3" aria-label={t.overview.filters}>
      <input type="hidden" name="year" value={snap.year} />
      {!data.isDefaultAsOf && <input type="hidden" name="asOf" value={asOf} />}
      <FilterSelect
        label={t.overview.filterStatus}
        name="status"
        value={filters.status}
        options={STATUS_ORDER.map((s) => ({ value: s, label: statusLabel(s) }))}
      />
      <UnitCategoryFilters units={snap.units} unit={filters.unit} category={filters.category} />
      <label className="flex flex-col text-xs text-gray-600">
        {t.overview.search}
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder={t.overview.searchPlaceholder}
          className="rounded border border-gray-300 px-2 py-1 text-sm text-gray-900"
        />
      </label>
      <button type="submit" className={ui.button}>
        {t.overview.apply}
      </button>
      <Link
        href={{ pathname: '/', query: data.isDefaultAsOf ? { year: snap.year } : keepOf(data) }}
        className="px-2 py-1.5 text-sm text-blue-800 hover:underline"
      >
        {t.overview.clear}
      </Link>
      <span className="ml-auto text-xs text-gray-600" role="status">
        {t.overview.shown(data.shownCount, snap.tasks.length)}
      </span>
      <a href={`/export/tasks?year=${snap.year}&asOf=${asOf}`} className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50" download>
        {t.export.csv}
      </a>
    </form>
  );
}

function TaskRowView({
  row,
  link,
  notices,
  onToday,
}: {
  row: Data['projects'][number]['rows'][number];
  link: (n: number) => string;
  notices: number | undefined;
  onToday: boolean;
}) {
  const { task, status } = row;
  return (
    <li className="grid gap-2 p-3 sm:grid-cols-[1fr_14rem_16rem]" data-testid="task-row" data-task={task.number}>
      <div>
        <Link href={link(task.number)} className="text-sm font-medium text-blue-800 hover:underline">
          {task.number}. {task.content}
        </Link>
        <div>
          <NoticeBadge count={notices} href={link(task.number)} />
        </div>
      </div>
      <div className="text-xs text-gray-700">
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

function ProjectList({ data }: { data: Data }) {
  const link = linkTo(data);
  return (
    <section aria-labelledby="projects-h" className="space-y-4">
      <h2 id="projects-h" className="font-semibold">
        {t.overview.projects}
      </h2>
      {data.projects.length === 0 && <p className={ui.hint}>{t.overview.noMatch}</p>}
      {data.projects.map((p) => (
        <article key={p.project.number} className="rounded border border-gray-200 bg-white" data-testid="project" data-project={p.project.number}>
          <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-gray-100 p-3">
            <h3 className="font-semibold">
              <Link href={`/projects/${p.project.number}?year=${data.snap.year}`} className="hover:underline">
                {p.project.numeral}、{p.project.title}
              </Link>
            </h3>
            <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">{t.category[p.project.category]}</span>
            {p.status && <StatusBadge status={p.status} />}
            <div className="w-full sm:ml-auto sm:w-64">
              <ProjectStatusBar counts={p.counts} total={p.total} covered={p.covered} actualPct={p.actualPct} />
            </div>
          </header>
          <ul className="divide-y divide-gray-100">
            {p.rows.map((r) => (
              <TaskRowView key={r.task.number} row={r} link={link} notices={data.openNotices.get(r.task.number)} onToday={data.asOfIsToday} />
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

function UnitTable({ data }: { data: Data }) {
  const c = t.overview.unitCols;
  return (
    <SectionCard id="units" title={t.overview.units}>
      <div className="overflow-x-auto" role="region" aria-label={t.overview.units} tabIndex={0}>
        <table className="w-full text-left text-sm">
          <TableHead columns={[c.unit, c.tasks, c.lagging, c.atRisk, c.lastUpdate]} />
          <tbody>
            {data.units.map((u) => (
              <tr key={u.unit.code} className="border-t border-gray-100">
                <td className={ui.cell}>
                  <Link href={{ pathname: '/', query: { ...keepOf(data), unit: u.unit.code } }} className={ui.link}>
                    {u.unit.name}
                  </Link>
                </td>
                <td className={ui.cell}>{u.tasks}</td>
                <td className={ui.cell}>{u.lagging}</td>
                <td className={ui.cell}>{u.atRisk}</td>
                <td className="py-1">{u.lastUpdate ? fmtDate(u.lastUpdate) : t.task.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getOverview(await searchParams);
  if (!data) notFound();
  const { snap, asOf, filters } = data;
  return (
    <div className="space-y-6">
      <PublishedBanner published={data.published} live={`/?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PageHeader title={snap.title} subtitle={t.asOf.hint(asOf, data.asOfReason)}>
        <AsOfForm
          asOf={asOf}
          years={data.years}
          keep={{ year: String(snap.year), status: filters.status, unit: filters.unit, category: filters.category, q: filters.q }}
        />
      </PageHeader>
      <StatusCounts data={data} />
      <AlertList data={data} />
      <FilterBar data={data} />
      <ProjectList data={data} />
      <UnitTable data={data} />
    </div>
  );
}
