// Which plan a read workbook describes, for the year the office imports it into: the app's own plan
// workbook when it has a 任务 sheet, else the first sheet with an appendix table (an office's
// 任务分解表). 日期顺延一年: a file that is last year's plan is read for that year, then every date
// moves by one; a file whose deadlines all fall in the year before is offered that shift.
// Pure: the xlsx worker runs it beside the reading, so a 5,000-task file is parsed off the server's
// request thread (lib/plan-import/xlsx-worker.mjs).
import {
  cellText,
  earlierYearDeadlines,
  NUMERALS,
  parsePlanWorkbook,
  shiftDraft,
  WORKBOOK,
  type Grid,
  type PlanDraft,
  type UnitLookup,
  type UnknownUnit,
} from './plan-import';
import { parseAppendixGrid, type HiddenInSheet } from './plan-appendix';
import { findHeaderBand, headerGap, type HeaderGap } from './plan-table';
import { closestUnits, matchUnit, type UnitNames } from './unit-names';

/**
 * `hiddenRows`, `hiddenColumns`: per sheet, the rows and columns hidden in the workbook (0-based), as
 * the reader found them. `tablesContinue`: the sheets are the tables of a Word document, in order
 * (a table split in two reads as two: see `joinContinuedTables`).
 */
export type Sheets = {
  sheets: Record<string, Grid>;
  order: string[];
  hiddenRows?: Record<string, number[]>;
  hiddenColumns?: Record<string, number[]>;
  tablesContinue?: boolean;
};

const hasHeader = (grid: Grid) => findHeaderBand(grid.map((row) => row.map((c) => cellText(c)))) !== null;
const widthOf = (grid: Grid) => Math.max(0, ...grid.map((row) => row.length));

/**
 * A Word table split in two — a page break or an empty paragraph typed between its parts — is two
 * tables, the second without a header of its own. A table without a header that follows a plan
 * table and is exactly as wide continues it: its rows are appended (a narrower table, a line of
 * contacts, is not one; nor is a table before the plan table).
 */
export function joinContinuedTables(read: Sheets): Sheets {
  const sheets: Record<string, Grid> = {};
  const order: string[] = [];
  let plan: string | null = null;
  for (const name of read.order) {
    const grid = read.sheets[name]!;
    if (hasHeader(grid)) plan = name;
    else if (plan !== null && grid.length > 0 && widthOf(grid) === widthOf(sheets[plan]!)) {
      sheets[plan] = [...sheets[plan]!, ...grid];
      continue;
    } else plan = null;
    sheets[name] = grid;
    order.push(name);
  }
  return { ...read, sheets, order };
}

const hiddenIn = (read: Sheets, name: string): HiddenInSheet => ({
  rows: new Set(read.hiddenRows?.[name] ?? []),
  columns: new Set(read.hiddenColumns?.[name] ?? []),
});

/** Matching a written name against the unit directory (exact, full name, alias, normal form), with the closest names for suggestions. */
export const unitLookup = (units: readonly UnitNames[]): UnitLookup =>
  Object.assign((n: string) => matchUnit(n, units), { suggest: (n: string) => closestUnits(n, units, 5) });

/**
 * The plan the sheets describe for `year`, or null when no sheet holds a table. `allSheets`: every
 * sheet that holds a plan table is read, as one plan (工程类 and 服务类 kept on sheets of their own).
 */
export function draftFromSheets(sheets: Sheets, year: number, unit: UnitLookup, allSheets = false): PlanDraft | null {
  const read = sheets.tablesContinue ? joinContinuedTables(sheets) : sheets;
  if (read.sheets[WORKBOOK.tasks.name]) return parsePlanWorkbook(read.sheets, year, unit, read.hiddenRows);
  let first: PlanDraft | null = null;
  for (const [i, name] of read.order.entries()) {
    const d = parseAppendixGrid(read.sheets[name]!, year, unit, name, hiddenIn(read, name));
    if (!d.issues.some((x) => x.kind === 'no_header')) {
      const others = otherPlanSheets(read, read.order.slice(i + 1), year, unit);
      return allSheets ? mergeSheetDrafts([d, ...others]) : withOtherSheets(d, others);
    }
    first ??= d;
  }
  return first;
}

/** The later sheets that hold a plan table with at least one task (a sheet of notes or an empty copy is not one). */
function otherPlanSheets(read: Sheets, names: string[], year: number, unit: UnitLookup): PlanDraft[] {
  return names
    .map((name) => parseAppendixGrid(read.sheets[name]!, year, unit, name, hiddenIn(read, name)))
    .filter((d) => !d.issues.some((x) => x.kind === 'no_header') && d.projects.some((p) => p.tasks.length > 0));
}

