// Hardening seen from outside: security headers on every route, no CSP violation, impossible
// dates answered with the default view instead of HTTP 500, and no redirect off-site after sign-in.
import { readFileSync } from 'node:fs';
import { e2eDatabase, expect, signIn, test } from './fixtures';
import { PUBLIC, SIGNED_IN } from './routes';

const ROUTES = [
  '/healthz',
  '/',
  '/timeline',
  '/half-year',
  '/leadership',
  '/tasks/1',
  '/projects/1',
  '/login',
  '/my',
  '/review',
  '/audit',
  '/export/tasks',
  '/export/half-year',
  '/manifest.webmanifest',
];

test('every route sends the security headers (no framing, no sniffing, a content security policy)', async ({ request }) => {
  for (const path of ROUTES) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("default-src 'self'");
    // Scripts only with a per-request nonce: no 'unsafe-inline' for scripts.
    expect(h['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('same-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
  }
});

test('the script nonce is new on every response and on every script Next writes', async ({ request, page }) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const a = nonceOf((await request.get('/')).headers()['content-security-policy']!);
  const res = await page.goto('/');
  const b = nonceOf((await res!.headerValue('content-security-policy'))!);
  expect(a).not.toBe(b);
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === b)).toBe(true);
});

test("a visitor's dashboard comes from the page cache: a fresh nonce each time, never for a session, renewed after any write", async ({
  request,
  page,
  baseURL,
}) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const visit = async (path: string) => {
    const res = await request.get(path);
    const body = await res.text();
    const nonce = nonceOf(res.headers()['content-security-policy']!)!;
    return { state: res.headers()['x-page-cache'], nonce, body, scripts: [...body.matchAll(/<script[^>]*nonce="([^"]+)"/g)].map((m) => m[1]) };
  };
  const path = '/timeline?year=2023';
  await visit(path); // kept (or already kept by an earlier test)
  const [a, b] = [await visit(path), await visit(path)];
  expect([a.state, b.state]).toEqual(['hit', 'hit']);
  expect(a.nonce).not.toBe(b.nonce);
  for (const v of [a, b]) {
    expect(v.scripts.length).toBeGreaterThan(3);
    expect(v.scripts.every((n) => n === v.nonce)).toBe(true); // every script carries this response's nonce
  }
  expect(a.body.split(a.nonce).join('')).toBe(b.body.split(b.nonce).join('')); // the same page otherwise
  // A write by another process (here: a statement on the database file that changes no value) raises
  // the data version: the next visitor's page is rendered anew, then kept again.
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(await e2eDatabase(baseURL!));
  db.prepare('UPDATE Unit SET name = name WHERE id = (SELECT MIN(id) FROM Unit)').run();
  db.close();
  expect((await visit(path)).state).toBe('miss');
  expect((await visit(path)).state).toBe('hit');
  // Signed in, a page is always rendered for its user (and never kept for visitors).
  await page.goto('/login?next=/timeline');
  await page.getByLabel('用户名').fill('lingdao');
  await page.getByLabel('密码').fill('demo-lingdao');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/timeline');
  const mine = await page.request.get(path);
  expect(mine.headers()['x-page-cache']).toBeUndefined();
  expect(await mine.text()).toContain('data-testid="signed-in"');
  expect((await visit(path)).body).not.toContain('data-testid="signed-in"');
});

test('no page reports a content-security-policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ['/', '/timeline', '/half-year', '/leadership', '/tasks/3', '/login']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
  }
});

test('impossible dates in the URL fall back to the default view, never HTTP 500', async ({ page, request }) => {
  for (const path of [
    '/?asOf=2023-13-45',
    '/tasks/3?asOf=2023-00-10',
    '/timeline?asOf=2023-02-30',
    '/half-year?asOf=2023-13-45',
    '/leadership?asOf=abc',
    '/projects/1?asOf=2023-13-01',
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('input[name="asOf"]').first(), path).toHaveValue('2023-06-30');
  }
  const csv = await request.get('/export/half-year?asOf=2023-13-45');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toContain(encodeURIComponent('截至2023-06-30'));
});

// Every search parameter a screen or an export reads, each given twice (Next hands a page an array
// then) and with values that name nothing: a link edited by hand or a crafted one.
const TWICE = (
  'year asOf snapshot page format period status unit category q official since level overdue instructions alerts unchased ' +
  'action actor task before sort mine lagging due changes issue instruction instruct submitted reviewed saved next ended kept'
)
  .split(' ')
  .map((k) => `${k}=1&${k}=x`)
  .join('&');

