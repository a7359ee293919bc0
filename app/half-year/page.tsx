// 半年对标: every indicator's actual against its annual target at the reporting date.
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { ChartFrame } from '@/components/charts/chart-frame';
import { PercentBars } from '@/components/charts/charts';
import { PrintButton } from '@/components/print-button';
import { getHalfYear } from '@/lib/data/half-year';
import type { SearchParams } from '@/lib/data/overview';
import type { HalfYearRow, Mark } from '@/lib/domain/half-year';
import { fmtDate, fmtNumber, fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

const MARK_CLS: Record<Mark, string> = {
  ahead: 'text-done', on_pace: 'text-ok', behind: 'text-lagging font-medium', not_reported: 'text-gray-600', not_judged: 'text-gray-600', no_indicator: 'text-gray-600',
};
const MARK_ICON: Record<Mark, string> = { ahead: '▲', on_pace: '●', behind: '▼', not_reported: '—', not_judged: '—', no_indicator: '—' };

function Row({ r, content }: { r: HalfYearRow; content: string }) {
  const c = t.halfYear;
  const u = r.isPercent ? '%' : r.unitOfMeasure;
  return (
    <tr className="border-t border-gray-100 align-top" data-testid="hy-row" data-task={r.taskNumber} data-mark={r.mark} data-variance={r.variancePts ?? ''}>
      <td className="py-1 pr-2 whitespace-nowrap" title={content}>{t.task.number(r.taskNumber)}</td>
      {r.mark === 'no_indicator' ? (
        <td className="py-1 pr-2 text-gray-600" colSpan={7}>{c.noIndicatorText}</td>
      ) : (
        <>
          <td className="py-1 pr-2">
            {r.name}
            {(r.indicatorNote || r.note) && <span className="block text-xs text-gray-600">{[r.indicatorNote, r.note].filter(Boolean).join('；')}</span>}
          </td>
          <td className="py-1 pr-2 whitespace-nowrap">{r.target === null ? t.task.noTarget : `${c.direction[r.direction ?? 'EXACTLY']}${fmtNumber(r.target)}${u}`}</td>
          <td className="py-1 pr-2">
            {r.actual === null ? <span className="text-gray-600">{t.task.notMentioned}</span> : <>{fmtNumber(r.actual)}{u}<span className="block text-xs text-gray-600">{fmtDate(r.actualAsOf!)}</span></>}
          </td>
          <td className="py-1 pr-2">{r.pctOfTarget === null ? '—' : fmtPct(r.pctOfTarget)}</td>
          <td className="py-1 pr-2">{r.expectedPct === null ? '—' : fmtPct(r.expectedPct)}</td>
          <td className="py-1 pr-2 whitespace-nowrap">{r.variancePts === null ? '—' : `${r.variancePts > 0 ? '+' : ''}${fmtNumber(r.variancePts)}`}</td>
          <td className="py-1 pr-2 text-xs">{r.plan.length === 0 ? c.noneYet : r.plan.map((p) => `${p.label} ${fmtNumber(p.value)}${u}`).join('；')}</td>
        </>
      )}
      <td className={`py-1 whitespace-nowrap ${MARK_CLS[r.mark]}`}><span aria-hidden="true">{MARK_ICON[r.mark]} </span>{c.marks[r.mark]}</td>
    </tr>
  );
}

export default async function HalfYearPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getHalfYear(await searchParams);
  if (!data) notFound();
  const { snap, asOf, rows, filters, averages: avg } = data;
  const c = t.halfYear;
  const chartRows = rows.filter((r) => r.pctOfTarget !== null && r.expectedPct !== null).map((r) => ({ label: `${t.task.number(r.taskNumber)} ${r.name.slice(0, 5)}`, actual: r.pctOfTarget, expected: r.expectedPct }));
  const head = (
    <thead className="text-xs text-gray-600">
      <tr>
        {Object.values(c.cols).map((h) => <th key={h} className="py-1 pr-2 text-left font-medium">{h}</th>)}
      </tr>
    </thead>
  );
  const groups = data.sort === 'project' ? data.projects.map((p) => ({ p, rows: rows.filter((r) => r.projectNumber === p.number) })).filter((g) => g.rows.length) : [{ p: null, rows }];
  const sel = 'rounded border border-gray-300 px-2 py-1 text-sm';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">{c.heading}</h1>
          <p className="text-sm text-gray-600">{c.intro(c.period[data.period.label] ?? '', fmtDate(asOf))}</p>
        </div>
        <div className="flex items-end gap-2"><AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year), unit: filters.unit, category: filters.category, sort: data.sort }} /><PrintButton />
          <a href={`/export/half-year?year=${snap.year}&asOf=${asOf}`} className="no-print rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50" download>{t.export.csv}</a></div>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-2">
        <input type="hidden" name="year" value={snap.year} />
        {!data.isDefaultAsOf && <input type="hidden" name="asOf" value={asOf} />}
        <label className="flex flex-col text-xs text-gray-600">{t.overview.filterUnit}
          <select name="unit" defaultValue={filters.unit ?? ''} className={sel}>
            <option value="">{t.overview.all}</option>
            {snap.units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-xs text-gray-600">{t.overview.filterCategory}
          <select name="category" defaultValue={filters.category ?? ''} className={sel}>
            <option value="">{t.overview.all}</option>
            <option value="ENGINEERING">{t.category.ENGINEERING}</option>
            <option value="SERVICE">{t.category.SERVICE}</option>
          </select>
        </label>
        <label className="flex flex-col text-xs text-gray-600">{c.sort}
          <select name="sort" defaultValue={data.sort} className={sel}>
            <option value="project">{c.sortProject}</option>
            <option value="variance">{c.sortVariance}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-gray-800 px-3 py-1.5 text-sm text-white">{t.overview.apply}</button>
      </form>
      <ul className="space-y-0.5 text-sm" data-testid="hy-averages">
        {avg.percent.mean !== null && <li>{c.avgPercent(fmtPct(avg.percent.mean), avg.percent.n)}</li>}
        {avg.counts.mean !== null && <li>{c.avgCounts(fmtPct(avg.counts.mean), avg.counts.n)}</li>}
        {avg.notReported > 0 && <li className="text-gray-600">{c.notReported(avg.notReported)}</li>}
      </ul>
      <ChartFrame
        title={c.chart}
        table={
          <table className="text-sm">
            <thead className="text-xs text-gray-600"><tr><th className="pr-3 text-left">{c.cols.indicator}</th><th className="pr-3 text-left">{c.actualSeries}</th><th className="text-left">{c.expectedSeries}</th></tr></thead>
            <tbody>{chartRows.map((r) => <tr key={r.label}><td className="pr-3">{r.label}</td><td className="pr-3">{fmtPct(r.actual!)}</td><td>{r.expected === null ? '—' : fmtPct(r.expected)}</td></tr>)}</tbody>
          </table>
        }
      >
        <PercentBars data={chartRows} actualName={c.actualSeries} expectedName={c.expectedSeries} />
      </ChartFrame>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white p-3">
        <table className="w-full min-w-[44rem] text-sm" data-testid="hy-table">
          {head}
          {groups.map((g) => (
            <tbody key={g.p?.number ?? 'all'}>
              {g.p && (
                <tr><th colSpan={9} className="pt-3 pb-1 text-left font-semibold">{g.p.numeral}、{g.p.title}<span className="ml-2 text-xs font-normal text-gray-600">{t.category[g.p.category]}</span></th></tr>
              )}
              {g.rows.map((r) => <Row key={`${r.taskNumber}-${r.indicatorKey}`} r={r} content={data.taskContent.get(r.taskNumber) ?? ''} />)}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
