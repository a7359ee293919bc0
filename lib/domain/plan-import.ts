// Reading a plan from the tables the office already keeps: the draft a file describes, and the
// app's own plan workbook (sheets 任务 / 指标 / 节点 / 子项, the full structure). Tables laid out one
// task per row (the report's 一览表, an office's 任务分解表) are read by plan-appendix.ts.
//
// Input is a grid of cell texts per sheet (merged cells already carry their master's text); output
// is a draft plan plus one message per row that cannot be read. Nothing here touches a database.
import type { IsoDate } from './dates';
import { leadOfficialText, type SkipReason } from './plan-table';
import { dueOfWording, parseTimeWording, yearPlacement, type TimeRefusal } from './time-wording';
import { isCollective, splitUnitCell } from './unit-names';
import { cleanText } from './text';
import { isWholeUnit, parseDecimal } from './numbers';
import { shiftDate, shiftMonth } from './plan-years';
import type { Accrual, Direction } from './types';
import type { Category } from './types';

export type Cell = string | number | Date | null;
export type Grid = Cell[][];
export type { Category };

export type IssueKind =
  | 'unknown_unit'
  | 'bad_deadline'
  | 'empty_task'
  | 'duplicate_number'
  | 'no_units'
  | 'no_header'
  | 'bad_number'
  | 'bad_category'
  | 'unknown_task'
  | 'deadline_year'
  | 'ambiguous_deadline'
  | 'festival_deadline'
  | 'eve_deadline'
  | 'year_before_deadline'
  | 'mid_year_deadline'
  | 'cross_year'
  | 'too_long'
  | 'bad_target'
  | 'other_sheet'
  | 'hidden_rows'
  | 'hidden_columns'
  | 'hidden_columns_read'
  | 'columns_not_read'
  | 'untitled_project';

/**
 * The same field rules as the forms (lib/validation): an imported plan cannot hold what the plan
 * editor and the accounts page would refuse.
 */
export const FIELD_LIMITS = {
  unitName: 40,
  projectTitle: 200,
  taskContent: 1000,
  planText: 4000,
  note: 500,
  leadOfficial: 100, // the plan editor's too (lib/validation/plan.ts)
  indicatorName: 100,
  unitOfMeasure: 20,
  stepText: 1000,
  maxValue: 1e9,
} as const;

/** A target or step value as the forms take it: decimal, not negative, within the limit, whole for counts; else null. */
export function importedFigure(c: Cell, unitOfMeasure: string): { ok: true; value: number | null } | { ok: false } {
  if (c === null || c === undefined || (typeof c === 'string' && c.trim() === '')) return { ok: true, value: null };
  const n = typeof c === 'number' ? (Number.isFinite(c) ? c : null) : parseDecimal(String(c), unitOfMeasure);
  if (n === null || n < 0 || n > FIELD_LIMITS.maxValue || (isWholeUnit(unitOfMeasure) && !Number.isInteger(n))) return { ok: false };
  return { ok: true, value: n };
}
/** The message for a deadline cell the time rules refuse: a number that cannot say its month, 春节前 without its year, 年前, 2025年前, 年中, or unreadable. */
export const deadlineIssue = (reason: TimeRefusal): IssueKind => DEADLINE_ISSUE[reason] ?? 'bad_deadline';
const DEADLINE_ISSUE: Partial<Record<TimeRefusal, IssueKind>> = {
  ambiguous_number: 'ambiguous_deadline',
  festival_year: 'festival_deadline',
  year_eve: 'eve_deadline',
  year_before: 'year_before_deadline',
  mid_year: 'mid_year_deadline',
};

export type RowIssue = { sheet: string; row: number; kind: IssueKind; value?: string; blocking: boolean };

