// 半年对标's rows in words, for the table's client component (./indicator-rows): the catalogue and
// the number formats stay on the server; the page's inline data carries the words, not their markup.
import { type HalfYearRow } from '@/lib/domain/half-year';
import { displayUnit, fmtDate, fmtNumber, fmtPctOrNone, NO_FIGURE } from '@/lib/i18n/format';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import type { Category } from '@/lib/domain/types';
import type { WordedGroup, WordedRow } from './indicator-rows';

/** One row in words; `first` on the first of its task's rows on the page (its content and reason are said there). */
export function wordedRow(r: HalfYearRow, content: string | undefined): WordedRow {
  const c = t.halfYear;
  const u = displayUnit(r);
  const first = content !== undefined;
  const nextMilestone = r.nextMilestone ? c.nextMilestone(r.nextMilestone.label, r.nextMilestone.text) : undefined;
  return {
    key: `${r.taskNumber}-${r.indicatorKey}`,
    task: r.taskNumber,
    head: t.task.number(r.taskNumber),
    content,
    reason: first && r.taskReason ? describeReason(r.taskReason) : undefined,
    status: r.taskStatus,
    mark: r.mark,
    variancePts: r.variancePts,
    none: r.mark === 'no_indicator' ? { text: c.noIndicatorText, next: nextMilestone } : undefined,
    name: r.name,
    note: [r.indicatorNote, r.note].filter(Boolean).join('；') || undefined,
    target: r.target === null ? t.task.noTarget : `${c.direction[r.direction ?? 'EXACTLY']}${fmtNumber(r.target)}${u}`,
    actual: r.actual === null ? null : { text: `${fmtNumber(r.actual)}${u}${r.approx ? c.approx : ''}`, asOf: fmtDate(r.actualAsOf!) },
    pct: fmtPctOrNone(r.pctOfTarget),
    expected: fmtPctOrNone(r.expectedPct),
    variance: r.variancePts === null ? NO_FIGURE : `${r.variancePts > 0 ? '+' : ''}${fmtNumber(r.variancePts)}`,
    plan: r.plan.length ? r.plan.map((p) => `${p.label} ${fmtNumber(p.value)}${u}`).join('；') : (nextMilestone ?? c.noneYet),
    markText: c.marks[r.mark],
    markNext: r.mark === 'before_plan' && r.next ? t.progress.next({ ...r.next, unitOfMeasure: r.unitOfMeasure, isPercent: r.isPercent }) : undefined,
  };
}

/**
 * The page's rows in words, by project (each under its heading) or as one list; a task's content (the
 * tooltip) and status reason once, on the first of its rows on the page.
 */
export function wordedGroups(
  rows: HalfYearRow[],
  projects: { number: number; numeral: string; title: string; category: Category }[] | null,
  taskContent: Map<number, string>,
): WordedGroup[] {
  const said = new Set<number>();
  const word = (r: HalfYearRow) => wordedRow(r, said.has(r.taskNumber) ? undefined : (said.add(r.taskNumber), taskContent.get(r.taskNumber) ?? ''));
  if (!projects) return [{ key: 'all', rows: rows.map(word) }];
  return projects
    .map((p) => ({ p, rows: rows.filter((r) => r.projectNumber === p.number) }))
    .filter((g) => g.rows.length)
    .map(({ p, rows }) => ({ key: String(p.number), heading: { title: `${p.numeral}、${p.title}`, category: t.category[p.category] }, rows: rows.map(word) }));
}
