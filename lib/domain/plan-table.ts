// How plan tables (任务分解表 / 一览表) are laid out as offices keep them: the header words that name
// each column (a vocabulary kept as data), where the header band is (one or two rows, wherever it
// starts — a merged title and a 填报单位/日期 line often sit above it), and which rows are not data
// (blank spacers, full-width title bands, the 注： footer). Pure: cell texts in, positions out.
import { chineseNumber, parseTimeWording } from './time-wording';
import { nameParts, officialName } from './officials';
import type { Category } from './types';

export type ColumnRole =
  'no' | 'project' | 'content' | 'target' | 'units' | 'lead' | 'co' | 'official' | 'deadline' | 'plan' | 'note' | 'category' | 'progress';

/**
 * Header words per column role. Exact matches win; otherwise a header containing words takes the
 * role of the longest (headerRole: 下半年任务目标及措施 is a plan column, not a task column).
 */
export const HEADER_VOCABULARY: Record<ColumnRole, readonly string[]> = {
  no: ['序号', '编号', '任务编号', '项目编号', '项目序号', '序'],
  project: ['项目名称', '实事项目', '民生实事', '民生实事项目', '实事名称', '项目', '事项', '事项名称', '民生项目'],
  content: [
    '具体任务',
    '项目内容',
    '工作任务',
    '建设内容',
    '任务内容',
    '任务',
    '主要内容',
    '工作内容',
    '目标任务',
    '实施内容',
    '具体内容',
    '建设任务',
    '主要任务',
    '任务目标',
    '具体工作',
    '工作要点',
  ],
  /** A column of its own for what a task is to reach (任务分解表: 重点工作 | 年度目标 | 牵头单位 …). */
  target: [
    '年度目标',
    '目标',
    '预期目标',
    '工作目标',
    '量化目标',
    '绩效目标',
    '量化指标',
    '年度任务目标',
    '主要目标',
    '目标要求',
    '考核指标',
    '完成标志',
    '完成标准',
    '验收标准',
  ],
  units: ['责任单位', '责任部门', '实施单位', '承办单位', '责任主体', '实施主体', '建设单位', '业主单位', '主管部门'],
  lead: ['牵头单位', '牵头部门', '主责单位', '主办单位', '牵头责任单位'],
  co: ['配合单位', '配合部门', '协办单位', '协同单位', '参与单位', '协助单位'],
  /** The district leader in charge of a task (牵头区领导), as many districts' tables name one. */
  official: ['牵头区领导', '责任区领导', '责任领导', '分管区领导', '分管领导', '牵头领导', '联系区领导', '挂点区领导', '挂点领导', '区领导'],
  deadline: [
    '完成时限',
    '完成时间',
    '时间节点',
    '时限',
    '完成期限',
    '完成时间节点',
    '时限要求',
    '完成日期',
    '截止时间',
    '截止日期',
    '办结时间',
    '时间要求',
    '竣工时间',
    '竣工日期',
    '完工时间',
    '完工日期',
  ],
  plan: [
    '下一步',
    '下一步计划',
    '下一步工作',
    '工作举措及实施计划',
    '推进计划',
    '进度安排',
    '工作计划',
    '实施计划',
    '工作举措',
    '计划安排',
    '推进措施',
    '任务目标及措施',
    '月度计划',
    '计划',
    // Dated steps under a word for targets: 节点目标 (6月底前完成选址；9月底前…), 阶段目标.
    '节点目标',
    '阶段目标',
    '时间安排',
    '实施步骤',
    '工作措施',
    '主要措施',
    '具体措施',
  ],
  note: ['备注', '说明'],
  category: ['类别', '项目类别', '类型'],
  progress: ['进展情况', '完成情况', '上半年进展情况', '推进情况', '目前进展'],
};

// Ties between words of the same length go in this order: 项目内容及年度目标 is the task's content, not a target.
const PHRASE_ORDER: ColumnRole[] = [
  'progress',
  'plan',
  'note',
  'official',
  'lead',
  'co',
  'units',
  'deadline',
  'content',
  'target',
  'project',
  'category',
  'no',
];

