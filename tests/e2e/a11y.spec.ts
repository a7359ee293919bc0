// Accessibility: axe on every page, anonymous and signed in, at desktop and phone widths; any
// serious or critical violation fails. At phone width every page is also readable: nothing scrolls
// the page sideways, no text is squeezed into a column a character or two wide.
import type { Page } from '@playwright/test';
import { axeViolations, expect, expectCardsAsTable, expectReadableOnPhone, signIn, test } from './fixtures';
import { PUBLIC, SIGNED_IN } from './routes';

async function audit(page: Page, path: string) {
  await page.goto(path);
  if (page.viewportSize()!.width < 500) await expectReadableOnPhone(page);
  expect(await axeViolations(page), path).toEqual([]);
}

for (const width of [1280, 390]) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 900 } });
    test('public pages', async ({ page }) => {
      test.setTimeout(240_000);
      for (const path of PUBLIC) await audit(page, path);
    });
    for (const [user, paths] of Object.entries(SIGNED_IN)) {
      test(`signed in as ${user}`, async ({ page }) => {
        test.setTimeout(180_000);
        await signIn(page, user);
        for (const path of paths) await audit(page, path);
      });
    }
  });
}

// The narrowest phones offices carry (360 px, most Android phones): every page readable, signed in or not.
test.describe('readable at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('public pages', async ({ page }) => {
    for (const path of [...PUBLIC, '/tasks/11']) {
      await page.goto(path);
      await expectReadableOnPhone(page);
    }
  });
  for (const [user, paths] of Object.entries(SIGNED_IN)) {
    test(`signed in as ${user}`, async ({ page }) => {
      await signIn(page, user);
      for (const path of paths) {
        await page.goto(path);
        await expectReadableOnPhone(page);
      }
    });
  }
});

test('every page has its own <title>', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const path of ['/', '/timeline', '/half-year', '/leadership', '/tasks/3', '/projects/2', '/login']) {
    await page.goto(path);
    titles.set(path, await page.title());
  }
  expect(titles.get('/')).toBe('总览 · 盐田区民生实事进度督办看板');
  expect(titles.get('/tasks/3')).toMatch(/^任务3 · /);
  expect(titles.get('/projects/2')).toMatch(/^项目2 · /);
  expect(new Set(titles.values()).size).toBe(titles.size);
});

test('a refused submit: a focused summary (role=alert) links to each field, the fields say so; focus moves to the heading after in-app navigation', async ({
  page,
}) => {
  await signIn(page, 'duchashi');
  // In-app navigation: the new page's heading has focus, not the link left behind on the old one.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '挂图作战' }).click();
  await page.waitForURL((u) => u.pathname === '/timeline');
  await expect(page.locator('main h1')).toBeFocused();
  // The 督办 form submitted empty.
  await page.goto('/tasks/5');
  await page.getByText('发出督办通知').click();
  await page.getByRole('button', { name: '发出督办' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  const toReason = summary.getByRole('link', { name: /^督办事由：/ });
  await expect(toReason).toBeVisible();
  await expect(page.locator('#reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#reason')).toHaveAttribute('aria-describedby', 'reason-error');
  await toReason.click();
  await expect(page.locator('#reason')).toBeFocused();
  // A form that names no labels itself: the summary names each field as its own label says.
  await page.goto('/plan');
  const create = page.getByTestId('create-year');
  await create.getByLabel('年度', { exact: true }).fill('23');
  await create.locator('button[type="submit"]').click();
  await expect(create.getByTestId('error-summary')).toBeFocused();
  await create
    .getByTestId('error-summary')
    .getByRole('link', { name: /^年度：/ })
    .click();
  await expect(create.getByLabel('年度', { exact: true })).toBeFocused();
});

test("the office's tables on a phone: each plan year and each account is a card, every figure under its column's name, the actions at hand", async ({
  page,
}) => {
  // Both scrolled sideways (年度计划 642 px of table in 340, 账号 511): a year's actions and an account's status were off screen.
  await signIn(page, 'duchashi');
  await page.goto('/plan');
  const years = await expectCardsAsTable(page, 'plan-years', [0, 1, 5]);
  expect(years.map((y) => y.cells[0]!.text)).toContain('2023');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('[data-testid="plan-years"] tr[data-year="2023"]').getByRole('link', { name: '导出计划表（.xlsx）' })).toBeInViewport({ ratio: 1 });
  await page.goto('/accounts');
  const accounts = await expectCardsAsTable(page, 'users', [0, 1, 5]);
  expect(accounts.map((a) => a.cells[0]!.text)).toEqual(expect.arrayContaining(['duchashi', 'lingdao', 'mzj']));
  await page.setViewportSize({ width: 390, height: 844 });
  const mzj = page.locator('[data-testid="users"] tr[data-user="mzj"]');
  await mzj.scrollIntoViewIfNeeded();
  for (const button of await mzj.getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });
});

test('the audit itself finds a fault: a nameless button and grey-on-grey text planted on a page are reported', async ({ page }) => {
  await page.goto('/tasks/3');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<button id="planted-button"></button><p id="planted-text" style="color:#bbb;background:#ccc">低对比度文字</p>');
  });
  const found = await axeViolations(page);
  expect(found.find((v) => v.startsWith('button-name (critical)'))).toContain('#planted-button');
  expect(found.find((v) => v.startsWith('color-contrast (serious)'))).toContain('#planted-text');
});
