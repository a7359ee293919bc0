// Half-year versus target and the leadership summary, at desktop and phone widths.
import type { Page } from '@playwright/test';
import { headingsAtPageFoot, printed, printedWhole } from '../helpers/pdf';
import { cardsOf, expect, expectCardsAsTable, expectNoHorizontalOverflow, expectReadableOnPhone, test } from './fixtures';
import { signIn } from './servers';

test('/half-year shows the indicators of all 19 tasks with the report targets and H1 actuals', async ({ page }) => {
  await page.goto('/half-year');
  const rows = page.getByTestId('hy-row');
  const tasks = new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-task'))));
  expect([...tasks].map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  // The row whose indicator cell (the second td, after the task's status) names the indicator.
  const row = (task: number, text: string) =>
    page.locator(`[data-testid="hy-row"][data-task="${task}"]`).filter({ has: page.locator('td:nth-of-type(2)', { hasText: text }) });
  await expect(row(12, '提供就业岗位')).toContainText('≥3,000个');
  await expect(row(12, '提供就业岗位')).toContainText('5,446个');
  await expect(row(16, '安装智能居家监测预警设备')).toContainText('=280户');
  await expect(row(16, '安装智能居家监测预警设备')).toContainText('197户');
  await expect(row(19, '送教上门服务')).toContainText('903人次');
  await expect(row(6, '项目整体建设进度')).toContainText('60%');
  // No figure in the report: 未提及, never 0.
  await expect(row(11, '电梯智慧监管终端设备')).toContainText('未提及');
  await expect(row(11, '电梯智慧监管终端设备')).toHaveAttribute('data-mark', 'not_reported');
  await expect(row(7, '新增住院床位')).toContainText('未提及');
  // "近千人": shown as an approximate figure with the report's words, never judged.
  await expect(row(14, '体验非遗传承普及')).toContainText('1,000人次（约数）');
  await expect(row(14, '体验非遗传承普及')).toContainText('原文“近千人”');
  await expect(row(14, '体验非遗传承普及')).toHaveAttribute('data-mark', 'approx');
  // 口径不一: 1021 人次 against 1000 人 is shown, not counted as met.
  await expect(row(13, '培训服务')).toHaveAttribute('data-mark', 'mismatch');
  await expect(page.getByTestId('hy-averages')).toContainText('不计入平均');
  // The chart's accessible name states how many indicators it draws (its table's rows) and how many are behind.
  const chart = page.getByTestId('chart');
  const name = (await chart.locator(':scope > div[role="img"]').getAttribute('aria-label'))!;
  const [, n, below] = /^各指标完成年度目标比例与序时应达：(\d+)项指标，其中(\d+)项低于序时应达$/.exec(name) ?? [];
  expect(Number(n)).toBe(await chart.locator('details tbody tr').count());
  expect(Number(below)).toBeGreaterThanOrEqual(1); // task 6 at 60 % against its schedule
});

test('sorting by variance puts the most behind first', async ({ page }) => {
  await page.goto('/half-year');
  await page.getByLabel('排序').selectOption('variance');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/sort=variance/);
  const variances = (await page.getByTestId('hy-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-variance'))))
    .filter((v) => v !== '')
    .map(Number);
  expect(variances.length).toBeGreaterThan(10);
  expect(variances).toEqual([...variances].sort((a, b) => a - b));
  const first = page.getByTestId('hy-row').first();
  await expect(first).toHaveAttribute('data-task', '6');
  await expect(first).toHaveAttribute('data-mark', 'behind');
});

