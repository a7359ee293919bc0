// The same markup in the bare app: a rendered page's <body> (scripts left out) turned back into a
// static React tree, written as a page of the floor app. Served by bare Next, it costs what this
// markup costs the framework — two renders (RSC, then HTML) and the inline RSC data — with no data,
// no logic and no layout of ours: the most a page with this markup, drawn by server components, can reach
// against the bare page.
import { parse } from 'parse5';

/** An element as React takes it: type, props, children (strings are text). */
export type MarkupNode = string | [type: string, props: Record<string, unknown>, children: MarkupNode[]];

type P5Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: P5Node[]; content?: P5Node };

/** HTML attribute names React spells otherwise. */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  autocomplete: 'autoComplete',
  inputmode: 'inputMode',
  novalidate: 'noValidate',
  enterkeyhint: 'enterKeyHint',
  datetime: 'dateTime',
  accesskey: 'accessKey',
  enctype: 'encType',
  viewbox: 'viewBox',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule',
};
/** Attributes React writes without a value when true. */
const BOOLEAN = new Set(['hidden', 'disabled', 'required', 'multiple', 'open', 'readonly', 'novalidate', 'autofocus', 'selected']);

/** `style="width:50%;--x:1"` as React's style object. */
function styleObject(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of css.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const name = decl.slice(0, at).trim();
    out[name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = decl.slice(at + 1).trim();
  }
  return out;
}

function propsOf(tag: string, attrs: { name: string; value: string }[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const { name, value } of attrs) {
    if (name === 'style') props.style = styleObject(value);
    // A form field's value and state as written, uncontrolled (what the app's forms render).
    else if (name === 'value' && (tag === 'input' || tag === 'textarea')) props.defaultValue = value;
    else if (name === 'checked') props.defaultChecked = true;
    else if (BOOLEAN.has(name) && value === '') props[PROP_NAMES[name] ?? name] = true;
    else props[PROP_NAMES[name] ?? name] = value;
  }
  return props;
}

function toNode(n: P5Node): MarkupNode | null {
  if (n.nodeName === '#text') return n.value ?? '';
  if (!n.tagName || n.tagName === 'script' || n.tagName === 'template' || n.tagName === 'noscript') return null;
  const props = propsOf(n.tagName, n.attrs ?? []);
  const children = childrenOf(n);
  // React writes a textarea's value as its text and a select's as its chosen option: read back as such.
  if (n.tagName === 'textarea') return ['textarea', { ...props, defaultValue: children.join('') }, []];
  if (n.tagName === 'select') {
    const chosen = children.find((c) => typeof c !== 'string' && c[1].selected === true);
    for (const c of children) if (typeof c !== 'string') delete c[1].selected;
    if (chosen && typeof chosen !== 'string') props.defaultValue = chosen[1].value ?? '';
  }
  return [n.tagName, props, children];
}

const childrenOf = (n: P5Node): MarkupNode[] => (n.childNodes ?? []).map(toNode).filter((c): c is MarkupNode => c !== null && c !== '');

/** A page's `<head>` or `<body>` (parse5 always makes both). */
const partOf = (html: string, tag: 'head' | 'body'): P5Node | undefined =>
  (parse(html) as unknown as P5Node).childNodes?.find((c) => c.tagName === 'html')?.childNodes?.find((c) => c.tagName === tag);

/** The elements and text of a page's <body>, without scripts, templates and comments. */
export function markupOf(html: string): MarkupNode[] {
  const body = partOf(html, 'body');
  if (!body) throw new Error('no <body> in the page');
  return childrenOf(body);
}

const source = (n: MarkupNode): string => {
  if (typeof n === 'string') return JSON.stringify(n);
  const [tag, props, children] = n;
  // A link within the app is next/link, as on the app's pages (not prefetched, as there).
  const local = tag === 'a' && typeof props.href === 'string' && props.href.startsWith('/');
  const type = local ? 'Link' : JSON.stringify(tag);
  const p = local ? { ...props, prefetch: false } : props;
  return `h(${type}, ${JSON.stringify(p)}${children.map((c) => `, ${source(c)}`).join('')})`;
};

/** A floor-app page (JavaScript, not type-checked) that renders `nodes` per request. */
export function markupPageSource(nodes: MarkupNode[], stylesheets: string[] = []): string {
  // The page's stylesheets as React 19 places them (into the head, once): a browser lays the markup out as the app's page.
  const links = stylesheets.map((href) => `h("link", ${JSON.stringify({ rel: 'stylesheet', href, precedence: 'default' })})`);
  return [
    "import Link from 'next/link';",
    "import { createElement as h, Fragment } from 'react';",
    "export const dynamic = 'force-dynamic';",
    'export default async function Page() {',
    `  return h(Fragment, null${[...links, ...nodes.map(source)].map((c) => `, ${c}`).join('')});`,
    '}',
    '',
  ].join('\n');
}

/** The stylesheets a page's `<head>` links (their hrefs, in order). */
export function stylesheetsOf(html: string): string[] {
  return (partOf(html, 'head')?.childNodes ?? [])
    .filter((n) => n.tagName === 'link')
    .map((n) => Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])))
    .filter((a) => a.rel === 'stylesheet' && a.href)
    .map((a) => a.href!);
}

/** The number of elements in `nodes`. */
export const elementCount = (nodes: MarkupNode[]): number => nodes.reduce((n, c) => (typeof c === 'string' ? n : n + 1 + elementCount(c[2])), 0);
