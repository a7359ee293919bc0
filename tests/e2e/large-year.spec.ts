// A plan year ten times the seed's (190 tasks), as a city office's would be: the overview lists the
// 20 most urgent alerts and shows all of them on request (the 驾驶舱 its 20 most overdue lagging
// tasks and the 20 steps due first); the overview's project list and the war
// map come in pages of whole projects, every task on exactly one page; the filters stay when paging.
// On a server and database of its own (the seed plus a generated year; scripts/generate-dataset.ts).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { startServer } from './servers';
import { generateDataset } from '../../scripts/generate-dataset';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 30;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let year = 0;
// Late in the generated year (its one update is dated 15 February): many tasks lagging.
const AS_OF = '2024-10-31';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-large-')), 'large.db');
  const env = { ...process.env, DATABASE_URL: `file:${file}`, APP_MODE: 'demo' };
  const prepared = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-db.ts'], { encoding: 'utf8', env });
  expect(prepared.status, prepared.stderr).toBe(0);
  expect(generateDataset(file, { years: 1, copies: 10, updates: 1 }).tasks).toBe(190);
  year = 2024;
  server = await startServer(PORT, env);
});

test.afterAll(() => {
  server?.kill();
});

/** The task numbers of every page, following 下一页 from `start` (and the page count the pager names). */
async function walkPages(page: Page, start: string, rowSelector: string): Promise<{ perPage: number[][]; summary: string }> {
  await page.goto(start);
  const summary = (await page.getByTestId('pager').locator('span').last().textContent()) ?? '';
  const perPage: number[][] = [];
  for (;;) {
    perPage.push((await page.locator(rowSelector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-task'))))) as number[]);
    const next = page.getByTestId('pager').locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page.getByTestId('pager').locator('[aria-current="page"]')).toHaveText(String(perPage.length + 1));
  }
  return { perPage, summary };
}

test('the overview: the 20 most urgent alerts, all on request; the projects in pages, every task once', async ({ page }) => {
  await page.goto(`${BASE}/?year=${year}&asOf=${AS_OF}`);
  const alerts = page.getByTestId('alerts').locator(':scope > li');
  await expect(alerts).toHaveCount(20);
  const more = page.getByTestId('alerts-more');
  const total = Number(/共(\d+)项/.exec((await more.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  await more.getByRole('link', { name: '显示全部预警' }).click();
  await expect(alerts).toHaveCount(total);
  await expect(more).toHaveCount(0);

  const { perPage, summary } = await walkPages(page, `${BASE}/?year=${year}&asOf=${AS_OF}`, '[data-testid="task-row"]');
  expect(summary).toBe(`第1页，共${perPage.length}页（190项任务）`);
  expect(perPage.length).toBeGreaterThan(1);
  for (const p of perPage) expect(p.length).toBeLessThanOrEqual(60);
  const all = perPage.flat();
  expect(all).toHaveLength(190);
  expect(new Set(all).size).toBe(190);
});

test('a filter stays on every page: the lagging tasks only, each once', async ({ page }) => {
  await page.goto(`${BASE}/?year=${year}&asOf=${AS_OF}`);
  const lagging = Number(await page.getByTestId('count-lagging').locator('span.text-2xl').textContent());
  const { perPage } = await walkPages(page, `${BASE}/?year=${year}&asOf=${AS_OF}&status=lagging`, '[data-testid="task-row"]');
  expect(perPage.length).toBeGreaterThan(1); // more lagging tasks than a page holds
  const all = perPage.flat();
  expect(all).toHaveLength(lagging);
  expect(new Set(all).size).toBe(lagging);
  await expect(page).toHaveURL(/status=lagging/);
});

test('the war map in pages of whole projects, every task once', async ({ page }) => {
  const { perPage, summary } = await walkPages(page, `${BASE}/timeline?year=${year}&asOf=${AS_OF}`, '[data-testid="timeline-row"]');
  expect(summary).toBe(`第1页，共${perPage.length}页（190项任务）`);
  for (const p of perPage) expect(p.length).toBeLessThanOrEqual(60);
  const all = perPage.flat();
  expect(new Set(all).size).toBe(190);
  expect(all).toHaveLength(190);
  // On paper a page says it is one of several (the links are not printed).
  await page.goto(`${BASE}/timeline?year=${year}&asOf=${AS_OF}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('pager')).toBeHidden();
  await expect(page.getByTestId('pager-on-paper')).toBeVisible();
  await expect(page.getByTestId('pager-on-paper')).toHaveText(summary);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('pager-on-paper')).toBeHidden();
  // The seed's year, 19 tasks: one page, no pager.
  await page.goto(`${BASE}/timeline?year=2023`);
  await expect(page.getByTestId('timeline-row')).toHaveCount(19);
  await expect(page.getByTestId('pager')).toHaveCount(0);
});

test('领导驾驶舱: the 20 most overdue lagging tasks and the 20 steps due first, each list whole on request', async ({ page }) => {
  // 1 December: the year's last month, most tasks lagging and every December step due within 30 days.
  await page.goto(`${BASE}/leadership?year=${year}&asOf=${year}-12-01`);
  const lagging = page.getByTestId('lead-lagging').locator(':scope > li');
  await expect(lagging).toHaveCount(20);
  const counted = Number(await page.getByTestId('lead-counts').locator('li', { hasText: '进度滞后' }).locator('span.text-2xl').textContent());
  const more = page.getByTestId('lagging-more');
  await expect(more).toContainText(`共${counted}项滞后`);
  const firstTwenty = await lagging.evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
  // On paper the line says how many there are; the link, of no use on paper, is not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(more).toBeVisible();
  await expect(more.getByRole('link')).toBeHidden();
  expect(await more.innerText()).toBe(`显示逾期最久的20项，共${counted}项滞后`);
  await page.emulateMedia({ media: 'screen' });
  await more.getByRole('link', { name: '显示全部滞后任务' }).click();
  await expect(lagging).toHaveCount(counted);
  await expect(more).toHaveCount(0);
  expect((await lagging.evaluateAll((els) => els.map((e) => e.getAttribute('data-task')))).slice(0, 20)).toEqual(firstTwenty);

  const due = page.locator('section[aria-labelledby="due-h"] li');
  await page.goto(`${BASE}/leadership?year=${year}&asOf=${year}-12-01`);
  await expect(due).toHaveCount(20);
  const dueTotal = Number(/共(\d+)个/.exec((await page.getByTestId('due-more').textContent()) ?? '')?.[1]);
  expect(dueTotal).toBeGreaterThan(20);
  await page.getByTestId('due-more').getByRole('link', { name: '显示全部到期节点' }).click();
  await expect(due).toHaveCount(dueTotal);
  await expect(page).toHaveURL(/due=all/);
});

test('督办台账: the 20 longest-waiting 领导批示 of a year with one pending on every task, all on request', async ({ page }) => {
  await page.goto(`${BASE}/login?next=${encodeURIComponent(`/notices?year=${year}`)}`);
  await page.getByLabel('用户名').fill('duchashi');
  await page.getByLabel('密码').fill('demo-duchashi');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/notices');
  const items = page.getByTestId('instructions-pending').locator(':scope > li');
  await expect(items).toHaveCount(20);
  // The generated year: one instruction pending on each of its 190 tasks.
  await expect(page.locator('#instructions-h')).toHaveText('领导批示待落实（190条）');
  const more = page.getByTestId('instructions-more');
  await expect(more).toContainText('显示等待最久的20条，共190条');
  const first = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-instruction')));
  await more.getByRole('link', { name: '显示全部待落实批示' }).click();
  await expect(page).toHaveURL(/instructions=all/);
  await expect(items).toHaveCount(190);
  await expect(more).toHaveCount(0);
  expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-instruction')))).slice(0, 20)).toEqual(first);
});

test('领导驾驶舱 较上期变化 over the year: the 20 gravest moves, all on request', async ({ page }) => {
  await page.goto(`${BASE}/leadership?year=${year}&asOf=${year}-12-01&since=${year}-01-01`);
  const rows = page.getByTestId('changes').locator(':scope > li');
  await expect(rows).toHaveCount(20);
  const total = Number(/共(\d+)项/.exec((await page.getByTestId('changes-more').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  // Graver moves first: every task that went to 进度滞后 before any that went to 存在风险.
  const to = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-to')));
  expect(to.indexOf('at_risk') === -1 || to.lastIndexOf('lagging') < to.indexOf('at_risk')).toBe(true);
  await page.getByTestId('changes-more').getByRole('link', { name: '显示全部状态变化' }).click();
  await expect(page).toHaveURL(new RegExp(`since=${year}-01-01.*changes=all|changes=all.*since=${year}-01-01`));
  await expect(rows).toHaveCount(total);
});

test('我的批示 on the 驾驶舱: the newest ten of a year with two on every task, all on request', async ({ page }) => {
  await page.goto(`${BASE}/login?next=${encodeURIComponent(`/leadership?year=${year}`)}`);
  await page.getByLabel('用户名').fill('lingdao');
  await page.getByLabel('密码').fill('demo-lingdao');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/leadership');
  const items = page.getByTestId('lead-instructions').locator(':scope > li');
  await expect(items).toHaveCount(10);
  const more = page.getByTestId('lead-instructions-more');
  await expect(more).toContainText('显示最近10条，共380条');
  await more.getByRole('link', { name: '显示全部批示' }).click();
  await expect(page).toHaveURL(/mine=all/);
  await expect(items).toHaveCount(380);
  await expect(more).toHaveCount(0);
});

test('the paged screens and the 驾驶舱 pass axe (WCAG 2.2 AA) at 390 px, the pager and the show-all links included', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const p of [`/?year=${year}&asOf=${AS_OF}&page=2`, `/timeline?year=${year}&asOf=${AS_OF}&page=2`, `/leadership?year=${year}&asOf=${year}-12-01`]) {
    await page.goto(`${BASE}${p}`);
    await expect(page.getByTestId(p.startsWith('/leadership') ? 'lagging-more' : 'pager')).toBeVisible();
    expect(await axeViolations(page), p).toEqual([]);
  }
});

test('a published report of the year: its war map and overview page as published, every task once, each task opening as published', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${BASE}/login?next=${encodeURIComponent(`/reports?year=${year}&period=FY`)}`);
  await page.getByLabel('用户名').fill('duchashi');
  await page.getByLabel('密码').fill('demo-duchashi');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/reports');
  await page.locator('summary', { hasText: '发布本期报告' }).click();
  await page.getByRole('button', { name: '确认发布本期报告' }).click();
  await page.waitForURL(/\/reports\/\d+$/);
  const id = /\/reports\/(\d+)$/.exec(page.url())![1];

  for (const [name, rows] of [
    ['挂图作战', '[data-testid="timeline-row"]'],
    ['总览', '[data-testid="task-row"]'],
  ] as const) {
    await page.goto(`${BASE}/reports/${id}`);
    await page.getByTestId('as-published-links').getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`snapshot=${id}`));
    const start = page.url();
    const { perPage, summary } = await walkPages(page, start, rows);
    expect(summary, name).toBe(`第1页，共${perPage.length}页（190项任务）`);
    expect(perPage.length).toBeGreaterThan(1);
    expect(new Set(perPage.flat()).size).toBe(190);
    expect(perPage.flat()).toHaveLength(190);
    // The last page is still the published view, and its tasks open as published.
    await expect(page).toHaveURL(new RegExp(`snapshot=${id}`));
    await expect(page.getByTestId('as-published-banner')).toBeVisible();
    const last = perPage.at(-1)!.at(-1)!;
    const link = page.locator(`${rows}[data-task="${last}"]`).getByRole('link').first();
    expect(await link.getAttribute('href')).toBe(`/tasks/${last}?year=${year}&snapshot=${id}`);
  }
  await page.getByTestId('pager').locator('a').first().click();
  await page.locator('[data-testid="task-row"]').first().getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/tasks/\\d+\\?year=${year}&snapshot=${id}$`));
  await expect(page.getByTestId('as-published-banner')).toContainText('进展记录');
});
