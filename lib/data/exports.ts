// CSV and Excel exports of the overview's task list and the half-year table as their pages show them: the URL's as-of
// date (or period), filters and order, or a published report's frozen plan.
// They show the same status per task as every screen (the engine's), and the figure's own mark apart.
import 'server-only';
import { toCsv, type Cell } from '@/lib/domain/csv';
import { fileResponse } from '@/lib/reports/files';
import { listXlsx } from '@/lib/reports/list-xlsx';
import { round1OrNull } from '@/lib/domain/numbers';
import { describeReason, statusLabel, t } from '@/lib/i18n/zh-CN';
import { getEvaluatedPlan, parseFilters } from './evaluated-plan';
import { one, type SearchParams } from '@/lib/search-params';
import { halfYearTable } from './half-year';
import { anyFilter, matches } from '@/lib/domain/overview';
import { comparisonOf } from './leadership';
import { getEvaluation } from './evaluation';
import { displayUnit } from '@/lib/i18n/format';

/**
 * A list as a file: its name (without extension), its sheet's name, header, column widths and rows — written as
 * CSV or as an Excel workbook by `listResponse`, the same rows either way.
 */
export type ListExport = { name: string; sheet: string; header: readonly string[]; widths: readonly number[]; rows: Cell[][] };

/** The overview's tasks as the page lists them: its filters applied, as published when the page is a published view. */
export async function tasksList(sp: SearchParams): Promise<ListExport | null> {
  const plan = await getEvaluatedPlan(sp);
  if (!plan) return null;
  const filters = parseFilters(sp);
  const projects = new Map(plan.snap.projects.map((p) => [p.number, p]));
  const rows = plan.rows
    .filter((r) => matches(r, projects.get(r.task.projectNumber), filters))
    .map(({ task, status }) => {
      const p = projects.get(task.projectNumber)!;
      return [
        task.number, `${p.numeral}、${p.title}`, t.category[p.category], task.content, task.units.map((u) => u.name).join('、'),
        task.deadlineMonth, status.status === 'completed' ? null : status.daysLeft, statusLabel(status.status),
        round1OrNull(status.progress.actualPct), round1OrNull(status.progress.expectedPct),
        status.progress.expectedPct === null && status.progress.next ? t.progress.next(status.progress.next) : null,
        status.lastUpdate, status.reasons.map(describeReason).join('；'), task.leadOfficial || null,
      ];
    });
  const marks = t.export.fileMarks(plan.published?.id ?? null, anyFilter(filters));
  return { name: t.export.tasksFile(plan.snap.year, plan.asOf, marks), sheet: t.export.tasksSheet, header: t.export.tasksHeader, widths: TASK_WIDTHS, rows };
}
const TASK_WIDTHS = [8, 24, 8, 44, 20, 10, 8, 10, 10, 10, 20, 12, 48, 16];

/** 半年对标 as the page shows it — its period, filters and order, every page of it; as published on a published view. */
export async function halfYearList(sp: SearchParams): Promise<ListExport | null> {
  const table = await halfYearTable(sp);
  if (!table) return null;
  const { plan } = table;
  const rows = table.rows.map((r) => [
    r.taskNumber, statusLabel(r.taskStatus), r.taskReason ? describeReason(r.taskReason) : null,
    r.name || t.halfYear.noIndicatorText, r.direction ? t.halfYear.direction[r.direction] : null, r.target, displayUnit(r),
    r.actual ?? (r.mark === 'not_reported' ? t.task.notMentioned : null), r.approx ? t.halfYear.approx : null, r.actualAsOf, r.pctOfTarget, r.expectedPct, r.variancePts,
    t.halfYear.marks[r.mark],
  ]);
  const marks = t.export.fileMarks(plan.published?.id ?? null, anyFilter(table.filters));
  return { name: t.export.halfYearFile(plan.snap.year, plan.asOf, marks), sheet: t.export.halfYearSheet, header: t.export.halfYearHeader, widths: HALF_YEAR_WIDTHS, rows };
}
const HALF_YEAR_WIDTHS = [8, 10, 40, 28, 8, 10, 8, 10, 6, 12, 10, 10, 10, 14];

/** 结果考评 of the 驾驶舱's date: each unit's rank, score and parts (signed-in readers, as the page shows it; none on a published view). */
export async function evaluationList(sp: SearchParams): Promise<ListExport | null> {
  // The scores alone (not the 驾驶舱's lists and trend): what getLeadership hands the page.
  const plan = await getEvaluatedPlan(sp);
  const scores = plan && (await getEvaluation(plan));
  if (!plan || !scores) return null;
  const rows = scores.map((u) => [
    u.rank,
    u.unit.name,
    u.score,
    ...u.parts.flatMap((p) => [round1OrNull(p.pct), p.total ? `${p.good}/${p.total}` : null]),
  ]);
  return { name: t.evaluation.file(plan.snap.year, plan.asOf), sheet: t.evaluation.sheet, header: t.evaluation.csvHeader, widths: EVALUATION_WIDTHS, rows };
}
const EVALUATION_WIDTHS = [6, 20, 8, ...Array<number>(10).fill(12)];

/** A list export as the answer: CSV (the default; a UTF-8 BOM Excel opens) or, with `format=xlsx`, an Excel workbook; 404 when there is none. */
export async function listResponse(list: ListExport | null, format: string | null): Promise<Response> {
  if (format === 'xlsx' && list) return fileResponse(await listXlsx(list.sheet, list.header, list.widths, list.rows), `${list.name}.xlsx`, 'xlsx');
  return csvResponse(list && { filename: `${list.name}.csv`, body: toCsv([...list.header], list.rows) });
}

/** The GET handler of a list export route: the list of the request's query, answered by `listResponse`. */
export const listRoute =
  (list: (sp: SearchParams) => Promise<ListExport | null>) =>
  async (req: Request): Promise<Response> => {
    const sp = new URL(req.url).searchParams;
    return listResponse(await list(Object.fromEntries(sp)), sp.get('format'));
  };

export function csvResponse(file: { filename: string; body: string } | null): Response {
  if (!file) return new Response(t.common.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * 较上期变化 of the 驾驶舱 for a file: the year at its as-of date against the comparison
 * date (`?since=`, one week back unless asked), every moved task — the same comparison the page shows.
 * An unusable date says why (the page's words); none on a published view or for a year that is not there.
 */
export async function changesExport(sp: SearchParams) {
  const plan = await getEvaluatedPlan(sp);
  const comparison = plan && comparisonOf(plan, one(sp.since));
  if (!plan || !comparison) return null;
  if (!comparison.result) return { error: comparison.error ? t.leadership.changes.error(plan.snap.year)[comparison.error] : t.leadership.changes.none };
  const r = comparison.result;
  return { year: plan.snap.year, asOf: plan.asOf, comparison: r, projects: plan.snap.projects };
}
