// Reading a printed page back: the text of a PDF that the e2e browser printed, and how a sentence on
// the screen is found in it. The browser has a Chinese font (tests/helpers/browser.ts), so the
// PDF's text is the page's own, but for what a PDF's text does to a few characters (printedWhole).
import type { Page } from '@playwright/test';

/** A text without its spaces and line breaks (a PDF breaks lines where the page did), in NFKC form. */
export const squeeze = (s: string): string => s.normalize('NFKC').replace(/[\s\p{Cc}]+/gu, '');

/**
 * Whether `s` is in a PDF's text whole. Characters taken back out of a PDF are the glyph's, and a
 * few glyphs stand for more than one character: 田 comes back as the Kangxi radical ⽥ (NFKC turns
 * those back), 民 as the supplement's ⺠, 户 as 戶. So a Chinese character may stand where another
 * one is, every other character (digits, punctuation, Latin) must be the same, the length exactly
 * the sentence's, its first and last characters and at least 90 % of all must be the very ones on
 * the screen (or a radical): a cut end, a lost line or another sentence fails.
 */
export function printedWhole(paper: string, s: string): boolean {
  const want = [...squeeze(s)];
  const han = /[\p{Script=Han}\u2E80-\u2EFF]/u;
  // Sticky, tried at every position: a match may start inside another (an all-Chinese sentence after Chinese text).
  const loose = new RegExp(want.map((c) => (han.test(c) ? '[\\p{Script=Han}\\u2E80-\\u2EFF]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''), 'uy');
  const text = squeeze(paper);
  for (let at = 0; at < text.length; at++) {
    loose.lastIndex = at;
    const m = loose.exec(text);
    if (!m) continue;
    const got = [...m[0]];
    const same = (i: number) => got[i] === want[i] || /[\u2E80-\u2EFF]/u.test(got[i]!);
    // Its first and last characters its own (a cut end followed by the next cell's text fails).
    if (same(0) && same(want.length - 1) && got.filter((_, i) => same(i)).length >= 0.9 * want.length) return true;
  }
  return false;
}

/** The page as printed on A4 (its own @page sizes): the PDF, its page count and each page's text. */
export async function printed(page: Page, file?: string): Promise<{ pdf: Buffer; pages: number; text: string[]; size: { width: number; height: number } }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, path: file, printBackground: true });
  // Read with the pdf.js the plan import reads PDFs with (its legacy build runs in Node).
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const text: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    text.push(items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const [, , width, height] = (await doc.getPage(1)).view;
  return { pdf, pages: doc.numPages, text, size: { width: width!, height: height! } };
}

/**
 * The headings printed at the foot of a page (a page but the last): each of the page's headings, and each line marked
 * to introduce what follows (.keep-next), found as the last text of a printed page, with its page number.
 */
export async function headingsAtPageFoot(page: Page): Promise<string[]> {
  const heads = (await page.locator('main').locator('h1:visible, h2:visible, h3:visible, h4:visible, .keep-next:visible').allInnerTexts()).filter(
    (h) => squeeze(h).length > 1,
  );
  const { text } = await printed(page);
  return text.slice(0, -1).flatMap((paper, i) => {
    const foot = [...squeeze(paper)];
    return heads.filter((h) => printedWhole(foot.slice(-[...squeeze(h)].length).join(''), h)).map((h) => `${i + 1}: ${squeeze(h)}`);
  });
}
