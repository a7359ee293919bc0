// Chinese time wording as plan tables write it, read as the date something is due: 2023.12,
// 2023年12月底前, 9月底前, 年底前, 年内, 上半年, 第三季度, 6月30日前, 6.30前, 9月中旬, 5月底前动工, an Excel
// date… Every form means "by the end of" its period. A month without a year belongs to the plan
// year. The answer says what it understood, so the preview can show it ("9月底前 → 2024年9月30日").
import { addDays, isIsoDate, monthEnd, type IsoDate } from './dates';
import { festivalDay, springFestival } from './festivals';

export type TimeReading =
  | {
      ok: true;
      /** "YYYY-MM": the month it falls due in. */
      month: string;
      /** The exact due date: month end, or the day named (6月30日, 上旬 → 10, 中旬 → 20). */
      due: IsoDate;
      /** Whether the text named the year itself (else the plan year was assumed). */
      yearGiven: boolean;
      /** What the parser understood, in words (for the preview). */
      understood: string;
      /** The month (1–12) a period that spans months starts in — a month range (7-9月 → 7), a quarter
       *  (第三季度 → 7), a half (下半年 → 7) — in the year of `month`; absent for a single month or a date. */
      from?: number;
    }
  | { ok: false; reason: TimeRefusal };

/**
 * `festival_year`: 春节前 without a year — the festival early in the plan year, or the one after it?
 * `year_eve`: 年前 alone — the year's end (年底前) or the eve of the Spring Festival (as 年前 is said of it)?
 * `year_before`: 2025年前 — the end of 2025, or before 2025 began?
 * `mid_year`: 年中 — the end of June, or of July?
 */
export type TimeRefusal =
  'empty' | 'unreadable' | 'ambiguous_number' | 'bad_month' | 'bad_day' | 'range_backwards' | 'festival_year' | 'year_eve' | 'year_before' | 'mid_year';

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 十二 as a number (months and quarters in words); null for anything else. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s]!;
  return null;
}

const ok = (year: number, month: number, day: number | 'end', yearGiven: boolean, understood: string, from?: number): TimeReading => {
  const ym = `${year}-${pad(month)}`;
  const reading = { ok: true as const, month: ym, due: day === 'end' ? monthEnd(ym) : `${ym}-${pad(day)}`, yearGiven, understood };
  return from === undefined ? reading : { ...reading, from };
};

/** The reading of a festival's eve: that day, in its own year. */
const onDay = (day: IsoDate, yearGiven: boolean): TimeReading => ok(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8)), yearGiven, 'date');

type TimeReadingOk = Extract<TimeReading, { ok: true }>;

/** A month's, quarter's or day's number, in digits or in words (9, 九, 30, 三十). */
const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** Words of intent or a preposition before the time (力争, 确保, 争取, 预计, 计划于, 将于, 于, 在, 到, 至,
 *  即日起至): official wording, read past. Not 截至, which says where things stand, not when they are due. */
const LEAD_WORDS = '(?:(?:力争|确保|争取|预计|计划|拟|将)(?:于|在|到)?|即日起(?:至|到)?|于|在|到|至)';
const LEAD = new RegExp(`^${LEAD_WORDS}`, 'u');
/** The part of a month something is due by (the longer forms first, so 中下旬 is not read as 中旬's 中).
 *  A bare 中 (9月中) is read in a deadline cell only: at a step's start it may begin a word (10月中心建成). */
const MONTH_PART = '底|末|上中旬|中下旬|中旬|上旬|下旬';
/** 初, the start of a month (9月初, read as 上旬), where it is not the first character of a word that
 *  follows the month (10月初步完成, 9月初稿, 9月初中开学: 初步, 初稿, 初审, 初验, 初中…). */
const EARLY = '初(?![步稿审验中见始次期级筛评选赛试具定设装心])';
/** A month's part as written after the month: 底, 中旬… or 初. */
const PART = `(?:${MONTH_PART}|${EARLY})`;
/** What separates the two ends of a range (7-9月, 9月底至12月底, 2024年9月—2025年3月) or two times listed
 *  (9月、12月; 9月底前完成招标，12月底前竣工): either is due at its later time. */