/** A header cell's text without spaces, line breaks or a bracketed remark ("完成时限（年月）"). */
export const headerText = (s: string): string => s.replace(/\s+/g, '').replace(/[（(][^）)]*[)）]/g, '');

/** Whether a header cell is exactly a vocabulary word (such a column wins over one that only contains it). */
export const isExactHeader = (cell: string): boolean => Object.values(HEADER_VOCABULARY).some((words) => words.includes(headerText(cell)));

/** Whether a header contains a deadline word (推进计划和时间节点, 工作计划及完成时限). */
const namesDeadline = (cell: string): boolean => HEADER_VOCABULARY.deadline.some((w) => w.length >= 2 && headerText(cell).includes(w));

/** Headers of no column the import reads, though they hold its words: money (计划总投资, 年度计划投资) and a start (计划开工时间). */
const NO_ROLE = /投资|资金|经费|预算|金额|开工|开始(?:时间|日期)/u;

/**
 * The role a header cell names, or null. A header written exactly as a vocabulary word has its role;
 * a longer one (at most 20 characters) the role of the longest word of at least two characters it
 * contains — 计划完成时间 is a deadline (完成时间), not the plan (计划) — ties going by PHRASE_ORDER, and
 * a header naming progress (进展情况及下一步计划) is progress whatever else it says.
 */
export function headerRole(cell: string): ColumnRole | null {
  const s = headerText(cell);
  if (!s) return null;
  for (const role of PHRASE_ORDER) if (HEADER_VOCABULARY[role].includes(s)) return role;
  if (s.length > 20 || NO_ROLE.test(s)) return null;
  const contains = (role: ColumnRole) => HEADER_VOCABULARY[role].filter((w) => w.length >= 2 && s.includes(w));
  if (contains('progress').length > 0) return 'progress';
  let found: ColumnRole | null = null;
  let longest = 0;
  for (const role of PHRASE_ORDER) {
    if (role === 'no' || role === 'category') continue; // short words: exact only
    for (const w of contains(role))
      if (w.length > longest) {
        found = role;
        longest = w.length;
      }
  }
  return found;
}

export type HeaderBand = {
  /** 0-based index of the first header row. */
  start: number;
  /** Number of header rows (1 or 2). */
  rows: number;
  /** The role of each column that has one. */
  columns: Map<number, ColumnRole>;
  /** The plan by period, a column each (进度安排 over 第一季度…第四季度, 时间节点 over 3月底前…12月底前), in order. */
  periods: { column: number; label: string }[];
  /** A plan column whose header names the deadline too (推进计划和时间节点) in a table with no deadline column of its
   *  own: its steps are the plan, and the cell read as a deadline (the latest of them) the task's deadline. */
  planAndDeadline?: number;
};

/** Words after a period in its header (一季度目标, 上半年计划, 3月底前节点, 第一季度完成目标). */
const PERIOD_SUFFIX = /(?:完成|工作|计划|目标|任务|节点|进度|安排|要求)+$/u;

/**
 * The period a header cell names, as written (第一季度, 3月底前, 上半年), when the cell is a period and
 * nothing else (a plan's step for that period in each row below); else null. A period read as
 * progress (一季度完成情况) is not one: it has a role of its own.
 */
export function periodHeader(cell: string): string | null {
  const s = headerText(cell);
  // What was done in a period (1-6月进展, 一季度完成情况, 上半年工作成效) is progress, not the plan.
  if (!s || headerRole(s) === 'progress' || /进展|情况|成效|实绩/u.test(s)) return null;
  const label = s.replace(PERIOD_SUFFIX, '');
  // A year alone (2025年) or a date's day is not a period of the plan.
  if (!label || !/月|季度|半年|年底|年内/u.test(label)) return null;
  return parseTimeWording(label, 2000).ok ? label : null;
}

const roleCount = (roles: (ColumnRole | null)[]) => new Set(roles.filter(Boolean)).size;

