// The seed says what the report says: counts, verbatim text, merged cells, figures. (Writing it to
// a database, twice, is tests/integration/seed.test.ts.)
import { describe, expect, it, beforeEach } from 'vitest';
import { buildSeedPlan, readReport } from './plan';
import { CATEGORY_QUOTE } from './data/plan-2023';
import { parseReportTable } from './parse-report';
import { parseTimeWording, stepsFromPlanText } from '@/lib/domain/time-wording';

const report = readReport();
// Built before each test, not once at import: the parser then runs inside the tests (and a mutant
// of it is seen by them under mutation testing, which does not re-import test modules).
let plan: ReturnType<typeof buildSeedPlan>;
beforeEach(() => {
  plan = buildSeedPlan(report);
});
const task = (n: number) => plan.tasks.find((t) => t.taskNumber === n)!;

describe('structure taken from the report', () => {
  it('has 10 projects (6 engineering, 4 service), 19 tasks, 13 units', () => {
    expect(plan.projects).toHaveLength(10);
    expect(plan.projects.filter((p) => p.category === 'ENGINEERING')).toHaveLength(6);
    expect(plan.projects.filter((p) => p.category === 'SERVICE')).toHaveLength(4);
    expect(report).toContain(CATEGORY_QUOTE);
    expect(plan.tasks.map((t) => t.taskNumber)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(plan.units).toHaveLength(13);
    expect(new Set(plan.tasks.flatMap((t) => t.units)).size).toBe(13);
  });

  it('keeps project 四 (printed twice) as one project with tasks 7–9', () => {
    expect(plan.tasks.filter((t) => t.projectNumber === 4).map((t) => t.taskNumber)).toEqual([7, 8, 9]);
    expect(plan.projects.find((p) => p.number === 4)?.title).toBe('提升医院和社康软硬件服务水平');
  });

  it('resolves merged 责任单位 / 完成时限 cells from the row above', () => {
    expect(task(13)).toMatchObject({ units: ['区人力局'], deadlineMonth: '2023-12' });
    expect(task(17)).toMatchObject({ units: ['区民政局'], deadlineMonth: '2023-12' });
    expect(task(18)).toMatchObject({ units: ['区民政局'], deadlineMonth: '2023-12' });
    expect(task(1).units).toEqual(['盐田交通运输局', '区工务署']);
    expect(task(14).units).toEqual(['区委宣传部', '区文广旅体局']);
  });

  it('keeps the report deadlines, inconsistent ones included (tasks 6 and 15: 2023.8)', () => {
    expect(task(6).deadlineMonth).toBe('2023-08');
    expect(task(15).deadlineMonth).toBe('2023-08');
    expect(task(3).deadlineMonth).toBe('2023-11');
    expect(task(10).deadlineMonth).toBe('2023-07');
  });

  it('each parsed field is its whole table cell: the fields, in reading order, spell out the table and nothing is left over', () => {
    // Whitespace and Word's bookmark residue aside, the table after its header is exactly: per row
    // the project cell (when printed), "N." + content, H1 progress, H2 plan, the units (when printed)
    // and the deadline (when printed). A field cut short — a narrative truncated to its first
    // paragraph — leaves text over and fails here.
    const squash = (s: string) => s.replace(/\[bookmark: _GoBack\]/g, '').replace(/\s+/g, '');
    const title = '盐田区2023年十件重点民生实事上半年完成情况一览表';
    let rest = squash(report.slice(report.indexOf(title) + title.length));
    const take = (expected: string, where: string) => {
      expect(rest.startsWith(expected), `${where}: expected «${expected.slice(0, 40)}…», table has «${rest.slice(0, 40)}…»`).toBe(true);
      rest = rest.slice(expected.length);
    };
    const optional = (candidates: string[]) => {
      const hit = candidates.find((c) => c && rest.startsWith(c));
      if (hit) rest = rest.slice(hit.length);
    };
    take('项目名称项目内容上半年进展情况2023年下半年任务目标及措施责任单位完成时限', 'header');
    for (const t of plan.tasks) {
      const where = `task ${t.taskNumber}`;
      optional([squash(`${t.projectNumeral}、${t.projectTitle}`)]);
      take(squash(`${t.taskNumber}.${t.content}`), `${where} content`);
      take(squash(t.h1Progress), `${where} H1`);
      take(squash(t.h2Plan), `${where} H2`);
      optional([squash(t.units.join(''))]);
      const [y, m] = t.deadlineMonth.split('-');
      optional([`${y}.${m}`, `${y}.${Number(m)}`]);
    }
    expect(rest).toBe('');
    // Each field is non-empty (an empty one would "take" nothing and still pass the walk).
    for (const t of plan.tasks) for (const f of [t.content, t.h1Progress, t.h2Plan]) expect(squash(f).length, `task ${t.taskNumber}`).toBeGreaterThan(0);
  });

  it('every narrative string occurs verbatim in the report', () => {
    const strings = plan.tasks.flatMap((t) => [
      t.content,
      t.h1Progress,
      t.h2Plan,
      ...(t.milestones ?? []).map((m) => m.text),
      ...(t.items ?? []).map((i) => i.quote),
      ...(t.indicators ?? []).flatMap((i) => [i.targetQuote, i.h1?.quote].filter((q): q is string => !!q)),
      ...(t.completedQuote ? [t.completedQuote] : []),
    ]);
    strings.push(...plan.problems.map((p) => p.text));
    expect(strings.length).toBeGreaterThan(150);
    for (const s of strings) expect(report, s).toContain(s);
    expect(strings.join('')).not.toContain('[bookmark');
  });

  it('every seeded figure is a number its quote states, on digit boundaries (200 is not found in 2000 or 20 in 200), or follows from it by a stated rule', () => {
    // The numbers a quote states: digits as written (369万元 in 万元) and times a 万/千 after them
    // (3万余人次 = 30000 人次), and 千 alone (近千).
    const figuresIn = (quote: string): number[] => [
      ...[...quote.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(万|千)?(?![\d.])/g)].flatMap((m) => [
        Number(m[1]),
        Number(m[1]) * (m[2] === '万' ? 10_000 : m[2] === '千' ? 1000 : 1),
      ]),
      ...(/(?<![\d一二三四五六七八九十])千/.test(quote) ? [1000] : []),
    ];
    // A yearly target the report words as a frequency (每季度开展 … → 4 a year).
    const PER_YEAR: Record<string, number> = { 每季度: 4, 每月: 12 };
    let checked = 0;
    for (const t of plan.tasks) {
      for (const i of t.indicators ?? []) {
        const where = `${t.taskNumber}/${i.key}`;
        if (i.h1) {
          expect(report, where).toContain(i.h1.quote);
          const stated = figuresIn(i.h1.quote);
          if (i.h1.parts) {
            // A sum of figures the quote states (4场现场 + 16场线上 = 20场).
            for (const part of i.h1.parts) expect(stated, `${where} part ${part}`).toContain(part);
            expect(
              i.h1.parts.reduce((a, b) => a + b, 0),
              where,
            ).toBe(i.h1.value);
          } else expect(stated, where).toContain(i.h1.value);
          if (i.h1.approx) expect(i.h1.quote, where).toMatch(/近|余|超过|约/);
          checked++;
        }
        if (i.target !== null && i.unitOfMeasure === '%' && i.target === 100 && !i.targetQuote) {
          // A progress percentage (形象进度): the task done is 100 %, the report need not say so.
          checked++;
        } else if (i.target !== null) {
          expect(i.targetQuote, `${where} has no target quote`).toBeTruthy();
          expect(report, where).toContain(i.targetQuote!);
          const rule = Object.keys(PER_YEAR).find((w) => i.targetQuote!.includes(w));
          if (figuresIn(i.targetQuote!).includes(i.target)) checked++;
          else {
            expect(rule, `${where}: target ${i.target} is not in «${i.targetQuote}»`).toBeDefined();
            expect(i.target, where).toBe(PER_YEAR[rule!]);
            checked++;
          }
        }
      }
      // A milestone's cumulative value is stated in its line, or it is the last step reaching the whole target.
      const last = [...(t.milestones ?? [])].sort((a, b) => a.due.localeCompare(b.due)).at(-1);
      for (const m of t.milestones ?? []) {
        for (const [key, value] of [[m.indicator, m.cumulative], ...(m.alsoTargets ?? []).map((a) => [a.indicator, a.cumulative] as const)] as const) {
          if (value === undefined) continue;
          const where = `${t.taskNumber}/${m.key}/${key}`;
          if (!figuresIn(m.text).includes(value)) {
            expect(m, `${where}: ${value} is neither in «${m.text}» nor the whole target of a last step`).toBe(last);
            expect(t.indicators!.find((i) => i.key === key)?.target, where).toBe(value);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('matches a sample of targets and H1 actuals', () => {
    const ind = (n: number, k: string) => task(n).indicators!.find((i) => i.key === k)!;
    expect(ind(11, 'elevators')).toMatchObject({ target: 1500, direction: 'AT_LEAST', accrual: 'MILESTONES' });
    expect(ind(11, 'elevators').h1).toBeUndefined(); // the report states no installed count: 未提及
    expect(ind(12, 'jobs')).toMatchObject({ target: 3000, h1: { value: 5446 } });
    expect(ind(12, 'fairs')).toMatchObject({ target: 20, h1: { value: 20 } });
    expect(ind(16, 'households')).toMatchObject({ target: 280, h1: { value: 197 } });
    expect(ind(19, 'home-teaching')).toMatchObject({ target: 2000, h1: { value: 903 } });
    expect(ind(7, 'beds')).toMatchObject({ target: 386, accrual: 'AT_COMPLETION' });
    expect(ind(3, 'visual')).toMatchObject({ isPercent: true, h1: { value: 65 } });
    expect(ind(6, 'visual')).toMatchObject({ isPercent: true, h1: { value: 60 } });
    expect(ind(4, 'visual')).toMatchObject({ isPercent: true, h1: { value: 95 } });
    expect(ind(5, 'paid').h1).toMatchObject({ value: 369, asOf: '2023-07-17' });
    expect(ind(14, 'heritage').h1).toMatchObject({ value: 1000, approx: true }); // "近千人": shown as approximate, never judged
  });

  it('takes the figures the report states beyond the targets (shown, not judged)', () => {
    const h1 = (n: number) =>
      Object.fromEntries(
        task(n)
          .indicators!.filter((i) => i.h1)
          .map((i) => [i.key, i.h1!.value]),
      );
    expect(h1(9)).toEqual({ 'hk-doctors': 2, batch1: 5, 'batch2-doctors': 10, 'batch2-nurses': 10, 'in-training': 30 });
    expect(task(9).indicators!.find((i) => i.key === 'in-training')!.note).toContain('25');
    expect(task(10).indicators!.find((i) => i.key === 'total-flats')).toMatchObject({ target: 1102, targetQuote: '将提供人才住房1102套' });
    expect(h1(12)).toMatchObject({ 'subsidy-people': 1683 });
    expect(
      task(12)
        .milestones!.map((m) => m.text)
        .join(''),
    ).toMatch(/10场.*1200个.*980人以上/);
    expect(h1(14)).toMatchObject({ 'reading-events': 21, 'reading-participants': 30000, 'reading-walks': 20000, heritage: 1000 });
    expect(h1(15)).toEqual({ runners: 1.5, countries: 19 });
    expect(h1(17)).toMatchObject({ 'visit-rate': 100 });
    expect(h1(18)).toMatchObject({ canteens: 13 });
    for (const n of [9, 12, 14, 15, 17, 18]) {
      for (const i of task(n).indicators!.filter((x) => x.target === null)) expect(i.accrual, `${n}/${i.key}`).toBe('NONE');
    }
  });

  it('marks figures counted in another unit than the target 口径不一 (tasks 13 and 19)', () => {
    const flagged = plan.tasks.flatMap((t) => (t.indicators ?? []).filter((i) => i.mismatch).map((i) => `${t.taskNumber}/${i.key}`));
    expect(flagged).toEqual(['13/trainees', '19/rehab']);
  });

  it('has the sub-items the report names (lib/domain/README.md)', () => {
    expect(task(1).items!.map((i) => [i.name, i.completedOn ?? null])).toEqual([
      ['东海道', null],
      ['永安路', null],
      ['永安北三街', '2023-04-30'],
      ['洪安四街', '2023-04-30'],
    ]);
    expect(task(3).items!.filter((i) => i.completedOn)).toHaveLength(4);
    expect(task(3).items![4]).toMatchObject({ name: '明珠道绿廊公园带3号地块' });
    expect(task(15).items).toHaveLength(3);
  });

  it('dates milestones at the end of their last month; elevator steps carry cumulative values', () => {
    expect(
      task(11)
        .milestones!.filter((m) => m.cumulative)
        .map((m) => [m.due, m.cumulative]),
    ).toEqual([
      ['2023-09-30', 300],
      ['2023-10-31', 700],
      ['2023-11-30', 1200],
      ['2023-12-31', 1500],
    ]);
    expect(task(3).milestones![0]).toMatchObject({ periodLabel: '7-9月', due: '2023-09-30', cumulative: 80 });
    // The 10–12月 step (形象进度100%) also carries the parks: all 5.
    expect(task(3).milestones![1]).toMatchObject({ periodLabel: '10-12月', cumulative: 100, alsoTargets: [{ indicator: 'parks', cumulative: 5 }] });
    // Every due date is what the deadline rules read from its period (7-9月 → 9-30, 10月前 → 10-31 as
    // 9月前 is September, 下半年 → 12-31), and the step's text names its period.
    for (const t of plan.tasks) {
      for (const m of t.milestones ?? []) {
        if (m.periodLabel !== '下半年') expect(m.text, `${t.taskNumber}/${m.key}`).toContain(m.periodLabel);
        const reading = parseTimeWording(m.periodLabel, 2023);
        expect(reading.ok && reading.due, `${t.taskNumber}/${m.key}`).toBe(m.due);
      }
    }
  });

  it("the import's reading of the report's H2 column finds the seed's steps, the two judgement calls aside", () => {
    // The reader an office's plan table goes through (stepsFromPlanText), over the government's own text:
    // a change to how wording is read that would read this report differently shows here.
    const read = new Map(parseReportTable(report).map((r) => [r.taskNumber, stepsFromPlanText(r.h2Plan, 2023).map((s) => [s.label, s.due])]));
    const seeded = new Map(plan.tasks.map((t) => [t.taskNumber, (t.milestones ?? []).map((m) => [m.periodLabel, m.due])]));
    // Task 7: "7-8月：…，8月底前移交…" — the seed keeps the handover inside its 7-8月 step (same date).
    expect(read.get(7)).toEqual([['7-8月', '2023-08-31'], ['8月底前', '2023-08-31'], ...seeded.get(7)!.slice(1)]);
    // Task 12: its H2 text names no period; the seed gives its figures as two 下半年 steps.
    expect([read.get(12), seeded.get(12)!.map(([label]) => label)]).toEqual([[], ['下半年', '下半年']]);
    for (const n of [...read.keys()].filter((k) => k !== 7 && k !== 12)) expect(read.get(n), `task ${n}`).toEqual(seeded.get(n));
  });

  it('links each problem to the sub-items it names (task 1: 东海道 and 永安路, not the two finished roads)', () => {
    const p1 = plan.problems.find((p) => p.task === 1)!;
    expect(p1.items).toEqual(['donghai', 'yongan']);
    expect(report).toContain(p1.itemsQuote!);
    expect(p1.text).toContain(p1.itemsQuote!);
    expect(plan.problems.find((p) => p.task === 3)!.items).toEqual(['park-5']);
  });

  it('records the three kinds of problems on the tasks they hit', () => {
    expect(plan.problems.map((p) => [p.task, p.kind, p.blocking])).toEqual([
      [1, 'PRELIMINARY', true],
      [3, 'COORDINATION', true],
      [14, 'PUBLICITY', false],
      [16, 'PUBLICITY', false],
      [17, 'PUBLICITY', false],
    ]);
  });

  it("keeps the report's own H1 classification", () => {
    const by = (c: string) => plan.tasks.filter((t) => t.reportClass === c).map((t) => t.taskNumber);
    expect(by('COMPLETED')).toEqual([2, 8]);
    expect(by('LAGGING')).toEqual([1, 3]);
    expect(by('GOOD')).toEqual([4, 5, 6, 7, 10, 12, 16, 17, 18, 19]);
  });
});
