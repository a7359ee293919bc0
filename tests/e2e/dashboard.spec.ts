// Supervision dashboard journeys on the seeded 2023 H1 report.
import { expect, expectNoHorizontalOverflow, inlineData, signIn, test } from './fixtures';
import { csvRows } from '../helpers/csv';
import { readWorkbook } from '../helpers/office';

const PROJECT_TITLES = [
  '实施盐田街道道路和环境综合整治',
  '提升基础教育保障水平',
  '建成盐田区未来农业科技示范与科普教育基地',
  '提升医院和社康软硬件服务水平',
  '落实更多辖区居民和人才的住房需求',
  '打造电梯安全智慧预警监管系统',
  '提供更多就业岗位、分级分层分类培养技能人才',
  '丰富市民文体生活',
  '为辖区老年人提供更好的安全保障和助餐服务',
  '开展残疾儿童精准助残行动',
];

test('overview lists every project and all 19 tasks from the report', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('盐田区2023年十件重点民生实事');
  for (const title of PROJECT_TITLES) await expect(page.getByTestId('project').filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByTestId('task-row')).toHaveCount(19);
  await expect(page.getByText('状态按最近一次审核通过的报送日期2023年6月30日计算')).toBeVisible();
});

// A list drawn by a server component is sent twice: as HTML and again, element by element, in the
// page's inline data (what React hydrates from). The long lists are client components drawn from
// their figures (or words), so the inline data carries those once and none of the list's markup.
for (const { path, row, count, words, markup } of [
  // The overview's cards, and its alerts and unit table (the cards' and alerts' rows are data-task, the unit rows border-t).
  {
    path: '/',
    row: 'task-row',
    count: 19,
    words: '建成启用第八期人才住房项目',
    markup: ['"task-row"', '"project-card"', '"progress-label"', '"data-task"', '"border-t border-gray-100"', 'text-lagging'],
  },
  // The 驾驶舱's lagging tasks (each drawn twice: on screen and on paper), projects and unit table.
  {
    path: '/leadership',
    row: 'lagging-on-paper',
    count: 2,
    words: '明珠道绿廊公园带3号地块因佳兆业公司御景家园建筑工地未及时退场',
    markup: ['"lead-lagging"', '"lagging-on-paper"', '"data-task"', '"data-project"', '"border-t border-gray-100"', 'text-lagging'],
  },
  { path: '/half-year', row: 'hy-row', count: 62, words: '公共租赁住房', markup: ['"hy-row"', '"hy-status"', '"hy-mark"'] },
  { path: '/timeline', row: 'timeline-row', count: 19, words: '完成东海道施工招标', markup: ['"timeline-row"', '"rowheader"', '"data-mark-text"'] },
]) {
  test(`${path}: its list arrives once — the inline data carries the rows' figures, not their markup again`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const data = inlineData(html);
    expect(html.match(new RegExp(`data-testid="${row}"`, 'g'))).toHaveLength(count);
    expect(data).toContain(words);
    for (const m of markup) expect(data, m).not.toContain(m);
  });
}

test('the alerts panel shows the two lagging tasks with their reasons, and no completed task', async ({ page }) => {
  await page.goto('/');
  const alerts = page.getByTestId('alerts');
  const lagging = alerts.locator('li[data-task]').filter({ has: page.locator('[data-status="lagging"]') });
  await expect(lagging).toHaveCount(2);
  await expect(lagging.nth(0)).toHaveAttribute('data-task', '1');
  await expect(lagging.nth(1)).toHaveAttribute('data-task', '3');
  await expect(lagging.nth(0)).toContainText('工程实施方案暂未通过区政府审议');
  await expect(lagging.nth(0)).toContainText('阻塞问题，未解决');
  await expect(lagging.nth(1)).toContainText('明珠道绿廊公园带3号地块因佳兆业公司御景家园建筑工地未及时退场');
  await expect(alerts.locator('li[data-task="2"], li[data-task="8"]')).toHaveCount(0);
  await expect(page.getByTestId('count-lagging')).toContainText('2');
  await expect(page.getByTestId('count-completed')).toContainText('2');
});