export type MilestoneDraft = {
  key: string;
  periodLabel: string;
  dueDate: IsoDate;
  text: string;
  indicatorKey: string | null;
  cumulativeTarget: number | null;
  /** Further indicators this step sets a cumulative value for. */
  alsoTargets?: { indicatorKey: string; value: number }[];
};
export type IndicatorDraft = {
  key: string;
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  direction: Direction;
  target: number | null;
  accrual: Accrual;
};
export type ItemDraft = { key: string; name: string };
export type TaskDraft = {
  number: number;
  row: number;
  content: string;
  units: string[];
  deadlineMonth: string | null;
  /** Due in the year after the plan year (跨年度): flagged in the preview, not refused. */
  crossYear: boolean;
  planText: string;
  /** The table's 备注 for this task ('' when none). */
  note: string;
  /** The table's 牵头区领导 / 责任领导 for this task, names joined with 、 ('' when none). */
  leadOfficial: string;
  milestones: MilestoneDraft[];
  indicators: IndicatorDraft[];
  items: ItemDraft[];
  /** The sheet the task was read from, when the plan was read from several (else the draft's `sheet`). */
  sheet?: string;
};
export type ProjectDraft = { number: number; numeral: string; title: string; category: Category | null; tasks: TaskDraft[] };
export type PlanDraft = {
  layout: 'appendix' | 'workbook';
  /** The sheet the tasks were read from. */
  sheet?: string;
  projects: ProjectDraft[];
  /** Unit names the file uses that the app does not know (to be created on confirmation, if chosen). */
  newUnits: string[];
  issues: RowIssue[];
  /** Rows that are not data (title, date line, spacer, footer), with why. */
  skipped: { sheet: string; row: number; why: SkipReason }[];
  /** One entry per distinct name the app does not know: where it is written and the closest known names. */
  unknownUnits: UnknownUnit[];
};
export type UnknownUnit = {
  name: string;
  rows: number[];
  suggestions: string[];
  collective: boolean;
  /** Where it is written, sheet by sheet, when the plan was read from several sheets (`rows` are then those of the first sheet it is on). */
  sheets?: { sheet: string; rows: number[] }[];
};

export const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
export const MAX_ROWS = 5000;

/** A cell's text: through the one text cleaner, trimmed, line breaks kept as \n, Word residue dropped, a date as YYYY-MM-DD. */
export const cellText = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return cleanText(String(c))
    .replace(/\[bookmark: _GoBack\]/g, '')
    .trim();
};
const text = cellText;

/**
 * The internal key of an indicator, milestone or sub-item read from the plan workbook: the workbook
 * numbers them (序号) and never shows keys, so a number or a blank gives the n-th key of its task
 * (i1, m2, s3); a word is an older workbook's code and is kept.
 */
function keyOf(cell: Cell, prefix: string, n: number): string {
  const written = text(cell);
  return written && !/^\d+$/.test(written) ? written : `${prefix}${n}`;
}

const CATEGORY_WORDS: Record<string, Category> = {
  工程类: 'ENGINEERING',
  工程: 'ENGINEERING',
  服务类: 'SERVICE',
  服务: 'SERVICE',
  ENGINEERING: 'ENGINEERING',
  SERVICE: 'SERVICE',
};

/** The known unit a written name means (or null); `suggest` lists the closest known names. */
export type UnitLookup = ((name: string) => string | null) & { suggest?: (name: string) => string[] };

class Builder {
  issues: RowIssue[] = [];
  unknown = new Map<string, number[]>();
  numbers = new Set<number>();
  constructor(
    readonly sheet: string,
    readonly year: number,
    readonly unit: UnitLookup,
  ) {}
  issue(row: number, kind: IssueKind, value?: string, blocking = true) {
    this.issues.push({ sheet: this.sheet, row: row + 1, kind, value, blocking });
  }
  units(row: number, cell: string): string[] {
    const out: string[] = [];
    for (const u of splitUnitCell(cell)) {
      if (u.length > FIELD_LIMITS.unitName) {
        this.issue(row, 'too_long', `${u.slice(0, 20)}…`);
        continue;
      }
      const known = this.unit(u);
      if (!known) this.unknown.set(u, [...(this.unknown.get(u) ?? []), row + 1]);
      if (!out.includes(known ?? u)) out.push(known ?? u);
    }
    return out;
  }
  unknownUnits(): UnknownUnit[] {
    return [...this.unknown].map(([name, rows]) => ({ name, rows, collective: isCollective(name), suggestions: this.unit.suggest?.(name) ?? [] }));
  }
  number(row: number, n: number): boolean {
    if (this.numbers.has(n)) {
      this.issue(row, 'duplicate_number', String(n));
      return false;
    }
    this.numbers.add(n);
    return true;
  }
}

