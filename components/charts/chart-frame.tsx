// A chart with an accessible name, its legend in HTML, and a "表格" toggle that shows the same
// numbers as a table. The toggle is a <details>: no hover-only information, works with touch and
// keyboard, prints.
import { t } from '@/lib/i18n/zh-CN';

/** A series as the legend names it: its colour, a dashed line for an expectation. */
export type LegendEntry = { name: string; color: string; dashed?: boolean };

/** `summary`: the chart's figures in one sentence, read out with its name (a picture alone says nothing to a screen reader). */
export function ChartFrame({
  title,
  summary,
  legend = [],
  children,
  table,
}: {
  title: string;
  summary: string;
  legend?: LegendEntry[];
  children: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <figure className="min-w-0 rounded border border-gray-200 bg-white p-3" data-testid="chart">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <div role="img" aria-label={t.chart.label(title, summary)} className="w-full min-w-0 overflow-hidden">
        {children}
      </div>
      {legend.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700" aria-label={t.legend} data-testid="chart-legend">
          {legend.map((l) => (
            <li key={l.name} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className={l.dashed ? 'inline-block w-4 border-t-2 border-dashed' : 'inline-block h-2.5 w-3 rounded-sm'}
                style={l.dashed ? { borderColor: l.color } : { backgroundColor: l.color }}
              />
              {l.name}
            </li>
          ))}
        </ul>
      )}
      <details className="chart-table mt-2">
        <summary className="cursor-pointer text-sm text-blue-800">{t.chart.table}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
