'use client';
// The 驾驶舱's progress over the year (recharts): actual against expected, in %, as steps. The
// actual line's points carry their values as text (a phone has no hover, so no tooltip); the legend
// is HTML under the chart (ChartFrame). Its own module, so the route loads only a line chart's parts.
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './colors';

const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v)}%` : '');

export function ProgressLine({ data }: { data: { date: string; actualPct: number | null; expectedPct: number | null }[] }) {
  return (
    <LineChart responsive style={{ width: '100%', height: 240 }} data={data} margin={{ left: 0, right: 16, top: 16, bottom: 4 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="date" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} />
      <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={40} />
      <Line
        type="stepAfter"
        dataKey="actualPct"
        stroke={CHART_COLORS.actual}
        strokeWidth={2}
        dot
        isAnimationActive={false}
        connectNulls
        label={{ position: 'top', fontSize: 10, fill: '#374151', formatter: pct }}
      />
      <Line type="stepAfter" dataKey="expectedPct" stroke={CHART_COLORS.expected} strokeDasharray="5 3" dot={false} isAnimationActive={false} connectNulls />
    </LineChart>
  );
}