async function checkCharts(page: Page, shot: string) {
  await page.goto('/leadership');
  const charts = page.getByTestId('chart');
  await expect(charts).toHaveCount(2); // status donut and progress over time; projects are status bars with words
  // Every project by its full name, with its composition in words (五 and 六 have no figure: said so).
  const projects = page.getByTestId('lead-projects').locator('li');
  await expect(projects).toHaveCount(10);
  await expect(projects.nth(3)).toContainText('四、提升医院和社康软硬件服务水平');
  await expect(page.locator('[data-testid="lead-projects"] li[data-project="5"]')).toContainText('无量化数据');
  // Each chart's accessible name carries its figures, not just its title.
  const names = await charts.locator(':scope > div[role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names[0]).toMatch(/^任务状态分布：/);
  for (const part of ['进度滞后 2', '存在风险 1', '正常推进 14', '已完成 2']) expect(names[0]).toContain(part);
  expect(names[1]).toMatch(/^总体完成进度变化：截至2023年6月30日，实际完成\d+(\.\d)?%，序时应达(\d+(\.\d)?%|—)$/);
  // Tasks by status: one bar of segments, drawn in HTML; progress over time: a recharts line chart.
  await expect(charts.nth(0).locator('svg')).toHaveCount(0);
  await expect(charts.nth(1).locator('svg.recharts-surface').first()).toBeVisible();
  for (const chart of await charts.all()) {
    await chart.getByText('表格', { exact: true }).click();
    await expect(chart.locator('table')).toBeVisible();
    const box = await chart.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width + 1);
  }
  // Each status's segment is as wide as its count, in its colour, with the count written on it; the
  // legend (HTML, under each chart) names status and count, so colour is never the only carrier.
  const segments = charts.nth(0).locator('[data-segment]');
  const seen = await segments.evaluateAll((els) =>
    els.map((e) => ({
      status: e.getAttribute('data-segment'),
      text: e.textContent,
      fill: getComputedStyle(e).backgroundColor,
      width: e.getBoundingClientRect().width,
    })),
  );
  expect(seen.map(({ status, text, fill }) => ({ status, text, fill }))).toEqual([
    { status: 'lagging', text: '2', fill: 'rgb(185, 28, 28)' },
    { status: 'at_risk', text: '1', fill: 'rgb(180, 83, 9)' },
    { status: 'on_track', text: '14', fill: 'rgb(21, 128, 61)' },
    { status: 'completed', text: '2', fill: 'rgb(29, 78, 216)' },
  ]);
  expect(seen[2]!.width).toBeGreaterThan(seen[0]!.width * 5); // 14 tasks against 2
  await expect(charts.nth(0).getByTestId('chart-legend').getByText('进度滞后 2', { exact: true })).toBeVisible();
  await expect(charts.nth(1).getByTestId('chart-legend').getByRole('listitem')).toHaveText([/实际完成/, /序时/]);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: shot, fullPage: true });
}

test('/leadership renders every chart with its table toggle at 1280 px', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkCharts(page, info.outputPath('leadership-1280.png'));
});

