// Unit names as plans write them: full official names, short names and aliases
// (深圳市盐田区卫生健康局 / 区卫生健康局 / 区卫健局), several per cell (lead first), collective entries
// (各街道) that stand for a set of units. Matching, splitting and "closest names first" live here.

/** A known unit as the matcher sees it: its name (how the app shows it) and every other name it goes by. */
export type UnitNames = { name: string; code?: string; fullName?: string | null; aliases?: readonly string[] };

/** Prefixes a full official name adds before the district's own short form. */
const PREFIXES = /^(?:中共)?(?:广东省)?(?:深圳市)?/u;

/**
 * A name reduced for comparison: no spaces or brackets, the province/city prefix dropped and the
 * district's name shortened to 区 (盐田区教育局 → 区教育局; 深圳市盐田区卫生健康局 → 区卫生健康局).
 */
export function normalizeUnitName(name: string, district = '盐田区'): string {
  let s = name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  s = s.replace(PREFIXES, '');
  // 盐田交通运输局 and 盐田市场监管局 (no 区) are names in their own right and stay as they are.
  if (s.startsWith(district)) s = `区${s.slice(district.length)}`;
  return s;
}

/** Collective entries stand for several units: the office chooses which. */
export const isCollective = (name: string): boolean => /^各/u.test(name.trim()) || /^(?:相关|有关|全体|区直)(?:各)?(?:单位|部门)$|成员单位$/u.test(name.trim());

/** Labels written inside unit cells ("牵头单位：", "配合单位：") that are not names; the role they give what follows. */
const LABELS = /(牵头单位|配合单位|责任单位|协办单位|主责单位|牵头|配合)\s*[:：]/gu;

/** A role written before or after a name: （牵头）区民政局, 区民政局（牵头单位）, 区民政局牵头(负责), 区卫健局(协助)配合. */
const ROLE_BEFORE = /^[（(](牵头|配合)(?:单位)?[)）]/u;
const ROLE_AFTER = /(?:[（(](牵头|主责|负责|配合|协办|协助)(?:单位)?[)）]|((?:牵头|负责|配合|协助|协办)+))$/u;
const isLead = (role: string | undefined): boolean | null => (role === undefined ? null : /牵头|主责|负责|责任/u.test(role));

/** A closing 等 (等单位, 等部门, 等相关单位, 等有关部门): the list goes on, the name does not. */
const ETC = /等(?:相关|有关)?(?:单位|部门)?$/u;

/** Characters a unit's name ends with: a space after one separates two names (区民政局 区卫健局). */
const NAME_END = '[局署部委会办院处心司道所队站馆联)）]';

/**
 * Several units in one cell: separated by 、，,；; / line breaks, or a space after a name; labels and
 * roles dropped ("牵头单位：", "（配合）", "…牵头", "由…负责"), and "等"/"等单位"/"等相关单位" at the end; brackets kept (各镇（街道）
 * is one entry). The lead unit answers for the task and comes first: a unit marked 牵头 is put before
 * the others, which keep their order.
 */
export function splitUnitCell(cell: string): string[] {
  // Sections between labels, each with the role its label gives (null before any label).
  const sections: { text: string; lead: boolean | null }[] = [];
  let from = 0;
  let lead: boolean | null = null;
  for (const m of cell.matchAll(LABELS)) {
    sections.push({ text: cell.slice(from, m.index), lead });
    lead = isLead(m[1]);
    from = m.index + m[0].length;
  }
  sections.push({ text: cell.slice(from), lead });
  const entries = sections.flatMap((sec) =>
    sec.text
      .split(new RegExp(`[、，,；;/\n]+|(?<=${NAME_END})[\\s\u3000]+`, 'u'))
      .map((raw) => {
        let name = raw
          .trim()
          .replace(/[。.]$/u, '')
          // 按职责分工负责: each unit answers for its own part; it names no lead.
          .replace(/按(?:照)?职责(?:分工)?(?:负责|落实)?$/u, '')
          .replace(ETC, '')
          .trim();
        let role = sec.lead;
        const before = ROLE_BEFORE.exec(name);
        if (before) {
          role = isLead(before[1]);
          name = name.slice(before[0].length).trim();
        }
        const after = ROLE_AFTER.exec(name);
        if (after && after.index > 0) {
          role = isLead(after[1] ?? after[2]);
          // 区民政局等部门配合: the 等 before the role too.
          name = name.slice(0, after.index).replace(ETC, '').trim();
        }
        // 由区民政局负责: the unit is the name after 由.
        return { name: name.replace(/^由(?=.)/u, ''), lead: role === true };
      })
      .filter((e) => e.name !== ''),
  );
  return [...entries.filter((e) => e.lead), ...entries.filter((e) => !e.lead)].map((e) => e.name);
}

/**
 * The known unit a written name means, by any of its names (exact first, then normalised), or null. A
 * name followed by a bracket that no unit's name has — its person in charge, as 任务分解表 write them
 * (区教育局（责任人：张三）) — is the unit before the bracket, when that is a known one.
 */
export function matchUnit(written: string, units: readonly UnitNames[]): string | null {
  const w = written.trim();
  for (const u of units) if (u.name === w || u.code === w || u.fullName === w || u.aliases?.includes(w)) return u.name;
  const n = normalizeUnitName(w);
  for (const u of units) {
    const names = [u.name, u.fullName, ...(u.aliases ?? [])].filter((x): x is string => !!x);
    if (names.some((x) => normalizeUnitName(x) === n)) return u.name;
  }
  const base = beforeBracket(w);
  return base ? matchUnit(base, units) : null;
}

/** A name without the bracket it ends with (区教育局（责任人：张三） → 区教育局), or null when it ends with none. */
export const beforeBracket = (written: string): string | null => /^(.+?)[（(][^（()）]*[)）]$/u.exec(written)?.[1] ?? null;

const bigrams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

/** Dice similarity of two names' character pairs, on their normalised forms (0…1). */
export function nameSimilarity(a: string, b: string): number {
  const [x, y] = [bigrams(normalizeUnitName(a)), bigrams(normalizeUnitName(b))];
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Known unit names closest to a written one, best first (those sharing nothing are left out). */
export function closestUnits(written: string, units: readonly UnitNames[], limit = 5): string[] {
  return units
    .map((u) => ({
      name: u.name,
      score: Math.max(...[u.name, u.fullName, ...(u.aliases ?? [])].filter((x): x is string => !!x).map((x) => nameSimilarity(written, x))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, limit)
    .map((s) => s.name);
}
