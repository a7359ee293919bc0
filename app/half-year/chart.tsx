// 半年对标's chart: each judged indicator's % of its annual target beside the % expected by the
// period's date, with its text summary (how many are behind) and its data as a table (ChartFrame).
// Indicators that cannot be judged (not reported, another unit of count, no target) are left out
// here and explained in the table below the chart.
import { ChartFrame } from '@/components/charts/chart-frame';
import { PercentBars } from '@/components/charts/percent-bars';
import { CHART_COLORS } from '@/components/charts/colors';
import { isJudged, type HalfYearRow } from '@/lib/domain/half-year';
import { fmtPct, fmtPctOrNone } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

export function HalfYearChart({ rows }: { rows: HalfYearRow[] }) {
  const c = t.halfYear;
  const bars = rows.filter(isJudged).map((r) => ({ label: `${t.task.number(r.taskNumber)} ${r.name}`, actual: r.pctOfTarget, expected: r.expectedPct }));
  const behind = bars.filter((r) => r.expected !== null && r.actual! < r.expected).length;
  return (
    <ChartFrame
      title={c.chart}
      summary={t.chart.percentSummary(bars.length, behind)}
      legend={[
        { name: c.actualSeries, color: CHART_COLORS.actual },
        { name: c.expectedSeries, color: CHART_COLORS.expected },
      ]}
      table={
        <table className="text-sm">
          <thead className="text-xs text-gray-600">
            <tr>
              <th className="pr-3 text-left">{c.cols.indicator}</th>
              <th className="pr-3 text-left">{c.actualSeries}</th>
              <th className="text-left">{c.expectedSeries}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((r) => (
              <tr key={r.label}>
                <td className="pr-3">{r.label}</td>
                <td className="pr-3">{fmtPct(r.actual!)}</td>
                <td>{fmtPctOrNone(r.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PercentBars data={bars} />
    </ChartFrame>
  );
}