test('/half-year: the figure mark takes its colour from its row, the target and variance columns stay on one line', async ({ page }) => {
  // The table is styled by column and by the row's data-mark (.hy in app/globals.css), not per cell:
  // a selector that stops matching would change the look with no test id moving.
  const colour = (css: string) =>
    page.evaluate((value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    }, css);
  await page.goto('/half-year?year=2023&period=H1');
  const expected: Record<string, string> = {
    ahead: await colour('var(--color-done)'),
    on_pace: await colour('var(--color-ok)'),
    behind: await colour('var(--color-lagging)'),
    before_plan: await colour('var(--color-gray-700)'),
    mismatch: await colour('var(--color-risk)'),
  };
  const other = await colour('var(--color-gray-600)');
  const seen = new Set<string>();
  for (const url of ['/half-year?year=2023&period=H1', '/half-year?year=2023&period=DATE&asOf=2023-03-31']) {
    await page.goto(url);
    const rows = await page.getByTestId('hy-row').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.children] as HTMLElement[];
        const style = (el: HTMLElement) => getComputedStyle(el);
        const last = style(cells.at(-1)!);
        return {
          task: tr.getAttribute('data-task'),
          mark: tr.getAttribute('data-mark')!,
          cells: cells.length,
          color: last.color,
          weight: last.fontWeight,
          lastWrap: last.whiteSpace,
          targetWrap: style(cells[3]!).whiteSpace,
          varianceWrap: style(cells[7] ?? cells[2]!).whiteSpace,
          planSize: style(cells[8] ?? cells[2]!).fontSize,
          firstWrap: style(cells[2]!).whiteSpace,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(19);
    for (const r of rows) {
      seen.add(r.mark);
      const where = `${url} task ${r.task} (${r.mark})`;
      expect(r.color, where).toBe(expected[r.mark] ?? other);
      if (r.mark === 'behind') expect(r.weight, where).toBe('500');
      expect(r.lastWrap, where).toBe('nowrap');
      if (r.mark === 'no_indicator') {
        // One cell spans the indicator's seven columns: its text wraps like a paragraph.
        expect(r.cells, where).toBe(4);
        expect(r.firstWrap, where).toBe('normal');
      } else {
        expect(r.cells, where).toBe(10);
        expect(r.targetWrap, where).toBe('nowrap');
        expect(r.varianceWrap, where).toBe('nowrap');
        expect(r.planSize, where).toBe('12px');
        expect(r.firstWrap, where).toBe('normal');
      }
    }
  }
  // The seed has figures ahead, on pace and behind at 06-30, and marks before the first plan point at 03-31.
  for (const mark of ['ahead', 'on_pace', 'behind', 'before_plan', 'no_indicator']) expect([...seen], mark).toContain(mark);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('/leadership renders every chart with its table toggle at 390 px', async ({ page }, info) => {
    await checkCharts(page, info.outputPath('leadership-390.png'));
  });
  test('/half-year fits a phone', async ({ page }, info) => {
    await page.goto('/half-year');
    // The chart's bars are HTML: every judged indicator a row, its values written beside its bars.
    const bars = page.getByTestId('percent-bars');
    await expect(bars.locator('b[data-a]').first()).toBeVisible();
    await expect(bars).toContainText('目标 100%');
    await expect(bars.locator('b[data-a]').first()).toHaveAttribute('data-a', /^\d+(\.\d)?%$/);
    // The bars' values are drawn from data-a / data-e after each bar (CSS generated content).
    const drawn = await bars
      .locator('b[data-a]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(drawn).toMatch(/^"\d+(\.\d)?%"$/);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: info.outputPath('half-year-390.png'), fullPage: true });
  });
  test('/half-year on a phone: each indicator is a card, every figure on screen under its column name', async ({ page }, info) => {
    // A leader reads the table on a phone: a ten-column table scrolled sideways showed the task, its
    // status and the indicator, and left the target, the actual and the variance off screen.
    await page.goto('/half-year?year=2023&period=H1');
    await expectReadableOnPhone(page);
    const region = page.getByRole('region', { name: '上半年完成情况与年度目标对比' });
    const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll, 'the table fits its region: nothing to scroll sideways').toBeLessThanOrEqual(client);
    const cards = await cardsOf(page, '[data-testid="hy-row"]');
    expect(cards.length).toBeGreaterThan(19);
    // Task 4's 总形象进度: its target, actual, share, expectation, variance and plan, each named.
    const school = cards.find((c) => c.task === '4' && c.cells.some((x) => x.text.startsWith('总形象进度')))!;
    const named = Object.fromEntries(school.cells.filter((x) => x.label).map((x) => [x.label, x.text]));
    expect(named).toMatchObject({ 年度目标: '=100%', 完成比例: '95%', 序时应达: '74.5%', 偏差: '+20.5' });
    expect(named['实际完成']).toMatch(/^95% ?2023年6月30日$/);
    expect(named['下半年计划']).toContain('6-7月');
    expect(school.cells.at(-1)!.text).toBe('▲ 数值超前');
    // A task without an indicator says so; no empty labelled cell.
    const none = cards.find((c) => c.mark === 'no_indicator')!;
    expect(none.cells.map((x) => x.text)).toContain('报告未列出量化指标');
    expect(none.cells.filter((x) => x.label)).toEqual([]);
    await page.screenshot({ path: info.outputPath('half-year-cards-390.png'), fullPage: true });
  });
  test('a task page on a phone: each indicator is a card, every figure on screen under its column name', async ({ page }) => {
    // Scrolled sideways, 序时应达 was cut at the screen's edge and the report date wrapped a character a line.
    for (const [task, indicator, named] of [
      [1, '道路综合整治', { 年度目标: '4条', 最新实际: '2条（2023年6月30日）', 完成比例: '50%', 序时应达: '未到计划节点 下一节点：12月 4条' }],
      [16, '安装智能居家监测预警设备', { 年度目标: '280户', 完成比例: '70.4%', 序时应达: '139户' }],
    ] as const) {
      await page.goto(`/tasks/${task}?year=2023&asOf=2023-06-30`);
      await expectReadableOnPhone(page);
      const region = page.getByRole('region', { name: '量化指标', exact: true }).last();
      const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll, `task ${task}: nothing to scroll sideways`).toBeLessThanOrEqual(client);
      const card = (await cardsOf(page, '[data-testid="indicator"]')).find((c) => c.cells[0]?.text.startsWith(indicator))!;
      expect(card.cells[0]!.label, 'the indicator is the card title').toBe('');
      expect(Object.fromEntries(card.cells.filter((x) => x.label).map((x) => [x.label, x.text]))).toMatchObject(named);
    }
  });
  test("结果考评 on a leader's phone: each unit is a card with its rank, score and parts, each under its column's name", async ({ page }) => {
    // It scrolled sideways (436 px of table in 340): the parts behind the score were off screen.
    await signIn(page, '', 'lingdao', '/leadership?year=2023&asOf=2023-06-30');
    const cards = await expectCardsAsTable(page, 'evaluation', [1]);
    expect(cards.length).toBe(13);
  });
});