const RANGE_SEPARATOR = /[-—–~至到、，,]/gu;
/** Holidays before which something is due: 国庆(节)前 (30 September), 五一前 and 劳动节前 (30 April), 七一前 (30 June),
 *  元旦前 (31 December), 端午(节)前 and 中秋(节)前 (the festival's eve, within the year whatever the calendar; 中秋国庆前
 *  the earlier of the two eves), and 春节前
 *  (the festival's eve; early in the year or at its end, so it is read only with its year written: 2025年春节前,
 *  次年春节前). Always with 前, and not 前后 (国庆前后 is around the holiday, not before it): 国庆期间 names no
 *  deadline, 五一路 is a road. 年中 says no month: refused (`mid_year`). */
const HOLIDAY = '(?:中秋节?、?国庆|国庆节?、?中秋|国庆节?|五一|劳动节|七一|春节|端午节?|中秋节?|元旦)(?:前|之前|以前)(?!后)';
const HOLIDAY_DATE: Record<string, [month: number, day: number]> = { 国庆: [9, 30], 五一: [4, 30], 劳动节: [4, 30], 七一: [6, 30] };
/** A time that starts here (12月, 2025年, 年底, 三季度, 国庆前…): what follows a time may say what happens then, but not name another. */
const ANOTHER_TIME = `(?:\\d{1,2}月|\\d{4}年|[一二三四五六七八九十]{1,3}月|年底|年内|年末|第?[一二三四1-4]季度|[上下]半年|${HOLIDAY})`;
/** Words after the period that say what happens then (动工, 投入使用, 完成; 建成，投入使用): allowed, not read — up to
 *  another time (6月底前完成主体12月底前完工 is not 30 June with words after it). */
const TAIL = `(?:(?!${ANOTHER_TIME})[\\p{Script=Han}\\w（）()，,、])*`;

/**
 * Reads one deadline cell. Strings, numbers (2023.12 typed as a number; an Excel date serial) and
 * Dates are accepted. `planYear` is the year a month without a year belongs to.
 */
export function parseTimeWording(cell: string | number | Date | null | undefined, planYear: number): TimeReading {
  if (cell === null || cell === undefined) return { ok: false, reason: 'empty' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'unreadable' };
    return ok(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), true, 'date');
  }
  if (typeof cell === 'number') {
    if (cell > 20000 && cell < 80000 && Number.isInteger(cell)) {
      const d = new Date(EXCEL_EPOCH + cell * 86_400_000);
      return ok(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), true, 'date');
    }
    // 2023.10 typed as a number arrives as 2023.1: October or January cannot be told apart.
    if (/^\d{4}\.1$/.test(String(cell))) return { ok: false, reason: 'ambiguous_number' };
    cell = String(cell);
  }
  // A cell of several lines or parts, each with its time (6月底前完成主体\n12月底前完工; after ；。 or a comma): due at the latest.
  const lines = latestOf(cell.split(/\r?\n|[；;。，,]/u), planYear);
  if (lines) return lines;
  const whole = readWhole(cell, planYear);
  // Parts side by side (6月底前完成主体 12月底前完工) are read so only when the cell does not read whole
  // (2024年 3-9月 is one time, not 2024 and September).
  return whole.ok ? whole : (latestOf(cell.split(/\s+/u), planYear) ?? whole);
}

/** One time wording: spaces and a closing remark in brackets left out, a word of intent before it read past. */
function readWhole(text: string, planYear: number): TimeReading {
  const written = digitYears(text.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[)）]$/, '');
  if (written === '') return { ok: false, reason: 'empty' };
  // 力争年底前, 计划于9月底前: the word of intent says nothing of the date.
  const s = written.replace(LEAD, '');
  return readRange(s, planYear) ?? readText(s, planYear);
}

/**
 * Parts of a cell that each name a time (a digit, 年, 季度 or 半年 in it; a year alone, 2024年, is the start of
 * what follows it, not a part): due at the latest of them, starting at the earliest, when there are two or
 * more and every one reads; else null (a line of words only, 投入使用, belongs to the time before it).
 */
