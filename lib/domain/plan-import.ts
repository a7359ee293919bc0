// Reading a plan from the tables the office already keeps. Two layouts are understood:
//
// - the report's appendix table (一览表): 序号 / 项目名称 / 项目内容 (任务) / 责任单位 / 完成时限 / a plan
//   column (下半年计划, 月度计划, 工作计划…); merged or empty 项目名称, 责任单位 and 完成时限 cells mean
//   "as the row above"; a row without a task continues the task above; several units in one cell
//   (、，, or one per line); deadlines as 2023.12, 2023年12月, 12月底, 2023-12, a date or a date serial;
//   plan lines that start with a month ("8月：…", "7-9月：…") become milestones;
// - the plan workbook this app exports (sheets 任务 / 指标 / 节点 / 子项): the full structure.
//
// Input is a grid of cell texts per sheet (merged cells already carry their master's text); output
// is a draft plan plus one message per row that cannot be read. Nothing here touches a database.
import { periodDueDate, type IsoDate } from './dates';
import type { Accrual, Direction } from './types';

export type Cell = string | number | Date | null;
export type Grid = Cell[][];
export type Category = 'ENGINEERING' | 'SERVICE';

export type IssueKind =
  | 'unknown_unit' | 'bad_deadline' | 'empty_task' | 'duplicate_number' | 'no_units' | 'no_header' | 'bad_number' | 'bad_category' | 'unknown_task' | 'deadline_year' | 'ambiguous_deadline';
export type RowIssue = { sheet: string; row: number; kind: IssueKind; value?: string; blocking: boolean };

export type MilestoneDraft = {
  key: string; periodLabel: string; dueDate: IsoDate; text: string; indicatorKey: string | null; cumulativeTarget: number | null;
  /** Further indicators this step sets a cumulative value for. */
  alsoTargets?: { indicatorKey: string; value: number }[];
};
export type IndicatorDraft = { key: string; name: string; unitOfMeasure: string; isPercent: boolean; direction: Direction; target: number | null; accrual: Accrual };
export type ItemDraft = { key: string; name: string };
export type TaskDraft = {
  number: number;
  row: number;
  content: string;
  units: string[];
  deadlineMonth: string | null;
  planText: string;
  milestones: MilestoneDraft[];
  indicators: IndicatorDraft[];
  items: ItemDraft[];
};
export type ProjectDraft = { number: number; numeral: string; title: string; category: Category | null; tasks: TaskDraft[] };
export type PlanDraft = {
  layout: 'appendix' | 'workbook';
  projects: ProjectDraft[];
  /** Unit names the file uses that the app does not know (to be created on confirmation, if chosen). */
  newUnits: string[];
  issues: RowIssue[];
};

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
export const MAX_ROWS = 5000;

const text = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).replace(/\r\n?/g, '\n').replace(/\[bookmark: _GoBack\]/g, '').trim();
};

/** Several units in one cell: separated by 、，,；; / or line breaks. */
export const splitUnits = (cell: string): string[] => cell.split(/[、，,；;/\n]+/).map((u) => u.trim()).filter(Boolean);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A deadline cell as "YYYY-MM": 2023.12 / 2023.8 / 2023年12月 / 2023-12 / 2023/12 / 12月底 / 12月 (the
 * plan year) / a date / an Excel date serial. A number like 2023.1 is read as January (as typed).
 */