test('first-load JavaScript: no chart library on any page; recharts loads on /leadership after the first paint, and only there', async ({ page, request }) => {
  // The scripts a route's HTML loads (link prefetching may fetch more later; that is not first load).
  const { gzipSync } = await import('node:zlib');
  const sizes: Record<string, number> = {};
  const gzipped: Record<string, number> = {};
  const isRecharts = (body: string) => body.includes('recharts-surface');
  for (const path of ['/', '/half-year', '/leadership']) {
    const html = await (await request.get(path)).text();
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!))];
    const bodies = await Promise.all(srcs.map(async (src) => (await request.get(src)).body()));
    sizes[path] = bodies.reduce((n, b) => n + b.length, 0);
    gzipped[path] = bodies.reduce((n, b) => n + gzipSync(b).length, 0);
    expect(
      bodies.filter((b) => isRecharts(b.toString())),
      `${path}: recharts in its first-load scripts`,
    ).toEqual([]);
  }
  console.log(`first-load JS bytes, uncompressed ${JSON.stringify(sizes)}, gzip ${JSON.stringify(gzipped)}`);
  // /half-year and /leadership: within a few KB of the overview's scripts (a print button, the chart's loader).
  for (const path of ['/half-year', '/leadership']) expect(Math.abs(sizes[path]! - sizes['/']!), path).toBeLessThan(10_000);

  // In the browser: the chart's code comes after the page is on screen, on /leadership only.
  const loaded: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js') && isRecharts(await r.text().catch(() => ''))) loaded.push(new URL(r.url()).pathname);
  });
  for (const path of ['/', '/half-year']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(loaded, 'recharts fetched on / or /half-year').toEqual([]);
  await page.goto('/leadership');
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('chart-pending')).toHaveCount(0);
  expect(loaded.length).toBeGreaterThan(0);
});

test('the browser draws Chinese with a Chinese font, as an office computer does (so pages print as they print there)', async ({ page }) => {
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // The heading's characters drawn with the font the stylesheet asks for first, every one of them
  // (without one, Chromium draws each as the same empty box in a Latin font).
  const heading = await page.locator('h1').innerText();
  const cjk = fonts.filter((f) => /Noto Sans (CJK SC|S Chinese)/.test(f.familyName));
  expect(
    cjk.map((f) => f.familyName),
    JSON.stringify(fonts),
  ).not.toEqual([]);
  expect(
    cjk.reduce((n, f) => n + f.glyphCount, 0),
    JSON.stringify(fonts),
  ).toBe([...heading.replace(/\s/g, '')].length);
});