function latestOf(parts: string[], planYear: number): TimeReading | null {
  const timed = parts.filter((p) => {
    const t = p.normalize('NFKC').replace(/\s+/g, '');
    return (/\d|年|季度|半年/u.test(t) || new RegExp(HOLIDAY, 'u').test(t)) && !/^\d{4}(?:年度?)?$/u.test(t);
  });
  if (timed.length < 2) return null;
  // Numbered as plan steps are (1.6月底前…, （2）12月底前…): the number goes, a month's number stays.
  const readings = timed.map((p) => readWhole(p.replace(STEP_HEAD, ''), planYear)).filter((r): r is TimeReadingOk => r.ok);
  if (readings.length < timed.length) return null;
  const last = readings.reduce((a, b) => (b.due > a.due ? b : a));
  const start = (r: TimeReadingOk) => Number(r.month.slice(0, 4)) * 12 + (r.from ?? Number(r.month.slice(5)));
  const first = readings.reduce((a, b) => (start(b) < start(a) ? b : a));
  return spanning(
    first,
    last,
    readings.some((r) => r.yearGiven),
  );
}

/**
 * A range written as two times (9月底至12月底, 7月至年底, 9月30日至10月15日, 2024.9-2025.3, 9月至次年3月),
 * or two times listed (9月、12月):
 * due when its last part is, starting in the month its first part starts (not said when the two fall in
 * different years); a last part without a year is in the first part's. The separators are tried from
 * the left and the first at which both parts read wins; null when none does — 7-9月 (its 7 is no time
 * alone) and 9月底前建成至少3家 (至少 is no range) are read whole.
 */
function readRange(s: string, planYear: number): TimeReading | null {
  for (const sep of s.matchAll(RANGE_SEPARATOR)) {
    const first = readText(s.slice(0, sep.index), planYear);
    if (!first.ok) continue;
    const last = readText(s.slice(sep.index + sep[0].length), Number(first.month.slice(0, 4)));
    if (!last.ok) continue;
    if (last.due < first.due) return { ok: false, reason: 'range_backwards' };
    return spanning(first, last, first.yearGiven || last.yearGiven);
  }
  return null;
}

/** A period due when `last` is, starting when `first` starts (not said when the two fall in different years). */
function spanning(first: TimeReadingOk, last: TimeReadingOk, yearGiven: boolean): TimeReading {
  const sameYear = first.month.slice(0, 4) === last.month.slice(0, 4);
  const from = first.from ?? Number(first.month.slice(5));
  return ok(Number(last.month.slice(0, 4)), Number(last.month.slice(5)), Number(last.due.slice(8)), yearGiven, 'month_range', sameYear ? from : undefined);
}

