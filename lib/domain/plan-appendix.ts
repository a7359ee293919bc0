// Reading a plan table laid out one task per row (the report's 一览表, an office's 任务分解表), as
// offices really keep it: the header band wherever it starts (plan-table.ts), columns mapped by
// their words, project numerals in 序号 or in the project cell, tasks numbered inside their cell,
// merged cells (which repeat their text) and blank "as above" cells carried down, a project that is
// one row, lead and co-units from one cell or several columns, deadlines and plan steps in official
// wording (time-wording.ts), 备注 kept as the task's note, and a 年度目标 column's text kept there too under
// its header and read for the targets proposed. Title, date, spacer and footer rows are
// listed as skipped; so are rows hidden in Excel (filtered out, or hidden by hand), with a warning.
// Every problem is reported at once, each with its row.
import type { IsoDate } from './dates';
import {
  bandCategory,
  findHeaderBand,
  isBand,
  isFooter,
  leadOfficialText,
  sheetCategory,
  splitNumeral,
  splitTaskNumber,
  type ColumnRole,
  type SkipReason,
} from './plan-table';
import {
  FIELD_LIMITS,
  NUMERALS,
  type Category,
  type Grid,
  type Cell,
  type PlanDraft,
  type ProjectDraft,
  type RowIssue,
  type IssueKind,
  type TaskDraft,
  type UnitLookup,
  cellText,
  deadlineIssue,
} from './plan-import';
import { chineseNumber, parseTimeWording, stepsFromPlanText, yearPlacement } from './time-wording';
import { beforeBracket, isCollective, splitUnitCell } from './unit-names';
import { figuresFromContent, percentFromSteps, proposedAccrual, stepFigures } from './plan-figures';

const CATEGORY_WORDS: Record<string, Category> = {
  工程类: 'ENGINEERING',
  工程: 'ENGINEERING',
  服务类: 'SERVICE',
  服务: 'SERVICE',
  ENGINEERING: 'ENGINEERING',
  SERVICE: 'SERVICE',
};

/**
 * How the 序号 column numbers: tasks (1…N, one per row), projects (一、二… or 1 2 3 merged over a
 * project's rows, or left blank on them as a file without merges leaves them), or both in two levels (a project's row 1 or 一, its tasks 1.1 1.2 or 1-1 1-2),
 * or official numbering's levels ('levels': a project's row 一、, its tasks （一） （二） or 1 2 3; a group 一、 over
 * projects （一）学前教育 over tasks 1 2 3; or tasks （一） （二） starting again under each project of a project column).
 */
type SeqKind = 'task' | 'project' | 'nested' | 'levels' | 'none';