test('/leadership and /half-year print on A4: complete, nothing cut, page 1 used (PDFs kept as artifacts)', async ({ page }, info) => {
  // Every figure is compared as digits and percentages, which every row of the table carries; with
  // the browser's Chinese font the PDF's text is the page's own, so sentences are compared whole too.
  const digits = (s: string) => (s.match(/\d[\d,.]*%?/g) ?? []).map((x) => x.replace(/,/g, ''));
  // 驾驶舱: one portrait page at the seed's 2023-06-30. 半年对标: landscape pages.
  for (const [path, maxPages, landscape] of [
    ['/leadership', 1, false],
    ['/half-year?period=H1', 8, true],
  ] as const) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
    // A print title: the plan year, the as-of date and the print date.
    await expect(page.getByTestId('print-title')).toBeVisible();
    await expect(page.getByTestId('print-title')).toContainText('盐田区2023年');
    await expect(page.getByTestId('print-title')).toContainText('统计截至2023年6月30日 · 打印日期');
    // No interactive controls on paper.
    await expect(page.locator('main').locator('button:visible, select:visible, input:visible, summary:visible')).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const table of await page.locator('details.chart-table').all()) await expect(table).toHaveAttribute('open', '');
    // The figures the page shows in text (chart axes aside: an SVG is scaled to the page as a whole).
    const shown = await page.locator(path.startsWith('/half-year') ? '[data-testid="hy-table"]' : 'main').evaluate((el) => {
      const svgs = [...el.querySelectorAll('svg')] as SVGElement[];
      for (const s of svgs) s.style.display = 'none';
      const text = (el as HTMLElement).innerText;
      for (const s of svgs) s.style.display = '';
      return text;
    });
    if (path === '/leadership') {
      // The lagging tasks with every reason in full: nothing cut with "…", no 查看 link, no ▶ marker.
      const paper = page.getByTestId('lagging-on-paper');
      await expect(paper).toHaveCount(2);
      for (const p of await paper.all()) await expect(p).toBeVisible();
      expect(shown).not.toContain('…');
      expect(shown).not.toContain('查看');
      await expect(page.getByTestId('lead-lagging').locator('details')).toHaveCount(2);
      for (const d of await page.getByTestId('lead-lagging').locator('details').all()) await expect(d).toBeHidden();
    }
    const expected = digits(shown.replace(/\s+/g, ' '));
    const file = info.outputPath(`${path.slice(1).replace(/\W+/g, '-')}.pdf`);
    const { pages: totalPages, text, size } = await printed(page, file);
    await info.attach(path, { path: file, contentType: 'application/pdf' });
    const pages = text.map((p) => digits(p));
    expect(totalPages, `${path} pages`).toBeLessThanOrEqual(maxPages);
    expect(size.width > size.height, `${path}: landscape`).toBe(landscape);
    // Page 1 carries more than the title: the figures start there.
    expect(pages[0]!.length, `${path}: page 1 has figures`).toBeGreaterThan(5);
    // Every figure on the screen is on paper (a column cut off at the page edge would lose some).
    const onPaper = pages.flat();
    const missing = expected.filter((d) => !onPaper.includes(d));
    expect(missing, `${path}: figures missing from the PDF`).toEqual([]);
    // The 驾驶舱's lagging tasks with their reasons, 半年对标's statuses and reasons: each on paper whole.
    const sentences = await page.getByTestId(path === '/leadership' ? 'lagging-on-paper' : 'hy-status').allInnerTexts();
    expect(sentences.length, `${path}: sentences to find`).toBeGreaterThan(1);
    for (const s of sentences) expect(printedWhole(text.join(''), s), `${path}: printed whole: ${s}`).toBe(true);
    console.log(`${path}: ${totalPages} page(s), ${Math.round(size.width)}×${Math.round(size.height)} pt`);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('挂图作战 prints as a wall map on landscape A4: all twelve months, every task named whole, every milestone in words, a print title', async ({
  page,
}, info) => {
  await page.goto('/timeline?asOf=2023-06-30');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByTestId('print-title')).toContainText('盐田区2023年');
  await expect(page.getByTestId('print-title')).toContainText('挂图作战');
  await expect(page.getByTestId('print-title')).toContainText('统计截至2023年6月30日 · 打印日期');
  await expect(page.locator('main').locator('button:visible, select:visible, input:visible, summary:visible')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // Laid out at the printed page's width (A4 landscape less its margins, 277 mm): the grid fits it,
  // and no task name is cut short.
  await page.setViewportSize({ width: Math.floor((277 / 25.4) * 96), height: 720 });
  const grid = page.getByRole('table', { name: '挂图作战' });
  expect(await grid.evaluate((el) => el.scrollWidth - (el.parentElement as HTMLElement).clientWidth)).toBeLessThanOrEqual(0);
  expect(await grid.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(Math.floor((277 / 25.4) * 96));
  const clamped = await page
    .locator('[data-testid="timeline-row"] [role="rowheader"] a span')
    // (an inline name cannot be clamped; a block one is clamped when its text overflows it)
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'inline' && e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent));
  expect(clamped).toEqual([]);
  const file = info.outputPath('timeline.pdf');
  const { pages, text, size } = await printed(page, file);
  await info.attach('/timeline', { path: file, contentType: 'application/pdf' });
  expect(size.width > size.height, 'landscape').toBe(true);
  expect(pages).toBeLessThanOrEqual(4);
  const paper = text.join('');
  // The twelve months of the header row in a run, November and December included (the task column's
  // header is drawn later: it stays in place when the grid scrolls on a screen).
  expect(printedWhole(paper, Array.from({ length: 12 }, (_, i) => `${i + 1}月`).join(''))).toBe(true);
  // Every task's row (its number, name and status) and every milestone in words.
  for (const row of await page.getByTestId('timeline-row').getByRole('rowheader').allInnerTexts()) expect(printedWhole(paper, row), row).toBe(true);
  const milestones = await page.locator('[data-mark-text]').allInnerTexts();
  expect(milestones.length).toBeGreaterThan(19);
  for (const m of milestones) expect(printedWhole(paper, m), m).toBe(true);
  await page.emulateMedia({ media: 'screen' });
});