/**
 * One sheet is imported. Another sheet that holds a plan table too (服务类 beside 工程类, or last
 * year's copy) is named at its first task, with its number of tasks, as a warning: its tasks are not
 * imported, and the office says whether that is right (读取全部计划工作表 imports them all).
 */
function withOtherSheets(d: PlanDraft, others: PlanDraft[]): PlanDraft {
  for (const other of others) {
    const tasks = other.projects.flatMap((p) => p.tasks);
    d.issues.push({ sheet: other.sheet!, row: tasks[0]!.row, kind: 'other_sheet', value: String(tasks.length), blocking: false });
  }
  return d;
}

/**
 * Several sheets' plans as one, in sheet order. Projects are numbered on; their numerals are kept when
 * no two sheets use the same one (一…五 on 工程类, 六…十 on 服务类), else renumbered 一、二… in order.
 * A sheet whose task numbers are already taken (each sheet counting from 1) continues after the
 * highest number before it, keeping its own order and gaps. Each task keeps the sheet it was read
 * from, so its row's problems stay its own; an unknown unit's rows are listed sheet by sheet.
 */
export function mergeSheetDrafts(drafts: PlanDraft[]): PlanDraft {
  const [first, ...rest] = drafts;
  if (!first || rest.length === 0) return first!;
  const used = new Set<number>();
  const projects = drafts.flatMap((d) => {
    const numbers = d.projects.flatMap((p) => p.tasks.map((t) => t.number));
    const offset = numbers.some((n) => used.has(n)) ? Math.max(...used) : 0;
    for (const n of numbers) used.add(n + offset);
    return d.projects.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, number: t.number + offset, sheet: d.sheet })) }));
  });
  const numerals = projects.map((p) => p.numeral);
  const keep = new Set(numerals).size === numerals.length;
  const units = new Map<string, UnknownUnit>();
  for (const d of drafts)
    for (const u of d.unknownUnits) {
      const seen = units.get(u.name);
      const at = { sheet: d.sheet!, rows: u.rows };
      if (seen) seen.sheets!.push(at);
      else units.set(u.name, { ...u, sheets: [at] });
    }
  return {
    ...first,
    sheet: first.sheet,
    projects: projects.map((p, i) => ({ ...p, number: i + 1, numeral: keep ? p.numeral : (NUMERALS[i] ?? String(i + 1)) })),
    newUnits: [...new Set(drafts.flatMap((d) => d.newUnits))],
    issues: drafts.flatMap((d) => d.issues),
    skipped: drafts.flatMap((d) => d.skipped),
    unknownUnits: [...units.values()],
  };
}

/** `header`: the sheet and row that name most of a plan table's columns but lack one, when a sheet has such a row. */
export type PlanRead = { ok: true; draft: PlanDraft; suggestShift: boolean } | { ok: false; error: 'no_table'; header?: SheetHeaderGap };
export type SheetHeaderGap = HeaderGap & { sheet: string };

/** The first sheet whose header lacks a column the import needs (see `headerGap`), or nothing. */
function headerGapIn(read: Sheets): { header?: SheetHeaderGap } {
  for (const sheet of read.order) {
    const gap = headerGap(read.sheets[sheet]!.map((row) => row.map((c) => cellText(c))));
    if (gap) return { header: { sheet, ...gap } };
  }
  return {};
}

/** The draft for the import year (shifted from last year's when asked) and whether to offer the shift. */
export function planFromSheets(read: Sheets, opts: { year: number; shift: boolean; allSheets?: boolean; units: readonly UnitNames[] }): PlanRead {
  const lookup = unitLookup(opts.units);
  const first = draftFromSheets(read, opts.shift ? opts.year - 1 : opts.year, lookup, opts.allSheets);
  if (!first || first.issues.some((i) => i.kind === 'no_header')) return { ok: false, error: 'no_table', ...headerGapIn(read) };
  const draft = opts.shift ? shiftDraft(first, 1) : first;
  let suggestShift = false;
  if (!opts.shift && earlierYearDeadlines(draft) > 0) {
    const asLastYear = draftFromSheets(read, opts.year - 1, lookup, opts.allSheets);
    suggestShift = !!asLastYear && earlierYearDeadlines(asLastYear) === 0 && asLastYear.projects.some((p) => p.tasks.length > 0);
  }
  return { ok: true, draft, suggestShift };
}
