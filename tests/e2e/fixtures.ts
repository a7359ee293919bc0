// Shared e2e fixture: any console error or uncaught page error fails the test.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // A deliberate 404 shows up as a failed resource load; anything else is a defect.
      if (m.type() === 'error' && !(m.text().includes('status of 404') && page.url().includes('/tasks/99'))) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(page);
    expect(errors, 'console errors during the test').toEqual([]);
  },
});

export { expect };

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
