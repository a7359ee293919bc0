// The floor's copy of a page must be the page's markup: rendered again by React, the tree read from
// a page's HTML gives the same HTML back, and the written page source builds that tree.
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { elementCount, markupOf, markupPageSource, stylesheetsOf, type MarkupNode } from './markup-page';

const toReact = (n: MarkupNode): ReactNode => {
  if (typeof n === 'string') return n;
  const [tag, props, children] = n;
  const { prefetch: _prefetch, ...rest } = props; // next/link's own prop, not an attribute
  return createElement(tag, rest, ...children.map(toReact));
};

// A piece of markup as React writes it: classes, a style with a custom property, a form with its
// values, a select with a chosen option, boolean attributes, text with characters to escape, a
// table and an SVG.
const body = renderToStaticMarkup(
  createElement(
    'div',
    { className: 'space-y-6', 'data-testid': 'page' },
    createElement('a', { href: '/tasks/1?year=2023&asOf=2023-06-30', className: 'text-blue-800' }, '任务1 <重点> & "引号"'),
    createElement('div', { className: 'hbars', style: { width: '50%', '--target': 0.5, marginLeft: '2px' } as object }, ''),
    createElement(
      'form',
      { method: 'get', 'aria-label': '筛选' },
      createElement('label', { htmlFor: 'q' }, '关键词'),
      createElement('input', { id: 'q', name: 'q', defaultValue: '电梯', maxLength: 40, required: true }),
      createElement('input', { type: 'checkbox', name: 'all', defaultChecked: true }),
      createElement(
        'select',
        { name: 'unit', defaultValue: 'mzj' },
        createElement('option', { value: '' }, '全部'),
        createElement('option', { value: 'mzj' }, '区民政局'),
      ),
      createElement('textarea', { name: 'note', defaultValue: '说明', rows: 2 }),
      createElement('button', { type: 'submit', disabled: true }, '筛选'),
    ),
    createElement('details', { open: true }, createElement('summary', null, '更多')),
    createElement('table', null, createElement('tbody', null, createElement('tr', null, createElement('td', { colSpan: 2, tabIndex: 0 }, '50%')))),
    createElement('svg', { viewBox: '0 0 10 10', 'aria-hidden': 'true' }, createElement('path', { d: 'M0 0h10', strokeWidth: 2 })),
    createElement('p', { hidden: true }, 'x'),
  ),
);
const page = `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>${body}<script nonce="n">self.__next_f.push([1,"x"])</script><!--$--><template data-x="1"></template></body></html>`;

describe('the same markup in the bare app', () => {
  it('reads a page back into the tree React renders to the same HTML, without its scripts', () => {
    const nodes = markupOf(page);
    expect(renderToStaticMarkup(createElement('div', null, ...nodes.map(toReact)))).toBe(`<div>${body}</div>`);
    expect(elementCount(nodes)).toBe((body.match(/<[a-z]/g) ?? []).length);
  });

  it('writes a dynamic page that builds the tree, with links within the app as next/link', () => {
    const src = markupPageSource(markupOf(page));
    expect(src).toContain("export const dynamic = 'force-dynamic';");
    expect(src).toContain('h(Link, {"href":"/tasks/1?year=2023&asOf=2023-06-30","className":"text-blue-800","prefetch":false}');
    expect(src).not.toContain('__next_f');
    expect(src).not.toContain('template');
    // The source, run with React's createElement and a stand-in for next/link, renders the page's markup.
    const run = new Function(
      'h',
      'Fragment',
      'Link',
      src
        .replace(/^import .*$/gm, '')
        .replace('export const', 'const')
        .replace('export default async function Page', 'return function Page'),
    );
    const Link = ({ prefetch: _p, ...props }: { prefetch?: boolean } & Record<string, unknown>) => createElement('a', props);
    const Page = run(createElement, 'div', Link) as () => ReactNode;
    expect(renderToStaticMarkup(createElement('div', null, Page()))).toBe(`<div><div>${body}</div></div>`);
  });

  it("links the page's stylesheets, as the app's page does: a browser lays the markup out the same", () => {
    const head =
      '<link rel="preload" as="font" href="/f.woff2"/><link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/><link rel="icon" href="/icon.svg"/>';
    const withCss = page.replace('<title>t</title>', `<title>t</title>${head}`);
    expect(stylesheetsOf(withCss)).toEqual(['/_next/static/chunks/a1.css']);
    expect(stylesheetsOf(page)).toEqual([]);
    const src = markupPageSource(markupOf(withCss), ['/app-css/a1.css']);
    // First in the page, before its markup; React 19 puts a stylesheet with a precedence into the head.
    expect(src).toContain('return h(Fragment, null, h("link", {"rel":"stylesheet","href":"/app-css/a1.css","precedence":"default"}), h("div"');
  });
});
