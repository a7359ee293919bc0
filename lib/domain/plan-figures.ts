// Quantitative targets read from a task's own wording, as plan tables write them ("新增学位540个",
// "招聘会20场以上", "不少于150个小区单位、1500台电梯"), and the plan steps' figures in the same unit
// ("3月底前新建成20台；6月底前累计50台；年底前累计100台"). An import of a table without an indicator
// column proposes them in the draft, where the office checks them before the year is activated.
// Money (元, 万元, 元/餐) is a standard or a budget, not progress: not read. A range (5-15元, 70—99岁)
// and a number in Chinese words (两个) are not read either: a figure is proposed only where it is
// written plainly.
import { asciiDigits } from './time-wording';
import type { Accrual, Direction } from './types';

export type FigureSuggestion = {
  name: string;
  unitOfMeasure: string;
  isPercent: boolean;
  direction: Direction;
  target: number;
};

/** Units of things counted or measured (longest first, so 人次 is not read as 人, 平方米 not as 米). */
const UNITS = [
  '万平方米',
  '平方米',
  '公里',
  '千米',
  '人次',
  '课时',
  '个',
  '所',
  '家',
  '台',
  '套',
  '户',
  '人',
  '名',
  '位',
  '场',
  '支',
  '条',
  '张',
  '间',
  '处',
  '座',
  '亩',
  '次',
  '项',
  '辆',
  '栋',
  '米',
  '%',
];
const AT_LEAST_BEFORE = '不少于|不低于|至少|超过|达到|达';
const FIGURE = new RegExp(`(${AT_LEAST_BEFORE}|约)?\\s*(\\d+(?:\\.\\d+)?)\\s*(万(?!平方米|元))?\\s*(${UNITS.join('|')})(以上|及以上)?(?![/／\\d])`, 'gu');
/** Words that start the thing a figure counts ("在…的基础上建设5个社区公园" → 建设社区公园). */
const VERBS = /(新建|新增|建设|建成|改造|提供|举办|开展|完成|实施|安装|加装|筹集|培训|引进|打造|设立|成立|招聘|推出)/gu;
const LEADING = /^(?:为|在|对|全年|每年|并|同时|共|累计|预计(?=\d))+/u;

/** A sentence's clauses: split at ，；。：and line breaks, and at 、 before a figure; never inside brackets. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    const splits = depth === 0 && (/[，,；;。：:\n]/u.test(ch) || (ch === '、' && /^(?:不少于|不低于|至少|约)?\d/u.test(text.slice(i + 1))));
    if (splits) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim()).filter(Boolean);
}

/** What a figure counts, in the clause's own words. */
function nameOf(clause: string, at: number, length: number): string {
  const before = clause.slice(0, at);
  const after = clause.slice(at + length);
  // Inside brackets ("老年人（预计服务280户）"): the bracket's words, else what the bracket follows.
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open >= 0 && !/[）)]/u.test(before.slice(open))) {
    const inner = (before.slice(open + 1) + after.replace(/[）)].*$/u, '')).trim();
    if (inner.replace(/^预计/u, '') !== '') return tidy(inner);
    // "为区属中小学校在校午餐的学生（17787人）": whom the figure counts, after 为.
    const whom = before.slice(0, open);
    return tidy(whom.slice(whom.lastIndexOf('为') + 1));
  }
  // After the figure, what follows a list's 等 ("1000人以上的综合素质提升、…等培训服务" → 培训服务),
  // when it says enough on its own.
  let rest = after.replace(/^的/u, '');
  const tail = rest.slice(rest.lastIndexOf('等') + 1);
  if (rest.includes('等') && [...tail.matchAll(/\p{Script=Han}/gu)].length >= 4) rest = tail;
  // Before it, what follows a list's 等 ("…高校毕业生等各类线上线下招聘会20场以上", "…洪安四街等4条道路…").
  const etc = before.lastIndexOf('等');
  if (etc >= 0) return tidy(before.slice(etc + 1) + rest);
  // A figure before its noun: from the last verb before it ("…的基础上建设5个社区公园" → 建设社区公园).
  // A figure after its noun ("完成老旧小区改造10个"): the words before it.
  const verbs = [...before.matchAll(VERBS)];
  const from = verbs.length > 0 && rest.trim() !== '' ? verbs[verbs.length - 1]!.index : 0;
  return tidy(before.slice(from) + rest);
}

