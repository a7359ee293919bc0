// 半年对标: every indicator's actual against its annual target at the end of a period (上半年 /
// 全年 / any date). Each row shows its task's status first (the engine's, as on every screen), then
// what the figure alone says.
import Link from 'next/link';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { FilterSelect, UnitCategoryFilters } from '@/components/filter-select';
import { PrintButton } from '@/components/print-button';
import { StatusBadge } from '@/components/status-badge';
import { getHalfYear } from '@/lib/data/half-year';
import { YearSelect, type YearChoice } from '@/components/year-select';
import { PrintTitle } from '@/components/print-title';
import type { SearchParams } from '@/lib/data/evaluated-plan';
import { type HalfYearRow, type Mark } from '@/lib/domain/half-year';
import { halfOf, PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods';
import { fmtDate, fmtNumber, fmtPct, fmtPctOrNone, displayUnit, NO_FIGURE } from '@/lib/i18n/format';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { cardColumns } from '@/components/card-table';
import { ui } from '@/components/ui';
import { Pager } from '@/components/pager';
import { HalfYearChart } from './chart';

export const metadata: Metadata = { title: t.pageTitle.halfYear };

const MARK_ICON: Record<Mark, string> = {
  ahead: '▲',
  on_pace: '●',
  behind: '▼',
  before_plan: '◇',
  mismatch: '≠',
  approx: '≈',
  not_reported: '—',
  not_judged: '—',
  no_indicator: '—',
};

/** The task's status on each of its rows; its reason once, on the first of its rows in a run. */
function TaskStatusCell({ r, first }: { r: HalfYearRow; first: boolean }) {
  return (
    <td data-testid="hy-status">
      <StatusBadge status={r.taskStatus} />
      {first && r.taskReason && <span className="mt-0.5 block max-w-56 text-xs text-gray-700 print:max-w-none">{describeReason(r.taskReason)}</span>}
    </td>
  );
}

function FigureMark({ r }: { r: HalfYearRow }) {
  const c = t.halfYear;
  return (
    <span data-testid="hy-mark">
      <span aria-hidden="true">{MARK_ICON[r.mark]} </span>
      {c.marks[r.mark]}
      {r.mark === 'before_plan' && r.next && (
        <span className={ui.label}>{t.progress.next({ ...r.next, unitOfMeasure: r.unitOfMeasure, isPercent: r.isPercent })}</span>
      )}
    </span>
  );
}

/** One indicator's row: the row and its cells take their look from `.hy` in app/globals.css, by column; the mark its colour from the row's `data-mark`. */
function Row({ r, content }: { r: HalfYearRow; content: string | undefined }) {
  const first = content !== undefined;
  const c = t.halfYear;
  const u = displayUnit(r);
  const plan = r.plan.length
    ? r.plan.map((p) => `${p.label} ${fmtNumber(p.value)}${u}`).join('；')
    : r.nextMilestone
      ? c.nextMilestone(r.nextMilestone.label, r.nextMilestone.text)
      : c.noneYet;
  return (
    <tr data-testid="hy-row" data-task={r.taskNumber} data-status={r.taskStatus} data-mark={r.mark} data-variance={r.variancePts ?? ''}>
      <th scope="row" className="sticky-col" title={content}>
        {t.task.number(r.taskNumber)}
      </th>
      <TaskStatusCell r={r} first={first} />
      {r.mark === 'no_indicator' ? (
        <td className="text-gray-600" colSpan={7}>
          {c.noIndicatorText}
          {r.nextMilestone && <span className="block text-xs">{c.nextMilestone(r.nextMilestone.label, r.nextMilestone.text)}</span>}
        </td>
      ) : (
        <>
          <td>
            {r.name}
            {(r.indicatorNote || r.note) && <span className={ui.label}>{[r.indicatorNote, r.note].filter(Boolean).join('；')}</span>}
          </td>
          <td>{r.target === null ? t.task.noTarget : `${c.direction[r.direction ?? 'EXACTLY']}${fmtNumber(r.target)}${u}`}</td>
          <td>
            {r.actual === null ? (
              <span className="text-gray-600">{t.task.notMentioned}</span>
            ) : (
              <>
                {fmtNumber(r.actual)}
                {u}
                {r.approx && c.approx}
                <span className={`${ui.label} whitespace-nowrap`}>{fmtDate(r.actualAsOf!)}</span>
              </>
            )}
          </td>
          <td>{fmtPctOrNone(r.pctOfTarget)}</td>
          <td>{fmtPctOrNone(r.expectedPct)}</td>
          <td>{r.variancePts === null ? NO_FIGURE : `${r.variancePts > 0 ? '+' : ''}${fmtNumber(r.variancePts)}`}</td>
          <td>{plan}</td>
        </>
      )}
      <td>{r.mark !== 'no_indicator' && <FigureMark r={r} />}</td>
    </tr>
  );
}

function PeriodSwitch({
  year,
  years,
  period,
  asOf,
  keep,
}: {
  year: number;
  years: YearChoice[];
  period: PeriodKind;
  asOf: string;
  keep: Record<string, string | undefined>;
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
        {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <YearSelect years={years} value={year} />
        <input type="hidden" name="period" value="DATE" />
        <label className="flex flex-col text-xs text-gray-600">
          {c.period.DATE}
          <input
            type="date"
            name="asOf"
            defaultValue={asOf}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            className="rounded border border-gray-300 px-2 py-1 text-sm text-gray-900"
          />
        </label>
        <button type="submit" className={ui.button}>
          {t.asOf.apply}
        </button>
      </form>
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
  const groups =
    data.sort === 'project'
      ? data.projects.map((p) => ({ p, rows: rows.filter((r) => r.projectNumber === p.number) })).filter((g) => g.rows.length)
      : [{ p: null, rows }];
  const keep = { unit: filters.unit, category: filters.category, sort: data.sort };
  const said = new Set<number>();
  const say = (n: number) => (said.add(n), data.taskContent.get(n) ?? '');
  const pager = (
    <Pager pathname="/half-year" query={{ ...keep, year: String(snap.year), period, asOf: period === 'DATE' ? asOf : undefined }} {...data.paging} />
  );
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
          <PeriodSwitch year={snap.year} years={data.years} period={period} asOf={asOf} keep={keep} />
          <PrintButton />
          <a
            href={`/export/half-year?year=${snap.year}&asOf=${asOf}`}
            className="no-print rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50"
            download
          >
            {t.export.csv}
          </a>
        </div>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <input type="hidden" name="year" value={snap.year} />
        <input type="hidden" name="period" value={period} />
        {period === 'DATE' && <input type="hidden" name="asOf" value={asOf} />}
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
          {groups.map((g) => (
            <tbody key={g.p?.number ?? 'all'}>
              {g.p && (
                <tr>
                  <th colSpan={cols.length} className="pt-3 pb-1 text-left font-semibold">
                    {g.p.numeral}、{g.p.title}
                    <span className="ml-2 text-xs font-normal text-gray-600">{t.category[g.p.category]}</span>
                  </th>
                </tr>
              )}
              {g.rows.map((r) => (
                // The task's content (a tooltip) and its status reason once, on the first of its rows on the page.
                <Row key={`${r.taskNumber}-${r.indicatorKey}`} r={r} content={said.has(r.taskNumber) ? undefined : say(r.taskNumber)} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {pager}
    </div>
  );
}
