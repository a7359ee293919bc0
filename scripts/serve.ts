// Serves the production build through a thin Node HTTP wrapper around Next's request handler:
// - the app knows the client's real address (Next itself only fills X-Forwarded-For when absent,
//   which lets any client choose it): computed from the socket and TRUSTED_PROXIES and handed on in
//   one header that no client can set;
// - every response carries a Content-Security-Policy with a fresh script nonce;
// - answers are compressed here (Next's compression is off), all but a server action's result
//   alone, which is too small to gain from it (lib/answer-compression.ts);
// - posts it cannot take, and other methods than GET or HEAD on a file it sends as it is, are answered
//   here with their status and a message (lib/auth/request-guard.ts).
import http from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import next from 'next';
import { actionResultOnly } from '@/lib/answer-compression';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/lib/auth/client-address';
import { contentSecurityPolicy, newNonce } from '@/lib/auth/csp';
import { answerBody, cacheableRequest, keepable, PageCache, pageKey, withoutNonce, type Kept } from '@/lib/page-cache';
import { prisma } from '@/lib/prisma';
import { judgesBody, PAGE_POST_LIMIT, bodyProblem, postProblem, PROXY_HEADERS, staticMethodProblem, type RequestProblem } from '@/lib/auth/request-guard';
import { databaseFile, databaseKind, env, today } from '@/lib/env';
import { holdServerLock } from '@/lib/server-lock';

/** How much of a refused post is read (and thrown away) so the client gets its answer. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

export async function serve(opts: { port: number; hostname?: string }): Promise<http.Server> {
  // Held until the process ends: `npm run db:restore` (SQLite) refuses while it is held.
  if (databaseKind() === 'sqlite') holdServerLock(databaseFile());
  const app = next({ dev: false, dir: process.cwd(), port: opts.port, hostname: opts.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The files of public/ by the paths they are served at (a post to one is answered here: staticMethodProblem).
  const publicFiles = new Set(
    readdirSync('public', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${path.relative('public', path.join(e.parentPath, e.name)).split(path.sep).join('/')}`),
  );
  const trusted = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
    // Forwarded host/proto count only from a trusted proxy (the upload route's same-origin check reads them).
    if (!trusted.includes((req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''))) for (const h of PROXY_HEADERS) delete req.headers[h];
    const problem = postProblem(req) ?? staticMethodProblem(req, publicFiles);
    if (problem) return refuse(req, res, problem);
    const pass = () => {
      // A fresh nonce per request: on the request, Next applies it to its scripts; on the response, the browser enforces it.
      const nonce = newNonce();
      const policy = contentSecurityPolicy(nonce);
      req.headers['content-security-policy'] = policy;
      res.setHeader('Content-Security-Policy', policy);
      if (cacheableRequest(req)) void answerFromCache(req, res, nonce, () => handle(req, res));
      else compress(req, res, () => void handle(req, res));
    };
    if (!judgesBody(req)) return pass();
    bodyUpTo(req, PAGE_POST_LIMIT)
      .then(({ bytes, whole }) => bodyProblem(req, bytes, whole))
      .then(
        (broken) => (broken ? refuse(req, res, broken) : pass()),
        () => res.destroy(),
      );
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  console.log(`▲ serving on http://${opts.hostname ?? 'localhost'}:${opts.port}`);
  startReminderTimer(server);
  return server;
}

/**
 * Answers a request the app cannot take with its status and message, after reading and discarding
 * what the client is still sending (answering first would reset a client still writing); a body
 * claimed larger than DRAIN_LIMIT is not read: answered and closed.
 */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, problem: RequestProblem) {
  const answer = (close: boolean) => {
    if (res.headersSent) return;
    res.writeHead(problem.status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(problem.allow ? { Allow: problem.allow } : {}),
      ...(close ? { Connection: 'close' } : {}),
    });
    res.end(problem.message);
  };
  if (req.readableEnded) answer(false);
  else if (Number(req.headers['content-length'] ?? 0) <= DRAIN_LIMIT) {
    req.on('data', () => {});
    req.on('end', () => answer(false));
    req.on('error', () => answer(true));
  } else answer(true);
}

/**
 * A request's body up to `enough` bytes (all of it when shorter), put back at once for Next to read
 * whole; `whole` when they are all of it.
 */
