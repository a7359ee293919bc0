// One truth on every screen: at three as-of dates, every screen, chart table and CSV shows each
// task with one and the same status (the engine's), and no figure reads "ahead" about a red task
// without its reason.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { csvRows } from '../helpers/csv';

const DATES = ['2023-06-30', '2023-10-31', '2023-12-31'];
const TASKS = Array.from({ length: 19 }, (_, i) => i + 1);
const LABEL_TO_STATUS: Record<string, string> = { 已完成: 'completed', 进度滞后: 'lagging', 存在风险: 'at_risk', 正常推进: 'on_track' };

/** task number → statuses seen, per source. */
type Seen = Map<number, Map<string, string>>;
const note = (seen: Seen, task: number, source: string, status: string | null) => {
  expect(status, `${source}: task ${task} has a status`).not.toBeNull();
  if (!seen.has(task)) seen.set(task, new Map());
  seen.get(task)!.set(source, status!);
};

async function rowStatuses(page: Page, selector: string, statusOf: string) {
  return page
    .locator(selector)
    .evaluateAll(
      (els, sel) =>
        els.map(
          (e) =>
            [
              Number(e.getAttribute('data-task')),
              sel === ':self' ? e.getAttribute('data-status') : (e.querySelector(sel)?.getAttribute('data-status') ?? null),
            ] as const,
        ),
      statusOf,
    );
}

for (const asOf of DATES) {
  test(`every screen and export shows one status per task at ${asOf}`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const seen: Seen = new Map();
    const q = `year=2023&asOf=${asOf}`;

    await page.goto(`/?${q}`);
    for (const [n, s] of await rowStatuses(page, '[data-testid="task-row"]', '[data-status]')) note(seen, n, 'overview', s);
    for (const [n, s] of await rowStatuses(page, '[data-testid="alerts"] li[data-task]', '[data-status]')) note(seen, n, 'alerts', s);

    for (let p = 1; p <= 10; p++) {
      await page.goto(`/projects/${p}?${q}`);
      for (const [n, s] of await rowStatuses(page, '[data-testid="task-row"]', '[data-status]')) note(seen, n, `project ${p}`, s);
    }
    for (const n of TASKS) {
      await page.goto(`/tasks/${n}?${q}`);
      note(seen, n, 'task page', await page.getByTestId('progress').first().getAttribute('data-status'));
    }

    await page.goto(`/timeline?${q}`);
    for (const [n, s] of await rowStatuses(page, '[data-testid="timeline-row"]', ':self')) note(seen, n, 'timeline', s);

    await page.goto(`/half-year?year=2023&period=DATE&asOf=${asOf}`);
    for (const [n, s] of await rowStatuses(page, '[data-testid="hy-row"]', ':self')) {
      const before = seen.get(n)?.get('half-year');
      if (before) expect(s, `half-year rows of task ${n} agree`).toBe(before);
      note(seen, n, 'half-year', s);
    }

    await page.goto(`/leadership?${q}`);
    const lagging = await page
      .getByTestId('lead-lagging')
      .locator('li[data-task]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-task'))));
    for (const n of lagging) note(seen, n, 'leadership lagging list', 'lagging');
    const counts = await page
      .getByTestId('lead-counts')
      .locator('li')
      .evaluateAll((els) =>
        els.map((e) => [e.querySelector('[data-status]')!.getAttribute('data-status'), Number(e.textContent!.replace(/\D+/g, ''))] as const),
      );

    const tasksCsv = csvRows((await (await request.get(`/export/tasks?${q}`)).text()).replace(/^\uFEFF/, ''));
    const statusCol = tasksCsv[0]!.indexOf('状态');
    for (const r of tasksCsv.slice(1)) note(seen, Number(r[0]), 'tasks CSV', LABEL_TO_STATUS[r[statusCol]!] ?? null);
    const hyCsv = csvRows((await (await request.get(`/export/half-year?${q}`)).text()).replace(/^\uFEFF/, ''));
    const hyCol = hyCsv[0]!.indexOf('任务状态');
    for (const r of hyCsv.slice(1)) note(seen, Number(r[0]), 'half-year CSV', LABEL_TO_STATUS[r[hyCol]!] ?? null);

    // Every task was seen everywhere, with one status.
    for (const n of TASKS) {
      const bySource = seen.get(n)!;
      for (const source of ['overview', 'task page', 'timeline', 'half-year', 'tasks CSV', 'half-year CSV'])
        expect(bySource.has(source), `task ${n} on ${source}`).toBe(true);
      expect(new Set(bySource.values()), `task ${n} at ${asOf}: ${JSON.stringify(Object.fromEntries(bySource))}`).toHaveProperty('size', 1);
    }
    const truth = new Map([...seen].map(([n, m]) => [n, [...m.values()][0]!]));
    expect(lagging.sort((a, b) => a - b)).toEqual(TASKS.filter((n) => truth.get(n) === 'lagging'));
    for (const [status, count] of counts) expect(count, `${status} count at ${asOf}`).toBe(TASKS.filter((n) => truth.get(n) === status).length);
  });
}

