// 半年对标: every indicator's actual against its annual target at the end of a period (上半年 /
// 全年 / any date). Each row shows its task's status first (the engine's, as on every screen), then
// what the figure alone says.
import Link from 'next/link';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { FilterSelect, UnitCategoryFilters } from '@/components/filter-select';
import { PrintButton } from '@/components/print-button';
import { getHalfYear } from '@/lib/data/half-year';
import { YearSelect, type YearChoice } from '@/components/year-select';
import { PrintTitle } from '@/components/print-title';
import type { SearchParams } from '@/lib/search-params';
import { halfOf, PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods';
import { fmtDate, fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { exportLinks, publishedQuery } from '@/lib/links';
import type { Metadata } from 'next';
import { cardColumns } from '@/components/card-table';
import { KeptFields } from '@/components/kept-fields';
import { LeavesPublishedNote, PUBLISHED_NOTE } from '@/components/as-of-form';
import { ui } from '@/components/ui';
import { Pager } from '@/components/pager';
import { HalfYearChart } from './chart';
import { IndicatorRows } from './_components/indicator-rows';
import { wordedGroups } from './_components/worded-rows';

export const metadata: Metadata = { title: t.pageTitle.halfYear };

function PeriodSwitch({
  year,
  years,
  period,
  asOf,
  keep,
  published,
}: {
  year: number;
  years: YearChoice[];
  period: PeriodKind;
  asOf: string;
  keep: Record<string, string | undefined>;
  /** The page shows a published report's frozen data: another period or date leaves that view. */
  published: boolean;
}) {
  const c = t.halfYear;
  const query = (k: PeriodKind) =>
    Object.fromEntries(Object.entries({ ...keep, year: String(year), period: k, asOf: k === 'DATE' ? asOf : undefined }).filter(([, v]) => v));
  return (
    <div className="no-print flex flex-wrap items-end gap-2">
      <nav aria-label={c.periodLabel} className="flex overflow-hidden rounded border border-gray-300 text-sm">
        {PERIOD_KINDS.filter((k) => k !== 'DATE').map((k) => (
          <Link
            prefetch={false}
            key={k}
            href={{ pathname: '/half-year', query: query(k) }}
            aria-current={period === k ? 'page' : undefined}
            className={`px-3 py-1.5 ${period === k ? 'bg-gray-800 text-white' : 'bg-white hover:bg-gray-50'}`}
          >
            {c.period[k]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex items-end gap-2">
        <KeptFields keep={keep} />
        <YearSelect years={years} value={year} />
        <input type="hidden" name="period" value="DATE" />
        <label className={ui.filterLabel}>
          {c.period.DATE}
          <input
            type="date"
            name="asOf"
            defaultValue={asOf}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            className={ui.filterField}
            aria-describedby={published ? PUBLISHED_NOTE : undefined}
          />
        </label>
        <button type="submit" className={ui.button}>
          {t.asOf.apply}
        </button>
      </form>
      {published && <LeavesPublishedNote text={c.leavesPublished} />}
    </div>
  );
}

export default async function HalfYearPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getHalfYear(await searchParams);
  if (!data) notFound();
  const { snap, asOf, rows, filters, averages: avg, period } = data;
  const c = t.halfYear;
  const cols = [
    c.cols.task,
    c.taskStatus,
    c.cols.indicator,
    c.cols.target,
    c.cols.actual,
    c.cols.pct,
    c.cols.expected,
    c.cols.variance,
    c.planCol[period],
    c.figureMark,
  ];
  // On a phone each figure (the 4th to the 9th column) says its column's name; the task, its status, the indicator and the mark need none.
  const figureColumns = cardColumns(cols.map((name, i) => (i >= 3 && i <= 8 ? name : null)));
  const keep = { unit: filters.unit, category: filters.category, sort: data.sort };
  const groups = wordedGroups(rows, data.sort === 'project' ? data.projects : null, data.taskContent);
  // The view a link stays in: a published report's frozen plan, or the year's period.
  const { snapshot } = publishedQuery(data.published);
  const view = { ...keep, year: String(snap.year), period, asOf: period === 'DATE' ? asOf : undefined, snapshot };
  const files = exportLinks('/export/half-year', view);
  const pager = <Pager pathname="/half-year" query={view} {...data.paging} />;
  return (
    <div className="print-landscape space-y-4">
      <PublishedBanner published={data.published} live={`/half-year?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={t.pageTitle.halfYear} asOf={asOf} printedOn={data.today} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold" data-testid="hy-title">
            {c.title(snap.year, period)}
          </h1>
          <p className={ui.hint}>
            {c.intro(period, fmtDate(asOf), halfOf(asOf))} {t.asOf.hint(asOf, data.asOfReason)}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <PeriodSwitch year={snap.year} years={data.years} period={period} asOf={asOf} keep={keep} published={!!data.published} />
          <PrintButton />
          <a href={files.csv} className={`no-print ${ui.secondary}`} download data-testid="hy-csv">
            {t.export.csv}
          </a>
          <a href={files.xlsx} className={`no-print ${ui.secondary}`} download data-testid="hy-xlsx">
            {t.export.xlsx}
          </a>
        </div>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <input type="hidden" name="year" value={snap.year} />
        <input type="hidden" name="period" value={period} />
        {period === 'DATE' && <input type="hidden" name="asOf" value={asOf} />}
        {snapshot && <input type="hidden" name="snapshot" value={snapshot} />}
        <UnitCategoryFilters units={snap.units} unit={filters.unit} category={filters.category} />
        <FilterSelect
          label={c.sort}
          name="sort"
          value={data.sort}
          allowAll={false}
          options={[
            { value: 'project', label: c.sortProject },
            { value: 'variance', label: c.sortVariance },
          ]}
        />
        <button type="submit" className={ui.button}>
          {t.overview.apply}
        </button>
      </form>
      <ul className="space-y-0.5 text-sm" data-testid="hy-averages">
        {avg.percent.mean !== null && <li>{c.avgPercent(fmtPct(avg.percent.mean), avg.percent.n)}</li>}
        {avg.counts.mean !== null && <li>{c.avgCounts(fmtPct(avg.counts.mean), avg.counts.n)}</li>}
        {avg.notReported > 0 && <li className="text-gray-600">{c.notReported(avg.notReported)}</li>}
      </ul>
      {pager}
      <HalfYearChart rows={rows} />
      <div className="overflow-x-auto rounded border border-gray-200 bg-white p-3" role="region" aria-label={c.heading[period]} tabIndex={0} data-print-fit>
        <table className="cells cards hy w-full text-sm sm:min-w-[56rem]" data-testid="hy-table" style={figureColumns}>
          <thead className="text-xs text-gray-600">
            <tr>
              {cols.map((h, i) => (
                <th key={h} className={`font-medium ${i === 0 ? 'sticky-col' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <IndicatorRows groups={groups} columns={cols.length} notMentioned={t.task.notMentioned} />
        </table>
      </div>
      {pager}
    </div>
  );
}