export function parseDeadline(cell: Cell | undefined, year: number): string | null {
  const pad = (m: number) => String(m).padStart(2, '0');
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}`;
  if (typeof cell === 'number' && cell > 20000 && cell < 80000) {
    const d = new Date(EXCEL_EPOCH + Math.round(cell) * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const s = text(cell).replace(/\s+/g, '');
  let m = /^(\d{4})[.\-/年](\d{1,2})(?:月(?:底|末)?)?(?:[.\-/]?(\d{1,2})日?)?$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? `${m[1]}-${pad(month)}` : null;
  }
  m = /^(\d{1,2})月(?:底|末|前)?$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;
  }
  return null;
}

/** A deadline typed as the number 2023.10 is stored as 2023.1: October or January cannot be told apart. */
export const isAmbiguousNumber = (cell: Cell | undefined): boolean => typeof cell === 'number' && /^\d{4}\.1$/.test(String(cell));

/** Plan lines that start with a month or a month range ("8月：…", "7-9月：…", "10月-12月：…") as milestones. */
export function milestonesFromPlanText(planText: string, year: number): MilestoneDraft[] {
  const out: MilestoneDraft[] = [];
  for (const line of planText.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\d{1,2}(?:月)?(?:\s*[-—–~至]\s*\d{1,2})?月(?:底|前|中旬|下旬|上旬)?)\s*[：:，,]/.exec(line);
    if (!m) continue;
    const label = m[1]!.replace(/\s+/g, '');
    const due = periodDueDate(label, year);
    if (due) out.push({ key: `m${out.length + 1}`, periodLabel: label, dueDate: due, text: line, indicatorKey: null, cumulativeTarget: null });
  }
  return out;
}

type Columns = { no?: number; project: number; content: number; units: number; deadline: number; plan?: number; category?: number };

const HEADER_TESTS: [keyof Columns, RegExp][] = [
  ['no', /^(序号|编号|任务编号)$/],
  ['project', /项目名称|^项目$/],
  ['content', /项目内容|^任务$|任务内容|具体任务/],
  ['units', /责任单位|牵头单位/],
  ['deadline', /完成时限|完成时间|时限/],
  ['plan', /计划|任务目标及措施|下一步/],
  ['category', /^类别$/],
];

function findHeader(grid: Grid): { row: number; cols: Columns } | null {
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const cols: Partial<Columns> = {};
    grid[r]!.forEach((c, i) => {
      const s = text(c).replace(/\s+/g, '');
      for (const [key, re] of HEADER_TESTS) if (cols[key] === undefined && re.test(s)) { cols[key] = i; break; }
    });
    if (cols.project !== undefined && cols.content !== undefined && cols.units !== undefined && cols.deadline !== undefined) return { row: r, cols: cols as Columns };
  }
  return null;
}

const CATEGORY_WORDS: Record<string, Category> = { 工程类: 'ENGINEERING', 工程: 'ENGINEERING', 服务类: 'SERVICE', 服务: 'SERVICE', ENGINEERING: 'ENGINEERING', SERVICE: 'SERVICE' };

type UnitLookup = (name: string) => string | null;

class Builder {
  projects: ProjectDraft[] = [];
  issues: RowIssue[] = [];
  newUnits = new Set<string>();
  numbers = new Set<number>();
  constructor(readonly sheet: string, readonly year: number, readonly unit: UnitLookup) {}
  issue(row: number, kind: IssueKind, value?: string, blocking = true) {
    this.issues.push({ sheet: this.sheet, row: row + 1, kind, value, blocking });
  }
  project(title: string, category: Category | null): ProjectDraft {
    const m = /^([一二三四五六七八九十]+)[、.．]\s*(.+)$/s.exec(title);
    const clean = (m ? m[2]! : title).trim();
    const found = this.projects.find((p) => p.title === clean);
    if (found) return found;
    const number = this.projects.length + 1;
    const p: ProjectDraft = { number, numeral: m?.[1] ?? NUMERALS[number - 1] ?? String(number), title: clean, category, tasks: [] };
    this.projects.push(p);
    return p;
  }
  units(row: number, cell: string): string[] {
    const out: string[] = [];
    for (const u of splitUnits(cell)) {
      const known = this.unit(u);
      if (known) out.push(known);
      else {
        this.newUnits.add(u);
        this.issue(row, 'unknown_unit', u, false);
        out.push(u);
      }
    }
    return out;
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

/** The appendix layout: one task per row under a header row (see the top of this file). */
export function parseAppendixGrid(grid: Grid, year: number, unit: UnitLookup, sheet = '一览表'): PlanDraft {
  const b = new Builder(sheet, year, unit);
  const header = findHeader(grid);
  if (!header) {
    b.issue(0, 'no_header');
    return { layout: 'appendix', projects: [], newUnits: [], issues: b.issues };
  }
  const { cols } = header;
  let project: ProjectDraft | null = null;
  let units: string[] = [];
  let deadline: string | null = null;
  let last: TaskDraft | null = null;
  let category: Category | null = null;
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r]!;
    const cell = (i: number | undefined) => (i === undefined ? '' : text(row[i]));
    if (row.every((c) => text(c) === '')) continue;
    const projectCell = cell(cols.project);
    const content = cell(cols.content);
    const no = cell(cols.no);
    if (cols.category !== undefined && cell(cols.category)) {
      category = CATEGORY_WORDS[cell(cols.category)] ?? null;
      if (!category) b.issue(r, 'bad_category', cell(cols.category));
    }
    if (projectCell && (projectCell !== (project?.title ?? '') || !project)) project = b.project(projectCell, category);
    if (!content && !no) {
      // A continuation row: more plan text (or units) for the task above.
      if (last && cell(cols.plan)) last.planText = `${last.planText}\n${cell(cols.plan)}`.trim();
      else if (!last) b.issue(r, 'empty_task');
      continue;
    }
    if (!content) {
      b.issue(r, 'empty_task', no);
      continue;
    }
    if (!project) project = b.project('未命名项目', category);
    const prefix = /^(\d+)\s*[.．、]\s*([\s\S]+)$/.exec(content);
    let number: number;
    if (no) {
      number = Number(no);
      if (!Number.isInteger(number) || number <= 0) {
        b.issue(r, 'bad_number', no);
        continue;
      }
    } else number = prefix ? Number(prefix[1]) : b.numbers.size + 1;
    if (!b.number(r, number)) continue;
    const unitCell = cell(cols.units);
    if (unitCell) units = b.units(r, unitCell);
    else if (units.length === 0) b.issue(r, 'no_units');
    const deadlineCell = cols.deadline === undefined ? null : row[cols.deadline] ?? null;
    if (isAmbiguousNumber(deadlineCell)) {
      b.issue(r, 'ambiguous_deadline', text(deadlineCell));
      deadline = null;
    } else if (text(deadlineCell)) {
      const d = parseDeadline(deadlineCell, year);
      if (!d) b.issue(r, 'bad_deadline', text(deadlineCell));
      else if (!d.startsWith(`${year}-`)) b.issue(r, 'deadline_year', text(deadlineCell));
      deadline = d && d.startsWith(`${year}-`) ? d : null;
    } else if (!deadline) b.issue(r, 'bad_deadline', '');
    const planText = cell(cols.plan);
    last = {
      number, row: r + 1, content: prefix ? prefix[2]!.trim() : content, units: [...units], deadlineMonth: deadline,
      planText, milestones: [], indicators: [], items: [],
    };
    project.tasks.push(last);
  }
  for (const p of b.projects) for (const t of p.tasks) t.milestones = milestonesFromPlanText(t.planText, year);
  return { layout: 'appendix', projects: b.projects.filter((p) => p.tasks.length > 0), newUnits: [...b.newUnits], issues: b.issues };
}

/** The sheets and columns of the plan workbook this app exports (and offers as a blank template). */
export const WORKBOOK = {
  tasks: { name: '任务', columns: ['序号', '项目编号', '项目名称', '类别', '项目内容', '责任单位', '完成时限', '工作计划'] },
  indicators: { name: '指标', columns: ['任务序号', '指标代码', '指标名称', '计量单位', '百分比', '方向', '年度目标', '计算方式'] },
  milestones: { name: '节点', columns: ['任务序号', '节点代码', '期间', '到期日', '内容', '指标代码', '累计目标', '同时设定（指标代码=累计目标；…）'] },
  items: { name: '子项', columns: ['任务序号', '子项代码', '子项名称'] },
} as const;

const DIRECTIONS: Record<string, Direction> = { '≥': 'AT_LEAST', '>=': 'AT_LEAST', 不少于: 'AT_LEAST', AT_LEAST: 'AT_LEAST', '=': 'EXACTLY', 等于: 'EXACTLY', EXACTLY: 'EXACTLY' };
const ACCRUALS: Record<string, Accrual> = { 均衡: 'EVEN', EVEN: 'EVEN', 按节点: 'MILESTONES', MILESTONES: 'MILESTONES', 完成时: 'AT_COMPLETION', AT_COMPLETION: 'AT_COMPLETION', 不按时间: 'NONE', NONE: 'NONE' };
export const DIRECTION_WORDS: Record<Direction, string> = { AT_LEAST: '≥', EXACTLY: '=' };
export const ACCRUAL_WORDS: Record<Accrual, string> = { EVEN: '均衡', MILESTONES: '按节点', AT_COMPLETION: '完成时', NONE: '不按时间' };

const numberOrNull = (c: Cell): number | null => {
  const s = text(c);
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
};

/** The plan workbook layout (all four sheets by name; 指标/节点/子项 may be empty). */
export function parsePlanWorkbook(sheets: Record<string, Grid>, year: number, unit: UnitLookup): PlanDraft {
  const b = new Builder(WORKBOOK.tasks.name, year, unit);
  const rows = (name: string) => (sheets[name] ?? []).slice(1);
  const projectsByNumber = new Map<number, ProjectDraft>();
  const tasks = new Map<number, TaskDraft>();
  rows(WORKBOOK.tasks.name).forEach((row, i) => {
    const r = i + 1;
    if (row.every((c) => text(c) === '')) return;
    const [no, pno, ptitle, cat, content, unitCell, deadlineCell, plan] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => row[k] ?? null);
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
    const d = isAmbiguousNumber(deadlineCell) ? null : parseDeadline(deadlineCell, year);
    if (isAmbiguousNumber(deadlineCell)) b.issue(r, 'ambiguous_deadline', text(deadlineCell));
    else if (!d) b.issue(r, 'bad_deadline', text(deadlineCell));
    else if (!d.startsWith(`${year}-`)) b.issue(r, 'deadline_year', text(deadlineCell));
    const task: TaskDraft = { number, row: r + 1, content: text(content), units, deadlineMonth: d && d.startsWith(`${year}-`) ? d : null, planText: text(plan), milestones: [], indicators: [], items: [] };
    tasks.set(number, task);
    project.tasks.push(task);
  });
  const owner = (sheet: string, r: number, c: Cell) => {
    const t = tasks.get(Number(text(c)));
    if (!t) b.issues.push({ sheet, row: r + 1, kind: 'unknown_task', value: text(c), blocking: true });
    return t;
  };
  rows(WORKBOOK.indicators.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '')) return;
    const t = owner(WORKBOOK.indicators.name, i + 1, row[0] ?? null);
    if (!t) return;
    const target = numberOrNull(row[6] ?? null);
    t.indicators.push({
      key: text(row[1]) || `i${t.indicators.length + 1}`, name: text(row[2]), unitOfMeasure: text(row[3]), isPercent: text(row[4]) === '是', // as the plan workbook writes it (t.report.yes)
      direction: DIRECTIONS[text(row[5])] ?? 'AT_LEAST', target: Number.isNaN(target) ? null : target, accrual: ACCRUALS[text(row[7])] ?? 'EVEN',
    });
  });
  rows(WORKBOOK.milestones.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '')) return;
    const t = owner(WORKBOOK.milestones.name, i + 1, row[0] ?? null);
    if (!t) return;
    const label = text(row[2]);
    const due = row[3] instanceof Date ? row[3].toISOString().slice(0, 10) : /^\d{4}-\d{2}-\d{2}$/.test(text(row[3])) ? text(row[3]) : periodDueDate(label, year);
    if (!due) return b.issues.push({ sheet: WORKBOOK.milestones.name, row: i + 2, kind: 'bad_deadline', value: text(row[3]) || label, blocking: true });
    const target = numberOrNull(row[6] ?? null);
    const alsoTargets = text(row[7] ?? null).split(/[；;]/).map((p) => /^\s*([^=]+?)\s*=\s*(-?[\d.]+)\s*$/.exec(p)).filter((m): m is RegExpExecArray => !!m).map((m) => ({ indicatorKey: m[1]!, value: Number(m[2]) }));
    t.milestones.push({
      key: text(row[1]) || `m${t.milestones.length + 1}`, periodLabel: label, dueDate: due, text: text(row[4]), indicatorKey: text(row[5]) || null,
      cumulativeTarget: Number.isNaN(target) ? null : target, ...(alsoTargets.length ? { alsoTargets } : {}),
    });
  });
  rows(WORKBOOK.items.name).forEach((row, i) => {
    if (row.every((c) => text(c) === '')) return;
    const t = owner(WORKBOOK.items.name, i + 1, row[0] ?? null);
    if (t) t.items.push({ key: text(row[1]) || `s${t.items.length + 1}`, name: text(row[2]) });
  });
  const projects = [...projectsByNumber.values()].sort((a, b) => a.number - b.number);
  return { layout: 'workbook', projects, newUnits: [...b.newUnits], issues: b.issues };
}

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

