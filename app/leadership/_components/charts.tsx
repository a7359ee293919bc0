// The 驾驶舱's two charts — tasks by status (an HTML bar, no chart library), and overall progress against the expected line over
// the year — each with its text summary and its data as a table (ChartFrame). Shaped here from the
// counts and the trend the loader gives; hidden on paper (the printed page keeps the lists).
import { ChartFrame } from '@/components/charts/chart-frame';
import { ProgressLineAfterPaint } from '@/components/charts/progress-line-after-paint';
import { StatusComposition } from '@/components/charts/status-composition';
import { CHART_COLORS } from '@/components/charts/colors';
import { STATUS_ORDER, type Status } from '@/lib/domain/status';
import { fmtDate, fmtPctOrNone } from '@/lib/i18n/format';
import { statusLabel, t } from '@/lib/i18n/zh-CN';
import type { IsoDate } from '@/lib/domain/dates';

const th = 'py-1 pr-2 text-left font-medium';

export function LeadershipCharts({
  counts,
  trend: points,
}: {
  counts: Record<Status, number>;
  trend: { date: IsoDate; pairedActualPct: number | null; expectedPct: number | null }[];
}) {
  const c = t.leadership;
  const donut = STATUS_ORDER.map((s) => ({ status: s, name: `${statusLabel(s)} ${counts[s]}`, value: counts[s], fill: CHART_COLORS[s] }));
  const trend = points.map((d) => ({ date: d.date, actualPct: d.pairedActualPct, expectedPct: d.expectedPct }));
  const last = trend.at(-1);
  const trendSummary = last ? t.chart.trendSummary(fmtDate(last.date), fmtPctOrNone(last.actualPct), fmtPctOrNone(last.expectedPct)) : t.chart.noData;
  return (
    <div className="grid gap-4 lg:grid-cols-2 print:hidden">
      <ChartFrame
        title={c.donut}
        summary={donut.map((d) => d.name).join('，')}
        legend={donut.map((d) => ({ name: d.name, color: d.fill }))}
        table={
          <table className="text-sm">
            <thead className="text-xs text-gray-600">
              <tr>
                <th className={th}>{c.status}</th>
                <th className={th}>{c.count}</th>
              </tr>
            </thead>
            <tbody>
              {donut.map((d) => (
                <tr key={d.name}>
                  <td className="pr-3">{d.name}</td>
                  <td>{d.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <StatusComposition data={donut} />
      </ChartFrame>
      <ChartFrame
        title={c.trend}
        summary={trendSummary}
        legend={[
          { name: c.trendActual, color: CHART_COLORS.actual },
          { name: c.trendExpected, color: CHART_COLORS.expected, dashed: true },
        ]}
        table={
          <table className="text-sm">
            <thead className="text-xs text-gray-600">
              <tr>
                <th className={th}>{c.date}</th>
                <th className={th}>{c.trendActual}</th>
                <th className={th}>{c.trendExpected}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((d) => (
                <tr key={d.date}>
                  <td className="pr-3">{fmtDate(d.date)}</td>
                  <td className="pr-3">{fmtPctOrNone(d.actualPct)}</td>
                  <td>{fmtPctOrNone(d.expectedPct)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ProgressLineAfterPaint data={trend} />
      </ChartFrame>
    </div>
  );
}
