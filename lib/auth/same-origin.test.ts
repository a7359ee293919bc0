import { describe, expect, it } from 'vitest';
import { isSameOrigin, readUpload } from './same-origin';

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

describe('readUpload', () => {
  const url = 'http://ms.yantian.gov.cn/plan/import/upload';
  const form = () => {
    const fd = new FormData();
    fd.append('file', new File(['abc'], 'a.xlsx'));
    return fd;
  };
  const request = (headers: Record<string, string>, body: BodyInit | null = form()) =>
    new Request(url, {
      method: 'POST',
      headers: { host: 'ms.yantian.gov.cn', origin: 'http://ms.yantian.gov.cn', 'sec-fetch-site': 'same-origin', ...headers },
      body,
    });
  const multipart = async () => {
    const probe = new Request(url, { method: 'POST', body: form() });
    return { type: probe.headers.get('content-type')!, bytes: new Uint8Array(await probe.arrayBuffer()) };
  };

  it('from a page of the app, with a length within the limit: the form, as sent', async () => {
    const { type, bytes } = await multipart();
    const got = await readUpload(request({ 'content-type': type, 'content-length': String(bytes.length) }, bytes), bytes.length);
    expect('form' in got && (got.form.get('file') as File).name).toBe('a.xlsx');
  });
  it('behind a proxy the forwarded host is the one the browser named', async () => {
    const { type, bytes } = await multipart();
    const h = { host: '127.0.0.1:3000', 'x-forwarded-host': 'ms.yantian.gov.cn', 'content-type': type, 'content-length': String(bytes.length) };
    expect('form' in (await readUpload(request(h, bytes), 10_000))).toBe(true);
    expect(await readUpload(request({ ...h, 'x-forwarded-host': 'evil.example' }, bytes), 10_000)).toEqual({ refused: 'cross_site', status: 403 });
  });
  it.each([
    ['from another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-length': '10' }, { refused: 'cross_site', status: 403 }],
    ['without Origin', { origin: '', 'content-length': '10' }, { refused: 'cross_site', status: 403 }],
    ['without a length', {}, { refused: 'no_length', status: 411 }],
    ['with a length of 0', { 'content-length': '0' }, { refused: 'no_length', status: 411 }],
    ['with a length that is not a number', { 'content-length': 'abc' }, { refused: 'no_length', status: 411 }],
    ['one byte over the limit', { 'content-length': '101' }, { refused: 'too_large', status: 413 }],
  ])('refused before the body is read: %s', async (_, headers, refusal) => {
    const req = request(headers as Record<string, string>, null);
    expect(await readUpload(req, 100)).toEqual(refusal);
  });
  it('a caller the route does not let post is refused after the origin and before the length and the body', async () => {
    const { type, bytes } = await multipart();
    const asked: string[] = [];
    const refuse = async () => (asked.push('caller'), { message: '您没有权限进行此操作。', status: 403 as const });
    // Another site: refused on its headers, the caller never looked up.
    expect(await readUpload(request({ origin: 'https://evil.example', 'content-length': '10' }, bytes), 100, refuse)).toEqual({
      refused: 'cross_site',
      status: 403,
    });
    expect(asked).toEqual([]);
    // Over the limit too: the caller's refusal is the answer, and the body is left unread.
    const req = request({ 'content-type': type, 'content-length': '999999' }, bytes);
    expect(await readUpload(req, 100, refuse)).toEqual({ refused: 'caller', status: 403, message: '您没有权限进行此操作。' });
    expect([asked, req.bodyUsed]).toEqual([['caller'], false]);
    // A caller it lets post: read as before.
    const allowed = request({ 'content-type': type, 'content-length': String(bytes.length) }, bytes);
    expect('form' in (await readUpload(allowed, bytes.length, async () => null))).toBe(true);
  });
  it('exactly at the limit is read; a body that is not a multipart form is refused as unreadable', async () => {
    const req = request({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': '100' }, 'not a form');
    expect(await readUpload(req, 100)).toEqual({ refused: 'unreadable', status: 400 });
  });
});
