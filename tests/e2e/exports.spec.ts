// CSV exports open in Excel (UTF-8 BOM) and carry the same figures as the screens.
import { expect, test } from './fixtures';

async function download(page: import('@playwright/test').Page, link: string) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  const path = await dl.path();
  const { readFileSync } = await import('node:fs');
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('the overview exports every task with its status and reasons', async ({ page }) => {
  await page.goto('/');
  const { name, text } = await download(page, '导出CSV');
  expect(name).toBe('民生实事任务进度_2023_截至2023-06-30.csv');
  expect(text.startsWith('\uFEFF任务编号,项目,类别')).toBe(true);
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(20);
  expect(lines[1]).toContain('进度滞后');
  expect(lines[1]).toContain('工程实施方案暂未通过区政府审议');
  expect(lines[2]).toContain('已完成');
});

test('the half-year table exports with 未提及 where the report gives no figure', async ({ page }) => {
  await page.goto('/half-year');
  const { text } = await download(page, '导出CSV');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.trim().split('\r\n'); // trim() also drops the BOM
  expect(lines[0]).toBe('任务编号,任务状态,状态说明,指标,方向,年度目标,计量单位,实际完成,约数,数据日期,完成比例(%),序时应达(%),偏差(个百分点),数值标记');
  // No installed count and no expectation before the September step: neither is written as 0.
  expect(lines).toContain('11,正常推进,,电梯智慧监管终端设备,≥,1500,台,未提及,,,,,,未提及');
  expect(lines).toContain('12,正常推进,,提供就业岗位,≥,3000,个,5446,,2023-06-30,181.5,49.6,50.4,数值超前');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the war map scrolls the as-of date into view', async ({ page }) => {
    await page.goto('/timeline?asOf=2023-10-31');
    await expect(page.getByTestId('as-of-line')).toBeInViewport();
  });
});
