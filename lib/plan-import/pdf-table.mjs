// The tables of a PDF page, recovered from what the page draws: its ruling lines and its text.
// A plan table published as a PDF (the attachment of a 通知, exported from Word, WPS or Excel) has no
// cells, only lines and positioned text. The lines give the grid (every horizontal line's height a
// row boundary, every vertical line's place a column boundary); where a boundary is not drawn
// between two neighbouring cells they are one merged cell (a 项目名称 over its tasks); each text run
// belongs to the cell its middle lies in. Tables drawn without lines are not read (no grid to trust).
// Plain JavaScript, pure (no PDF library here): the import's worker (xlsx-worker.mjs) feeds it what
// pdf.js reads from each page; the unit tests feed it drawn shapes directly.

/** Points: how far apart two lines may be and still be one boundary (a border's width, rounding). */
const TOL = 2;
/** A page's table has tens of columns and rows; past these it is a drawing (a chart, a pattern), not read. */
const MAX_COLUMNS = 60;
const MAX_CELLS = 20_000;

/**
 * Segments `{ x1, y1, x2, y2 }` (page space, y up) sorted into horizontal `{ y, x1, x2 }` and vertical
 * `{ x, y1, y2 }` lines; a slanted one is no border. A thin filled rectangle (a border drawn as a
 * filled box, as browsers do) arrives as its centre line (`pageShapes` in xlsx-worker.mjs).
 */
export function ruleLines(segments) {
  const h = [];
  const v = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) <= TOL / 2 && Math.abs(s.x1 - s.x2) > TOL) h.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (Math.abs(s.x1 - s.x2) <= TOL / 2 && Math.abs(s.y1 - s.y2) > TOL) v.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return {
    h: joined(h).map((l) => ({ y: l.at, x1: l.from, x2: l.to })),
    v: joined(v).map((l) => ({ x: l.at, y1: l.from, y2: l.to })),
  };
}

/**
 * Pieces of one line drawn end to end (a border drawn cell by cell, as Chromium draws them)
 * as the one line they make: the border beside a merged cell then reaches the lines above and below
 * it, which the pieces alone may not (nothing crosses a merged cell's side in the middle).
 */
function joined(lines) {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const out = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(l.at - last.at) <= TOL / 2 && l.from <= last.to + TOL) last.to = Math.max(last.to, l.to);
    else out.push({ ...l });
  }
  return out;
}

/** Values within TOL of each other, as one (their mean), ascending. */
function cluster(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const out = [];
  let group = [];
  for (const x of sorted) {
    if (group.length > 0 && x - group[group.length - 1] > TOL) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(x);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

function unionFind(n) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  return { find, union: (a, b) => (parent[find(a)] = find(b)) };
}

/** The groups of lines that touch one another: each group is one table's ruling. */
function rulings({ h, v }) {
  const uf = unionFind(h.length + v.length);
  for (const [i, a] of h.entries())
    for (const [j, b] of v.entries())
      if (b.x >= a.x1 - TOL && b.x <= a.x2 + TOL && a.y >= b.y1 - TOL && a.y <= b.y2 + TOL) uf.union(i, h.length + j);
  const groups = new Map();
  const add = (i, key, line) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g[key].push(line);
    groups.set(uf.find(i), g);
  };
  h.forEach((line, i) => add(i, 'h', line));
  v.forEach((line, j) => add(h.length + j, 'v', line));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

const covers = (a1, a2, at) => at >= a1 - TOL && at <= a2 + TOL;

/**
 * One table from its ruling: the column boundaries `xs` (left to right), the row boundaries `ys`
 * (top to bottom) and, for each fine cell, the merged cell it is part of (a boundary not drawn
 * between two neighbours joins them).
 */
function tableGrid(ruling) {
  const xs = cluster(ruling.v.map((l) => l.x));
  const ys = cluster(ruling.h.map((l) => l.y)).reverse();
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Far more cells than a plan table has (its columns are tens, its rows per page tens): a drawing, not a table.
  if (cols > MAX_COLUMNS || rows * cols > MAX_CELLS) return null;
  // Each boundary's own lines (a line belongs to the boundary it lies on).
  const onX = xs.map((x) => ruling.v.filter((l) => Math.abs(l.x - x) <= TOL));
  const onY = ys.map((y) => ruling.h.filter((l) => Math.abs(l.y - y) <= TOL));
  const uf = unionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    const mid = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c + 1 < cols; c++) if (!onX[c + 1].some((l) => covers(l.y1, l.y2, mid))) uf.union(r * cols + c, r * cols + c + 1);
  }
  for (let c = 0; c < cols; c++) {
    const mid = (xs[c] + xs[c + 1]) / 2;
    for (let r = 0; r + 1 < rows; r++) if (!onY[r + 1].some((l) => covers(l.x1, l.x2, mid))) uf.union(r * cols + c, (r + 1) * cols + c);
  }
  return { xs, ys, rows, cols, cellOf: (r, c) => uf.find(r * cols + c) };
}