/** One time wording as text (normalized, no word of intent before it). */
function readText(s: string, planYear: number): TimeReading {
  // A full date: 2023-06-30, 2023/6/30, 2023.6.30, 2023年6月30日(前) — one separator throughout: 2023.9-12
  // is a year and a range of months (September to December, below), as plan tables write it, not 12 September.
  let m = /^(\d{4})(?:([.\-/])(\d{1,2})\2|年(\d{1,2})月)(\d{1,2})[日号]?(?:前|之前|以前)?$/.exec(s);
  if (m) {
    const month = Number(m[3] ?? m[4]);
    const iso = `${m[1]}-${pad(month)}-${pad(Number(m[5]))}`;
    if (month < 1 || month > 12) return { ok: false, reason: 'bad_month' };
    if (!isIsoDate(iso)) return { ok: false, reason: 'bad_day' };
    return ok(Number(m[1]), month, Number(m[5]), true, 'date');
  }
  // A month and day with a point, before 前 (6.30前, 12.31之前), as offices write a date. Not without
  // 前: 9.30 alone may be a figure, and Excel keeps a typed 9.30 as the number 9.3.
  m = /^(\d{1,2})\.(\d{1,2})(?:前|之前|以前)$/.exec(s);
  if (m) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return { ok: false, reason: 'bad_month' };
    if (!isIsoDate(`${planYear}-${pad(month)}-${pad(day)}`)) return { ok: false, reason: 'bad_day' };
    return ok(planYear, month, day, false, 'date');
  }
  // The year, optionally: "2023年", "2023.", "2023-", "2023/"; before a holiday also bare (2025春节前, as a cell is typed).
  let year = planYear;
  let yearGiven = false;
  let rest = s;
  m = new RegExp(`^(\\d{4})(?:年|[.\\-/](?=\\d)|(?=${HOLIDAY}))(.*)$`, 'u').exec(s);
  if (m) {
    year = Number(m[1]);
    yearGiven = true;
    rest = m[2]!;
  } else if ((m = /^(次年|明年|翌年)(.*)$/u.exec(s))) {
    // The year after the plan year, named relatively (a task that runs into the next year).
    // Alone (明年) it names no time within that year: not read.
    if (m[2] === '') return { ok: false, reason: 'unreadable' };
    year = planYear + 1;
    yearGiven = true;
    rest = m[2]!;
  }
  if (yearGiven && rest === '') return ok(year, 12, 'end', true, 'year_end');
  // After a year, two numbers joined are a range of months (2023.9-12, 2023年9-12 as 2023年9-12月).
  if (yearGiven && /^\d{1,2}[-—–~至到]\d{1,2}$/u.test(rest)) rest = `${rest}月`;
  // A written year's end: 2025年内, 2025年末, 2025年底前 (the 年 was read with the year).
  if (yearGiven && /^[内底末]/u.test(rest)) rest = `年${rest}`;
  // The plan's own year in words (本年, 今年, 当年, 本年度, 年度) or a written year's 年度 (2025年度): what
  // follows is read in that year; nothing after it, or 内/底/末, is its end.
  const named = (yearGiven ? /^度(.*)$/u : /^(?:(?:本|今|当)年度?|年度)(.*)$/u).exec(rest);
  if (named) {
    const after = named[1]!;
    if (after === '') return ok(year, 12, 'end', yearGiven, 'year_end');
    rest = /^[内底末]/u.test(after) ? `年${after}` : after;
  }
  // Year end: 年底(前) / 年末 / 年内 / 全年 / 底前 (after "2023年").
  if (new RegExp(`^(?:年?底|年末|年内|全年|年底前|年内完成|底前)(?:前|之前)?${TAIL}$`, 'u').test(rest)) return ok(year, 12, 'end', yearGiven, 'year_end');
  // 年前 is said of the year's end and of the Spring Festival's eve alike (年前发放到位): not guessed.
  if (!yearGiven && new RegExp(`^年(?:前|之前)(?!后)${TAIL}$`, 'u').test(rest)) return { ok: false, reason: 'year_eve' };
  // 2025年前 is the end of 2025 to some and the time before 2025 to others: not guessed either.
  if (yearGiven && new RegExp(`^(?:前|之前|以前)(?!后)${TAIL}$`, 'u').test(rest)) return { ok: false, reason: 'year_before' };
  // 年中 (2025年中, 2025年年中) names no month: June's end to some, July's to others.
  if (new RegExp(`^${yearGiven ? '年?' : '年'}中(?!秋)${TAIL}$`, 'u').test(rest)) return { ok: false, reason: 'mid_year' };
  // Before a holiday whose date never moves: 国庆前, 2025年国庆节前, 五一前, 七一前.
  m = new RegExp(`^(国庆|五一|劳动节|七一)节?(?:前|之前|以前)(?!后)${TAIL}$`, 'u').exec(rest);
  if (m) {
    const [month, day] = HOLIDAY_DATE[m[1]!]!;
    return ok(year, month, day, yearGiven, 'date');
  }
  // Before the Spring Festival: the eve of that year's (2025年春节前 → 2025-01-28). Without a year it is not
  // guessed: an annual plan's 春节前 may be the festival early in its year or the one that ends it.
  if (new RegExp(`^春节(?:前|之前|以前)(?!后)${TAIL}$`, 'u').test(rest)) {
    if (!yearGiven) return { ok: false, reason: 'festival_year' };
    return onDay(addDays(springFestival(year), -1), true);
  }
  // Before both 中秋 and 国庆 (中秋国庆前, 中秋、国庆节前: a holiday's 慰问 written for the two): the earlier eve —
  // 中秋's in most years, National Day's when 中秋 comes after it (2025).
  if (new RegExp(`^(?:中秋节?、?国庆|国庆节?、?中秋)节?(?:前|之前|以前)(?!后)${TAIL}$`, 'u').test(rest)) {
    const midAutumnEve = addDays(festivalDay(year, 'mid_autumn'), -1);
    const [month, day] = HOLIDAY_DATE['国庆']!;
    const nationalEve: IsoDate = `${year}-${pad(month)}-${pad(day)}`;
    return onDay(midAutumnEve < nationalEve ? midAutumnEve : nationalEve, yearGiven);
  }
  // Before 端午 or 中秋: the eve of that year's. Both fall within the year (late May to early October), so
  // without a year it is the plan year's.
  m = new RegExp(`^(端午|中秋)节?(?:前|之前|以前)(?!后)${TAIL}$`, 'u').exec(rest);
  if (m) {
    return onDay(addDays(festivalDay(year, m[1] === '端午' ? 'dragon_boat' : 'mid_autumn'), -1), yearGiven);
  }
  // Before New Year's Day: the plan year's last day (the 元旦 coming, as a plan adopted in its year means);
  // with a year written, the last day before that year began (2025年元旦前 → 2024-12-31).
  if (new RegExp(`^元旦(?:前|之前|以前)(?!后)${TAIL}$`, 'u').test(rest)) return ok(yearGiven ? year - 1 : year, 12, 'end', yearGiven, 'date');
  // Halves.
  m = new RegExp(`^(上|下)半年(?:前|底|末|底前)?${TAIL}$`, 'u').exec(rest);
  if (m) return ok(year, m[1] === '上' ? 6 : 12, 'end', yearGiven, m[1] === '上' ? 'first_half' : 'second_half', m[1] === '上' ? 1 : 7);
  // Quarters: 三季度, 第三季度, 3季度, Q3, 三季度末.
  m = new RegExp(`^(?:第?${NUM}季度|Q([1-4]))(?:末|底|前|内)?${TAIL}$`, 'iu').exec(rest);
  if (m) {
    const q = m[1] ? chineseNumber(m[1]) : Number(m[2]);
    if (!q || q > 4) return { ok: false, reason: 'bad_month' };
    return ok(year, q * 3, 'end', yearGiven, 'quarter', q * 3 - 2);
  }
  // A month range: 7-9月, 7月-9月, 7至9月, 10—12月: the end of its last month.
  m = new RegExp(`^${NUM}月?[-—–~至到]${NUM}月(?:底|末|份)?(?:前)?${TAIL}$`, 'u').exec(rest);
  if (m) {
    const [from, to] = [chineseNumber(m[1]!), chineseNumber(m[2]!)];
    if (!from || !to || to > 12) return { ok: false, reason: 'bad_month' };
    if (to < from) return { ok: false, reason: 'range_backwards' };
    return ok(year, to, 'end', yearGiven, 'month_range', from);
  }
  // A month with a day, or days: 6月30日(前), 6月15号, 十月一日, 11月8-14日 and 11月8日至14日 (the last day).
  m = new RegExp(`^${NUM}月(?:${NUM}日?[-—–~至到])?${NUM}[日号](?:前|之前|以前)?${TAIL}$`, 'u').exec(rest);
  if (m) {
    const month = chineseNumber(m[1]!);
    if (!month || month > 12) return { ok: false, reason: 'bad_month' };
    const day = chineseNumber(m[3]!) ?? 0;
    const first = m[2] === undefined ? day : (chineseNumber(m[2]) ?? 0);
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    if (!isIsoDate(iso) || first < 1) return { ok: false, reason: 'bad_day' };
    if (first > day) return { ok: false, reason: 'range_backwards' };
    return ok(year, month, day, yearGiven, 'date');
  }
  // A month: 9月, 9月底(前), 9月前, 9月末, 9月份, 9月中旬, 上旬/下旬, two parts (上中旬, 中下旬: the
  // end of the later), then words (投入使用, 动工…).
  m = new RegExp(`^${NUM}月(份)?(${PART}|中)?(?:前|之前|以前|内)?${TAIL}$`, 'u').exec(rest);
  if (m) {
    const month = chineseNumber(m[1]!);
    if (!month || month > 12) return { ok: false, reason: 'bad_month' };
    const part = m[3];
    const early = part === '上旬' || part === '初';
    const mid = part === '中旬' || part === '中' || part === '上中旬';
    const day = early ? 10 : mid ? 20 : 'end';
    return ok(year, month, day, yearGiven, early ? 'early_month' : mid ? 'mid_month' : 'month');
  }
  // 2023.12 / 2023-8 / 2023/08 as text.
  if (yearGiven) {
    m = /^(\d{1,2})$/.exec(rest);
    if (m) {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return { ok: false, reason: 'bad_month' };
      return ok(year, month, 'end', true, 'month');
    }
  }
  return { ok: false, reason: 'unreadable' };
}

