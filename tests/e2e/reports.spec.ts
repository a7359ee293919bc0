// /reports for each role, and bad period input: read-only (nothing is published here).
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../helpers/office';
import { expect, signIn, test } from './fixtures';

test('visitors are sent to sign in; a unit account is refused; a leader reads but cannot publish', async ({ page }) => {
  await page.goto('/reports');
  await expect(page).toHaveURL(/\/login\?next=%2Freports/);
  expect((await page.request.get('/export/report/docx?year=2023&period=H1')).status()).toBe(401);

  await signIn(page, 'mzj', '/reports');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('您没有权限查看此页面。');
  await expect(page.getByRole('navigation').getByRole('link', { name: '报告' })).toHaveCount(0);
  expect((await page.request.get('/export/report/xlsx?year=2023&period=H1')).status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, 'lingdao', '/reports');
  await expect(page.getByTestId('report-preview')).toContainText('关于2023年重点民生实事项目上半年进展情况的报告');
  await expect(page.getByTestId('report-downloads').getByRole('link')).toHaveCount(2);
  await expect(page.locator('summary', { hasText: '发布本期报告' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '确认发布本期报告' })).toHaveCount(0);
});

test('the H1 preview is the report: the status line, the reasons, the appendix with merged project cells', async ({ page }) => {
  await signIn(page, 'duchashi', '/reports');
  const preview = page.getByTestId('report-preview');
  await expect(page.getByTestId('report-status-line')).toHaveText(
    '截至2023年6月30日，19项具体任务中：已完成2项（任务2、任务8）；正常推进14项（任务4、任务5、任务7、任务9、任务10、任务11、任务12、任务13、任务14、任务15、任务16、任务17、任务18、任务19）；存在风险1项（任务6）；进度滞后2项（任务1、任务3）。',
  );
  // Tasks 1 and 3 lag for the blocking problems stated just above, so only task 6 (its figures) is named again;
  // one problem shared by three tasks is stated once, naming them.
  await expect(preview.getByTestId('report-attention')).toHaveCount(1);
  await expect(preview.getByTestId('report-attention')).toContainText('任务6（存在风险）');
  await expect(preview).toContainText('（任务14、任务16、任务17）');
  const appendix = page.getByTestId('appendix');
  await expect(appendix.locator('tbody tr')).toHaveCount(19);
  await expect(appendix.locator('tbody tr[data-task="7"] th')).toHaveAttribute('rowspan', '3');
  await expect(appendix.locator('tbody tr[data-task="8"] th')).toHaveCount(0);
  await expect(appendix.locator('thead th')).toHaveText([
    '序号',
    '项目名称',
    '项目内容',
    '上半年进展情况',
    '2023年下半年任务目标及措施',
    '责任单位',
    '完成时限',
  ]);
});

test('a bad period is refused next to its field, the input kept, and no report is shown', async ({ page }) => {
  await signIn(page, 'duchashi', '/reports');
  await page.getByLabel('期间', { exact: true }).selectOption('DATE');
  await page.getByLabel(/日期（选/).fill('2024-01-15');
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.locator('#asOf-error')).toHaveText('日期须在2023年内');
  await expect(page.getByLabel(/日期（选/)).toHaveValue('2024-01-15');
  await expect(page.getByLabel(/日期（选/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('report-preview')).toHaveCount(0);
  expect((await page.request.get('/export/report/docx?year=2023&period=DATE&asOf=2023-02-30')).status()).toBe(400);
});

test('a unit account reaches no plan-editing page or file', async ({ page }) => {
  await signIn(page, 'mzj', '/my');
  await expect(page.getByRole('navigation').getByRole('link', { name: '计划管理' })).toHaveCount(0);
  for (const path of ['/plan', '/plan/import', '/plan/2023', '/plan/2023/tasks/1']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('alert'), path).toHaveText('您没有权限查看此页面。');
  }
  for (const path of ['/export/plan/2023', '/export/plan/template']) expect((await page.request.get(path)).status(), path).toBe(403);
  // The import's upload route answers a unit as the import action does; another site is refused outright.
  const multipart = { step: 'preview', year: '2046', title: '越权导入', defaultCategory: 'SERVICE' };
  const own = await page.request.post('/plan/import/upload', { headers: { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' }, multipart });
  expect((await own.json()).answer).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
  const foreign = await page.request.post('/plan/import/upload', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, multipart });
  expect(foreign.status()).toBe(403);
});

test('the office downloads the 2023 plan workbook and the blank template', async ({ page }) => {
  await signIn(page, 'duchashi', '/plan');
  for (const [label, name] of [
    ['导出计划表（.xlsx）', '民生实事计划表_2023.xlsx'],
    ['下载空白模板（.xlsx）', '民生实事计划表_模板.xlsx'],
  ] as const) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).first().click()]);
    expect(dl.suggestedFilename()).toBe(name);
  }
});

test('结果考评 on /leadership: ranked units with their breakdown for signed-in users, exported as CSV; visitors do not see it', async ({ page }) => {
  await page.goto('/leadership');
  await expect(page.getByTestId('evaluation')).toHaveCount(0);
  await signIn(page, 'lingdao', '/leadership');
  const table = page.getByTestId('evaluation');
  await expect(table.locator('tbody tr')).toHaveCount(13);
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('1');
  // 区城管局's one task (3) is lagging on its blocking problem at 2023-06-30; it has no notice to be scored on.
  await expect(table.locator('tr[data-unit="cgj"] td[data-part="lagging"]')).toHaveText('0（0/1）');
  await expect(table.locator('tr[data-unit="cgj"] td[data-part="notices"]')).toHaveText('不计');
  const csv = await page.request.get('/export/evaluation?year=2023&asOf=2023-06-30');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFF排名,单位,得分,按时报送(%),按时报送(项/总数),节点按期(%),节点按期(个/总数),任务不滞后(%),任务不滞后(项/总数),督办按期(%),督办按期(件/总数),报送一次通过(%),报送一次通过(次/总数)',
  );
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(14);
  // And as Excel from its link: the same thirteen units, 区城管局's 任务不滞后 0 of 1, a part not scored left blank.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出考评Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^民生实事结果考评_2023_截至\d{4}-\d{2}-\d{2}\.xlsx$/);
  const ws = (await readWorkbook(readFileSync((await download.path())!))).worksheets[0]!;
  expect(ws.name).toBe('结果考评');
  expect(ws.rowCount).toBe(14);
  const cgj = Array.from({ length: 13 }, (_, i) => i + 2).find((r) => ws.getCell(r, 2).value === '区城管局')!;
  expect([ws.getCell(cgj, 8).value, ws.getCell(cgj, 9).value, ws.getCell(cgj, 10).value]).toEqual([0, '0/1', null]);
});