test('a parameter given twice or naming nothing is answered with a page, never HTTP 500, on every screen for every role', async ({ page }) => {
  const exports = [
    '/export/tasks',
    '/export/half-year',
    '/export/notices',
    '/export/notices/1',
    '/export/instructions',
    '/export/changes',
    '/export/evaluation',
    '/export/plan/2023',
    '/export/report/docx',
    '/export/report/xlsx',
  ];
  const failed: string[] = [];
  for (const [who, paths] of [['visitor', [...PUBLIC, ...exports]], ...Object.entries(SIGNED_IN).map(([u, p]) => [u, [...p, ...exports]] as const)] as const) {
    await page.context().clearCookies();
    if (who !== 'visitor') await signIn(page, who);
    for (const path of paths) {
      const url = `${path}${path.includes('?') ? '&' : '?'}${TWICE}`;
      const res = await page.request.get(url, { maxRedirects: 0 });
      if (res.status() >= 500) failed.push(`${who} ${res.status()} ${path}`);
    }
  }
  expect(failed).toEqual([]);
});

test('after signing in, a next= that leads off-site goes home instead (a leader’s: the 驾驶舱)', async ({ page, baseURL }) => {
  for (const next of ['/\\evil.example/', '/\t/evil.example/', '//evil.example/', '/..//evil.example/', '/%2e%2e//evil.example', '/./\\evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('用户名').fill('lingdao');
    await page.getByLabel('密码').fill('demo-lingdao');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => u.pathname === '/leadership');
    expect(new URL(page.url()).host, next).toBe(new URL(baseURL!).host);
  }
});

test('退出 ends the session on the server: a copied cookie no longer opens /my', async ({ page, browser }) => {
  await page.goto('/login?next=/my');
  await page.getByLabel('用户名').fill('mzj');
  await page.getByLabel('密码').fill('demo-mzj');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/my');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'msd_session')?.httpOnly).toBe(true);

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const other = await thief.newPage();
  await other.goto('/my');
  await expect(other).toHaveURL(/\/my$/); // the copy works while the session lives

  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await other.goto('/my');
  await expect(other).toHaveURL(/\/login\?next=%2Fmy/);
  // The sign-in page says why it is asked again (a session that ended: idle, expired, signed out
  // elsewhere); a browser that never signed in is just asked to sign in.
  await expect(other.getByTestId('session-ended')).toHaveText('登录已失效（长时间未操作、超过有效期或已在别处退出），请重新登录。');
  await thief.close();
  const fresh = await browser.newPage();
  await fresh.goto('/my');
  await expect(fresh).toHaveURL(/\/login\?next=%2Fmy$/);
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(fresh.getByTestId('session-ended')).toHaveCount(0);
  await fresh.close();
});

test('a page an account may not open answers HTTP 403 with the reason in the layout; its own pages 200', async ({ page }) => {
  const refused = '您没有权限查看此页面。';
  // A unit: the office's pages, and the update form of a task that is not its own.
  await signIn(page, 'mzj');
  const unitRefused: [string, string][] = [
    ...['/review', '/audit', '/accounts', '/plan', '/plan/import', '/plan/2023', '/plan/2023/tasks/1', '/reports', '/reports/1'].map((p): [string, string] => [
      p,
      refused,
    ]),
    ['/tasks/1/update', '只有本任务的责任单位可以报送进展。'],
  ];
  for (const [path, reason] of unitRefused) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByRole('main').getByRole('alert'), path).toHaveText(reason);
    await expect(page.getByRole('navigation', { name: '主导航' }), path).toBeVisible();
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex');
  }
  for (const path of ['/my', '/inbox', '/notices', '/tasks/16/update']) expect((await page.goto(path))?.status(), path).toBe(200);
  // A leader reads every dashboard, but has no unit's pages and edits nothing.
  await page.context().clearCookies();
  await signIn(page, 'lingdao');
  for (const path of ['/my', '/inbox', '/review', '/accounts', '/tasks/16/update']) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByRole('main').getByRole('alert'), path).toBeVisible();
  }
  for (const path of ['/leadership', '/reports', '/notices']) expect((await page.goto(path))?.status(), path).toBe(200);
});

test('/healthz answers 200 with the database reachable and every migration applied', async ({ request }) => {
  const res = await request.get('/healthz');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, kind: 'sqlite', database: true, migrations: { pending: [] } });
});

/** The sign-in form's fields as the browser would post them without JavaScript (the action's hidden ids included). */
async function loginFormFields(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  await page.goto('/login');
  return page
    .locator('form')
    .filter({ has: page.getByLabel('密码') })
    .evaluate((f) => Object.fromEntries([...new FormData(f as HTMLFormElement)].map(([k, v]) => [k, String(v)])));
}

