import { describe, expect, it } from 'vitest';
import { cellText, cutAtColumns, documentTables, pageTables, unifiedIdeographs, type Run, type Segment } from './pdf-table.mjs';

/** The borders of a grid: columns at `xs`, rows at `ys` (top first); `skip` leaves out the named boundaries (a merge). */
function ruled(xs: number[], ys: number[], skip: { v?: [number, number][]; h?: [number, number][] } = {}): Segment[] {
  const out: Segment[] = [];
  // A vertical boundary j drawn row by row (row i), a horizontal boundary i drawn column by column (column j).
  for (const [j, x] of xs.entries())
    for (let i = 0; i + 1 < ys.length; i++) if (!skip.v?.some(([a, b]) => a === j && b === i)) out.push({ x1: x, y1: ys[i]!, x2: x, y2: ys[i + 1]! });
  for (const [i, y] of ys.entries())
    for (let j = 0; j + 1 < xs.length; j++) if (!skip.h?.some(([a, b]) => a === i && b === j)) out.push({ x1: xs[j]!, y1: y, x2: xs[j + 1]!, y2: y });
  return out;
}
/** A run of 10-point text at (x, y); its width as drawn (a Chinese character 10, a figure 5.5). */
const run = (str: string, x: number, y: number): Run => ({
  str,
  x,
  y,
  w: [...str].reduce((w, c) => w + (/[\u4e00-\u9fff，、；（）]/.test(c) ? 10 : 5.5), 0),
  h: 10,
});

describe('pageTables: a ruled table from its lines and text', () => {
  const xs = [50, 100, 250, 330];
  const ys = [700, 680, 640, 600];
  it('reads each cell, repeats a merged cell over what it covers (an undrawn boundary joins two cells), names it by the line above', () => {
    // 项目 merged over the two task rows: the boundary between rows 1 and 2 not drawn in column 0.
    const lines = ruled(xs, ys, { h: [[2, 0]] });
    const texts = [
      run('盐田区2040年民生实事任务分解表', 60, 720),
      run('项目', 55, 686),
      run('具体任务', 105, 686),
      run('责任单位', 255, 686),
      run('养老服务', 55, 630),
      run('新建长者饭堂3家', 105, 665),
      run('区民政局', 255, 665),
      run('开展居家养老服务', 105, 625),
      run('区民政局', 255, 625),
    ];
    expect(pageTables(lines, texts)).toEqual([
      {
        title: '盐田区2040年民生实事任务分解表',
        grid: [
          ['项目', '具体任务', '责任单位'],
          ['养老服务', '新建长者饭堂3家', '区民政局'],
          ['养老服务', '开展居家养老服务', '区民政局'],
        ],
      },
    ]);
  });
  it('a horizontal merge (a title band over every column) and an empty cell (null); text outside the lines is no cell', () => {
    const lines = ruled(xs, ys, {
      v: [
        [1, 0],
        [2, 0],
      ],
    });
    const texts = [run('2040年任务分解表', 60, 686), run('序号', 55, 665), run('任务', 105, 665), run('1', 55, 625), run('页脚 第1页', 60, 560)];
    expect(pageTables(lines, texts)[0]!.grid).toEqual([
      ['2040年任务分解表', '2040年任务分解表', '2040年任务分解表'],
      ['序号', '任务', null],
      ['1', null, null],
    ]);
  });
  it('no table where nothing is ruled (text alone), and lines that do not meet are no table', () => {
    expect(pageTables([], [run('项目', 55, 686)])).toEqual([]);
    expect(
      pageTables(
        [
          { x1: 50, y1: 700, x2: 300, y2: 700 },
          { x1: 400, y1: 500, x2: 400, y2: 300 },
        ],
        [],
      ),
    ).toEqual([]);
  });
  it('a run drawn over two cells (one baseline, one run) is cut at the column boundary', () => {
    const pieces = cutAtColumns(run('区城市更新局 年内', 255, 600), [250, 318, 400]);
    expect(pieces.map((p) => p.str.trim())).toEqual(['区城市更新局', '年内']);
    expect(cutAtColumns(run('区民政局', 255, 600), [250, 330])).toHaveLength(1);
  });
});

describe('cellText: a cell’s lines as the writer wrote them', () => {
  // A cell from x 100 to 160 (room for five characters and a margin).
  it('a line that fills the cell is wrapped text, joined without a space; one that ends short starts a new line', () => {
    expect(cellText([run('新建公办幼', 101, 700), run('儿园2所', 101, 688)], 100, 160)).toBe('新建公办幼儿园2所');
    expect(cellText([run('区教育局', 101, 700), run('区工务署', 101, 688)], 100, 160)).toBe('区教育局\n区工务署');
  });
  it('a wrap that carries a sign which may not start a line leaves a wider gap, still a wrap', () => {
    // 幼儿园2 ends at 136.5; 所， (two characters) would not have fitted in the 23.5 left.
    expect(cellText([run('幼儿园2', 101, 700), run('所，新增学位', 101, 688)], 100, 160)).toBe('幼儿园2所，新增学位');
  });
  it('a numbered step starts its own line even after a full one; unit names one per line in a narrow cell stay apart', () => {
    expect(cellText([run('完成设计招标', 101, 700), run('2.完成施工', 101, 688)], 100, 160)).toBe('完成设计招标\n2.完成施工');
    expect(cellText([run('区卫生健康局', 101, 700), run('区民政局', 101, 688)], 100, 160)).toBe('区卫生健康局\n区民政局');
    expect(cellText([run('区教育局（牵头）', 101, 700), run('区工务署', 101, 688)], 100, 185)).toBe('区教育局（牵头）\n区工务署');
  });
  it('a gap between runs is a space, but not the spacing a writer puts between Chinese and a figure', () => {
    expect(cellText([run('区工务署(牵头)', 101, 700), run('盐田交通局', 185, 700)], 100, 300)).toBe('区工务署(牵头) 盐田交通局');
    expect(cellText([run('新增学位', 101, 700), run('540', 143, 700), run('个', 161.5, 700)], 100, 300)).toBe('新增学位540个');
  });
});

