import { describe, expect, it } from 'vitest';
import { printedWhole } from './pdf';

// As pdf.js read them back from a PDF the e2e browser printed (the 督办台账 and the 驾驶舱).
const sentence = '为重点保障对象、户籍70—99岁老年人增加补助3元/餐；盐田区民政局';
const paper = '台账\n为重点保障对象、戶籍70—99岁\x01老年人增加补助3元/餐;盐⽥区⺠政局 打印日期';

describe('printedWhole: a sentence of the screen in a PDF text', () => {
  it('is found across line breaks, with the variants and radicals a PDF gives back for a few characters', () => {
    expect(printedWhole(paper, sentence)).toBe(true);
    // All Chinese, after other Chinese text: found where it starts, whatever came before.
    expect(printedWhole('前面的文字盐⽥区⺠政局', '盐田区民政局')).toBe(true);
  });
  it('is not found cut short, with a digit changed, or with its characters mostly different', () => {
    expect(printedWhole(paper.replace('盐⽥区⺠政局', '盐⽥区⺠政'), sentence)).toBe(false);
    expect(printedWhole(paper.replace('3元', '5元'), sentence)).toBe(false);
    expect(printedWhole(paper, '今天的天气很好，明天再说吧，后天我们一起出去玩吧。')).toBe(false);
    // A sentence of the same length and punctuation with more than a tenth of its characters other ones.
    expect(printedWhole(paper, sentence.replace('重点保障', '一般照顾'))).toBe(false);
  });
});
