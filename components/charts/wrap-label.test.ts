import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('任务3 公园', 9, 3)).toEqual(['任务3 公园']);
  });
  it('breaks a Chinese label after n characters; at a space only when it is near the line end', () => {
    expect(wrapLabel('任务17 春节期间慰问重点老年人家庭', 9, 3)).toEqual(['任务17 春节期间', '慰问重点老年人家庭']);
    expect(wrapLabel('任务17 慰问 重点老年人家庭', 9, 3)).toEqual(['任务17 慰问', '重点老年人家庭']);
  });
  it('nothing is lost up to the line budget; beyond it the last line says it was cut', () => {
    const lines = wrapLabel('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥', 8, 2);
    expect(lines).toEqual(['甲乙丙丁戊己庚辛', '壬癸子丑寅卯辰…']);
    expect(wrapLabel('甲乙丙丁戊己庚辛壬癸', 5, 2).join('')).toBe('甲乙丙丁戊己庚辛壬癸');
  });
});