/**
 * The date a step falls due as its words say it (a period: 第三季度, 下半年, 10月前; a date in words:
 * 2024年9月20日, 9月中旬; a date cell or an Excel date number), or null when the deadline rules read no time in them —
 * what a plan workbook's 节点 row and the plan editor take when no date is written.
 */
export function dueOfWording(words: string | number | Date, planYear: number): IsoDate | null {
  const reading = parseTimeWording(words, planYear);
  return reading.ok ? reading.due : null;
}

/**
 * Where a reading falls against the plan year: in it, in the next year (跨年度: a task that runs
 * past the year, flagged, not refused) or in an earlier year (refused: a plan cannot be due before it starts).
 */
export function yearPlacement(month: string, planYear: number): 'in_year' | 'cross_year' | 'earlier' | 'too_late' {
  const y = Number(month.slice(0, 4));
  if (y === planYear) return 'in_year';
  if (y === planYear + 1) return 'cross_year';
  return y < planYear ? 'earlier' : 'too_late';
}

export type PlanStep = { due: IsoDate; month: string; label: string; text: string };

/** A step's numbering other than "1." (whose point may be a date's): （1）, （一）, 1）, ①, ⑴, and official
 *  writing's 一、 and 一是 (一是6月底前…；二是9月底前…). */