test('the overview and a task page print with their title, date and print date, and no controls on paper', async ({ page }) => {
  for (const [path, title] of [
    ['/', '盐田区2023年十件重点民生实事 · 总览'],
    ['/tasks/1', '任务1'],
  ] as const) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-title')).toContainText(title);
    await expect(page.getByTestId('print-title')).toContainText('统计截至2023年6月30日 · 打印日期');
    await expect(page.locator('main').locator('button:visible, select:visible, input:visible')).toHaveCount(0);
    // Portrait A4, the title on page 1.
    const { text, size } = await printed(page);
    expect(size.width < size.height, path).toBe(true);
    expect(printedWhole(text[0]!, await page.getByTestId('print-title').innerText()), path).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByTestId('print-title')).toBeHidden();
  }
});

test('on paper no heading is left at the foot of a page: each prints on the page of what it heads (the Word report keeps them so too)', async ({ page }) => {
  const seen: string[] = [];
  await signIn(page, '', 'duchashi', '/');
  for (const path of ['/', '/half-year', '/tasks/1', '/tasks/3', '/leadership', '/reports']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    seen.push(...(await headingsAtPageFoot(page)).map((h) => `${path} page ${h}`));
    await page.emulateMedia({ media: 'screen' });
  }
  expect(seen).toEqual([]);
});

test('半年对标: the task column covers nothing of the status column, and stays in view where the table scrolls (700 px)', async ({ page }) => {
  // Below 640 px the rows are cards (the test above); from there to the table's width it scrolls sideways.
  for (const width of [390, 700]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/half-year');
    for (let i = 0; i < 3; i++) {
      const th = (await page.locator('[data-testid="hy-row"] th').nth(i).boundingBox())!;
      const status = (await page.locator('[data-testid="hy-row"] [data-testid="hy-status"]').nth(i).boundingBox())!;
      expect(status.x, `${width} px, row ${i}`).toBeGreaterThanOrEqual(th.x + th.width - 0.5);
    }
  }
  const region = page.getByRole('region', { name: '完成情况与年度目标对比' });
  const before = (await page.locator('[data-testid="hy-row"] th').first().boundingBox())!;
  const scrolled = await region.evaluate((el) => ((el.scrollLeft = 200), el.scrollLeft));
  expect(scrolled, 'the table scrolls sideways at 700 px').toBeGreaterThan(0);
  const after = (await page.locator('[data-testid="hy-row"] th').first().boundingBox())!;
  expect(after.x, 'the task column stays in view').toBeCloseTo(before.x, 0);
});
