import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const h = (origin: string | null, host: string | null, secFetchSite: string | null = 'same-origin') => ({ origin, host, secFetchSite });

describe('isSameOrigin', () => {
  it('a page of the app posting to it', () => {
    expect(isSameOrigin(h('http://127.0.0.1:3000', '127.0.0.1:3000'))).toBe(true);
    expect(isSameOrigin(h('https://ms.yantian.gov.cn', 'ms.yantian.gov.cn', null))).toBe(true); // an older browser sends no Sec-Fetch-Site
  });
  it.each([
    ['another site', h('https://evil.example', 'ms.yantian.gov.cn', 'cross-site')],
    ['another site that claims the origin', h('https://ms.yantian.gov.cn', 'ms.yantian.gov.cn', 'cross-site')],
    ['a sibling subdomain', h('https://ms.yantian.gov.cn', 'ms.yantian.gov.cn', 'same-site')],
    ['another port', h('http://127.0.0.1:3001', '127.0.0.1:3000', null)],
    ['no Origin', h(null, 'ms.yantian.gov.cn')],
    ['no Host', h('https://ms.yantian.gov.cn', null)],
    ['a null Origin (sandboxed frame, file:)', h('null', 'ms.yantian.gov.cn', null)],
  ])('refused: %s', (_, x) => expect(isSameOrigin(x)).toBe(false));
});