const index = (bounds, at, descending) => {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = descending ? [bounds[i + 1], bounds[i]] : [bounds[i], bounds[i + 1]];
    if (at >= a && at <= b) return i;
  }
  return -1;
};

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;
/** A numbered step or item starts a line of its own: 1. 2、 （1） ① 一、 */
const NUMBERED = /^(\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)/;
/**
 * Two unit names one per line in a narrow cell fill it as a wrapped name would: a line that ends as
 * a unit's name does and a next line that starts as one does (区…局 / 区…) are two lines. In a text
 * column the break is only a line break; in a 责任单位 column it separates the units.
 */
const UNIT_END = /(局|委|办|署|院|会|处|站|所|队|中心|公司|集团|街道|办事处|分局|支队|大队)([（(][^（）()]{1,6}[）)])?$/;
const UNIT_START = /^(区|市|省|各|盐田|深圳|[^\s，。；、]{2,4}(街道|集团|公司))/;

/**
 * Radicals as the characters they are. Many fonts give one glyph both to a character and to the
 * radical of the same shape, and a PDF writer may name the glyph by the radical: the text then reads
 * 项⽬ (U+2F6C KANGXI RADICAL EYE) for 项目, 居⺠ (U+2EA0) for 居民 — the same on screen, different to
 * every rule that reads it (Chromium's PDFs do this; so do many published ones). The Kangxi radicals
 * have their character as a compatibility form (NFKC); the supplement's that stand for a whole
 * simplified character are listed (Unicode's EquivalentUnifiedIdeograph.txt).
 */
const SUPPLEMENT = Object.fromEntries(
  [...'⺟母⺠民⺩王⺝月⺬示⺮竹⻁虎⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟'.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]]),
);
export const unifiedIdeographs = (s) => s.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/gu, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));

/** Whitespace as one space, none at the ends; radicals as their characters. */
const tidy = (s) => unifiedIdeographs(s.replace(/\s+/g, ' ').trim());