const NUMBERING = '[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\\d{1,2}[)）]|[①-⑩⑴-⑽]|[一二三四五六七八九十]{1,3}(?:是|、)';
/** A step's number before its time: 1. 1、 or the numbering above. */
const STEP_NUMBER = `\\s*(?:\\d{1,2}[.．、]|${NUMBERING})?\\s*`;
/** A year with a month or a range of months, then a colon or comma (2024.7-9：, 2024.10，): a step's time as tables write it. */
const YEAR_MONTHS = '\\d{4}[.\\-/]\\d{1,2}(?:[-—–~至到]\\d{1,2})?(?=\\s*[：:，,])';
/** A year before a month, quarter or half (2023年6月底前, 2023年三季度, 次年3月): a step's time too. */
const YEAR_WORD = `(?:\\d{4}年|\\d{4}(?=${HOLIDAY})|次年|明年|翌年)`;
/** A whole date with points, dashes or slashes (2023.6.30, 2023-6-30), or a month and day with a point
 *  before 前 (6.30前; without 前 a point is a figure: 6.5亿元). */
const POINT_DATE = '(?:\\d{4}\\.\\d{1,2}\\.\\d{1,2}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}(?=前|之前|以前))';
/** The time wording a step starts with. */
const STEP_TIME = `(?:${YEAR_WORD}?(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|[-—–~至])|第?[一二三四1-4]季度|[上下]半年|年底|年内|全年|${HOLIDAY})|\\d{4}年[底内末]|${YEAR_MONTHS}|${POINT_DATE})`;

/** A phase that names its time (第一阶段（6月底前）：…, 第二阶段：9月底前…, 第一步，…): the phase stays in the
 *  step's text, its time leads the step. */
const PHASE_WORD = '第(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:阶段|步)';
const PHASE = `${PHASE_WORD}\\s*[：:，,]?\\s*[（(]?\\s*`;
/** A time that leads a step after 、 (6月底前完成立项、9月底前完成招标): a month, a range of months, a quarter,
 *  a half, the year's end or a date — not a bare number (培训、3-5人一组). */
const LISTED_STEP_TIME = `${LEAD_WORDS}?(?:${YEAR_WORD}?(?:${NUM}月|\\d{1,2}[-—–~至]\\d{1,2}月|第?[一二三四1-4]季度|[上下]半年|年底|年内|全年|${HOLIDAY})|\\d{4}年[底内末]|${POINT_DATE})`;

/** Full-width digits, point, dash and tilde as ASCII (１２．５, ７－９月, ７～９月), one character for one: a
 *  text's offsets stay the same, so what is read from the copy can be cut from the text as written. */