/** A name without spaces, leading 为/在/全年…, and a 的 or 等 at either end. */
const tidy = (s: string) =>
  s
    .replace(/\s+/gu, '')
    .replace(LEADING, '')
    .replace(/^的+|[等的]+$/gu, '');

/** The quantitative targets a task's wording states, in the order written. */
export function figuresFromContent(content: string): FigureSuggestion[] {
  const out: FigureSuggestion[] = [];
  // A figure with no words of its own ("送教上门服务不少于2000人次、2000课时") counts the thing before it.
  let lastName = '';
  for (const clause of clauses(asciiDigits(content))) {
    for (const m of clause.matchAll(FIGURE)) {
      const [whole, before, digits, wan, unit, after] = m;
      const at = m.index + (whole.length - whole.trimStart().length);
      // Part of a range (5-15, 70—99) or of a longer number or code: not a figure.
      const prev = clause.slice(0, m.index).trimEnd().slice(-1);
      if (!before && /[\d\-—–~至到.]/u.test(prev)) continue;
      const target = Number(digits) * (wan ? 10_000 : 1);
      if (!Number.isFinite(target) || target <= 0) continue;
      const name = nameOf(clause, at, whole.trim().length) || lastName;
      if (name === '') continue;
      lastName = name;
      out.push({
        name: name.slice(0, 100),
        unitOfMeasure: unit!,
        isPercent: unit === '%',
        direction: (before && before !== '约') || after ? 'AT_LEAST' : 'EXACTLY',
        target,
      });
    }
  }
  return out;
}

/**
 * A percentage the plan steps reach 100 % by (7-9月：完成整体形象进度80%；10-12月：完成整体形象进度100%),
 * where the task's wording states none: 形象进度 as engineering plans write it. Its steps set its values.
 */
export function percentFromSteps(steps: string[]): FigureSuggestion | null {
  const found = steps.flatMap((text) => {
    const figures = figuresFromContent(text);
    return figures.length === 1 && figures[0]!.isPercent ? [figures[0]!] : [];
  });
  const last = found[found.length - 1];
  if (!last || last.target !== 100 || !found.every((f, i) => i === 0 || f.target >= found[i - 1]!.target)) return null;
  return { ...last, name: last.name.replace(/^(?:完成|达到|实现)/u, '') || last.name, direction: 'EXACTLY' };
}

/**
 * The figure each plan step sets for an indicator of that unit: a step that writes one figure in it
 * (累计50台, 新建成20台). Rising figures ending at the target are cumulative; figures that add up to
 * the target are increments, made cumulative. Anything else sets none (the steps stay dates only).
 */
export function stepFigures(target: number, unitOfMeasure: string, steps: string[]): (number | null)[] | null {
  const values = steps.map((text) => {
    const found = [...asciiDigits(text).matchAll(FIGURE)].filter((m) => m[4] === unitOfMeasure);
    return found.length === 1 ? Number(found[0]![2]) * (found[0]![3] ? 10_000 : 1) : null;
  });
  const given = values.filter((v): v is number => v !== null);
  if (given.length === 0) return null;
  const rising = given.every((v, i) => i === 0 || v >= given[i - 1]!);
  if (rising && given[given.length - 1] === target) return values;
  const sum = given.reduce((a, b) => a + b, 0);
  if (sum === target && given.length > 1) {
    let run = 0;
    return values.map((v) => (v === null ? null : (run += v)));
  }
  return null;
}

/** How a proposed figure accrues: along the steps that set its values, else once it is delivered. */
export const proposedAccrual = (stepValues: (number | null)[] | null): Accrual => (stepValues ? 'MILESTONES' : 'AT_COMPLETION');
