// Every screen arrives whole: what it shows is in the document where it belongs, not in a part the
// browser's script has to move into place later. A browser without JavaScript — switched off, or an
// old intranet browser that fails on the app's script — otherwise shows 正在加载… for good: React
// streams a part that is not ready when the page starts (a loading boundary, a Suspense) at the end
// of the document, hidden, with a script that swaps it in.
import type { Page } from '@playwright/test';
import { expect, expectReadableOnPhone, test } from './fixtures';
import { PUBLIC, SIGNED_IN } from './routes';
import { signIn } from './servers';

/** The document as the server sends it, with the page's cookies. */
async function documentOf(page: Page, path: string): Promise<string> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBeLessThan(500);
  return res.text();
}

/** The parts of a document still waiting for a script: React marks a pending boundary `<!--$?-->`. */
function waiting(html: string): number {
  return html.split('<!--$?-->').length - 1;
}

/** Signed in on this suite's server, landing on a page every role opens. */
const signInAs = (page: Page, username: string) => signIn(page, '', username, '/account/password');

test('no screen leaves a part for a script to put in place: visitor and every role', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const path of PUBLIC) if (waiting(await documentOf(page, path))) found.push(`visitor ${path}`);
  for (const [user, paths] of Object.entries(SIGNED_IN)) {
    await page.context().clearCookies();
    await signInAs(page, user);
    for (const path of paths) if (waiting(await documentOf(page, path))) found.push(`${user} ${path}`);
  }
  expect(found, 'screens whose document has a part waiting for a script').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on a phone the update form reads: the 佐证材料 file fields stay within it', async ({ page }) => {
    // The browser's own file fields (shown when no script hides them) widened the form to 656 px at 390.
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, 'mzj');
    await page.goto('/tasks/16/update');
    await expect(page.getByTestId('evidence-picker').locator('input[type="file"]').first()).toBeVisible();
    await expectReadableOnPhone(page);
  });

  test('the 驾驶舱 shows the units’ scores; the accounts screen shows its units and accounts', async ({ page }) => {
    await signInAs(page, 'duchashi');
    await page.goto('/leadership');
    await expect(page.getByTestId('evaluation').locator('tbody tr')).toHaveCount(13);
    await page.goto('/accounts');
    await expect(page.getByText('正在加载…')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('责任单位与账号');
    await expect(page.getByTestId('unit-form-u1')).toBeAttached();
    await expect(page.getByRole('button', { name: '创建账号' })).toBeVisible();
  });
});

test('with JavaScript, a header link tapped answers at once: a mark beside it until its page arrives whole', async ({ page }) => {
  await signInAs(page, 'duchashi');
  // The server is slow today: the browser's router fetches the next screen, held for a second.
  let held = 0;
  await page.route(
    (url) => url.pathname === '/review',
    async (route) => {
      if (route.request().headers()['rsc'] !== '1' || route.request().headers()['next-router-prefetch']) return route.continue();
      held++;
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    },
  );
  const nav = page.getByRole('navigation', { name: '主导航' });
  const link = nav.getByRole('link', { name: /^审核/ });
  await link.click();
  await expect(link.getByTestId('link-pending')).toBeVisible();
  await page.waitForURL((u) => u.pathname === '/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报送审核');
  await expect(nav.getByTestId('link-pending')).toHaveCount(0);
  expect(held).toBeGreaterThan(0);
});

test('with JavaScript, a task or project tapped on a phone answers at once: a mark beside the link until its page arrives whole', async ({ page }) => {
  // Only the header's links said so: on a slow phone a task tapped on the overview, the war map or
  // 我的任务 gave no sign for as long as the server took, and was tapped again.
  await page.setViewportSize({ width: 390, height: 844 });
  const slow = (pathname: string) =>
    page.route(
      (url) => url.pathname === pathname,
      async (route) => {
        if (route.request().headers()['rsc'] !== '1' || route.request().headers()['next-router-prefetch']) return route.continue();
        await new Promise((r) => setTimeout(r, 1000));
        await route.continue();
      },
    );
  const tap = async (from: string, link: ReturnType<Page['getByRole']>, to: string, heading: RegExp) => {
    await page.goto(from);
    await slow(to);
    await link.click();
    await expect(link.getByTestId('link-pending'), `${from} → ${to}`).toBeVisible();
    await page.waitForURL((u) => u.pathname === to);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId('link-pending')).toHaveCount(0);
  };
  const main = page.getByRole('main');
  await tap('/', main.getByRole('link', { name: /^3\. 在明珠道改造工程/ }), '/tasks/3', /^任务3/);
  await tap('/', main.getByRole('link', { name: /^二、提升基础教育保障水平/ }), '/projects/2', /提升基础教育保障水平/);
  await tap('/', main.getByTestId('alerts').getByRole('link', { name: /^任务1/ }), '/tasks/1', /^任务1/);
  await tap('/timeline', main.getByRole('link', { name: /^6\./ }), '/tasks/6', /^任务6/);
  await tap('/projects/4', main.getByRole('link', { name: /^7\./ }), '/tasks/7', /^任务7/);
  await tap('/leadership', main.getByRole('link', { name: '查看任务3' }), '/tasks/3', /^任务3/);
  await signInAs(page, 'mzj');
  await tap('/my', main.getByRole('link', { name: /^16\./ }).first(), '/tasks/16', /^任务16/);
});
