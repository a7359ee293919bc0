// Shared e2e fixture: any console error or uncaught page error fails the test.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // A deliberate 404 shows up as a failed resource load, and so does a page refused with 403 (the
      // document itself, not a request it makes); anything else is a defect.
      const deliberate404 = m.text().includes('status of 404') && page.url().includes('/tasks/99');
      const refusedPage = m.text().includes('status of 403') && m.location().url === page.url();
      if (m.type() === 'error' && !deliberate404 && !refusedPage) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(page);
    expect(errors, 'console errors during the test').toEqual([]);
  },
});

export { expect };

/** Signs in as a demo account (password demo-<username>) and waits to land on `next`, or where the account lands. */
export async function signIn(page: Page, username: string, next?: string) {
  await page.goto(`/login?next=${encodeURIComponent(next ?? '/')}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(`demo-${username}`);
  await page.getByRole('button', { name: '登录' }).click();
  // Wait for the redirect: the header may already show an earlier session of this browser. An
  // account asking for no page lands on the overview, a leader on the 驾驶舱, a unit on 我的任务.
  const landing = next && next !== '/' ? next.split('?')[0] : username === 'duchashi' ? '/' : username === 'lingdao' ? '/leadership' : '/my';
  await page.waitForURL((u) => u.pathname === landing);
}

/**
 * The serious and critical WCAG 2.2 A/AA violations axe finds on the page as it is, each as
 * `rule (impact): the first three elements`. axe runs inside the page (its legacy mode): the
 * default runs each frame's part there and then opens a blank page to finish, about half a second
 * more per audit, which buys only frames from another origin — the app has none. The same rules
 * run on the same elements either way.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** The page body is no wider than the viewport (nothing scrolls sideways but inner scrollers). */
export async function expectNoHorizontalOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/**
 * Readable on a phone: the page body does not scroll sideways, no text is squeezed into a column a
 * character or two wide (a table cell stacking 区教育局 one character a line because the table gave
 * its width to the other columns), and no figure is torn from its unit (2,800 on one line, 户 on the
 * next). Tables wider than the phone scroll inside their own region.
 */
export async function expectReadableOnPhone(page: Page) {
  await expectNoHorizontalOverflow(page);
  const squeezed = await page.evaluate(() => {
    const out = new Set<string>();
    // The lines a text is laid out on (a table cell is as tall as its row: its box says nothing of its text).
    const linesOf = (el: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops: number[] = [];
      for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
      return tops.length;
    };
    for (const el of document.querySelectorAll<HTMLElement>('main td, main th, main p, main li, main a, main span, main dd, main label, main button')) {
      const text = el.innerText.trim();
      if (text.length < 3 || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const width = el.getBoundingClientRect().width;
      // A column a character or two wide, or a figure torn from its unit (2,800 / 户).
      const figure = /^[\d,.]+\s*[%\p{Script=Han}]{1,2}$/u.test(text);
      if ((width < size * 2.6 && linesOf(el) >= 3) || (figure && linesOf(el) > 1))
        out.add(`${el.tagName} ${Math.round(width)}px: ${text.replace(/\s+/g, ' ').slice(0, 20)}`);
    }
    return [...out];
  });
  expect(squeezed, `${new URL(page.url()).pathname}: text squeezed into a column a character or two wide, or a figure torn from its unit`).toEqual([]);
}

/**
 * The database file of the server behind `baseURL` (scripts/e2e-server.ts writes where it is), for
 * the few tests that must move a date into the past — e.g. make a notice overdue — which no user
 * can do through the app.
 */
export async function e2eDatabase(baseURL: string): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  return readFileSync(path.join(os.tmpdir(), `msdb-e2e-${new URL(baseURL).port}.path`), 'utf8').trim();
}

/**
 * The rows of a table that is a list of cards on a phone: what each cell shows — its column's name
 * (CSS generated content) and its text — with every shown cell checked to be on screen.
 */
export async function cardsOf(page: Page, rows: string) {
  const cards = await page.locator(rows).evaluateAll((trs) =>
    trs.map((tr) => ({
      task: tr.getAttribute('data-task'),
      mark: tr.getAttribute('data-mark'),
      cells: ([...tr.children] as HTMLElement[])
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const label = getComputedStyle(el, '::before').content;
          return {
            label: (label === 'none' || label === 'normal' ? '' : JSON.parse(label)) as string,
            text: el.innerText.replace(/\s+/g, ' ').trim(),
            inside: r.left >= 0 && r.right <= window.innerWidth,
          };
        }),
    })),
  );
  for (const card of cards) for (const cell of card.cells) expect(cell.inside, `${rows} ${card.task}: ${cell.text}`).toBe(true);
  return cards;
}

/**
 * A card table (by its test id) read at 1280 px and then at 390 px: nothing scrolls sideways, each card
 * says what the wide table's row says, every cell under its column's name except the `unnamed` columns
 * (a card's title). Returns the cards.
 */
export async function expectCardsAsTable(page: Page, testId: string, unnamed: number[]) {
  const table = page.getByTestId(testId);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1280, height: 800 });
  const heads = await table.locator(':scope > thead th').allInnerTexts();
  const wide = await table
    .locator(':scope > tbody > tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
  await page.setViewportSize({ width: 390, height: 844 });
  await expectReadableOnPhone(page);
  const region = table.locator('xpath=ancestor::*[@role="region"][1]');
  const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll, `${testId}: nothing to scroll sideways`).toBeLessThanOrEqual(client);
  const cards = await cardsOf(page, `[data-testid="${testId}"] > tbody > tr`);
  // The same rows, and in each the same cells: an empty cell is hidden on the card.
  expect(cards.map((c) => c.cells.map((x) => x.text))).toEqual(wide.map((cells) => cells.filter((x) => x !== '')));
  for (const [r, card] of cards.entries()) {
    const expected = heads.map((h, i) => (unnamed.includes(i) ? '' : h)).filter((_, i) => wide[r]![i] !== '');
    expect(
      card.cells.map((x) => x.label),
      `${testId} row ${r + 1}`,
    ).toEqual(expected);
  }
  await page.setViewportSize(size);
  return cards;
}

/**
 * The inline data of a page's HTML (what React reads to hydrate and to take over the page: Next's
 * `self.__next_f.push([1, "…"])` scripts, joined). Lists drawn by client components from their figures
 * carry those figures here, not their markup a second time.
 */
export function inlineData(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .filter((p) => p[0] === 1)
    .map((p) => p[1] ?? '')
    .join('');
}