/** Character widths, roughly: a Chinese character or full-width sign is as wide as the font is high, other signs about half. */
const widthOf = (s, h) => [...s].reduce((w, ch) => w + (CJK.test(ch) ? h : 0.55 * h), 0);
/** Signs that may not start a line (避头): a wrap carries the character before them over too. */
const NO_START = /^[，。、；：？！）》」』”’%\]〕,.;:?!)]/;
/** Signs that may not end a line (避尾): an opening bracket goes over with the character after it. */
const NO_END = /^[（《「『“‘〔([]/;

/**
 * One line's runs, left to right, as its text. A gap between two runs is a space (a PDF draws none,
 * it moves the pen), except between Chinese and a Latin letter or figure: there the writer's own
 * spacing between scripts (Word's and LibreOffice's 中西文间距) is no character.
 */
function lineText(runs) {
  let out = '';
  let end = null;
  for (const r of runs) {
    const [before, after] = [out.slice(-1), r.str.charAt(0)];
    const scripts = (CJK.test(before) && /[A-Za-z0-9]/.test(after)) || (/[A-Za-z0-9]/.test(before) && CJK.test(after));
    out += end !== null && r.x - end > r.h * 0.25 && !scripts ? ' ' + r.str : r.str;
    end = r.x + r.w;
  }
  return tidy(out);
}

/**
 * A run that crosses a column boundary is cut there: a writer may draw two cells' text on one
 * baseline as one run (区城市更新局 and the next cell's 年内), which pdf.js then gives as one.
 * Each character's place is estimated from its width (a Chinese character a full em, others half).
 */
export function cutAtColumns(run, xs) {
  const inside = xs.filter((x) => x > run.x + 1 && x < run.x + run.w - 1);
  if (inside.length === 0 || run.str.length < 2) return [run];
  const chars = [...run.str];
  const scale = run.w / Math.max(1, widthOf(run.str, run.h));
  const pieces = [];
  let x = run.x;
  let piece = { str: '', x, y: run.y, w: 0, h: run.h };
  for (const ch of chars) {
    const w = widthOf(ch, run.h) * scale;
    if (piece.str && inside.some((b) => x + w / 2 > b && piece.x < b)) {
      pieces.push(piece);
      piece = { str: '', x, y: run.y, w: 0, h: run.h };
    }
    piece.str += ch;
    piece.w += w;
    x += w;
  }
  pieces.push(piece);
  return pieces.filter((p) => p.str.trim());
}

/**
 * The lines of text in one cell, top to bottom, as the writer wrote them: a line that fills the
 * cell's width and goes on in the next is one paragraph wrapped (joined, as Chinese text is, without
 * a space); a line that ends well short of the cell's right edge, or a next line that starts a
 * numbered step, begins a new line (units one per line, steps 1. 2. — as a Word cell's paragraphs).
 */
export function cellText(runs, left, right) {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) <= Math.max(run.h, line.h) * 0.5) {
      line.runs.push(run);
      line.h = Math.max(line.h, run.h);
    } else lines.push({ y: run.y, h: run.h, runs: [run] });
  }
  let text = '';
  let prev = null;
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    const str = lineText(line.runs);
    const end = Math.max(...line.runs.map((r) => r.x + r.w));
    if (!str) continue;
    if (prev === null) text = str;
    else {
      // Short: the next line's first character (with a sign that may not start a line) would have fitted
      // in the room left on the right, beyond the cell's margin (its left one, as far as the line starts in).
      const lead = NO_END.test(str) ? 1 : 0;
      const rest = str.slice(lead);
      const word = /^[A-Za-z0-9]/.test(rest) ? rest.match(/^[A-Za-z0-9.%]+/)[0] : rest.slice(0, NO_START.test(rest.slice(1)) ? 2 : 1);
      // Half a character of slack: a writer's margins and spacing are not all seen here.
      const short = right - prev.end - Math.max(0, prev.start - left) > widthOf(str.slice(0, lead) + word, prev.h) + prev.h / 2;
      const newLine = short || NUMBERED.test(str) || (UNIT_END.test(text) && UNIT_START.test(str));
      const glue = newLine ? '\n' : /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(str) ? ' ' : '';
      text += glue + str;
    }
    prev = { start: Math.min(...line.runs.map((r) => r.x)), end, h: line.h };
  }
  return text;
}

/**
 * The tables a page draws, top to bottom: each a grid of strings (null where a cell is empty), a
 * merged cell's text in every cell it covers (as the spreadsheet readers give a merge), and the short
 * line of text just above it (its title: 盐田区2024年民生实事任务分解表, （一）工程类项目), if any.
 * `texts`: runs `{ str, x, y, w, h }` (x, y: the run's baseline start, page space).
 */
