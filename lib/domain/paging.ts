// Paging a long table without cutting what belongs together. Rows come in groups (a project's rows)
// made of units (a task's indicator rows). A page holds whole groups up to a row budget; a group
// larger than a page is cut between its units, never inside one. With no keys every row is its own
// unit. Pages are numbered from 1; a page out of range is clamped.

export type Paged<T> = { items: T[]; page: number; pages: number; total: number };
type Key<T> = (row: T) => string | number;

/** Consecutive runs of rows with the same key. */
function runs<T>(rows: T[], key: Key<T> | undefined): T[][] {
  const out: T[][] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (key && last && key(last[0]!) === key(row)) last.push(row);
    else out.push([row]);
  }
  return out;
}

export function pageRows<T>(rows: T[], size: number, page: number, keys: { group?: Key<T>; unit?: Key<T> } = {}): Paged<T> {
  const pages: T[][] = [];
  let current: T[] = [];
  const close = () => {
    if (current.length > 0) pages.push(current);
    current = [];
  };
  for (const group of runs(rows, keys.group)) {
    if (current.length + group.length > size && group.length <= size) close();
    if (current.length + group.length <= size) {
      current.push(...group);
      continue;
    }
    for (const unit of runs(group, keys.unit)) {
      if (current.length + unit.length > size) close();
      current.push(...unit);
    }
  }
  close();
  if (pages.length === 0) pages.push([]);
  const n = Number.isInteger(page) ? Math.min(Math.max(page, 1), pages.length) : 1;
  return { items: pages[n - 1]!, page: n, pages: pages.length, total: rows.length };
}