test('the 督办台账 lists the lagging tasks no notice chases (滞后未督办); the office opens the form to issue one from there', async ({ page }) => {
  // Before: the ledger of a year with two red tasks and no notice said only 没有符合条件的督办件.
  await signIn(page, 'lingdao', '/notices');
  const section = page.getByRole('region', { name: '滞后未督办（2项，截至2023年6月30日）' });
  await expect(section).toBeVisible();
  const rows = section.locator('li[data-task]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-task', '1');
  await expect(rows.nth(1)).toContainText('明珠道绿廊公园带3号地块');
  await expect(section.getByTestId('alert-action')).toHaveCount(0); // a leader reads; the office issues
  // A year without a notice says so, not 符合条件0件 / 没有符合条件的督办件 (there is no filter to match).
  const ledger = page.getByRole('region', { name: '2023年度督办件', exact: true });
  await expect(ledger).toContainText('本年度还没有督办件。');
  await page.context().clearCookies();
  await signIn(page, 'duchashi', '/notices');
  await page.getByTestId('unchased').locator('li[data-task="3"]').getByRole('link', { name: '发出督办通知' }).click();
  await page.waitForURL((u) => u.pathname === '/tasks/3' && u.searchParams.get('issue') === '1' && u.hash === '#nt-h');
  await expect(page.getByLabel('督办事由')).toBeVisible();
  // Nothing done to the task yet: its 操作记录 says so, not "none match" (it has no filter).
  await expect(page.getByRole('region', { name: '操作记录' })).toContainText('暂无操作记录。');
});

test('filtering by unit 区民政局 leaves tasks 16–18', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^责任单位/ }).selectOption({ label: '区民政局' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/unit=mzj/);
  const rows = page.getByTestId('task-row');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-task')))).toEqual(['16', '17', '18']);
  // Its CSV holds the three it lists, not the year's nineteen, and says so.
  const csvLink = page.getByTestId('tasks-csv');
  await expect(csvLink).toHaveText('导出所列3项CSV');
  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^民生实事任务进度_2023_截至2023-06-30（筛选）\.csv$/);
  const { readFileSync } = await import('node:fs');
  const csv = csvRows(readFileSync((await download.path())!, 'utf8'));
  expect(csv.slice(1).map((r) => r[0])).toEqual(['16', '17', '18']);
  // And as Excel: the same three.
  await expect(page.getByTestId('tasks-xlsx')).toHaveText('导出所列3项Excel');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tasks-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('民生实事任务进度_2023_截至2023-06-30（筛选）.xlsx');
  const ws = (await readWorkbook(readFileSync((await xlsx.path())!))).worksheets[0]!;
  expect([2, 3, 4].map((r) => ws.getCell(r, 1).value)).toEqual([16, 17, 18]);
  expect(ws.rowCount).toBe(4);
});

test('filtering by category and text search', async ({ page }) => {
  await page.goto('/?category=SERVICE');
  await expect(page.getByTestId('project')).toHaveCount(4);
  await page.goto('/?q=电梯');
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await expect(page.getByTestId('task-row')).toHaveAttribute('data-task', '11');
});

test('a task page shows milestones as a checklist and the days left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^11\. 为不少于150个小区单位/ }).click();
  await expect(page).toHaveURL(/\/tasks\/11/);
  await expect(page.getByTestId('days-left')).toHaveText('（距完成时限还有184天）');
  const ms = page.getByTestId('milestones').locator('li');
  await expect(ms).toHaveCount(6);
  await expect(ms.nth(2)).toContainText('安装维护试点运行电梯智慧监管终端设备300台');
  await expect(ms.nth(2)).toContainText('计划2023年9月30日前');
  // No installed count in the report: 未提及, never 0.
  await expect(page.locator('[data-testid="indicator"][data-key="elevators"]')).toContainText('未提及');
  await expect(page.getByTestId('update')).toHaveCount(1);
});

test('a task page shows sub-items done and open, and the blocking problem', async ({ page }) => {
  await page.goto('/tasks/3');
  await expect(page.locator('[data-testid="item"][data-done="true"]')).toHaveCount(4);
  const open = page.locator('[data-testid="item"][data-done="false"]');
  await expect(open).toContainText('明珠道绿廊公园带3号地块');
  await expect(open).toHaveAttribute('data-status', 'lagging');
  // The blocking problem is said once, in 状态说明; the sub-item and the problem list point to it.
  await expect(page.getByTestId('status-reasons')).toContainText('佳兆业公司御景家园建筑工地未及时退场');
  await expect(open.getByTestId('item-reason-link')).toHaveAttribute('href', '#status-reasons');
  await expect(page.getByRole('main').getByText(/佳兆业公司御景家园建筑工地未及时退场/)).toHaveCount(1);
  await expect(page.getByText('阻塞', { exact: true })).toBeVisible();
});

