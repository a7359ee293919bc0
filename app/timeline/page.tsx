// War map (挂图作战): every task as a row on a January–December grid, planned vs reached
// milestones, the deadline and the as-of line, coloured and labelled by status.
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { ScrollToAsOf } from '@/components/scroll-to-as-of';
import { getEvaluatedPlan } from '@/lib/data/evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';
import { OVERVIEW_PAGE_TASKS } from '@/lib/domain/overview';
import { pageRows } from '@/lib/domain/paging';
import { Pager } from '@/components/pager';
import { deadlineMonthIn, milestoneMarks, yearFraction } from '@/lib/domain/timeline';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { publishedQuery, viewOf } from '@/lib/links';
import { PrintButton } from '@/components/print-button';
import { PrintTitle } from '@/components/print-title';
import { MARK, MONTHS } from './_components/marks';
import { MapRows, MilestoneList, type MapRow } from './_components/timeline-rows';

export const metadata: Metadata = { title: t.pageTitle.timeline };

// The task-name column: narrow on phones, wide enough for the whole text on a wall screen.
const NAME_COL = 'var(--name-col)';

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const data = await getEvaluatedPlan(sp);
  if (!data) notFound();
  const { snap, asOf, rows } = data;
  const asOfLeft = `calc(${NAME_COL} + (100% - ${NAME_COL}) * ${yearFraction(snap.year, asOf)})`;
  // A large year comes in pages of whole projects, as on the overview.
  const paged = pageRows(rows, OVERVIEW_PAGE_TASKS, Number(one(sp.page) ?? 1), { group: (r) => r.task.projectNumber });
  const mapRows: MapRow[] = paged.items.map((r) => ({
    number: r.task.number,
    content: r.task.content,
    status: r.status.status,
    marks: milestoneMarks(r.task.milestones, snap.year, asOf),
    deadline: deadlineMonthIn(snap.year, r.task.deadlineMonth),
  }));

  return (
    // On paper: landscape A4, the whole grid on the page's width, names whole, the milestones in words after it.
    <div className="print-landscape space-y-3">
      <PublishedBanner published={data.published} live={`/timeline?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={t.pageTitle.timeline} asOf={asOf} printedOn={data.today} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">{t.timeline.heading}</h1>
          <p className={ui.hint}>
            {t.timeline.intro} {t.asOf.hint(asOf, data.asOfReason)}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} published={!!data.published} />
          <PrintButton />
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700" aria-label={t.legend}>
        {Object.values(MARK).map((m) => (
          <li key={m.label}>
            <span aria-hidden="true" className={m.cls}>
              {m.icon}
            </span>{' '}
            {m.label}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="font-bold">
            ▼
          </span>{' '}
          {t.timeline.legendDeadline}
        </li>
        <li>
          <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-blue-600 align-middle" /> {t.timeline.legendAsOf}（{fmtDate(asOf)}）
        </li>
      </ul>
      <ScrollToAsOf className="overflow-x-auto rounded border border-gray-200 bg-white print:overflow-visible">
        <div
          className="relative min-w-[48rem] [--name-col:9.5rem] xl:[--name-col:22rem] print:min-w-0 print:[--name-col:24rem]"
          role="table"
          aria-label={t.timeline.heading}
        >
          {/* The month headers' look is the .tl-head classes, a task row's the .tl-row ones (app/globals.css). */}
          <div className="tl-grid tl-head border-b border-gray-200 text-xs text-gray-600" role="row">
            <div className="sticky left-0 z-10 bg-white p-1.5" role="columnheader">
              {t.timeline.task}
            </div>
            {MONTHS.map((m) => (
              <div key={m} role="columnheader">
                {t.timeline.month(m)}
              </div>
            ))}
          </div>
          <MapRows rows={mapRows} links={viewOf(data)} />
          <div
            className="pointer-events-none absolute top-0 bottom-0 w-0.5 bg-blue-600"
            style={{ left: asOfLeft }}
            aria-hidden="true"
            data-testid="as-of-line"
          />
        </div>
      </ScrollToAsOf>
      <Pager
        pathname="/timeline"
        query={{ year: String(snap.year), asOf: data.isDefaultAsOf ? undefined : asOf, ...publishedQuery(data.published) }}
        page={paged.page}
        pages={paged.pages}
        total={paged.total}
        summary={t.overview.pageSummary(paged.page, paged.pages, paged.total)}
      />
      <MilestoneList rows={mapRows} />
    </div>
  );
}