/** The sheets and columns of the plan workbook this app exports (and offers as a blank template). */
export const WORKBOOK = {
  tasks: { name: '任务', columns: ['序号', '项目编号', '项目名称', '类别', '项目内容', '责任单位', '完成时限', '工作计划', '备注', '牵头区领导'] },
  indicators: { name: '指标', columns: ['任务序号', '指标序号', '指标名称', '计量单位', '百分比', '方向', '年度目标', '计算方式'] },
  milestones: {
    name: '节点',
    columns: ['任务序号', '节点序号', '期间', '到期日', '内容', '对应指标（指标名称）', '累计目标', '同时设定（指标名称=累计目标；…）'],
  },
  items: { name: '子项', columns: ['任务序号', '子项序号', '子项名称'] },
} as const;

const DIRECTIONS: Record<string, Direction> = {
  '≥': 'AT_LEAST',
  '>=': 'AT_LEAST',
  不少于: 'AT_LEAST',
  AT_LEAST: 'AT_LEAST',
  '=': 'EXACTLY',
  等于: 'EXACTLY',
  EXACTLY: 'EXACTLY',
};
const ACCRUALS: Record<string, Accrual> = {
  均衡: 'EVEN',
  EVEN: 'EVEN',
  按节点: 'MILESTONES',
  MILESTONES: 'MILESTONES',
  完成时: 'AT_COMPLETION',
  AT_COMPLETION: 'AT_COMPLETION',
  不按时间: 'NONE',
  NONE: 'NONE',
};
export const DIRECTION_WORDS: Record<Direction, string> = { AT_LEAST: '≥', EXACTLY: '=' };
export const ACCRUAL_WORDS: Record<Accrual, string> = { EVEN: '均衡', MILESTONES: '按节点', AT_COMPLETION: '完成时', NONE: '不按时间' };

/**
 * The plan workbook layout (all four sheets by name; 指标/节点/子项 may be empty). `hiddenRows`: per
 * sheet, the rows hidden in Excel (0-based, as the reader reports them). A hidden row is not read, as
 * in any plan table (a task hidden to leave it out of next year's plan is left out, and the rows of
 * its indicators, steps and sub-items with it); each sheet's first hidden row carries a warning.
 */
