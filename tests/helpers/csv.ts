// CSV as the exports write it (lib/domain/csv.ts: RFC 4180 quoting, CRLF lines, a UTF-8 BOM), read back into rows of cells.

/** The rows of a CSV text, each a list of its cells (quotes undone; the BOM, if any, dropped). */
export function csvRows(text: string): string[][] {
  // Our CSV quotes cells with commas, quotes or newlines.
  text = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let cell = '',
    row: string[] = [],
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}
