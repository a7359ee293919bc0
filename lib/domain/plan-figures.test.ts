import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportTable } from '@/seeds/parse-report';
import { TASKS } from '@/seeds/data/plan-2023';
import { figuresFromContent, percentFromSteps, proposedAccrual, stepFigures } from './plan-figures';

const brief = (content: string) => figuresFromContent(content).map((f) => [f.name, f.target, f.unitOfMeasure, f.direction]);

describe('targets read from a task’s wording', () => {
  it('the 2023 report’s own 19 tasks: every target its text states, as the seed’s indicators were written by hand', () => {
    const report = parseReportTable(readFileSync('seeds/report-2023-h1.txt', 'utf8'));
    let stated = 0;
    for (const row of report) {
      const found = figuresFromContent(row.content);
      const seed = TASKS.find((t) => t.number === row.taskNumber)!;
      // The seed's targets quoted from this task's content (not from its plan column), in units of things counted.
      for (const ind of seed.indicators ?? []) {
        if (ind.target === null || !ind.targetQuote || !row.content.includes(ind.targetQuote) || /元/u.test(ind.unitOfMeasure)) continue;
        if (!/\d/u.test(ind.targetQuote)) continue; // 每季度 (4 a year) is no figure written
        stated++;
        expect(found, `task ${row.taskNumber}: ${ind.name}`).toContainEqual(expect.objectContaining({ target: ind.target, unitOfMeasure: ind.unitOfMeasure }));
      }
      // Nothing is proposed that the text does not state as a figure of a thing (no year, range or price).
      for (const f of found) expect(row.content.replace(/\s/gu, '')).toContain(String(f.target));
    }
    // 31 targets stated in the task texts, and nothing proposed beside them.
    expect(stated).toBe(31);
    expect(report.reduce((n, r) => n + figuresFromContent(r.content).length, 0)).toBe(31);
  });

  it('names each figure in the task’s words', () => {
    expect(brief('实施东海道、永安路、永安北三街、洪安四街等4条道路综合整治工程。')).toEqual([['道路综合整治工程', 4, '条', 'EXACTLY']]);
    expect(brief('在明珠道改造工程已建成口袋公园的基础上建设5个社区公园。')).toEqual([['建设社区公园', 5, '个', 'EXACTLY']]);
    expect(brief('举办脱贫劳动力、失业人员等各类线上线下招聘会20场以上，提供3000个以上就业岗位。')).toEqual([
      ['各类线上线下招聘会', 20, '场', 'AT_LEAST'],
      ['提供就业岗位', 3000, '个', 'AT_LEAST'],
    ]);
    expect(brief('为不少于150个小区单位、1500台电梯，建设电梯一键报警视频终端')).toEqual([
      ['小区单位', 150, '个', 'AT_LEAST'],
      ['电梯', 1500, '台', 'EXACTLY'],
    ]);
    expect(brief('为重度残疾适龄儿童送教上门服务不少于2000人次、2000课时')).toEqual([
      ['重度残疾适龄儿童送教上门服务', 2000, '人次', 'AT_LEAST'],
      ['重度残疾适龄儿童送教上门服务', 2000, '课时', 'EXACTLY'],
    ]);
    expect(brief('每周三次为区属中小学校在校午餐的学生（17787人）加菜')).toEqual([['区属中小学校在校午餐的学生', 17787, '人', 'EXACTLY']]);
  });

  it('plan tables of other offices: 万, full-width digits, percentages', () => {
    expect(brief('新建公办幼儿园2所，新增学位540个')).toEqual([
      ['新建公办幼儿园', 2, '所', 'EXACTLY'],
      ['新增学位', 540, '个', 'EXACTLY'],
    ]);
    expect(brief('完成老旧小区改造10个；完成路口改造5处')).toEqual([
      ['完成老旧小区改造', 10, '个', 'EXACTLY'],
      ['完成路口改造', 5, '处', 'EXACTLY'],
    ]);
    expect(brief('开展老年人免费健康体检1万人次')).toEqual([['开展老年人免费健康体检', 10000, '人次', 'EXACTLY']]);
    expect(brief('加装电梯１００台')).toEqual([['加装电梯', 100, '台', 'EXACTLY']]);
    expect(brief('改造老旧小区1.2万平方米')).toEqual([['改造老旧小区', 1.2, '万平方米', 'EXACTLY']]);
    expect(brief('学校体育场地开放率达到95%')).toEqual([['学校体育场地开放率', 95, '%', 'AT_LEAST']]);
    expect(figuresFromContent('学校体育场地开放率达到95%')[0]).toMatchObject({ isPercent: true });
  });

  it('proposes nothing that is no counted target: money, ranges, years, words for numbers', () => {
    expect(brief('在原有长者助餐补贴5-15元/餐的标准上，为户籍70—99岁老年人增加补助3元/餐')).toEqual([]);
    expect(brief('提供每人每次5元营养膳食补贴，投资2.3亿元')).toEqual([]);
    expect(brief('举办2023年水翼帆板世界杯深圳站、首届“深圳100”越野赛')).toEqual([]);
    expect(brief('安装水浸探测器和无线烟雾探测器等两个智能居家监测预警设备')).toEqual([]);
    expect(brief('保护现有520年香樟，建设明珠道3号地块')).toEqual([]);
    // A range in full-width figures is a range too (５－１５个: not 15个).
    expect(brief('每个社区配备５－１５个志愿服务岗、１０～２０名网格员')).toEqual([]);
    expect(brief('')).toEqual([]);
  });
});

describe('the plan steps’ figures for a proposed target', () => {
  it('rising figures that end at the target are cumulative; increments that add up to it are summed', () => {
    expect(stepFigures(100, '台', ['3月底前新建成20台', '6月底前累计50台', '年底前累计100台'])).toEqual([20, 50, 100]);
    expect(stepFigures(100, '台', ['3月底前新建成20台', '6月底前再建成30台', '年底前建成50台'])).toEqual([20, 50, 100]);
    expect(stepFigures(100, '台', ['4月底前完成选址', '年底前累计100台'])).toEqual([null, 100]);
  });
  it('anything else sets none: other units, figures that fit neither reading, no figure', () => {
    expect(stepFigures(100, '台', ['3月底前覆盖20个小区', '年底前完工'])).toBeNull();
    expect(stepFigures(100, '台', ['3月底前50台', '6月底前30台'])).toBeNull();
    expect(stepFigures(100, '台', ['3月底前建成20台、改造10台'])).toBeNull();
    expect(proposedAccrual(null)).toBe('AT_COMPLETION');
    expect(proposedAccrual([20, 50, 100])).toBe('MILESTONES');
  });
});

describe('a percentage the steps reach 100 % by (形象进度), where the wording states none', () => {
  it('the 2023 report’s task 3: 整体形象进度, 80 % by September, 100 % by December', () => {
    const steps = ['7-9月：完成整体形象进度80%', '10-12月：完成整体形象进度100%'];
    expect(percentFromSteps(steps)).toMatchObject({ name: '整体形象进度', target: 100, unitOfMeasure: '%', isPercent: true, direction: 'EXACTLY' });
    expect(stepFigures(100, '%', steps)).toEqual([80, 100]);
  });
  it('none where the steps do not end at 100 %, fall back, or write no percentage', () => {
    expect(percentFromSteps(['9月：形象进度达到60%'])).toBeNull();
    expect(percentFromSteps(['9月：形象进度100%', '12月：形象进度80%'])).toBeNull();
    expect(percentFromSteps(['9月：完成招标', '12月：竣工验收'])).toBeNull();
    expect(percentFromSteps([])).toBeNull();
  });
});
