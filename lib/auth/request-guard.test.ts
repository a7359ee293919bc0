import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, judgesBody, bodyProblem, postProblem, staticMethodProblem } from './request-guard';

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
    expect(await bodyProblem(req(type), bytes, true)).toBeNull();
    const b = '----WebKitFormBoundaryu7Ck2Yq3hJbA9XzP';
    expect(await bodyProblem(req(`multipart/form-data; boundary=${b}`), body(b), true)).toBeNull();
    expect(await bodyProblem(req(`multipart/form-data; boundary="${b}"`), body(b), true)).toBeNull();
    // Longer than Next takes (only its first part read): passed on, Next answers it.
    expect(await bodyProblem(req(`multipart/form-data; boundary=${b}`), Buffer.from('--'), false)).toBeNull();
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
    for (const [what, t, text] of broken) expect(await bodyProblem(req(t), Buffer.from(text), true), what).toEqual(malformed);
  });
  it("React's rows that are no JSON: 400 (Next failed each with HTTP 500); as React writes them they pass on", async () => {
    const b = 'XyZboundary123';
    const type = `multipart/form-data; boundary=${b}`;
    const ref = JSON.stringify({ id: '7f00ab', bound: '$@1' });
    const js = { 'next-action': '7f00ab12cd34ef56' };
    const post = (headers: Record<string, string>) => ({ method: 'POST', url: '/login', headers });
    const form = (...parts: [string, string][]) => Buffer.from(parts.map(([n, v]) => part(b, n, v)).join('') + `--${b}--\r\n`);
    // Without JavaScript: the bound rows "$ACTION_1:0", "$ACTION_1:1" (the form's previous state) are JSON.
    const noJs = [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', ref],
      ['$ACTION_1:1', '[{"status":"idle"}]'],
      ['$ACTION_KEY', 'k3166153855'],
      ['username', '{x'],
    ] as [string, string][];
    expect(await bodyProblem(post({ 'content-type': type }), form(...noJs), true)).toBeNull();
    for (const [row, value] of [
      ['$ACTION_1:1', '{oops'],
      ['$ACTION_1:1', 'x'],
      ['$ACTION_1:0', '{not json'],
    ] as const) {
      const parts = noJs.map(([n, v]) => [n, n === row ? value : v] as [string, string]);
      expect(await bodyProblem(post({ 'content-type': type }), form(...parts), true), `${row} ${value}`).toEqual(malformed);
    }
    // With JavaScript: the arguments' rows by number, "0" always there; a form's own fields ("1_username") are any text.
    expect(await bodyProblem(post({ 'content-type': type, ...js }), form(['0', '["$K1"]'], ['1_username', '{x'], ['1_password', 'y']), true)).toBeNull();
    expect(await bodyProblem(post({ 'content-type': type, ...js }), form(['0', '{bad']), true)).toEqual(malformed);
    expect(await bodyProblem(post({ 'content-type': type, ...js }), form(['0', '["$@1"]'], ['1', '{bad']), true)).toEqual(malformed);
    expect(await bodyProblem(post({ 'content-type': type, ...js }), form(['1', '[]']), true)).toEqual(malformed);
    // …and a file row is a file.
    const fd = new FormData();
    fd.append('0', '["$B1"]');
    fd.append('1', new File(['abc'], 'a.jpg'));
    const [encodedType, bytes] = await encoded(fd);
    expect(await bodyProblem(post({ 'content-type': encodedType, ...js }), bytes, true)).toBeNull();
    // Called with plain arguments, the reply is one JSON text.
    const text = { 'content-type': 'text/plain;charset=UTF-8', ...js };
    expect(judgesBody(post(text))).toBe(true);
    expect(await bodyProblem(post(text), Buffer.from('[{"year":"2023"},"审核通过"]'), true)).toBeNull();
    for (const bad of ['not json', '', '[1,']) expect(await bodyProblem(post(text), Buffer.from(bad), true), bad).toEqual(malformed);
  });
  it('judged only for a multipart POST to a page: the upload routes and other posts answer for themselves', async () => {
    expect(judgesBody(req('multipart/form-data; boundary=x'))).toBe(true);
    expect(judgesBody(req('Multipart/Form-Data; boundary=x'))).toBe(true);
    for (const url of ['/evidence/upload', '/plan/import/upload?x=1']) expect(judgesBody(req('multipart/form-data', url)), url).toBe(false);
    expect(judgesBody(req('text/plain;charset=UTF-8'))).toBe(false);
    expect(judgesBody({ method: 'GET', url: '/', headers: { 'content-type': 'multipart/form-data' } })).toBe(false);
    expect(await bodyProblem(req('text/plain'), Buffer.from('x'), true)).toBeNull();
    expect(await bodyProblem(req('multipart/form-data; boundary=x', '/evidence/upload'), Buffer.from('x'), true)).toBeNull();
  });
});