export const asciiDigits = (s: string) => s.replace(/[０-９．－～]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const YEAR_NUMERALS: Record<string, string> = Object.fromEntries([...'〇○零一二三四五六七八九'].map((c, i) => [c, String(Math.max(0, i - 2))]));
/** A year written in Chinese numerals before 年 (二〇二五年, 二零二五年; ○ as typed for 〇) in digits, four
 *  characters for four (offsets kept, as asciiDigits keeps them); not three numerals or five. */
export const digitYears = (s: string) =>
  s.replace(/(?<![〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{4}(?=年)/gu, (y) => [...y].map((c) => YEAR_NUMERALS[c]).join(''));

/** The time wording of a step: a month (range) with its qualifiers, a date, a quarter, a half or the year's end. */
const STEP_WHEN = `${YEAR_WORD}?(?:${POINT_DATE}|\\d{4}年[底内末]|${NUM}月?份?${PART}?起?[-—–~至到]${YEAR_WORD}?(?:${NUM}月份?${PART}?|年底)|${NUM}月(?:(?:${NUM}日?[-—–~至到])?${NUM}[日号])?份?${PART}?|第?${NUM}季度(?:末)?|[上下]半年|年底|年内|全年|${HOLIDAY})(?:前|之前|以前)?`;
/** A step that starts with its time (after its phase or a word of intent). */
const STEP_LEAD = new RegExp(`^(?:${PHASE})?${LEAD_WORDS}?(${YEAR_MONTHS}|${STEP_WHEN})`, 'u');
/** A step whose time comes last, in brackets (完成选址（6月底前）). */
const STEP_LAST = new RegExp(`[（(]\\s*${LEAD_WORDS}?(${STEP_WHEN})\\s*[)）]$`, 'u');

// A step starts on a new line; after ；。 before a time (numbered, led by a phase or a word of intent); after
// ；。 that end a step whose time came last in brackets (完成选址（6月底前）；…); after a comma before a time
// (numbered or led by a phase; not the comma after a phase: 第一步，7-9月…); or after 、 before a time when
// what precedes is no time itself (3月、6月、9月 is one time).
const STEP_SPLIT = new RegExp(
  `\\n|[；;。](?=${STEP_NUMBER}(?:${PHASE})?${LEAD_WORDS}?${STEP_TIME})|(?<=[（(]\\s*${LEAD_WORDS}?${STEP_WHEN}\\s*[)）])[；;。]|(?<!${PHASE_WORD}\\s*)[，,](?=${STEP_NUMBER}(?:${PHASE})?${STEP_TIME})|(?<![\\d月季度年底前内旬日号初末中])、(?=${LISTED_STEP_TIME})`,
  'gu',
);
const STEP_HEAD = new RegExp(
  `^\\s*(?:\\d{1,2}[.．、](?=\\d{4}[.\\-/年]|\\d{1,2}(?:月|[-—–~至])|\\d{1,2}\\.\\d{1,2}(?:前|之前|以前)|\\D)|${NUMBERING})?\\s*`,
  'u',
);
const STEP_TAIL = /[\s；;。，,]*$/u;

/**
 * Plan steps from a plan cell: numbered or semicolon/line separated parts that start with time
 * wording ("4月底前：…", "1.4月底前……；2.8月底前……", "3月底前新建成2家；", "7-9月：…", "力争年底前…",
 * "2023年6月底前…；2023年9月底前…", "2023.6.30前…", "6.30前…", "第一阶段（6月底前）：…", "…、9月底前…"), or end with
 * it in brackets ("完成选址（6月底前）"),
 * and comma-separated clauses that start with it ("6月底前完成选址，9月底前开工"; not "…，于8月下旬移交",
 * a time inside the step's sentence). Parts with no time at their start or end are kept in the plan text only.
 */
export function stepsFromPlanText(planText: string, planYear: number): PlanStep[] {
  // Read with ASCII digits (９月底前 as 9月底前); each step's text is cut from the plan as written.
  const read = digitYears(asciiDigits(planText));
  const cuts = [0, ...[...read.matchAll(STEP_SPLIT)].flatMap((m) => [m.index, m.index + m[0].length]), read.length];
  const parts: { read: string; text: string }[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    const piece = read.slice(cuts[i], cuts[i + 1]);
    const start = cuts[i]! + STEP_HEAD.exec(piece)![0].length;
    const end = Math.max(start, cuts[i + 1]! - STEP_TAIL.exec(piece)![0].length);
    if (end > start) parts.push({ read: read.slice(start, end), text: planText.slice(start, end) });
  }
  const out: PlanStep[] = [];
  for (const { read: part, text } of parts) {
    const m = STEP_LEAD.exec(part) ?? STEP_LAST.exec(part);
    if (!m) continue;
    const reading = parseTimeWording(m[1]!, planYear);
    if (!reading.ok) continue;
    out.push({ due: reading.due, month: reading.month, label: m[1]!, text });
  }
  return out;
}