/**
 * Finds the header band: the first row within the first 20 whose cells name a task (or project)
 * column, a unit column and a deadline column (or the plan's periods); a second row naming 牵头/配合
 * under a merged 责任单位, or the periods under a merged 进度安排 (or repeating the first row's words,
 * as merged cells do) joins the band.
 */
export function findHeaderBand(rows: string[][]): HeaderBand | null {
  // Periods in a row (two at least): the plan by period.
  const periodsIn = (row: string[] | undefined) => {
    const found = (row ?? []).flatMap((cell, column) => ((label) => (label ? [{ column, label }] : []))(periodHeader(cell)));
    return found.length >= 2 ? found : [];
  };
  // A period's own words (一季度目标) name no other column.
  const rolesOf = (row: string[], periods: { column: number }[]) => row.map((cell, c) => (periods.some((p) => p.column === c) ? null : headerRole(cell)));
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const periodsHere = periodsIn(rows[r]);
    const roles = rolesOf(rows[r]!, periodsHere);
    const has = (...rs: ColumnRole[]) => roles.some((x) => x !== null && rs.includes(x));
    // The second row is header when every non-empty cell of it is a header word (or a period) and it
    // names a unit role (牵头单位 | 配合单位 under 责任单位) or the plan's periods (under 进度安排, 时间节点).
    const next = rows[r + 1] ?? [];
    const periodsBelow = periodsIn(next);
    const below = rolesOf(next, periodsBelow);
    const nonEmpty = next.flatMap((c, i) => (headerText(c) !== '' ? [i] : []));
    const twoRows =
      nonEmpty.length > 0 &&
      nonEmpty.every((i) => below[i] !== null || periodsBelow.some((p) => p.column === i)) &&
      (below.some((x) => x === 'lead' || x === 'co' || x === 'units') || periodsBelow.length > 0);
    const periods = twoRows && periodsBelow.length > 0 ? periodsBelow : periodsHere;
    // A plan by period says when each step is due: the band needs no deadline column then; nor does a plan column
    // whose header names the deadline too (推进计划和时间节点), read for both.
    const bothAt = has('deadline') ? -1 : roles.findIndex((x, c) => x === 'plan' && namesDeadline(rows[r]![c] ?? ''));
    const dated = has('deadline') || periods.length > 0 || bothAt >= 0;
    if (!(has('content', 'project') && has('units', 'lead') && dated && roleCount(roles) >= (has('deadline') ? 3 : 2))) continue;
    const columns = new Map<number, ColumnRole>();
    roles.forEach((role, c) => role && columns.set(c, role));
    const bandRows = twoRows ? 2 : 1;
    if (twoRows) {
      below.forEach((role, c) => {
        if (!role) return;
        const above = columns.get(c);
        // The finer word wins under a merged band (责任单位 → 牵头单位 | 配合单位).
        if (!above || above === 'units' || above === role) columns.set(c, role);
      });
    }
    // A period's column is the plan for that period, whatever the merged cell above it says (进度安排, 时间节点).
    for (const p of periods) columns.delete(p.column);
    // Several columns with one role from a merged header cell: the first unit column leads, the rest co-operate.
    const unitCols = [...columns].filter(([, role]) => role === 'units').map(([c]) => c);
    if (unitCols.length > 1 && ![...columns.values()].includes('lead')) {
      unitCols.forEach((c, i) => columns.set(c, i === 0 ? 'lead' : 'co'));
    }
    // One column per role: a header written exactly as a vocabulary word wins, else the first (a header merged across columns).
    const band = rows.slice(r, r + bandRows);
    const exact = (c: number) => band.some((row) => isExactHeader(row[c] ?? ''));
    for (const role of ['no', 'project', 'content', 'official', 'deadline', 'plan', 'note', 'category', 'progress'] as const) {
      const cols = [...columns].filter(([, x]) => x === role).map(([c]) => c);
      const keep = cols.find(exact) ?? cols[0];
      for (const c of cols) if (c !== keep) columns.delete(c);
    }
    return bothAt >= 0 && columns.get(bothAt) === 'plan'
      ? { start: r, rows: bandRows, columns, periods, planAndDeadline: bothAt }
      : { start: r, rows: bandRows, columns, periods };
  }
  return null;
}

