import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, judgesMultipart, multipartProblem, postProblem, staticMethodProblem } from './request-guard';

const post = (headers: Record<string, string>, url = '/tasks/1/update') => postProblem({ method: 'POST', url, headers });

describe('posts the app cannot take', () => {
  it('larger than the action limit: 413 with a message; the upload routes answer for themselves; GET is never judged', () => {
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT + 65 * 1024) })).toEqual({ status: 413, message: expect.stringContaining('过大') });
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT * 3) }, '/plan/import/upload?x=1')).toBeNull();
    // A 佐证材料 file may be up to 20 MB (the setting); its route has its own limit and says it beside the field.
    expect(post({ 'content-length': String(12 * 1024 * 1024) }, '/evidence/upload')).toBeNull();
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
  const part = (b: string, name: string, value: string) => `--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body = (b: string) => Buffer.from(`${part(b, 'a', 'b')}--${b}--\r\n`);
  const malformed = { status: 400, message: expect.stringContaining('无效') };
  /** A form as the platform itself encodes it (a browser's FormData, the way React posts it), with its content type. */
  async function encoded(fd: FormData): Promise<[string, Buffer]> {
    const r = new Request('http://localhost/', { method: 'POST', body: fd });
    return [r.headers.get('content-type')!, Buffer.from(await r.arrayBuffer())];
  }
  it('as a browser or React sends it passes on: fields, Chinese text, a file, the boundary quoted or not', async () => {
    const fd = new FormData();
    fd.append('$ACTION_ID_00ab', '');
    fd.append('narrative', '截至9月底，已完成既有住宅加装电梯80台。');
    fd.append('evidence', new File([Buffer.alloc(200_000, 7)], '现场照片.jpg', { type: 'image/jpeg' }));
    const [type, bytes] = await encoded(fd);
    expect(await multipartProblem(req(type), bytes, true)).toBeNull();
    const b = '----WebKitFormBoundaryu7Ck2Yq3hJbA9XzP';
    expect(await multipartProblem(req(`multipart/form-data; boundary=${b}`), body(b), true)).toBeNull();
    expect(await multipartProblem(req(`multipart/form-data; boundary="${b}"`), body(b), true)).toBeNull();
    // Longer than Next takes (only its first part read): passed on, Next answers it.
    expect(await multipartProblem(req(`multipart/form-data; boundary=${b}`), Buffer.from('--'), false)).toBeNull();
  });
  it('one that cannot be a form: 400 (Next failed each with HTTP 500)', async () => {
    const b = 'XyZboundary123';
    const type = `multipart/form-data; boundary=${b}`;
    const fields = part(b, 'username', 'x') + part(b, 'password', 'y');
    const broken: [string, string, string][] = [
      ['no boundary named', 'multipart/form-data', `${fields}--${b}--\r\n`],
      ['a body without the boundary', type, 'a=b'],
      ['an empty body', type, ''],
      ['no closing boundary', type, fields],
      ['cut short inside a part', type, fields.slice(0, -20)],
      ['a part without headers', type, `${fields}--${b}\r\n\r\nabc\r\n--${b}--\r\n`],
      ['a part header without its blank line', type, `${fields}--${b}\r\nContent-Disposition: form-data; name="a"\r\nabc\r\n--${b}--\r\n`],
      ['a line that is no header', type, `${fields}--${b}\r\nthis is not a header\r\n\r\nv\r\n--${b}--\r\n`],
      ['the boundary, then anything', type, `--${b}\r\n${'x'.repeat(400)}`],
      ['more after the closing boundary', type, `${fields}--${b}--\r\njunk`],
    ];
    for (const [what, t, text] of broken) expect(await multipartProblem(req(t), Buffer.from(text), true), what).toEqual(malformed);
  });
  it('judged only for a multipart POST to a page: the upload routes and other posts answer for themselves', async () => {
    expect(judgesMultipart(req('multipart/form-data; boundary=x'))).toBe(true);
    expect(judgesMultipart(req('Multipart/Form-Data; boundary=x'))).toBe(true);
    for (const url of ['/evidence/upload', '/plan/import/upload?x=1']) expect(judgesMultipart(req('multipart/form-data', url)), url).toBe(false);
    expect(judgesMultipart(req('text/plain;charset=UTF-8'))).toBe(false);
    expect(judgesMultipart({ method: 'GET', url: '/', headers: { 'content-type': 'multipart/form-data' } })).toBe(false);
    expect(await multipartProblem(req('text/plain'), Buffer.from('x'), true)).toBeNull();
    expect(await multipartProblem(req('multipart/form-data; boundary=x', '/evidence/upload'), Buffer.from('x'), true)).toBeNull();
  });
});
