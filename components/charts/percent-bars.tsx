// 半年对标's chart: for each judged indicator, its actual and its expected share as two bars in %
// of the annual target, the target (100 %) marked by one dashed line, each bar with its value written
// beside it (a phone has no hover). Drawn in HTML and CSS on the server: labels wrap like any text, it
// prints, and the page loads no chart library. The legend and the table are ChartFrame's. A row is
// its label and one element (its two bars are that element's pseudo-elements, .hbars in
// app/globals.css), so 65 rows stay within the page's size budget.
import { fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { CHART_COLORS } from './colors';

/** Bars longer than this (% of target) are cut here; their value is still written in full. */
const CAP = 200;

export function PercentBars({ data }: { data: { label: string; actual: number | null; expected: number | null }[] }) {
  const max = Math.ceil(Math.max(100, ...data.map((d) => Math.min(d.actual ?? 0, CAP))) / 10) * 10;
  const share = (v: number) => `${((Math.min(v, CAP) / max) * 100).toFixed(1)}%`;
  const style = { '--target': 100 / max, '--actual': CHART_COLORS.actual, '--expected': CHART_COLORS.expected } as React.CSSProperties;
  return (
    <div className="hbars" style={style} data-testid="percent-bars">
      <div className="border-t-0">
        <span />
        <div className="relative h-4 text-[10px] text-gray-700">
          <span className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: share(100) }}>
            {t.chart.target} 100%
          </span>
        </div>
      </div>
      {data.map((d, i) => (
        <div key={i}>
          <span>{d.label}</span>
          <b
            style={
              { '--a': d.actual === null ? undefined : share(d.actual), '--e': d.expected === null ? undefined : share(d.expected) } as React.CSSProperties
            }
            data-a={d.actual === null ? undefined : fmtPct(d.actual)}
            data-e={d.expected === null ? undefined : fmtPct(d.expected)}
          />
        </div>
      ))}
    </div>
  );
}
