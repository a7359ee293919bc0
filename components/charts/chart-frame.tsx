// A chart with an accessible name and a "表格" toggle that shows the same numbers as a table.
// The toggle is a <details>: no hover-only information, works with touch and keyboard, prints.
import { t } from '@/lib/i18n/zh-CN';

/** `summary`: the chart's figures in one sentence, read out with its name (a picture alone says nothing to a screen reader). */
export function ChartFrame({ title, summary, children, table }: { title: string; summary: string; children: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure className="min-w-0 rounded border border-gray-200 bg-white p-3" data-testid="chart">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <div role="img" aria-label={t.chart.label(title, summary)} className="w-full min-w-0 overflow-hidden">
        {children}
      </div>
      <details className="chart-table mt-2">
        <summary className="cursor-pointer text-sm text-blue-800">{t.chart.table}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
