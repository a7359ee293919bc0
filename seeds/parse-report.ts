// Reads the appendix table of the government's report (text extracted from Word) into rows,
// resolving the merged-cell pitfalls described in lib/domain/README.md ("The source report").

export const TABLE_TITLE = '盐田区2023年十件重点民生实事上半年完成情况一览表';
const COLUMNS = 6;
const WORD_RESIDUE = /\[bookmark: _GoBack\]/g;

export type ReportRow = {
  taskNumber: number;
  projectNumeral: string; // 一 … 十
  projectTitle: string;
  content: string; // 项目内容 without the "N." prefix
  h1Progress: string;
  h2Plan: string;
  units: string[];
  deadlineMonth: string; // YYYY-MM
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
export const numeralToNumber = (n: string): number => NUMERALS.indexOf(n as (typeof NUMERALS)[number]) + 1;

/** Splits the table into cells: a line starting with a tab opens a cell, any other line continues it. */
function cells(tableText: string): string[] {
  const out: string[] = [];
  for (const line of tableText.split('\n')) {
    if (line.startsWith('\t')) out.push(line.slice(1));
    else if (line.trim() !== '' && out.length > 0) out[out.length - 1] += `\n${line}`;
  }
  return out.map((c) => c.replace(WORD_RESIDUE, '').trim());
}

export function parseReportTable(reportText: string): ReportRow[] {
  const start = reportText.indexOf(TABLE_TITLE);
  if (start < 0) throw new Error('report table not found');
  const all = cells(reportText.slice(start + TABLE_TITLE.length));
  if (all.length % COLUMNS !== 0) throw new Error(`table has ${all.length} cells, not a multiple of ${COLUMNS}`);
  const rows: ReportRow[] = [];
  let project = { numeral: '', title: '' };
  let units: string[] = [];
  let deadline = '';
  for (let i = COLUMNS; i < all.length; i += COLUMNS) {
    const [name = '', content = '', h1 = '', h2 = '', unitCell = '', deadlineCell = ''] = all.slice(i, i + COLUMNS);
    // An empty 项目名称 belongs to the project above; a repeated name (四、) is the same project.
    if (name) {
      const m = /^([一二三四五六七八九十])、(.+)$/.exec(name);
      if (!m) throw new Error(`bad project cell: ${name}`);
      project = { numeral: m[1]!, title: m[2]! };
    }
    // Empty 责任单位 / 完成时限 cells are merged with the row above.
    if (unitCell)
      units = unitCell
        .split('\n')
        .map((u) => u.trim())
        .filter(Boolean);
    if (deadlineCell) {
      const d = /^(\d{4})\.(\d{1,2})$/.exec(deadlineCell);
      if (!d) throw new Error(`bad deadline cell: ${deadlineCell}`);
      deadline = `${d[1]}-${d[2]!.padStart(2, '0')}`;
    }
    const t = /^(\d+)\.([\s\S]+)$/.exec(content);
    if (!t) throw new Error(`bad content cell: ${content}`);
    rows.push({
      taskNumber: Number(t[1]),
      projectNumeral: project.numeral,
      projectTitle: project.title,
      content: t[2]!.trim(),
      h1Progress: h1,
      h2Plan: h2,
      units: [...units],
      deadlineMonth: deadline,
    });
  }
  return rows;
}