describe('documentTables: a table over page breaks is one', () => {
  const t = (grid: (string | null)[][], title: string | null = null) => ({ grid, title });
  const HEAD = ['序号', '项目', '任务', '责任单位', '时限'];
  it('the header repeated on the next page is dropped, the rows go on', () => {
    const pages = [[t([HEAD, ['一', '养老', '任务1', '区民政局', '9月底前']], '计划表')], [t([HEAD, [null, null, '任务2', '区民政局', '年底前']])]];
    expect(documentTables(pages)).toEqual([t([HEAD, ['一', '养老', '任务1', '区民政局', '9月底前'], [null, null, '任务2', '区民政局', '年底前']], '计划表')]);
  });
  it('a row broken by the page completes the row before it; a next task under a merged project does not', () => {
    const first = ['一', '养老', '新建长者饭堂3家，', '区民政局', '9月底前'];
    const broken = documentTables([[t([HEAD, [...first]])], [t([[null, null, '年底前全部运营', null, null]])]]);
    expect(broken[0]!.grid).toEqual([HEAD, ['一', '养老', '新建长者饭堂3家，年底前全部运营', '区民政局', '9月底前']]);
    const next = documentTables([[t([HEAD, [...first]])], [t([[null, null, '开展助餐服务', '区民政局', '年底前']])]]);
    expect(next[0]!.grid).toHaveLength(3);
    const numbered = documentTables([[t([HEAD, [...first]])], [t([[null, null, '2.开展助餐服务', null, null]])]]);
    expect(numbered[0]!.grid).toHaveLength(3);
  });
  it('a table of another width on the next page, or not first on it, is a table of its own', () => {
    expect(documentTables([[t([HEAD])], [t([['联系人', '电话']])]])).toHaveLength(2);
    expect(documentTables([[t([HEAD])], [t([['说明']]), t([HEAD])]])).toHaveLength(3);
  });
});

describe('a drawing is no table', () => {
  it('a ruling of far more cells than a plan table has (a pattern, a chart’s grid) is not read as one', () => {
    const xs = Array.from({ length: 80 }, (_, i) => 10 + i * 7);
    const lines = [
      ...xs.map((x) => ({ x1: x, y1: 100, x2: x, y2: 200 })),
      { x1: 10, y1: 100, x2: xs.at(-1)!, y2: 100 },
      { x1: 10, y1: 200, x2: xs.at(-1)!, y2: 200 },
    ];
    expect(pageTables(lines, [{ str: 'x', x: 12, y: 150, w: 3, h: 5 }])).toEqual([]);
    // The same with ten columns is a table.
    expect(pageTables([...lines.slice(0, 11), { x1: 10, y1: 100, x2: xs[10]!, y2: 100 }, { x1: 10, y1: 200, x2: xs[10]!, y2: 200 }], [])).toHaveLength(1);
  });
});

describe('as other writers draw and name', () => {
  it('a border drawn cell by cell beside two merged columns (nothing crosses it mid-way) still parts them', () => {
    // 序号 and 项目 each merged over three task rows; the border between them drawn as three pieces.
    const xs = [50, 80, 160, 300];
    const ys = [700, 680, 660, 640, 620];
    const lines = ruled(xs, ys, {
      h: [
        [2, 0],
        [2, 1],
        [3, 0],
        [3, 1],
      ],
    });
    const texts = [run('序号', 52, 686), run('项目', 82, 686), run('任务', 162, 686), run('一', 52, 646), run('养老服务', 82, 646)];
    texts.push(run('甲', 162, 666), run('乙', 162, 646), run('丙', 162, 626));
    expect(pageTables(lines, texts)[0]!.grid).toEqual([
      ['序号', '项目', '任务'],
      ['一', '养老服务', '甲'],
      ['一', '养老服务', '乙'],
      ['一', '养老服务', '丙'],
    ]);
  });
  it('radicals a writer named for characters read as the characters; other signs are left as written', () => {
    expect(unifiedIdeographs('项⽬名称：居⺠⻓者⻝堂，⽉底前')).toBe('项目名称：居民长者食堂，月底前');
    expect(unifiedIdeographs('新增学位２０００个（１）')).toBe('新增学位２０００个（１）');
  });
});

describe('two tables on one page', () => {
  it('each named by the line just above it (（一）工程类项目, （二）服务类项目), top to bottom', () => {
    const lines = [...ruled([50, 150, 250], [700, 680, 660]), ...ruled([50, 150, 250], [600, 580, 560])];
    const texts = [
      run('（一）工程类项目', 50, 710),
      run('项目', 55, 686),
      run('道路', 55, 666),
      run('（二）服务类项目', 50, 610),
      run('项目', 55, 586),
      run('助餐', 55, 566),
    ];
    expect(pageTables(lines, texts).map((t) => [t.title, t.grid[1]![0]])).toEqual([
      ['（一）工程类项目', '道路'],
      ['（二）服务类项目', '助餐'],
    ]);
  });
});