test('changing the as-of date re-computes statuses', async ({ page }) => {
  await page.goto('/tasks/11');
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'on_track');
  await page.getByLabel('统计截至').fill('2023-10-31');
  await page.getByRole('button', { name: '查看' }).click();
  await expect(page).toHaveURL(/asOf=2023-10-31/);
  await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'lagging');
  await expect(page.getByText('9月节点「启动电梯安全智慧监管系统平台建设')).toContainText('已逾期31天未完成');
});

test('/timeline at 2023-10-31 turns overdue milestones red', async ({ page }) => {
  await page.goto('/timeline?asOf=2023-10-31');
  const row11 = page.locator('[data-testid="timeline-row"][data-task="11"]');
  await expect(row11).toHaveAttribute('data-status', 'lagging');
  const overdue = row11.locator('[data-mark="overdue"]');
  await expect(overdue).toHaveCount(3);
  const color = await overdue.first().evaluate((e) => getComputedStyle(e).color);
  expect(color).toMatch(/rgb\(185, 28, 28\)|oklch/);
  await expect(row11.locator('[data-mark="planned"]')).toHaveCount(3);
  // Staleness: no update since the report, 123 days before 2023-10-31.
  await page.goto('/?asOf=2023-10-31&q=电梯');
  await expect(page.getByTestId('stale')).toHaveText('已123天未报送进展');
  // At mid-year nothing of task 11 is overdue yet.
  await page.goto('/timeline?asOf=2023-06-30');
  await expect(page.locator('[data-testid="timeline-row"][data-task="11"] [data-mark="overdue"]')).toHaveCount(0);
  await expect(page.getByTestId('timeline-row')).toHaveCount(19);
});

test('an unknown task number gets a Chinese 404', async ({ page }) => {
  const res = await page.goto('/tasks/99');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test.describe('phone width (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/timeline', '/tasks/1']) {
    test(`${path} does not overflow the page body`, async ({ page }, info) => {
      await page.goto(path);
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: info.outputPath(`390${path.replaceAll('/', '_') || '_root'}.png`), fullPage: true });
    });
  }
});

test('/timeline draws month ranges as bars, deadlines at the end of their month, and lists every milestone as text', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/timeline?asOf=2023-06-30');
  const row3 = page.locator('[data-testid="timeline-row"][data-task="3"]');
  // 7-9月 runs over July–September: a bar from the start of July to the end of September.
  const bar = row3.locator('[data-range="m07-09"]');
  const cells = row3.getByRole('cell');
  const [barBox, julBox, sepBox] = await Promise.all([bar.boundingBox(), cells.nth(6).boundingBox(), cells.nth(8).boundingBox()]);
  expect(barBox!.x).toBeLessThan(julBox!.x + 8);
  expect(barBox!.x + barBox!.width).toBeGreaterThan(sepBox!.x + sepBox!.width - 8);
  // Task 1's deadline 2023.12 sits at the end of December, not its start.
  const dec = page.locator('[data-testid="timeline-row"][data-task="1"]').getByRole('cell').nth(11);
  const [decBox, mark] = await Promise.all([dec.boundingBox(), dec.locator('[data-mark="deadline"]').boundingBox()]);
  expect(mark!.x + mark!.width).toBeGreaterThan(decBox!.x + decBox!.width - 12);
  // Whole task names at wall-screen width.
  await expect(page.locator('[data-testid="timeline-row"][data-task="11"] [role="rowheader"] a')).toContainText('为不少于150个小区单位');
  await page.getByTestId('timeline-list').locator('summary', { hasText: '节点明细（文字版）' }).click();
  await expect(page.getByTestId('timeline-list')).toContainText('7-9月：完成整体形象进度80%。');
});

test('every task whose plan runs past its deadline says so (tasks 3, 4, 6, 7, 9, 15)', async ({ page }) => {
  for (const n of [3, 4, 6, 7, 9, 15]) {
    await page.goto(`/tasks/${n}`);
    await expect(page.getByTestId('plan-beyond-deadline'), `task ${n}`).toContainText('晚于完成时限');
  }
  for (const n of [1, 11, 12]) {
    await page.goto(`/tasks/${n}`);
    await expect(page.getByTestId('plan-beyond-deadline'), `task ${n}`).toHaveCount(0);
  }
});
