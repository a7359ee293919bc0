// 半年对标's chart: for each judged indicator, its actual and its expected share as two bars in %
// of the annual target, the target (100 %) marked by a dashed line, each bar with its value written
// beside it (a phone has no hover). Drawn in HTML on the server: labels wrap like any text, it prints,
// and the page loads no chart library. The legend and the table are ChartFrame's; the classes of the
// repeated parts (.hbars, .hbar) are in app/globals.css, said once rather than on every row.
import { fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { CHART_COLORS } from './colors';

/** Bars longer than this (% of target) are cut here; their value is still written in full. */
const CAP = 200;

function Bar({ value, color, max }: { value: number | null; color: string; max: number }) {
  if (value === null) return <p className="hbar" />;
  return (
    <p className="hbar">
      <i style={{ width: `${(Math.min(value, CAP) / max) * 100}%`, backgroundColor: color }} />
      {fmtPct(value)}
    </p>
  );
}

export function PercentBars({ data }: { data: { label: string; actual: number | null; expected: number | null }[] }) {
  const max = Math.ceil(Math.max(100, ...data.map((d) => Math.min(d.actual ?? 0, CAP))) / 10) * 10;
  const target = `${(100 / max) * 100}%`;
  return (
    <div className="hbars text-xs" data-testid="percent-bars">
      <div className="border-t-0">
        <span />
        <div className="h-4 text-[10px] text-gray-700">
          <span className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: target }}>
            {t.chart.target} 100%
          </span>
        </div>
      </div>
      {data.map((d) => (
        <div key={d.label} data-bar="">
          <span className="leading-tight text-gray-700">{d.label}</span>
          <div>
            <Bar value={d.actual} color={CHART_COLORS.actual} max={max} />
            <Bar value={d.expected} color={CHART_COLORS.expected} max={max} />
            <i className="absolute inset-y-0 border-l border-dashed border-gray-900" style={{ left: target }} />
          </div>
        </div>
      ))}
    </div>
  );
}