export function parsePlanWorkbook(sheets: Record<string, Grid>, year: number, unit: UnitLookup, hiddenRows: Record<string, readonly number[]> = {}): PlanDraft {
  const b = new Builder(WORKBOOK.tasks.name, year, unit);
  const rows = (name: string) => (sheets[name] ?? []).slice(1);
  const projectsByNumber = new Map<number, ProjectDraft>();
  const tasks = new Map<number, TaskDraft>();
  const skipped: PlanDraft['skipped'] = [];
  const hiddenTasks = new Set<string>();
  const hiddenIn = new Map(Object.entries(hiddenRows).map(([sheet, list]) => [sheet, new Set(list)]));
  /** Whether the row (grid index `r`, 1 under the header) is hidden: then it is listed as skipped, not read. */
  const hidden = (sheet: string, r: number, row: Cell[]) => {
    if (!hiddenIn.get(sheet)?.has(r) || row.every((c) => text(c) === '')) return false;
    skipped.push({ sheet, row: r + 1, why: 'hidden' });
    return true;
  };
  rows(WORKBOOK.tasks.name).forEach((row, i) => {
    const r = i + 1;
    if (row.every((c) => text(c) === '')) return;
    if (hidden(WORKBOOK.tasks.name, r, row)) return void hiddenTasks.add(text(row[0] ?? null));
    // 牵头区领导 is the tenth column since session 48: a workbook exported before has nine (none then).
    const [no, pno, ptitle, cat, content, unitCell, deadlineCell, plan, note, official] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => row[k] ?? null);
    const number = Number(text(no));
    if (!Number.isInteger(number) || number <= 0) return b.issue(r, 'bad_number', text(no));
    if (!text(content)) return b.issue(r, 'empty_task', text(no));
    if (!b.number(r, number)) return;
    const category = CATEGORY_WORDS[text(cat)] ?? null;
    if (!category) b.issue(r, 'bad_category', text(cat));
    const pn = Number(text(pno)) || projectsByNumber.size + 1;
    let project = projectsByNumber.get(pn);
    if (!project) {
      project = { number: pn, numeral: NUMERALS[pn - 1] ?? String(pn), title: text(ptitle), category, tasks: [] };
      projectsByNumber.set(pn, project);
    }
    const units = text(unitCell) ? b.units(r, text(unitCell)) : [];
    if (units.length === 0) b.issue(r, 'no_units');
    const reading = parseTimeWording(deadlineCell, year);
    const place = reading.ok ? yearPlacement(reading.month, year) : null;
    if (!reading.ok) b.issue(r, deadlineIssue(reading.reason), text(deadlineCell));
    else if (place === 'earlier' || place === 'too_late') b.issue(r, 'deadline_year', text(deadlineCell));
    else if (place === 'cross_year') b.issue(r, 'cross_year', text(deadlineCell), false);
    const deadlineMonth = reading.ok && (place === 'in_year' || place === 'cross_year') ? reading.month : null;
    for (const [value, limit] of [
      [text(content), FIELD_LIMITS.taskContent],
      [text(plan), FIELD_LIMITS.planText],
      [text(note), FIELD_LIMITS.note],
      [leadOfficialText(text(official)), FIELD_LIMITS.leadOfficial],
      [text(ptitle), FIELD_LIMITS.projectTitle],
    ] as const) {
      if (value.length > limit) b.issue(r, 'too_long', `${value.slice(0, 20)}…`);
    }
    const task: TaskDraft = {
      number,
      row: r + 1,
      content: text(content),
      units,
      deadlineMonth,
      crossYear: place === 'cross_year',
      planText: text(plan),
      note: text(note),
      leadOfficial: leadOfficialText(text(official)),
      milestones: [],
      indicators: [],
      items: [],
    };
    tasks.set(number, task);
    project.tasks.push(task);
  });
  const owner = (sheet: string, r: number, c: Cell) => {
    // The rows of a task hidden on 任务 are left out with it.
    if (hiddenTasks.has(text(c)) && !tasks.has(Number(text(c)))) return undefined;
    const t = tasks.get(Number(text(c)));
    if (!t) b.issues.push({ sheet, row: r + 1, kind: 'unknown_task', value: text(c), blocking: true });
    return t;
  };
  rows(WORKBOOK.indicators.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '') || hidden(WORKBOOK.indicators.name, i + 1, row)) return;
    const t = owner(WORKBOOK.indicators.name, i + 1, row[0] ?? null);
    if (!t) return;
    const unitOfMeasure = text(row[3]);
    const fig = importedFigure(row[6] ?? null, unitOfMeasure);
    if (!fig.ok) b.issues.push({ sheet: WORKBOOK.indicators.name, row: i + 2, kind: 'bad_target', value: text(row[6] ?? null), blocking: true });
    if (text(row[2]).length > FIELD_LIMITS.indicatorName || unitOfMeasure.length > FIELD_LIMITS.unitOfMeasure) {
      b.issues.push({ sheet: WORKBOOK.indicators.name, row: i + 2, kind: 'too_long', value: text(row[2]).slice(0, 20), blocking: true });
    }
    const target = fig.ok ? fig.value : null;
    t.indicators.push({
      key: keyOf(row[1] ?? null, 'i', t.indicators.length + 1),
      name: text(row[2]),
      unitOfMeasure: text(row[3]),
      isPercent: text(row[4]) === '是', // as the plan workbook writes it (t.report.yes)
      direction: DIRECTIONS[text(row[5])] ?? 'AT_LEAST',
      target,
      accrual: ACCRUALS[text(row[7])] ?? 'EVEN',
    });
  });
  rows(WORKBOOK.milestones.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '') || hidden(WORKBOOK.milestones.name, i + 1, row)) return;
    const t = owner(WORKBOOK.milestones.name, i + 1, row[0] ?? null);
    if (!t) return;
    const label = text(row[2]);
    const written = text(row[3]);
    // The date as written (a date cell, an Excel date number, 2024-09-15, 2024年9月20日, 11月中旬), else
    // from the period; one that does not exist (2028-02-30: refused, never moved to 03-01) or reads as
    // no time is refused with what was written.
    const due = dueOfWording(row[3] instanceof Date || typeof row[3] === 'number' ? row[3] : written || label, year);
    if (!due) return b.issues.push({ sheet: WORKBOOK.milestones.name, row: i + 2, kind: 'bad_deadline', value: written || label, blocking: true });
    const fig = importedFigure(row[6] ?? null, '');
    if (!fig.ok) return b.issues.push({ sheet: WORKBOOK.milestones.name, row: i + 2, kind: 'bad_target', value: text(row[6] ?? null), blocking: true });
    const target = fig.value;
    // An indicator is named by its name, or by its 指标序号 (older workbooks: by its code).
    const indicatorKeyOf = (ref: string) =>
      (/^\d+$/.test(ref) ? t.indicators[Number(ref) - 1]?.key : undefined) ??
      t.indicators.find((x) => x.name === ref)?.key ??
      t.indicators.find((x) => x.key === ref)?.key ??
      ref;
    const alsoTargets = text(row[7] ?? null)
      .split(/[；;]/)
      .map((p) => /^\s*([^=]+?)\s*=\s*(-?[\d.]+)\s*$/.exec(p))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ indicatorKey: indicatorKeyOf(m[1]!), value: Number(m[2]) }));
    t.milestones.push({
      key: keyOf(row[1] ?? null, 'm', t.milestones.length + 1),
      periodLabel: label,
      dueDate: due,
      text: text(row[4]),
      indicatorKey: text(row[5]) ? indicatorKeyOf(text(row[5])) : null,
      cumulativeTarget: target,
      ...(alsoTargets.length ? { alsoTargets } : {}),
    });
  });
  rows(WORKBOOK.items.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '') || hidden(WORKBOOK.items.name, i + 1, row)) return;
    const t = owner(WORKBOOK.items.name, i + 1, row[0] ?? null);
    if (t) t.items.push({ key: keyOf(row[1] ?? null, 's', t.items.length + 1), name: text(row[2]) });
  });
  for (const sheet of [WORKBOOK.tasks.name, WORKBOOK.indicators.name, WORKBOOK.milestones.name, WORKBOOK.items.name]) {
    const left = skipped.filter((x) => x.sheet === sheet);
    if (left.length > 0) b.issues.push({ sheet, row: left[0]!.row, kind: 'hidden_rows', value: String(left.length), blocking: false });
  }
  const projects = [...projectsByNumber.values()].sort((a, b) => a.number - b.number);
  const unknownUnits = b.unknownUnits();
  return {
    layout: 'workbook',
    sheet: WORKBOOK.tasks.name,
    projects,
    newUnits: unknownUnits.filter((u) => !u.collective).map((u) => u.name),
    issues: b.issues,
    skipped,
    unknownUnits,
  };
}

