'use client';
// The dashboards' charts (recharts), loaded only by the routes that draw them. Data arrives
// aggregated from the server; labels are text, so status is never carried by colour alone.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { t } from '@/lib/i18n/zh-CN';
import { CHART_COLORS } from './colors';
import { wrapLabel } from './wrap-label';

export function StatusDonut({ data }: { data: { name: string; value: number; fill: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <PieChart>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius="45%" outerRadius="80%" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.fill} />
          ))}
        </Pie>
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}

const TICK_CHARS = 9; // about 104 px of 11 px CJK text
const TICK_LINES = 3;

/** A category label wrapped onto up to three lines (recharts breaks at spaces only; Chinese has none). */
function WrappedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  const lines = wrapLabel(String(payload?.value ?? ''), TICK_CHARS, TICK_LINES);
  const top = -((lines.length - 1) * 12) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={11} fill="#374151">
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? top + 4 : 12}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** Horizontal bars: actual and expected, in % (of target or of the task), with the target line at 100 %. */
export function PercentBars({
  data,
  actualName,
  expectedName,
}: {
  data: { label: string; actual: number | null; expected: number | null }[];
  actualName: string;
  expectedName: string;
}) {
  const max = Math.max(100, ...data.map((d) => Math.min(d.actual ?? 0, 200)));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * (data.some((d) => [...d.label].length > TICK_CHARS * 2) ? 44 : 34) + 60)}>
      <BarChart
        data={data.map((d) => ({ ...d, actual: d.actual === null ? null : Math.min(d.actual, 200) }))}
        layout="vertical"
        margin={{ left: 4, right: 16, top: 4, bottom: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, Math.ceil(max / 10) * 10]} unit="%" tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={112} tick={<WrappedTick />} interval={0} />
        <Tooltip formatter={(v) => `${v}%`} />
        <Legend />
        <ReferenceLine x={100} stroke="#111827" strokeDasharray="4 2" label={{ value: t.chart.target, position: 'top', fontSize: 11 }} />
        <Bar dataKey="actual" name={actualName} fill={CHART_COLORS.actual} isAnimationActive={false} />
        <Bar dataKey="expected" name={expectedName} fill={CHART_COLORS.expected} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ProgressLine({
  data,
  actualName,
  expectedName,
}: {
  data: { date: string; actualPct: number | null; expectedPct: number | null }[];
  actualName: string;
  expectedName: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} />
        <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={40} />
        <Tooltip />
        <Legend />
        <Line type="stepAfter" dataKey="actualPct" name={actualName} stroke={CHART_COLORS.actual} strokeWidth={2} dot isAnimationActive={false} connectNulls />
        <Line
          type="stepAfter"
          dataKey="expectedPct"
          name={expectedName}
          stroke={CHART_COLORS.expected}
          strokeDasharray="5 3"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
