// Which plan a read workbook describes, for the year the office imports it into: the app's own plan
// workbook when it has a 任务 sheet, else the first sheet with an appendix table (an office's
// 任务分解表). 日期顺延一年: a file that is last year's plan is read for that year, then every date
// moves by one; a file whose deadlines all fall in the year before is offered that shift.
// Pure: the xlsx worker runs it beside the reading, so a 5,000-task file is parsed off the server's
// request thread (lib/plan-import/xlsx-worker.mjs).
import { earlierYearDeadlines, parsePlanWorkbook, shiftDraft, WORKBOOK, type Grid, type PlanDraft, type UnitLookup } from './plan-import';
import { parseAppendixGrid } from './plan-appendix';
import { closestUnits, matchUnit, type UnitNames } from './unit-names';

export type Sheets = { sheets: Record<string, Grid>; order: string[] };

/** Matching a written name against the unit directory (exact, full name, alias, normal form), with the closest names for suggestions. */
export const unitLookup = (units: readonly UnitNames[]): UnitLookup =>
  Object.assign((n: string) => matchUnit(n, units), { suggest: (n: string) => closestUnits(n, units, 5) });

/** The plan the sheets describe for `year`, or null when no sheet holds a table. */
export function draftFromSheets(read: Sheets, year: number, unit: UnitLookup): PlanDraft | null {
  if (read.sheets[WORKBOOK.tasks.name]) return parsePlanWorkbook(read.sheets, year, unit);
  let first: PlanDraft | null = null;
  for (const [i, name] of read.order.entries()) {
    const d = parseAppendixGrid(read.sheets[name]!, year, unit, name);
    if (!d.issues.some((x) => x.kind === 'no_header')) return withOtherSheets(d, read, read.order.slice(i + 1), year, unit);
    first ??= d;
  }
  return first;
}

/**
 * One sheet is imported. Another sheet that holds a plan table too (服务类 beside 工程类, or last
 * year's copy) is named at its first task, with its number of tasks, as a warning: its tasks are not
 * imported, and the office says whether that is right (merging the sheets imports both).
 */
function withOtherSheets(d: PlanDraft, read: Sheets, rest: string[], year: number, unit: UnitLookup): PlanDraft {
  for (const name of rest) {
    const other = parseAppendixGrid(read.sheets[name]!, year, unit, name);
    const tasks = other.projects.flatMap((p) => p.tasks);
    if (other.issues.some((x) => x.kind === 'no_header') || tasks.length === 0) continue;
    d.issues.push({ sheet: name, row: tasks[0]!.row, kind: 'other_sheet', value: String(tasks.length), blocking: false });
  }
  return d;
}

export type PlanRead = { ok: true; draft: PlanDraft; suggestShift: boolean } | { ok: false; error: 'no_table' };

/** The draft for the import year (shifted from last year's when asked) and whether to offer the shift. */
export function planFromSheets(read: Sheets, opts: { year: number; shift: boolean; units: readonly UnitNames[] }): PlanRead {
  const lookup = unitLookup(opts.units);
  const first = draftFromSheets(read, opts.shift ? opts.year - 1 : opts.year, lookup);
  if (!first || first.issues.some((i) => i.kind === 'no_header')) return { ok: false, error: 'no_table' };
  const draft = opts.shift ? shiftDraft(first, 1) : first;
  let suggestShift = false;
  if (!opts.shift && earlierYearDeadlines(draft) > 0) {
    const asLastYear = draftFromSheets(read, opts.year - 1, lookup);
    suggestShift = !!asLastYear && earlierYearDeadlines(asLastYear) === 0 && asLastYear.projects.some((p) => p.tasks.length > 0);
  }
  return { ok: true, draft, suggestShift };
}