/**
 * The office's answer for each unknown name: units it stands for (one, or several for a collective
 * entry such as 各街道), or 'create' (a new unit of that name).
 */
export type UnitChoice = { units: string[] } | 'create';

/**
 * The draft with every unknown name replaced by what the office chose (lead first, order kept,
 * no unit twice), and the aliases to remember: a name mapped to one existing unit.
 */
export function applyUnitChoices(
  d: PlanDraft,
  choices: ReadonlyMap<string, UnitChoice>,
): { draft: PlanDraft; aliases: { alias: string; unit: string }[]; create: string[] } {
  const replace = (name: string): string[] => {
    const c = choices.get(name);
    return !c || c === 'create' ? [name] : c.units;
  };
  const projects = d.projects.map((p) => ({
    ...p,
    tasks: p.tasks.map((t) => ({ ...t, units: [...new Set(t.units.flatMap(replace))] })),
  }));
  const aliases = d.unknownUnits.flatMap((u) => {
    const c = choices.get(u.name);
    return c && c !== 'create' && c.units.length === 1 && !u.collective ? [{ alias: u.name, unit: c.units[0]! }] : [];
  });
  const create = d.unknownUnits.filter((u) => choices.get(u.name) === 'create').map((u) => u.name);
  return { draft: { ...d, projects, unknownUnits: [], newUnits: create }, aliases, create };
}

