import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, judgesMultipart, MULTIPART_PEEK, multipartProblem, postProblem, staticMethodProblem } from './request-guard';

const post = (headers: Record<string, string>, url = '/tasks/1/update') => postProblem({ method: 'POST', url, headers });

describe('posts the app cannot take', () => {
  it('larger than the action limit: 413 with a message; the upload route answers for itself; GET is never judged', () => {
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT + 65 * 1024) })).toEqual({ status: 413, message: expect.stringContaining('过大') });
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT * 3) }, '/plan/import/upload?x=1')).toBeNull();
    expect(postProblem({ method: 'GET', url: '/', headers: { 'content-length': String(ACTION_BODY_LIMIT * 3) } })).toBeNull();
  });
  it('an action id that is not one: 400; a real-looking id passes on to Next', () => {
    for (const id of ['', 'x', '../../etc', '00'.repeat(100), '<script>'])
      expect(post({ 'next-action': id }), id).toEqual({ status: 400, message: expect.stringContaining('无效') });
    expect(post({ 'next-action': '004c09083cd5ec46664a2b05c61c8db4c6e3efadda' })).toBeNull();
    expect(post({})).toBeNull();
  });
});

describe('files sent as they are', () => {
  const files = new Set(['/manifest.webmanifest', '/favicon.svg', '/icon-192.png']);
  it('asked for with another method than GET or HEAD: 405, GET and HEAD allowed', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      for (const url of ['/manifest.webmanifest', '/favicon.svg?v=1', '/_next/static/chunks/0-abc.js', '/%66avicon.svg'])
        expect(staticMethodProblem({ method, url }, files), `${method} ${url}`).toEqual({
          status: 405,
          message: expect.stringContaining('只能读取'),
          allow: 'GET, HEAD',
        });
  });
  it('GET and HEAD pass on; so does every other path (pages, routes, actions answer for themselves) and a path that does not decode', () => {
    for (const method of ['GET', 'HEAD']) expect(staticMethodProblem({ method, url: '/favicon.svg' }, files)).toBeNull();
    for (const url of ['/', '/tasks/1', '/login', '/export/tasks', '/icon.svg', '/%E0%A4%A', '/_next/image'])
      expect(staticMethodProblem({ method: 'POST', url }, files), url).toBeNull();
  });
});

describe('a multipart post to a page', () => {
  const req = (type: string, url = '/tasks/16/update') => ({ method: 'POST', url, headers: { 'content-type': type } });
  const body = (boundary: string) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--${boundary}--\r\n`);
  const malformed = { status: 400, message: expect.stringContaining('无效') };
  it('as a browser or React sends it passes on, the boundary quoted or not', () => {
    const b = '----WebKitFormBoundaryu7Ck2Yq3hJbA9XzP';
    expect(multipartProblem(req(`multipart/form-data; boundary=${b}`), body(b), true)).toBeNull();
    expect(multipartProblem(req(`multipart/form-data; boundary="${b}"`), body(b), true)).toBeNull();
    // Only a first piece of a long body arrived: judged on it when it is long enough…
    expect(multipartProblem(req(`multipart/form-data; boundary=${b}`), Buffer.concat([body(b), Buffer.alloc(MULTIPART_PEEK)]), false)).toBeNull();
    // …else passed on to Next (a piece that short says nothing).
    expect(multipartProblem(req(`multipart/form-data; boundary=${b}`), Buffer.from('--'), false)).toBeNull();
  });
  it('without a boundary, or a body that does not start with it: 400', () => {
    expect(multipartProblem(req('multipart/form-data'), Buffer.from('a=b'), true)).toEqual(malformed);
    expect(multipartProblem(req('multipart/form-data; boundary=x'), Buffer.from('a=b'), true)).toEqual(malformed);
    expect(multipartProblem(req('multipart/form-data; boundary=x'), Buffer.alloc(0), true)).toEqual(malformed);
    expect(multipartProblem(req('multipart/form-data; boundary=x'), Buffer.alloc(MULTIPART_PEEK, 'a'), false)).toEqual(malformed);
  });
  it('judged only for a multipart POST to a page: the upload routes and other posts answer for themselves', () => {
    expect(judgesMultipart(req('multipart/form-data; boundary=x'))).toBe(true);
    expect(judgesMultipart(req('Multipart/Form-Data; boundary=x'))).toBe(true);
    for (const url of ['/evidence/upload', '/plan/import/upload?x=1']) expect(judgesMultipart(req('multipart/form-data', url)), url).toBe(false);
    expect(judgesMultipart(req('text/plain;charset=UTF-8'))).toBe(false);
    expect(judgesMultipart({ method: 'GET', url: '/', headers: { 'content-type': 'multipart/form-data' } })).toBe(false);
    expect(multipartProblem(req('text/plain'), Buffer.from('x'), true)).toBeNull();
  });
});