test('a burst of 200 concurrent sign-in attempts verifies at most 5 passwords per account and address; the right one inside the burst is refused', async ({
  page,
  request,
  baseURL,
}) => {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(await e2eDatabase(baseURL!), { timeout: 10_000 });
  const clh = db.prepare("SELECT id FROM User WHERE username = 'clh'").get() as { id: number };
  const count = (action: string) => (db.prepare('SELECT count(*) n FROM AuditEvent WHERE action = ? AND actorId = ?').get(action, clh.id) as { n: number }).n;
  const [failedBefore, loginsBefore] = [count('login.failed'), count('login')];
  const fields = await loginFormFields(page);
  try {
    // All in flight at once; the correct password sits in the middle of the burst.
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request
          .post('/login', { multipart: { ...fields, username: 'clh', password: i === 100 ? 'demo-clh' : `guess-${i}` }, maxRedirects: 0 })
          .then((r) => r.status()),
      ),
    );
    const failed = count('login.failed') - failedBefore;
    const signedIn = count('login') - loginsBefore;
    expect(answers.every((s) => s === 200 || s === 303)).toBe(true);
    // Exactly five reserved (and verified) attempts, of which the right password could have been one; the rest were refused unverified.
    expect(failed + signedIn).toBe(5);
    if (signedIn === 0) expect(answers.filter((s) => s === 303)).toEqual([]);
  } finally {
    // The whole suite signs in from this address: lift the locks this test made.
    db.prepare('DELETE FROM LoginThrottle').run();
    db.close();
  }
});

test('a file the server sends as it is, asked for with POST, PUT, DELETE or OPTIONS: 405 with GET and HEAD allowed, never 500', async ({ page, request }) => {
  await page.goto('/');
  const chunk = new URL((await page.locator('script[src*="/_next/static/"]').first().getAttribute('src'))!, page.url()).pathname;
  for (const path of ['/manifest.webmanifest', '/favicon.svg', '/icon-192.png', chunk])
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
      expect(await res.text()).toBe('此地址只能读取，不能提交。');
    }
  expect((await request.get('/manifest.webmanifest')).status()).toBe(200);
  expect((await request.head('/favicon.svg')).status()).toBe(200);
});

/** The server actions of the build (its manifest): id, name, and the path of a page that can run it. */
function buildActions(): { id: string; name: string; path: string }[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  // A page's path from its worker's name (app/tasks/[n]/page → /tasks/1).
  const pagePath = (worker: string) =>
    worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\[year\]/g, '2023')
      .replace(/\[[a-z]+\]/g, '1') || '/';
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: a.exportedName,
    path: pagePath(Object.keys(a.workers).find((w) => !w.includes('_not-found'))!),
  }));
}