/** The columns a plan table cannot do without, as the import names them when one is missing. */
export type RequiredColumn = 'task' | 'units' | 'deadline';

/**
 * A row that names a plan table's columns but lacks one the import needs (a table with 进度安排 and no
 * 完成时限, or no 责任单位): its 1-based row, its cells as written, and what it lacks — so the refusal can
 * say which column to add instead of listing all four. Only where `findHeaderBand` finds no header: the
 * row within the first 20 with the most header words, three at least (a title or a note names none).
 */
export type HeaderGap = {
  row: number;
  found: string[];
  missing: RequiredColumn[];
  /** The plan column's header when the deadline is missing (进度安排): its steps' times are no deadline. */
  plan?: string;
};

export function headerGap(rows: string[][]): HeaderGap | null {
  let best: (HeaderGap & { named: number }) | null = null;
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const row = rows[r]!;
    const roles = row.map((cell) => headerRole(cell));
    const periodsOf = (cells: string[] | undefined) => (cells ?? []).filter((cell) => periodHeader(cell)).length;
    const periods = periodsOf(row);
    const named = roles.filter(Boolean).length + periods;
    // A row of periods alone is the second row of a header, never the one that lacks a column.
    if (named < 3 || named === periods || (best && named <= best.named)) continue;
    const has = (...rs: ColumnRole[]) => roles.some((x) => x !== null && rs.includes(x));
    // Dated as findHeaderBand has it: a deadline column, the plan's periods (in this row, or in the row
    // below under a merged 进度安排), or a plan column whose header names the deadline.
    const dated = has('deadline') || periods >= 2 || periodsOf(rows[r + 1]) >= 2 || roles.some((x, c) => x === 'plan' && namesDeadline(row[c]!));
    const missing: RequiredColumn[] = [];
    if (!has('content', 'project')) missing.push('task');
    if (!has('units', 'lead')) missing.push('units');
    if (!dated) missing.push('deadline');
    if (missing.length === 0 || missing.length === 3) continue;
    const found = row.map((cell) => cell.replace(/\s+/g, '')).filter(Boolean);
    const plan = missing.includes('deadline') ? roles.findIndex((x) => x === 'plan') : -1;
    best = { row: r + 1, found, missing, named, ...(plan >= 0 ? { plan: row[plan]!.replace(/\s+/g, '') } : {}) };
  }
  if (!best) return null;
  const { named: _named, ...gap } = best;
  return gap;
}

export type SkipReason = 'before_header' | 'blank' | 'title_band' | 'footer' | 'repeated_header' | 'hidden';

const FOOTER = /^(?:注|备注|说明|附注|填表说明|填报说明)\s*[:：\d１一.、]|^(?:填表人|填报人|审核人|联系人|制表人?|负责人|单位负责人|联系电话)\s*[:：]/u;

/** A footer line (注：1.完成时限均指… / 填表人：…): it and every row below it are not data. */
export const isFooter = (first: string): boolean => FOOTER.test(first.replace(/\s+/g, ''));

/**
 * A row whose non-empty cells all hold one text across the width (a merged title or section band,
 * or a title typed into the first cell alone), but not a lone project numeral.
 */
export function isBand(cells: string[], width: number): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length === 0 || !filled.every((c) => c === filled[0])) return false;
  if (filled.length >= 2) return filled.length >= Math.ceil(width / 2);
  const onlyFirst = cells[0]?.trim() === filled[0] && width >= 3;
  return onlyFirst && splitNumeral(filled[0]!).numeral === null && (filled[0]!.length > 20 || /表|填报|日期|单位[:：]/u.test(filled[0]!));
}

/** A category band ("（一）工程类", "服务类项目"): the category it names, else null. */
export function bandCategory(text: string): Category | null {
  const s = text.replace(/\s+/g, '');
  if (/工程类|建设类/u.test(s)) return 'ENGINEERING';
  if (/服务类/u.test(s)) return 'SERVICE';
  return null;
}