test('task 1 is red with its reason and never "序时应达0%"; its figure names the next plan point', async ({ page }) => {
  for (const path of ['/?year=2023&asOf=2023-06-30', '/projects/1?asOf=2023-06-30', '/tasks/1?asOf=2023-06-30']) {
    await page.goto(path);
    const bar = page.locator('[data-testid="progress"]').filter({ hasText: '完成50%' }).first();
    await expect(bar).toHaveAttribute('data-status', 'lagging');
    await expect(bar).toContainText('未到计划节点（下一节点：12月 4条）');
    await expect(page.locator('body')).not.toContainText('序时应达0%');
  }
});

test('/half-year: lagging tasks show their status and reason first; the figure mark never says ahead alone', async ({ page }) => {
  await page.goto('/half-year?year=2023&period=H1');
  const t1 = page.locator('[data-testid="hy-row"][data-task="1"]');
  await expect(t1).toHaveAttribute('data-status', 'lagging');
  await expect(t1.getByTestId('hy-status')).toContainText('工程实施方案暂未通过区政府审议');
  await expect(t1.getByTestId('hy-mark')).toContainText('未到计划节点');
  await expect(t1.getByTestId('hy-mark')).not.toContainText('超前');
  const t3 = page.locator('[data-testid="hy-row"][data-task="3"]');
  for (const r of await t3.all()) await expect(r).toHaveAttribute('data-status', 'lagging');
  // Task 4 at 2023-10-31: 61 days past its deadline, lagging whatever its figure says.
  await page.goto('/half-year?year=2023&period=DATE&asOf=2023-10-31');
  const t4 = page.locator('[data-testid="hy-row"][data-task="4"]').first();
  await expect(t4).toHaveAttribute('data-status', 'lagging');
  await expect(t4.getByTestId('hy-status')).toContainText('已超过完成时限（2023年8月31日）61天');
});

test('project 四 is a composition of its tasks, never a full bar from one task', async ({ page }) => {
  await page.goto('/projects/4?asOf=2023-06-30');
  await expect(page.getByTestId('composition')).toHaveText('3项：1已完成·2正常');
  await expect(page.getByTestId('coverage')).toHaveText('3项中1项有量化数据，平均完成100%');
  await expect(page.locator('[data-segment]')).toHaveCount(3);
  await expect(page.locator('[data-segment="completed"]')).toHaveCount(1);
});

test('/half-year is about a period: 上半年 by default at 06-30, 全年 at 12-31, title following', async ({ page }) => {
  await page.goto('/half-year');
  await expect(page.getByTestId('hy-title')).toHaveText('2023年上半年完成情况与年度目标对比');
  await expect(page.getByText('上半年（统计截至2023年6月30日）')).toBeVisible();
  await page.getByRole('link', { name: '全年' }).click();
  await expect(page).toHaveURL(/period=FY/);
  await expect(page.getByTestId('hy-title')).toHaveText('2023年全年完成情况与年度目标对比');
  await expect(page.getByText('全年（统计截至2023年12月31日）')).toBeVisible();
  await expect(page.getByTestId('hy-table').locator('thead')).toContainText('下一步计划');
});