test('a form post whose multipart body breaks after its first boundary: 400 with a message, with JavaScript and without, never 500', async ({ page }) => {
  // Next parsed each of these only to fail with HTTP 500 (the wrapper had judged the first bytes alone).
  const b = 'XyZboundary123';
  const fields = ['username', 'password'].map((n) => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\nx\r\n`).join('');
  const broken: Record<string, string> = {
    'no closing boundary': fields,
    'cut short inside a part': fields.slice(0, -20),
    'a part without headers': `${fields}--${b}\r\n\r\nabc\r\n--${b}--\r\n`,
    'a part header without its blank line': `${fields}--${b}\r\nContent-Disposition: form-data; name="a"\r\nabc\r\n--${b}--\r\n`,
    'a line that is no header': `${fields}--${b}\r\nnot a header\r\n\r\nv\r\n--${b}--\r\n`,
    'the boundary, then anything': `--${b}\r\n${'x'.repeat(400)}`,
    'more after the closing boundary': `${fields}--${b}--\r\njunk`,
  };
  await signIn(page, 'mzj');
  const action = buildActions().find((a) => a.name === 'submitUpdate')!.id;
  for (const path of ['/login', '/tasks/16/update'])
    for (const scripted of [false, true])
      for (const [what, body] of Object.entries(broken)) {
        const headers = { 'content-type': `multipart/form-data; boundary=${b}`, ...(scripted ? { 'next-action': action, accept: 'text/x-component' } : {}) };
        const res = await page.request.post(path, { headers, data: body, maxRedirects: 0 });
        expect(res.status(), `${path}, ${scripted ? 'as React posts' : 'as a browser posts'}: ${what}`).toBe(400);
        expect(await res.text()).toBe('提交的请求无效，请刷新页面后重试。');
      }
});

test("a post whose rows in React's protocol are no JSON: 400 with a message, with JavaScript and without, never 500", async ({ page }) => {
  // Next's decoder threw on each (HTTP 500): the wrapper had judged the multipart framing alone.
  const b = 'XyZboundary123';
  const multipart = (parts: [string, string][]) =>
    parts.map(([n, v]) => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join('') + `--${b}--\r\n`;
  const html = await (await page.request.get('/login')).text();
  const ref = /name="\$ACTION_1:0" value="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"');
  const id = (JSON.parse(ref) as { id: string }).id;
  const key = /name="\$ACTION_KEY" value="([^"]*)"/.exec(html)![1]!;
  const login = (state: string): [string, string][] => [
    ['$ACTION_REF_1', ''],
    ['$ACTION_1:0', ref],
    ['$ACTION_1:1', state],
    ['$ACTION_KEY', key],
    ['username', 'x'],
    ['password', 'y'],
  ];
  const type = `multipart/form-data; boundary=${b}`;
  const sent: Record<string, { headers: Record<string, string>; data: string }> = {
    'without JavaScript, the previous state no JSON': { headers: { 'content-type': type }, data: multipart(login('{oops')) },
    'without JavaScript, the previous state a word': { headers: { 'content-type': type }, data: multipart(login('x')) },
    'with JavaScript, row 0 no JSON': { headers: { 'content-type': type, 'next-action': id }, data: multipart([['0', '{bad']]) },
    'with JavaScript, no row 0': { headers: { 'content-type': type, 'next-action': id }, data: multipart([['1', '[]']]) },
    'with JavaScript, plain arguments no JSON': { headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': id }, data: 'not json' },
  };
  for (const [what, { headers, data }] of Object.entries(sent)) {
    const res = await page.request.post('/login', { headers: { ...headers, accept: 'text/x-component' }, data, maxRedirects: 0 });
    expect(res.status(), what).toBe(400);
    expect(await res.text()).toBe('提交的请求无效，请刷新页面后重试。');
  }
  // The same form as a browser sends it reaches the sign-in, which answers it.
  const res = await page.request.post('/login', { headers: { 'content-type': type }, data: multipart(login('[{"status":"idle"}]')), maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('用户名或密码错误。');
});

test('every server action called with arguments no form of ours sends is refused with a message, never 500', async ({ page, request }) => {
  // An action is an endpoint anyone can call with arguments of their own (a crafted request names
  // its id). Each had read its form's fields from whatever came: a TypeError, answered HTTP 500.
  const actions = buildActions().filter((a) => a.name !== 'logout');
  expect(actions.length).toBeGreaterThanOrEqual(42);
  const calls: Record<string, { json: string } | { form: string }> = {
    'no arguments': { json: '[]' },
    'an object for the form': { json: '[1,{"status":"idle"},{}]' },
    'a string for the form': { json: '[{"status":"idle"},"x"]' },
    'the form first, nothing after': { form: '["$K1"]' },
  };
  for (const who of ['visitor', 'duchashi', 'mzj']) {
    if (who !== 'visitor') await signIn(page, who);
    const client = who === 'visitor' ? request : page.request;
    const wrong: string[] = [];
    for (const { id, name, path } of actions) {
      for (const [what, args] of Object.entries(calls)) {
        const headers = { 'next-action': id, accept: 'text/x-component' };
        const res =
          'json' in args
            ? await client.post(path, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: args.json })
            : await client.post(path, { headers, multipart: { '0': args.form, '1_x': 'y' } });
        const text = await res.text();
        if (res.status() !== 200 || !text.includes('提交的请求无效')) wrong.push(`${who}: ${name} with ${what}: ${res.status()} ${text.slice(0, 120)}`);
      }
    }
    expect(wrong, who).toEqual([]);
  }
});

test('an oversized or malformed action post is answered 413 / 400 with a message, never 500; a client cannot claim another host', async ({ request }) => {
  const big = await request.post('/login', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: `username=${'x'.repeat(6.5 * 1024 * 1024)}`,
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('提交的内容过大');
  const bad = await request.post('/', { headers: { 'next-action': '../../etc/passwd', 'content-type': 'text/plain' }, data: '[]' });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('请求无效');
  // A form post whose multipart body cannot be one (Next fails parsing it with a 500): 400 with the same message.
  for (const [type, body] of [
    ['multipart/form-data', 'a=b'],
    ['multipart/form-data; boundary=x', 'a=b'],
    ['multipart/form-data; boundary=x', ''],
    ['multipart/form-data; boundary=x', 'x'.repeat(2000)],
  ]) {
    const broken = await request.post('/tasks/16/update', { headers: { 'content-type': type! }, data: body! });
    expect(broken.status(), `${type} ${body!.slice(0, 8)}`).toBe(400);
    expect(await broken.text()).toContain('请求无效');
  }
  // The upload route compares Origin with the host; X-Forwarded-Host from a client (not a trusted proxy) is dropped first.
  const forged = await request.post('/plan/import/upload', {
    headers: { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
    multipart: { step: 'preview', year: '2030', title: 't', defaultCategory: 'SERVICE' },
  });
  expect(forged.status()).toBe(403);
  // Anonymous from this machine: the monitor's view; the details stay (the route test covers other addresses).
  expect(await (await request.get('/healthz')).json()).toMatchObject({ ok: true, migrations: { pending: [] } });
});
