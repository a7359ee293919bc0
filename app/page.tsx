// Overview (总览): where all tasks stand at the as-of date, which need chasing and why. The page
// composes its parts (app/_components); each part takes only the figures it shows.
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { AsOfForm } from '@/components/as-of-form';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { PrintTitle } from '@/components/print-title';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { StatusCounts } from '@/components/status-counts';
import type { SearchParams } from '@/lib/search-params';
import { getOverview } from '@/lib/data/overview';
import { t } from '@/lib/i18n/zh-CN';
import { exportLinks, hrefWith, publishedQuery, taskHref, viewOf } from '@/lib/links';
import { AlertList } from './_components/alert-list';
import { FilterBar } from './_components/filter-bar';
import { ProjectList } from './_components/project-list';
import { UnitTable } from './_components/unit-table';

// The root page shares the layout's segment, where the title template does not apply: written out.
export const metadata: Metadata = { title: { absolute: `${t.pageTitle.overview} · ${t.app.title}` } };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getOverview(await searchParams);
  if (!data) notFound();
  const { snap, asOf, filters, isDefaultAsOf } = data;
  // The view a link stays in: a published report's frozen plan, or the year at this date.
  const published = publishedQuery(data.published);
  const view = viewOf(data);
  const keep = { year: String(snap.year), asOf, ...published };
  // What a page link keeps: the year, a chosen as-of date (or the published view), the filters and the alert list's length.
  const pageQuery = {
    year: String(snap.year),
    asOf: isDefaultAsOf ? undefined : asOf,
    ...published,
    status: filters.status,
    unit: filters.unit,
    category: filters.category,
    q: filters.q,
    official: filters.official,
    alerts: data.allAlerts ? 'all' : undefined,
  };
  const link = (n: number) => taskHref(n, view);
  return (
    <div className="space-y-6">
      <PublishedBanner published={data.published} live={`/?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={t.pageTitle.overview} asOf={asOf} printedOn={data.today} />
      <PageHeader title={snap.title} subtitle={t.asOf.hint(asOf, data.asOfReason)}>
        <AsOfForm
          asOf={asOf}
          years={data.years}
          published={!!data.published}
          keep={{ year: String(snap.year), status: filters.status, unit: filters.unit, category: filters.category, q: filters.q, official: filters.official }}
        />
      </PageHeader>
      <section aria-labelledby="counts-h">
        <h2 id="counts-h" className="sr-only">
          {t.overview.counts}
        </h2>
        <StatusCounts counts={data.counts} hrefFor={(status) => hrefWith('/', { ...keep, status })} />
      </section>
      <AlertList
        alerts={data.alerts}
        total={data.alertsTotal}
        allHref={hrefWith('/', { ...pageQuery, alerts: 'all', page: data.paging.page > 1 ? String(data.paging.page) : undefined })}
        openNotices={data.openNotices}
        link={link}
      />
      <FilterBar
        year={snap.year}
        asOf={asOf}
        isDefaultAsOf={isDefaultAsOf}
        units={snap.units}
        officials={data.officials}
        filters={filters}
        shown={data.shownCount}
        total={snap.tasks.length}
        snapshot={data.published?.id}
        files={exportLinks('/export/tasks', { ...keep, ...filters })}
      />
      <ProjectList projects={data.projects} links={view} openNotices={data.openNotices} onToday={data.asOfIsToday} />
      <Pager pathname="/" query={pageQuery} {...data.paging} summary={t.overview.pageSummary(data.paging.page, data.paging.pages, data.paging.total)} />
      <UnitTable units={data.units} unitHref={(unit) => hrefWith('/', { ...keep, unit })} />
    </div>
  );
}