test('/leadership opens on one sentence that says where the district stands', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/leadership');
  const headline = page.getByTestId('headline');
  await expect(headline).toHaveText(
    /^19项任务：2项滞后、1项存在风险、14项正常推进、2项已完成。\d+项有量化数据的任务平均完成[\d.]+%；其中\d+项已到计划节点：完成[\d.]+%，序时应达[\d.]+%。$/,
  );
  expect((await headline.boundingBox())!.y).toBeLessThan(300); // on the first phone screen
  await expect(page.getByTestId('rate-definition')).toContainText('按时报送率');
});

test('/leadership 较上期变化: each task that moved, from the status the screens show at the comparison date to the one they show now; a bad date is refused beside the field', async ({
  page,
}) => {
  const statusesAt = async (asOf: string) => {
    await page.goto(`/?year=2023&asOf=${asOf}`);
    return new Map(await rowStatuses(page, '[data-testid="task-row"]', '[data-status]'));
  };
  const then = await statusesAt('2023-06-30');
  const now = await statusesAt('2023-10-31');
  const moved = TASKS.filter((n) => then.get(n) !== now.get(n)).map((n) => [n, then.get(n), now.get(n)]);
  expect(moved.length).toBeGreaterThan(0);

  await page.goto('/leadership?year=2023&asOf=2023-10-31&since=2023-06-30');
  const rows = page.getByTestId('changes').locator(':scope > li');
  const listed = await rows.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-task')), e.getAttribute('data-from'), e.getAttribute('data-to')]));
  expect(listed.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(moved);
  await expect(page.getByTestId('changes-summary')).toContainText(`2023年6月30日至2023年10月31日：`);
  await expect(page.getByTestId('changes-summary')).toContainText(`${TASKS.length - moved.length}项状态未变`);
  // Read out as words, not colours: 由“正常推进”变为“进度滞后”.
  await expect(rows.first().locator('.sr-only')).toHaveText(/^由“(正常推进|存在风险|进度滞后|已完成)”变为“(正常推进|存在风险|进度滞后|已完成)”$/);
  // The same moves as Excel for the 调度会's papers: the two dates in the header, each task from and to as listed.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出变化Excel' }).click()]);
  expect(dl.suggestedFilename()).toBe('民生实事较上期变化_2023_2023-06-30至2023-10-31.xlsx');
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await import('node:fs')).readFileSync((await dl.path())!) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect([ws.getRow(1).getCell(6).value, ws.getRow(1).getCell(7).value]).toEqual(['2023年6月30日状态', '2023年10月31日状态']);
  const key: Record<string, string> = { 正常推进: 'on_track', 存在风险: 'at_risk', 进度滞后: 'lagging', 已完成: 'completed' };
  const inFile = ws
    .getRows(2, ws.rowCount - 1)!
    .map((r) => [Number(String(r.getCell(2).value).slice(2)), key[String(r.getCell(6).value)], key[String(r.getCell(7).value)]]);
  expect(inFile.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(moved);

  // Unless chosen, one week before the as-of date (the latest report, 30 June).
  await page.goto('/leadership');
  await expect(page.getByLabel('对比日期')).toHaveValue('2023-06-23');
  await expect(page.getByTestId('changes-summary')).toContainText('2023年6月23日至2023年6月30日：');
  // The usual comparisons a tap each: one week back (the one shown), the end of May, the year's start.
  const shortcuts = page.getByTestId('changes-shortcuts');
  await expect(shortcuts.locator('[aria-current]')).toHaveText('一周前');
  await shortcuts.getByRole('link', { name: '上月末' }).click();
  await expect(page).toHaveURL(/since=2023-05-31/);
  await expect(page.getByTestId('changes-summary')).toContainText('2023年5月31日至2023年6月30日：');
  await expect(shortcuts.locator('[aria-current]')).toHaveText('上月末');
  await page.goto('/leadership');

  // Not before the as-of date: said beside the field, the date kept, nothing compared.
  await page.getByLabel('对比日期').fill('2023-07-15');
  await page.getByRole('button', { name: '比较' }).click();
  await expect(page).toHaveURL(/since=2023-07-15/);
  await expect(page.locator('#since-error')).toHaveText('对比日期须早于统计截至日期');
  await expect(page.getByLabel('对比日期')).toHaveValue('2023-07-15');
  await expect(page.getByLabel('对比日期')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('changes-summary')).toHaveCount(0);
});