/** Unknown names nobody chose for yet (each must be mapped or created before the draft is written). */
export const unresolvedUnits = (d: PlanDraft, choices: ReadonlyMap<string, UnitChoice>): string[] =>
  d.unknownUnits
    .filter((u) => {
      const c = choices.get(u.name);
      return !c || (c !== 'create' && c.units.length === 0) || (c === 'create' && u.collective);
    })
    .map((u) => u.name);

/**
 * The draft without the rows that have a blocking problem (the office chose to import the rest):
 * those tasks are left out, and so are projects left with no task.
 */
export function withoutBlockedRows(d: PlanDraft): PlanDraft {
  const blocked = new Set(d.issues.filter((i) => i.blocking).map((i) => `${i.sheet}\n${i.row}`));
  const projects = d.projects
    .map((p) => ({
      ...p,
      tasks: p.tasks.filter((t) => !blocked.has(`${t.sheet ?? d.sheet}\n${t.row}`) && t.deadlineMonth !== null && t.units.length > 0),
    }))
    .filter((p) => p.tasks.length > 0);
  return { ...d, projects, issues: d.issues.filter((i) => !i.blocking) };
}

/**
 * Last year's plan read into a new year: every date moved by whole years (as copying a year does).
 * The draft was read against the year it was written for, so its own checks hold; then it moves.
 */
export function shiftDraft(d: PlanDraft, years: number): PlanDraft {
  return {
    ...d,
    projects: d.projects.map((p) => ({
      ...p,
      tasks: p.tasks.map((t) => ({
        ...t,
        deadlineMonth: t.deadlineMonth ? shiftMonth(t.deadlineMonth, years) : null,
        milestones: t.milestones.map((m) => ({ ...m, dueDate: shiftDate(m.dueDate, years) })),
      })),
    })),
  };
}

/** Whether a draft's only trouble is that its deadlines belong to an earlier year (a plan of last year): how many of them. */
export const earlierYearDeadlines = (d: PlanDraft): number => d.issues.filter((i) => i.kind === 'deadline_year').length;

/** Whether a draft can be written: no blocking message, at least one task (unknown units need the user's consent). */
export const isWritable = (d: PlanDraft): boolean => d.projects.some((p) => p.tasks.length > 0) && !d.issues.some((i) => i.blocking);

/** Counts for the preview's headline. */
export function draftCounts(d: PlanDraft) {
  const tasks = d.projects.flatMap((p) => p.tasks);
  return {
    projects: d.projects.length,
    tasks: tasks.length,
    units: new Set(tasks.flatMap((t) => t.units)).size,
    milestones: tasks.reduce((n, t) => n + t.milestones.length, 0),
    indicators: tasks.reduce((n, t) => n + t.indicators.length, 0),
  };
}