/** A sheet named for one category (工程类, 服务类项目): its projects' category unless the table says otherwise; a name with both says none. */
export function sheetCategory(name: string): Category | null {
  const s = name.replace(/\s+/g, '');
  const works = /工程类|建设类/u.test(s);
  const service = /服务类/u.test(s);
  return works === service ? null : works ? 'ENGINEERING' : 'SERVICE';
}

const NUMERAL_PREFIX = /^[（(]?([一二三四五六七八九十]{1,3})[)）]?[、.．,，\s]*(?=\S|$)/u;

/** A project numeral at the start of a cell ("一、", "（二）", "三"), with the rest of the text. */
export function splitNumeral(cell: string): { numeral: string | null; rest: string } {
  const s = cell.trim();
  const m = NUMERAL_PREFIX.exec(s);
  if (!m) return { numeral: null, rest: s };
  const rest = s.slice(m[0].length).trim();
  // "十大民生工程" is a title, not the numeral 十: a numeral stands alone or is followed by a separator.
  if (rest && !/^[（(]?[一二三四五六七八九十]{1,3}[)）]|^[一二三四五六七八九十]{1,3}[、.．,，\s]/u.test(s)) return { numeral: null, rest: s };
  return { numeral: m[1]!, rest };
}

/** A task number inside the task cell ("1、", "（1）", "(1)", "1.", "①", and "（一）" as official writing numbers
 *  the level under 一、), stripped from the title. */
export function splitTaskNumber(cell: string): { number: number | null; rest: string } {
  const s = cell.trim();
  const m = /^(?:[（(](\d{1,2})[)）]|(\d{1,2})\s*[、.．](?!\d)|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|[（(]([一二三四五六七八九十]{1,3})[)）])\s*/u.exec(s);
  if (!m) return { number: null, rest: s };
  const n = m[1] ?? m[2];
  const number = n ? Number(n) : m[4] ? chineseNumber(m[4]) : '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(m[3]!) + 1;
  return number === null ? { number: null, rest: s } : { number, rest: s.slice(m[0].length).trim() };
}

/**
 * A 牵头区领导 cell as tables write it — one name or several (张三、李四 / 张三，李四 / one a line), at times with
 * 同志 (dropped) or a title in brackets (kept: 张三（副区长）) — as names joined with 、, each once; '' when blank.
 * Titles written apart from the name (区委常委、常务副区长 张三; 张三 副区长，李四) are no names of their own: they go
 * in brackets after the name they stand by — the next one where only a space parts them or no name comes before,
 * else the one before.
 */
export function leadOfficialText(cell: string): string {
  const parts = nameParts(cell);
  const names: string[] = [];
  let pending: string[] = [];
  const bare = (title: string) => title.replace(/^[（(]|[）)]$/gu, '');
  // 张三 + [副区长] → 张三（副区长）; 张三（副区长） + [常委] → 张三（副区长、常委）.
  const titled = (name: string, titles: string[]) => {
    if (!titles.length) return name;
    const own = /^(.*)[（(]([^）)]*)[）)]$/u.exec(name);
    return own ? `${own[1]}（${[own[2], ...titles.map(bare)].join('、')}）` : `${name}（${titles.map(bare).join('、')}）`;
  };
  let at = 0;
  parts.forEach((raw, i) => {
    const start = cell.indexOf(raw, at);
    at = start + raw.length;
    const part = raw.replace(/同志$/u, '');
    if (part === '') return; // 张三 同志
    if (officialName(part) !== '') {
      names.push(titled(part, pending));
      pending = [];
    } else if (names.length === 0 || (i + 1 < parts.length && /^\s+$/u.test(cell.slice(at, cell.indexOf(parts[i + 1]!, at))))) pending.push(part);
    else names.push(titled(names.pop()!, [part]));
  });
  if (pending.length && names.length) names.push(titled(names.pop()!, pending));
  else names.push(...pending); // titles and no name: kept as written
  return [...new Set(names)].join('、');
}