export function pageTables(segments, texts) {
  const tables = rulings(ruleLines(segments))
    .map(tableGrid)
    .filter((t) => t !== null);
  tables.sort((a, b) => b.ys[0] - a.ys[0]);
  const claimed = new Set();
  const out = tables.map((t) => {
    const runs = new Map();
    // Each merged cell's first and last column: its text's left and right edges.
    const box = new Map();
    for (let r = 0; r < t.rows; r++)
      for (let c = 0; c < t.cols; c++) {
        const id = t.cellOf(r, c);
        const b = box.get(id) ?? { c0: c, c1: c };
        b.c1 = Math.max(b.c1, c);
        box.set(id, b);
      }
    for (const [i, whole] of texts.entries()) {
      const r = index(t.ys, whole.y + whole.h * 0.3, true);
      if (r < 0 || whole.x + whole.w < t.xs[0] || whole.x > t.xs[t.xs.length - 1]) continue;
      claimed.add(i);
      for (const run of cutAtColumns(whole, t.xs)) {
        const c = index(t.xs, run.x + run.w / 2, false);
        if (c < 0) continue;
        const id = t.cellOf(r, c);
        if (!runs.has(id)) runs.set(id, []);
        runs.get(id).push(run);
      }
    }
    const textOf = new Map([...runs].map(([id, list]) => [id, cellText(list, t.xs[box.get(id).c0], t.xs[box.get(id).c1 + 1])]));
    const grid = Array.from({ length: t.rows }, (_, r) => Array.from({ length: t.cols }, (_, c) => textOf.get(t.cellOf(r, c)) || null));
    return { grid, top: t.ys[0], bottom: t.ys[t.ys.length - 1] };
  });
  // A title: the nearest line of text above a table (within a few lines' height, below the table before it), short, not in a table.
  return out.map((t, i) => {
    const above = texts.filter((run, j) => !claimed.has(j) && run.y > t.top && run.y - t.top < 40 && (i === 0 || run.y < out[i - 1].bottom) && run.str.trim());
    const y = Math.min(...above.map((r) => r.y));
    const title = above.length ? lineText(above.filter((r) => Math.abs(r.y - y) <= r.h * 0.5).sort((a, b) => a.x - b.x)) : '';
    return { grid: t.grid, title: title && title.length <= 40 ? title : null };
  });
}

/**
 * Whether a page's first row is the rest of the last row before the break (Word and Writer let a
 * row break across pages unless told not to): it has text only in cells the last row has text in,
 * in at most half of them (the short cells — units, deadline — were done before the break), and
 * none of it starts a numbered item. A next task's row under a merged 项目 has its own units and
 * deadline, so more cells.
 */
function splitRowGoesOn(last, first) {
  const filled = first.flatMap((cell, c) => (cell ? [c] : []));
  const before = last.filter(Boolean).length;
  return filled.length > 0 && filled.every((c) => last[c]) && filled.length * 2 <= before && !filled.some((c) => NUMBERED.test(first[c]));
}

/**
 * The tables of every page in order, a table that goes on over a page break read as one: a page's
 * first table continues the last table of the page before when it is as wide; the header rows
 * the writer repeats on each page (表头重复) are dropped from the continuation.
 */
export function documentTables(pages) {
  const out = [];
  for (const [p, tables] of pages.entries()) {
    for (const [i, t] of tables.entries()) {
      const last = out[out.length - 1];
      if (p > 0 && i === 0 && last && last.page === p - 1 && last.grid[0]?.length === t.grid[0]?.length) {
        let same = 0;
        while (same < t.grid.length && same < last.grid.length && t.grid[same].some(Boolean) && t.grid[same].join('\u0000') === last.grid[same].join('\u0000')) same++;
        const rows = t.grid.slice(same);
        const tail = last.grid[last.grid.length - 1];
        if (rows.length > 0 && tail && splitRowGoesOn(tail, rows[0])) {
          // A row the writer let break over the page: its rest completes the page's last row.
          rows[0].forEach((cell, c) => cell && (tail[c] = NUMBERED.test(cell) ? `${tail[c]}\n${cell}` : `${tail[c]}${cell}`));
          rows.shift();
        }
        last.grid.push(...rows);
        last.page = p;
        continue;
      }
      out.push({ grid: t.grid.map((row) => [...row]), title: t.title, page: p });
    }
  }
  return out.map(({ grid, title }) => ({ grid, title }));
}
