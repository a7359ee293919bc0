// Indicators of a task: target, latest actual (or 未提及), share of target and expected by now.
import type { IndicatorProgress } from '@/lib/domain/progress';
import { displayExpected } from '@/lib/domain/numbers';
import { fmtDate, fmtNumber, fmtPct } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';
import { cardColumns } from '@/components/card-table';

export function IndicatorTable({ rows }: { rows: IndicatorProgress[] }) {
  const c = t.task.indCols;
  // A figure with its unit reads only whole (1,500台, not 1,500 / 台). On a phone each indicator is a card (`.ind` in app/globals.css).
  const val = (n: number, unit: string) => <span className="whitespace-nowrap">{`${fmtNumber(n)}${unit}`}</span>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={t.task.indicators} tabIndex={0}>
      <table className="cards ind w-full text-left text-sm" style={cardColumns([null, c.target, c.actual, c.share, c.expected])}>
        <thead className="text-xs whitespace-nowrap text-gray-600">
          <tr>
            <th className={ui.cell}>{c.name}</th>
            <th className={ui.cell}>{c.target}</th>
            <th className={ui.cell}>{c.actual}</th>
            <th className={ui.cell}>{c.share}</th>
            <th className="py-1">{c.expected}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-gray-100" data-testid="indicator" data-key={r.key}>
              <td className={`${ui.cell} min-w-28`}>
                {r.name}
                {r.note && <span className={ui.label}>{r.note}</span>}
              </td>
              <td className={ui.cell}>{r.target === null ? t.task.noTarget : val(r.target, r.unitOfMeasure)}</td>
              <td className={ui.cell}>
                {r.actual ? (
                  <>
                    {val(r.actual.value, r.unitOfMeasure)}
                    {r.actual.approx && t.halfYear.approx}
                    <span className="ml-1 text-xs text-gray-600">（{fmtDate(r.actual.asOf)}）</span>
                    {r.actual.note && <span className={ui.label}>{r.actual.note}</span>}
                  </>
                ) : (
                  <span className="whitespace-nowrap text-gray-600">{t.task.notMentioned}</span>
                )}
              </td>
              <td className={ui.cell}>
                {r.actualShare === null ? '—' : fmtPct(r.actualShare * 100)}
                {r.mismatch && <span className="block text-xs text-risk">{t.halfYear.marks.mismatch}</span>}
              </td>
              <td className="py-1">
                {r.expected !== null ? (
                  val(displayExpected(r.expected, r.unitOfMeasure, r.isPercent), r.unitOfMeasure)
                ) : r.next ? (
                  <span data-testid="before-plan">
                    <span className="whitespace-nowrap">{t.progress.beforePlan}</span>
                    <span className={ui.label}>{t.progress.next({ ...r.next, unitOfMeasure: r.unitOfMeasure, isPercent: r.isPercent })}</span>
                  </span>
                ) : (
                  <span className="whitespace-nowrap">{t.task.notJudged}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