function bodyUpTo(req: http.IncomingMessage, enough: number): Promise<{ bytes: Buffer; whole: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (whole: boolean) => {
      req.off('readable', onReadable);
      req.off('end', onEnd);
      req.off('error', reject);
      const bytes = Buffer.concat(chunks);
      // Put back before the stream says it ended (it does not while it holds data again).
      if (bytes.length) req.unshift(bytes);
      resolve({ bytes, whole });
    };
    const onReadable = () => {
      for (let chunk: Buffer | null; size < enough && (chunk = req.read() as Buffer | null) !== null; size += chunk.length) chunks.push(chunk);
      if (size >= enough) finish(false);
      else if (req.complete) finish(true);
    };
    // An empty body already received ends without a 'readable'.
    const onEnd = () => finish(true);
    req.on('readable', onReadable);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** The `compression` middleware (Next bundles an older one, gzip only; this one sends brotli to a client that takes it), with one more rule: lib/answer-compression.ts. */
const compress = compression({
  filter: (req, res) => !actionResultOnly(req, res.getHeaders()) && compression.filter(req, res),
}) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

const pages = new PageCache();
/** The database's data version (one row, raised by triggers on every write). */
const dataVersion = async (): Promise<number> => (await prisma.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0;
/** Headers not kept with a page: they belong to one response. */
const ONE_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'content-security-policy', 'date', 'connection', 'keep-alive']);

/**
 * A visitor's dashboard from the page cache (lib/page-cache.ts), or rendered by Next into a buffer
 * (uncompressed), kept when it is a whole page, and sent like a kept one: with this response's
 * nonce, gzipped when the client takes it. `X-Page-Cache` says which.
 */
async function answerFromCache(req: http.IncomingMessage, res: http.ServerResponse, nonce: string, render: () => Promise<void>) {
  const version = await dataVersion();
  const key = pageKey(version, today(), req.url!);
  const kept = pages.get(key);
  if (kept) return send(res, kept, nonce, req.headers['accept-encoding'], 'hit');
  const acceptEncoding = req.headers['accept-encoding'];
  delete req.headers['accept-encoding']; // Next's answer stays plain, to be kept and re-nonced
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  const end = res.end.bind(res);
  const write = res.write.bind(res);
  const writeHead = res.writeHead.bind(res);
  // Next writes its answer through these; they fill the buffer instead, and the end sends it.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as http.OutgoingHttpHeaders | undefined;
    for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) res.setHeader(k, v);
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    collect(chunk, encoding);
    for (const f of [encoding, cb]) if (typeof f === 'function') (f as () => void)();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    collect(chunk, encoding);
    Object.assign(res, { end, write, writeHead });
    const headers = res.getHeaders();
    const body = Buffer.concat(chunks);
    if (keepable(res.statusCode, headers)) {
      const page = {
        status: res.statusCode,
        headers: Object.fromEntries(
          Object.entries(headers)
            .filter(([k, v]) => !ONE_RESPONSE.has(k) && v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        ),
        body: withoutNonce(body.toString('utf8'), nonce),
      };
      pages.set(version, key, page);
      void send(res, page, nonce, acceptEncoding, 'miss');
    } else {
      res.setHeader('X-Page-Cache', 'pass');
      end(body);
    }
    for (const f of [encoding, cb]) if (typeof f === 'function') (f as () => void)();
    return res;
  }) as typeof res.end;
  await render();
}

async function send(res: http.ServerResponse, page: Kept, nonce: string, acceptEncoding: string | string[] | undefined, state: 'hit' | 'miss') {
  const { body, encoding } = await answerBody(page, nonce, Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding);
  for (const name of res.getHeaderNames()) if (name !== 'content-security-policy') res.removeHeader(name);
  res.writeHead(page.status, {
    ...page.headers,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': body.length,
    'X-Page-Cache': state,
  });
  res.end(body);
}

/**
 * With REMINDERS_EVERY_MINUTES set, the server runs `npm run remind` itself: queues the day's
 * reminders (idempotent) and sends due deliveries, at start and then every that many minutes.
 */
function startReminderTimer(server: http.Server) {
  const minutes = env.REMINDERS_EVERY_MINUTES;
  if (!minutes) return;
  const run = async () => {
    try {
      const { remind } = await import('./remind');
      await remind(today(), 0, (line) => console.log(line));
    } catch (e) {
      console.error('[remind]', e);
    }
  };
  void run();
  const timer = setInterval(() => void run(), minutes * 60_000);
  server.on('close', () => clearInterval(timer));
}

if (process.argv[1] && process.argv[1].endsWith('serve.ts')) {
  serve({ port: env.PORT, hostname: env.HOST }).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
