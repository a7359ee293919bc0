import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerBody, cacheableRequest, keepable, PageCache, pageKey, withNonce, withoutNonce, type Kept } from './page-cache';

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('which requests the page cache answers', () => {
  it("a visitor's dashboards, with their query strings", () => {
    for (const url of ['/', '/?year=2023&asOf=2023-06-30', '/timeline', '/leadership', '/half-year?page=2', '/tasks/3', '/tasks/3?year=2023', '/projects/10'])
      expect(cacheableRequest(get(url)), url).toBe(true);
  });
  it('nothing else: forms, files, exports, signed-in screens, health', () => {
    for (const url of [
      '/login',
      '/my',
      '/review',
      '/tasks/3/update',
      '/export/tasks',
      '/evidence/1/screen',
      '/reports',
      '/healthz',
      '/tasks/x',
      '/tasks/1234567',
      '/plan/2023',
    ])
      expect(cacheableRequest(get(url)), url).toBe(false);
  });
  it('only GET', () => {
    for (const method of ['POST', 'HEAD', 'PUT', undefined]) expect(cacheableRequest({ method, url: '/', headers: {} }), String(method)).toBe(false);
    expect(cacheableRequest({ method: 'GET', url: undefined, headers: {} })).toBe(false);
  });
  it('never a request with a session cookie, whatever else it carries', () => {
    expect(cacheableRequest(get('/', { cookie: 'msd_session=abc' }))).toBe(false);
    expect(cacheableRequest(get('/', { cookie: 'theme=dark; msd_session=abc' }))).toBe(false);
    expect(cacheableRequest({ method: 'GET', url: '/', headers: { cookie: ['a=1', 'msd_session=x'] } })).toBe(false);
    // Another cookie that merely contains the name is not a session.
    expect(cacheableRequest(get('/', { cookie: 'not_msd_session=abc; theme=dark' }))).toBe(true);
  });
  it("never Next's client navigations, prefetches or actions (RSC payloads, per router state)", () => {
    for (const h of ['rsc', 'next-action', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'])
      expect(cacheableRequest(get('/', { [h]: '1' })), h).toBe(false);
    expect(cacheableRequest(get('/?_rsc=abc'))).toBe(false);
  });
});

describe('which answers are kept', () => {
  it('a whole HTML page, 200, setting no cookie, not already compressed', () => {
    expect(keepable(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true);
    expect(keepable(404, { 'content-type': 'text/html; charset=utf-8' })).toBe(false);
    expect(keepable(307, { 'content-type': 'text/html' })).toBe(false);
    expect(keepable(200, { 'content-type': 'text/x-component' })).toBe(false);
    expect(keepable(200, { 'content-type': 'text/html', 'set-cookie': ['a=b'] })).toBe(false);
    expect(keepable(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })).toBe(false);
    expect(keepable(200, {})).toBe(false);
  });
});

describe('the nonce is never kept', () => {
  it('every occurrence is taken out and the new one put in', () => {
    const body = '<script nonce="n0+/=">a</script><link nonce="n0+/="/>"nonce":"n0+/="';
    const kept = withoutNonce(body, 'n0+/=');
    expect(kept).not.toContain('n0+/=');
    expect(withNonce(kept, 'fresh')).toBe('<script nonce="fresh">a</script><link nonce="fresh"/>"nonce":"fresh"');
  });
  it('the bytes sent carry the new nonce, gzipped only for a client that takes gzip', async () => {
    const page: Kept = { status: 200, headers: {}, body: withoutNonce('<p nonce="old">页</p>', 'old') };
    const plain = await answerBody(page, 'new', undefined);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('<p nonce="new">页</p>');
    const zipped = await answerBody(page, 'new2', 'br, gzip, deflate');
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe('<p nonce="new2">页</p>');
    expect((await answerBody(page, 'x', 'br')).encoding).toBeUndefined();
  });
});

describe('PageCache', () => {
  const page = (body: string): Kept => ({ status: 200, headers: { 'content-type': 'text/html' }, body });
  let cache: PageCache;
  beforeEach(() => {
    cache = new PageCache(100); // 50 UTF-16 characters
  });

  it('keys a page by data version, day and URL', () => {
    cache.set(1, pageKey(1, '2026-12-02', '/'), page('a'));
    expect(cache.get(pageKey(1, '2026-12-02', '/'))?.body).toBe('a');
    expect(cache.get(pageKey(2, '2026-12-02', '/'))).toBeUndefined();
    expect(cache.get(pageKey(1, '2026-12-03', '/'))).toBeUndefined();
    expect(cache.get(pageKey(1, '2026-12-02', '/?year=2023'))).toBeUndefined();
  });
  it('a newer version drops every older page; a page rendered from an older version is not kept', () => {
    cache.set(1, pageKey(1, 'd', '/'), page('a'));
    cache.set(1, pageKey(1, 'd', '/timeline'), page('b'));
    cache.set(2, pageKey(2, 'd', '/'), page('c'));
    expect(cache.size).toBe(1);
    expect(cache.get(pageKey(1, 'd', '/timeline'))).toBeUndefined();
    cache.set(1, pageKey(1, 'd', '/timeline'), page('late'));
    expect(cache.size).toBe(1);
    expect(cache.get(pageKey(1, 'd', '/timeline'))).toBeUndefined();
  });
  it('holds at most its bytes: the page used least recently goes first; a page larger than all is not kept', () => {
    cache.set(1, 'a', page('x'.repeat(20)));
    cache.set(1, 'b', page('y'.repeat(20)));
    cache.get('a'); // a is now the most recently used
    cache.set(1, 'c', page('z'.repeat(20)));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    cache.set(1, 'huge', page('h'.repeat(51)));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
  it('a page kept again under its key replaces the old one (its bytes counted once)', () => {
    cache.set(1, 'a', page('x'.repeat(20)));
    cache.set(1, 'a', page('y'.repeat(20)));
    cache.set(1, 'b', page('z'.repeat(20)));
    expect(cache.get('a')?.body).toBe('y'.repeat(20));
    expect(cache.get('b')).toBeDefined();
  });
});