/** A 序号 that is official numbering's second level, a numeral in brackets alone: （一）, (二). */
const bracketed = (no: string): boolean => /^[（(][一二三四五六七八九十]{1,3}[)）]$/u.test(no.trim());
/** A 序号 that is a numeral of the first level: 一, 一、, 一、教育 (not bracketed, not a digit). */
const bareNumeral = (no: string): boolean => !/^[（(\d]/u.test(no.trim()) && splitNumeral(no).numeral !== null;
/** A 序号 that is a plain number (1, 2、, 3.): a task's under a band of the first level (一、教育). */
const digitNo = (no: string): boolean => /^\d{1,3}[、.．]?$/u.test(no.trim());
/** A 序号 that starts with a bracketed numeral: （一） alone (a task under 一、) or before its title (（一）学前教育). */
const bracketLead = (no: string): boolean => /^[（(][一二三四五六七八九十]{1,3}[)）]/u.test(no.trim());
/**
 * A 序号's level in official numbering: 1 for 一、(教育), 2 for （一）(学前教育), 3 for 1 2、 3. — null for
 * anything else. Of the levels a table uses, the deepest numbers its tasks, the one above their projects,
 * and any above that group the projects (一、学有优教 over （一）学前教育 over 1 2 3).
 */
type Level = 1 | 2 | 3;
const levelOf = (no: string): Level | null => (bareNumeral(no) ? 1 : bracketLead(no) ? 2 : digitNo(no) ? 3 : null);
/** Tasks with no number in 序号, under projects whose 序号 names them (（一）学前教育 over tasks numbered in their cells). */
const BLANK_LEVEL = 4;
/** A band that numbers a project (一、教育 merged across the table; not a category's: （一）工程类项目). */
const projectBand = (text: string): boolean => {
  const { numeral, rest } = splitNumeral(text);
  return numeral !== null && rest !== '' && bandCategory(text) === null;
};
/** The title a project takes when the table gives it none (the preview says so: untitled_project). */
const UNTITLED_PROJECT = '未命名项目';
/** A project's title without the count of its tasks a band or cell adds (教育（2项）, 养老（共3项）). */
const withoutCount = (title: string): string => title.replace(/\s*[（(]共?\d{1,3}\s*项[)）]$/u, '');
/** Whether a value comes again after another one (（一） （二） （一）): numbering that starts again, not a merge. */
const startsAgain = (values: string[]): boolean => values.some((v, i) => i > 1 && v !== values[i - 1] && values.slice(0, i - 1).includes(v));

/** A task's number under its project's (1.1, 1-2, 2．3): the project's part, or null. */
const subNumber = (no: string): string | null => /^(\d{1,2})\s*[.．\-－—–_]\s*\d{1,2}$/u.exec(no)?.[1] ?? null;

/** A project's number as its tasks' sub-numbers write it (一 and 1 are both 1). */
const projectNumber = (no: string): string => String(chineseNumber(splitNumeral(no).numeral ?? no.trim()) ?? no.trim());

function seqKindOf(values: string[], hasContentColumn: boolean, projectCellsNumbered: boolean, blankContinues: boolean): SeqKind {
  const filled = values.filter(Boolean);
  if (filled.length === 0) return 'none';
  if (filled.some((v) => subNumber(v) !== null)) return 'nested';
  // Two levels of official numbering or three (一、 over （一） or over 1 2 3; 一、 over （一）学前教育 over 1 2 3), or
  // （一） （二） starting again beside a task column: the deepest level's rows are tasks.
  const inBrackets = filled.filter(bracketed);
  if (new Set(filled.map(levelOf).filter((l) => l !== null)).size >= 2) return 'levels';
  if (inBrackets.length > 0 && hasContentColumn && startsAgain(inBrackets)) return 'levels';
  if (filled.some((v) => splitNumeral(v).numeral !== null && !/^\d/.test(v))) return 'project';
  // Projects numbered in their own cell (一、…): 序号 numbers the tasks (a repeat is a duplicate, not a merge).
  if (projectCellsNumbered) return 'task';
  // A merged 序号 repeats its value on every row it spans.
  for (let i = 1; i < values.length; i++) if (values[i] && values[i] === values[i - 1]) return 'project';
  // Saved without its merges (CSV, or typed so): a project's later rows leave 序号 blank as they leave the project.
  if (blankContinues) return 'project';
  return hasContentColumn ? 'task' : 'project';
}

/** What the workbook hides on a sheet (0-based): rows (a filter, or by hand) and columns. */
export type HiddenInSheet = { rows?: ReadonlySet<number>; columns?: ReadonlySet<number> };

/** A column's letter as Excel shows it (0 → A, 26 → AA). */
export const columnLetter = (c: number): string => (c >= 26 ? columnLetter(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));

/**
 * `hidden`: what the workbook hides. A hidden row with anything in it is not read: what an office
 * filters out of a city's table (another district's rows) or hides by hand is not its plan as it
 * sees it. They are listed as skipped, and named at the first of them in a warning that does not
 * block the import. A hidden column is not read either (the city's lead units, last year's
 * deadline, an internal note beside the district's own) — unless the table cannot be read without
 * it (its only 责任单位 hidden for a print layout): then it is read. Either way a warning that does
 * not block names each hidden column that holds anything, with its header.
 */
export function parseAppendixGrid(grid: Grid, year: number, unit: UnitLookup, sheet = '一览表', hidden: HiddenInSheet = {}): PlanDraft {
  const issues: RowIssue[] = [];
  const skipped: PlanDraft['skipped'] = [];
  const unknown = new Map<string, { rows: number[]; collective: boolean }>();
  const issue = (r: number, kind: IssueKind, value?: string, blocking = true) => issues.push({ sheet, row: r + 1, kind, value, blocking });
  const skip = (r: number, why: SkipReason) => skipped.push({ sheet, row: r + 1, why });
  const hiddenRowSet = hidden.rows ?? new Set<number>();
  const hiddenCols = hidden.columns ?? new Set<number>();

  const read = grid.map((row) => row.map((c) => cellText(c)));
  let texts = read;
  let cells = grid;
  let band = findHeaderBand(texts);
  let columnsRead = hiddenCols.size > 0;
  if (hiddenCols.size > 0) {
    const masked = read.map((row) => row.map((t, c) => (hiddenCols.has(c) ? '' : t)));
    const maskedBand = findHeaderBand(masked);
    if (maskedBand || !band) {
      texts = masked;
      cells = grid.map((row) => row.map((v, c) => (hiddenCols.has(c) ? null : v)));
      band = maskedBand;
      columnsRead = false;
    }
  }
  if (!band) {
    issue(0, 'no_header');
    return { layout: 'appendix', sheet, projects: [], newUnits: [], issues, skipped, unknownUnits: [] };
  }
  const col = (role: ColumnRole) => [...band.columns].filter(([, r]) => r === role).map(([c]) => c);
  const one = (role: ColumnRole) => col(role)[0];
  const cols = {
    no: one('no'),
    project: one('project'),
    content: one('content'),
    deadline: one('deadline') ?? band.planAndDeadline,
    plan: one('plan'),
    note: one('note'),
    category: one('category'),
    target: one('target'),
    official: one('official'),
  };
  const unitCols = [...col('lead'), ...col('units'), ...col('co')];
  const width = Math.max(...texts.slice(band.start, band.start + band.rows).map((r) => r.length), 1);
  for (let r = 0; r < band.start; r++) if (texts[r]!.some(Boolean)) skip(r, 'before_header');

  // The rows that hold data: everything after the band up to a footer, minus spacers and bands.
  const dataRows: number[] = [];
  const numeralBands = new Set<number>();
  let footer = false;
  const headerLine = texts[band.start]!.join('|');
  // A sheet named 工程类 or 服务类 says its projects' category until a band row or the table's own column says otherwise.
  let bandCategoryNow: Category | null = sheetCategory(sheet);
  const categoryAt = new Map<number, Category | null>();
  const hiddenRows: number[] = [];
  for (let r = band.start + band.rows; r < texts.length; r++) {
    const row = texts[r]!;
    const first = row.find(Boolean) ?? '';
    if (footer) {
      if (row.some(Boolean)) skip(r, 'footer');
      continue;
    }
    if (!row.some(Boolean)) {
      skip(r, 'blank');
      continue;
    }
    // Before the footer's test: a hidden row that reads like a note (注：另一区的说明) does not end the table.
    if (hiddenRowSet.has(r)) {
      skip(r, 'hidden');
      hiddenRows.push(r);
      continue;
    }
    if (first && isFooter(first)) {
      footer = true;
      skip(r, 'footer');
      continue;
    }
    if (row.join('|') === headerLine) {
      skip(r, 'repeated_header'); // a header printed again on every page
      continue;
    }
    if (isBand(row, width)) {
      const cat = bandCategory(first);
      if (cat) bandCategoryNow = cat;
      if (cols.project === undefined && projectBand(first)) {
        // 一、教育 merged across a table with no project column: it names the project of the rows under it, and is
        // no task. Beside a project column it groups projects, as a title band does.
        numeralBands.add(r);
        categoryAt.set(r, bandCategoryNow);
        dataRows.push(r);
      } else skip(r, 'title_band');
      continue;
    }
    // A category alone in 序号 (一、工程类项目 with the rest of the row blank): a category's band, unmerged.
    const alone = row.filter(Boolean);
    if (cols.no !== undefined && alone.length === 1 && row[cols.no] === first && splitNumeral(first).numeral !== null && bandCategory(first)) {
      bandCategoryNow = bandCategory(first);
      skip(r, 'title_band');
      continue;
    }
    categoryAt.set(r, bandCategoryNow);
    dataRows.push(r);
  }

  const cell = (r: number, c: number | undefined) => (c === undefined ? '' : (texts[r]![c] ?? ''));
  // A plan by period (进度安排 over 第一季度…第四季度): each period's cell a step of its own, under the
  // period's name (第一季度：完成选址), after the plan column's text if the table has one too. A cell
  // with no word in it (√, ●: a month marked on a wall chart) says no step; a cell that dates its own
  // steps (下半年计划: 7-9月：…；10-12月：…) keeps them as written.
  const periodSteps = (r: number) => band.periods.filter((p) => /[\p{L}\p{N}]/u.test(cell(r, p.column)));
  const periodStep = (r: number, p: { column: number; label: string }) => {
    const text = cell(r, p.column).trim();
    if (stepsFromPlanText(text, year).length > 0) return text;
    // A period's cell of several lines is one step (1.完成设计\n2.完成招标 → 1.完成设计；2.完成招标).
    return `${p.label}：${text.replace(/\s*\n\s*/gu, '；')}`;
  };
  const planOf = (r: number) => [cell(r, cols.plan), ...periodSteps(r).map((p) => periodStep(r, p))].filter(Boolean).join('\n');
  // The last period a row has anything in, a mark of a wall chart (●) included: its work runs to then.
  const lastPeriod = (r: number) => band.periods.filter((p) => cell(r, p.column).trim() !== '').at(-1)?.label;
  // A target column's text is kept in the task's note under the table's own header (年度目标：新增学位2000个),
  // and the targets are proposed from it (proposeFigures).
  const headerOf = (c: number) =>
    texts
      .slice(band.start, band.start + band.rows)
      .map((row) => (row[c] ?? '').replace(/\s+/g, ''))
      .filter(Boolean)
      .pop() ?? '';
  const targetHeader = cols.target === undefined ? '' : headerOf(cols.target);
  const targetOf = new Map<TaskDraft, string>();
  const taskCol = cols.content ?? cols.project;
  const seq = seqKindOf(
    dataRows.map((r) => cell(r, cols.no)),
    cols.content !== undefined,
    cols.content !== undefined && dataRows.some((r) => splitNumeral(cell(r, cols.project)).numeral !== null),
    // A row with a task but no 序号 and no project, after a numbered row: the project's next task.
    cols.content !== undefined &&
      cols.project !== undefined &&
      dataRows.some((r, i) => i > 0 && !cell(r, cols.no) && !cell(r, cols.project) && cell(r, cols.content) && cell(dataRows[i - 1]!, cols.no)),
  );
  // Numbers written inside task cells (1、 2、 … across the table) are the tasks' own when they never repeat.
  const inCellNumbers = dataRows.map((r) => splitTaskNumber(cell(r, taskCol)).number).filter((n): n is number => n !== null);
  const inCellUnique = inCellNumbers.length > 0 && new Set(inCellNumbers).size === inCellNumbers.length;
  // Tasks numbered 1 2 3 under bands keep their numbers when they never repeat (1 2 | 1 starts again: by position).
  const levelDigits =
    seq === 'levels'
      ? dataRows
          .map((r) => cell(r, cols.no))
          .filter(digitNo)
          .map((v) => parseInt(v, 10))
      : [];
  const levelDigitsUnique = levelDigits.length > 0 && new Set(levelDigits).size === levelDigits.length;
  // Which level numbers the projects, and which the tasks; a level above the projects' groups them.
  const levelsUsed = seq === 'levels' ? ([1, 2, 3] as const).filter((l) => dataRows.some((r) => levelOf(cell(r, cols.no)) === l)) : [];
  const deepest = levelsUsed.at(-1);
  // （一）学前教育 as the deepest level heads its rows, no task: the tasks are the rows under it with 序号 blank.
  const taskLevel = deepest === 2 && !dataRows.some((r) => bracketed(cell(r, cols.no))) ? BLANK_LEVEL : deepest;
  const projectLevel = levelsUsed.filter((l) => taskLevel !== undefined && l < taskLevel).at(-1);
  const groupRow = (no: string) => {
    const l = levelOf(no);
    return l !== null && projectLevel !== undefined && l < projectLevel;
  };
  // Projects numbered again under each group (（一） （二） | （一）) are numbered by position across the table.
  const projectsRenumbered =
    projectLevel !== undefined &&
    startsAgain(
      dataRows
        .map((r) => cell(r, cols.no))
        .filter((v) => levelOf(v) === projectLevel)
        .map((v) => splitNumeral(v).numeral ?? v),
    );
  const projectRow = new Map<ProjectDraft, number>();

  const projects: ProjectDraft[] = [];
  let project: ProjectDraft | null = null;
  let projectKey = '';
  let prevNo = '';
  // The number of the project the nested 序号 is in (1 for 1.1, 1.2).
  let nestedKey: string | null = null;
  let last: TaskDraft | null = null;
  let units: string[] = [];
  let deadline: { month: string; due: IsoDate; crossYear: boolean } | null = null;
  const explicit = new Set<number>();
  const unnumbered: TaskDraft[] = [];

  const startProject = (numeral: string | null, title: string, category: Category | null) => {
    // A project printed twice (四、 over tasks 7 and 8 with a row between) is still one project.
    const same = projects.find((p) => p.title === title && (numeral === null || p.numeral === numeral));
    if (same) {
      project = same;
      last = null;
      return same;
    }
    project = { number: projects.length + 1, numeral: numeral ?? NUMERALS[projects.length] ?? String(projects.length + 1), title, category, tasks: [] };
    projects.push(project);
    last = null;
    return project;
  };
  // A unit cell that names a unit with more than its name (区教育局（责任人：张三）: its person in charge) is
  // kept in the task's note as written, under its header: the unit is the unit, the rest is not lost.
  const unitNotes = (r: number): string[] =>
    unitCols.flatMap((c) =>
      splitUnitCell(cell(r, c)).some((written) => {
        const base = beforeBracket(written);
        return base !== null && unit(written) !== null && unit(written) === unit(base);
      })
        ? [`${headerOf(c)}：${cell(r, c).trim()}`]
        : [],
    );
  const readUnits = (r: number): string[] => {
    const out: string[] = [];
    for (const c of unitCols) {
      for (const written of splitUnitCell(cell(r, c))) {
        if (written.length > FIELD_LIMITS.unitName) {
          issue(r, 'too_long', `${written.slice(0, 20)}…`);
          continue;
        }
        const known = unit(written);
        const name = known ?? written;
        if (!known) {
          const u = unknown.get(written) ?? { rows: [], collective: isCollective(written) };
          if (!u.rows.includes(r + 1)) u.rows.push(r + 1);
          unknown.set(written, u);
        }
        if (!out.includes(name)) out.push(name);
      }
    }
    return out;
  };

  for (const r of dataRows) {
    const no = cell(r, cols.no);
    const projectCell = cell(r, cols.project);
    const categoryCell = cell(r, cols.category);
    let category: Category | null = categoryAt.get(r) ?? null;
    if (categoryCell) {
      category = CATEGORY_WORDS[categoryCell.replace(/\s+/g, '')] ?? bandCategory(categoryCell);
      if (!category) issue(r, 'bad_category', categoryCell);
    }

    // Does this row start a project?
    // Two levels (1 / 1.1 1.2): a row numbered without a sub-number is its project's; a task's sub-number
    // under another project's number than the current one starts that project.
    if (seq === 'levels' && groupRow(no)) {
      // A group of projects (一、学有优教): listed as skipped, as a title band; its projects follow.
      skip(r, 'title_band');
      project = null;
      last = null;
      continue;
    }
    const level = levelOf(no);
    const nestedProject =
      (seq === 'nested' && no !== '' && subNumber(no) === null) || (seq === 'levels' && no !== '' && (level === null || level === projectLevel));
    const nestedOther = seq === 'nested' && subNumber(no) !== null && subNumber(no) !== nestedKey;
    const byNo = (seq === 'project' && no !== '' && no !== prevNo) || (nestedProject && no !== prevNo) || nestedOther;
    const projectText = cols.content !== undefined ? projectCell : '';
    const byTitle = projectText !== '' && projectText !== projectKey;
    const oneRowItems = cols.content === undefined && (cols.no === undefined || seq !== 'project') && projectCell !== '' && projectCell !== projectKey;
    if (byNo || byTitle || oneRowItems || !project) {
      const fromNo = seq === 'project' || nestedProject ? splitNumeral(no) : { numeral: null, rest: '' };
      // A project's row in a table with one column for projects and tasks (项目及任务) names it there.
      const titleCell = projectCell || (nestedProject && cols.project === undefined ? cell(r, taskCol) : '');
      const fromTitle = splitNumeral(titleCell);
      const numeral = nestedProject && projectsRenumbered ? null : (fromTitle.numeral ?? fromNo.numeral);
      const title = withoutCount((fromTitle.rest || fromNo.rest || titleCell).trim());
      if (byNo || byTitle || oneRowItems || title || cell(r, taskCol)) {
        const started = startProject(numeral, title || UNTITLED_PROJECT, category);
        if (started && !projectRow.has(started)) projectRow.set(started, r);
        projectKey = projectCell;
        if (seq === 'nested') nestedKey = nestedProject ? projectNumber(no) : subNumber(no);
      }
    }
    if (no) prevNo = no;
    // The project's own row in one column for projects and tasks: it names the project, not a task.
    if ((nestedProject && cols.project === undefined) || numeralBands.has(r)) continue;
    const current = project as ProjectDraft | null;
    if (!current) {
      issue(r, 'empty_task'); // a row before any project or task: nothing it could continue
      continue;
    }
    if (category && !current.category) current.category = category;

    const rawTask = cell(r, taskCol);
    const { number: inCell, rest: taskText } = splitTaskNumber(cols.content !== undefined ? rawTask : splitNumeral(rawTask).rest || rawTask);
    const planCell = planOf(r);
    const targetCell = cell(r, cols.target);
    const officialCell = leadOfficialText(cell(r, cols.official));
    const noteCell = [targetCell && `${targetHeader}：${targetCell}`, ...unitNotes(r), cell(r, cols.note)].filter(Boolean).join('\n');
    const prevTask = last as TaskDraft | null;
    if (!taskText && seq === 'task' && no && String(prevTask?.number ?? '') !== no) {
      issue(r, 'empty_task', no); // a numbered row with no task
      continue;
    }
    // A merged task cell repeats its text: the same task continues on this row.
    const continues = !taskText || (prevTask !== null && taskText === prevTask.content && (seq !== 'task' || !no || Number(no) === prevTask.number));
    if (continues) {
      if (!prevTask) {
        // A project row with no task under it yet (its tasks follow), or a row with nothing to read.
        if (!projectCell && !no) issue(r, 'empty_task');
        continue;
      }
      for (const line of planCell.split('\n'))
        if (line && !prevTask.planText.split('\n').includes(line)) prevTask.planText = `${prevTask.planText}\n${line}`.trim();
      for (const line of noteCell.split('\n')) if (line && !prevTask.note.split('\n').includes(line)) prevTask.note = `${prevTask.note}\n${line}`.trim();
      const target = targetOf.get(prevTask) ?? '';
      if (targetCell && !target.split('\n').includes(targetCell)) targetOf.set(prevTask, `${target}\n${targetCell}`.trim());
      for (const u of readUnits(r)) if (!prevTask.units.includes(u)) prevTask.units.push(u);
      if (officialCell) prevTask.leadOfficial = leadOfficialText([prevTask.leadOfficial, officialCell].join('、'));
      continue;
    }

    // Units: this row's, or (all unit cells blank) the row above's — a merged Word cell.
    const rowUnits = readUnits(r);
    if (rowUnits.length > 0) units = rowUnits;
    else if (units.length === 0) issue(r, 'no_units');

    // Deadline: this row's, or the row above's when blank.
    // Without a deadline column, a plan by period is due by the last period the row has anything in.
    const deadlineCell: Cell = cols.deadline === undefined ? (lastPeriod(r) ?? null) : (cells[r]![cols.deadline] ?? null);
    if (cellText(deadlineCell)) {
      const reading = parseTimeWording(deadlineCell, year);
      if (!reading.ok) {
        issue(r, deadlineIssue(reading.reason), cellText(deadlineCell));
        deadline = null;
      } else {
        const place = yearPlacement(reading.month, year);
        if (place === 'earlier' || place === 'too_late') {
          issue(r, 'deadline_year', cellText(deadlineCell));
          deadline = null;
        } else {
          if (place === 'cross_year') issue(r, 'cross_year', cellText(deadlineCell), false);
          deadline = { month: reading.month, due: reading.due, crossYear: place === 'cross_year' };
        }
      }
    } else if (!deadline) issue(r, 'bad_deadline', '');

    let number = 0;
    if (seq === 'task' && no) {
      const n = Number(no);
      if (!/^\d+$/.test(no) || !Number.isInteger(n) || n <= 0) {
        issue(r, 'bad_number', no);
        continue;
      }
      if (explicit.has(n)) {
        issue(r, 'duplicate_number', no);
        continue;
      }
      explicit.add(n);
      number = n;
    } else if (levelDigitsUnique && digitNo(no)) {
      number = parseInt(no, 10);
      explicit.add(number);
    }
    for (const [value, limit] of [
      [taskText, FIELD_LIMITS.taskContent],
      [planCell, FIELD_LIMITS.planText],
      [noteCell, FIELD_LIMITS.note],
      [officialCell, FIELD_LIMITS.leadOfficial],
      [current.title, FIELD_LIMITS.projectTitle],
    ] as const) {
      if (value.length > limit) issue(r, 'too_long', `${value.slice(0, 20)}…`);
    }
    const task: TaskDraft = {
      number,
      row: r + 1,
      content: taskText,
      units: [...units],
      deadlineMonth: deadline?.month ?? null,
      crossYear: deadline?.crossYear ?? false,
      planText: planCell,
      note: noteCell,
      leadOfficial: officialCell,
      milestones: [],
      indicators: [],
      items: [],
    };
    // Numbers inside task cells that restart per project ((1) (2) under each) are not the year's numbering.
    if (!number && inCell !== null && inCellUnique && !explicit.has(inCell)) {
      number = inCell;
      explicit.add(inCell);
      task.number = inCell;
    }
    // A target merged over the project's tasks (the same text as the task before it) is proposed once, on
    // the first: each task keeps it in its note.
    const before = current.tasks[current.tasks.length - 1];
    if (targetCell && !(before && targetOf.get(before)?.split('\n').includes(targetCell))) targetOf.set(task, targetCell);
    if (!number) unnumbered.push(task);
    current.tasks.push(task);
    last = task;
  }

  // Tasks without a number of their own take the next free ones, in table order (never a number another row holds).
  let next = 1;
  for (const t of unnumbered) {
    while (explicit.has(next)) next++;
    t.number = next;
    explicit.add(next);
  }
  for (const p of projects) {
    for (const t of p.tasks) {
      t.milestones = stepsFromPlanText(t.planText, year).map((s, i) => ({
        key: `m${i + 1}`,
        periodLabel: s.label,
        dueDate: s.due,
        text: s.text,
        indicatorKey: null,
        cumulativeTarget: null,
      }));
      proposeFigures(t, targetOf.get(t) ?? '');
    }
  }
  // A project row with no task under it: say so (its tasks may have been left out of the file).
  for (const p of projects) if (p.tasks.length === 0) issue(projectRow.get(p) ?? band.start + band.rows, 'empty_task');
  // A project the table gives no title: it is imported as 未命名项目, to be named in the plan editor.
  for (const p of projects)
    if (p.tasks.length > 0 && p.title === UNTITLED_PROJECT) issue(projectRow.get(p) ?? band.start + band.rows, 'untitled_project', p.numeral, false);
  const kept = projects.filter((p) => p.tasks.length > 0);
  kept.forEach((p, i) => (p.number = i + 1));
  const unknownUnits = [...unknown].map(([name, u]) => ({ name, rows: u.rows, collective: u.collective, suggestions: unit.suggest?.(name) ?? [] }));
  if (hiddenRows.length > 0) issue(hiddenRows[0]!, 'hidden_rows', String(hiddenRows.length), false);
  const bandRows = Array.from({ length: band.rows }, (_, i) => band.start + i);
  const namedColumns = [...hiddenCols]
    .sort((a, b) => a - b)
    .filter((c) => [...bandRows, ...dataRows].some((r) => read[r]![c]))
    .map((c) => [columnLetter(c), ...new Set(bandRows.map((r) => read[r]![c]).filter(Boolean))].join(' '));
  if (namedColumns.length > 0) issue(band.start, columnsRead ? 'hidden_columns_read' : 'hidden_columns', namedColumns.join('、'), false);
  // A column with data that no field of the plan takes (投资额, 上半年进展情况, a second 任务内容, remarks typed beside
  // the table without a header): named by its letter and header (its letter alone when it has none), so nothing an
  // office typed is dropped without a word.
  const taken = new Set<number>([...Object.values(cols), ...unitCols, ...band.periods.map((p) => p.column)].filter((c): c is number => c !== undefined));
  const notRead = Array.from({ length: width }, (_, c) => c)
    .filter((c) => !taken.has(c) && !hiddenCols.has(c) && dataRows.some((r) => read[r]![c]))
    .map((c) => [columnLetter(c), ...new Set(bandRows.map((r) => (read[r]![c] ?? '').replace(/\s+/gu, '')).filter(Boolean))])
    .map((named) => named.join(' '));
  if (notRead.length > 0) issue(band.start, 'columns_not_read', notRead.join('、'), false);
  issues.sort((a, b) => a.row - b.row);
  skipped.sort((a, b) => a.row - b.row);
  return { layout: 'appendix', sheet, projects: kept, newUnits: unknownUnits.filter((u) => !u.collective).map((u) => u.name), issues, skipped, unknownUnits };
}

/**
 * The targets a task's wording states, proposed as its indicators (a table of this layout has no
 * indicator column), and a percentage its steps reach 100 % by (形象进度) where the wording states
 * none, with the figures its steps set where they read as one: the office checks them in
 * the draft before the year is activated. A unit two targets share (学位 and 停车位, both 个) leaves
 * the steps without figures: which one a step counts cannot be told.
 */
function proposeFigures(t: TaskDraft, target: string): void {
  // A target column states the targets where it has any; else the task's own words do.
  const fromTarget = figuresFromContent(target);
  const stated = fromTarget.length > 0 ? fromTarget : figuresFromContent(t.content);
  const percent = stated.some((f) => f.isPercent) ? null : percentFromSteps(t.milestones.map((m) => m.text));
  const figures = percent ? [...stated, percent] : stated;
  t.indicators = figures.map((f, i) => {
    const key = `i${i + 1}`;
    const shared = figures.filter((g) => g.unitOfMeasure === f.unitOfMeasure).length > 1;
    const values = shared
      ? null
      : stepFigures(
          f.target,
          f.unitOfMeasure,
          t.milestones.map((m) => m.text),
        );
    values?.forEach((v, k) => {
      const m = t.milestones[k]!;
      if (v === null) return;
      if (m.indicatorKey === null) Object.assign(m, { indicatorKey: key, cumulativeTarget: v });
      else m.alsoTargets = [...(m.alsoTargets ?? []), { indicatorKey: key, value: v }];
    });
    const { name, unitOfMeasure, isPercent, direction, target } = f;
    return { key, name, unitOfMeasure, isPercent, direction, target, accrual: proposedAccrual(values) };
  });
}
