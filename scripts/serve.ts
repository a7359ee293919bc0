// Serves the production build through a thin Node HTTP wrapper around Next's request handler:
// - the app knows the client's real address (Next itself only fills X-Forwarded-For when absent,
//   which lets any client choose it): computed from the socket and TRUSTED_PROXIES and handed on in
//   one header that no client can set;
// - every response carries a Content-Security-Policy with a fresh script nonce.
import http from 'node:http';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/lib/auth/client-address';
import { contentSecurityPolicy, newNonce } from '@/lib/auth/csp';
import { postProblem, PROXY_HEADERS } from '@/lib/auth/request-guard';
import { databaseFile, env, today } from '@/lib/env';
import { holdServerLock } from '@/lib/server-lock';

/** How much of a refused post is read (and thrown away) so the client gets its answer. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

export async function serve(opts: { port: number; hostname?: string }): Promise<http.Server> {
  // Held until the process ends: `npm run db:restore` refuses while it is held.
  holdServerLock(databaseFile());
  const app = next({ dev: false, dir: process.cwd(), port: opts.port, hostname: opts.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trusted = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
    // Forwarded host/proto count only from a trusted proxy (the upload route's same-origin check reads them).
    if (!trusted.includes((req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''))) for (const h of PROXY_HEADERS) delete req.headers[h];
    const problem = postProblem(req);
    if (problem) {
      const answer = (close: boolean) => {
        if (res.headersSent) return;
        res.writeHead(problem.status, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...(close ? { Connection: 'close' } : {}),
        });
        res.end(problem.message);
      };
      // Read and discard what the client is still sending, then answer (answering first would reset
      // a client still writing); a body claimed larger than DRAIN_LIMIT is not read: answer and close.
      if (Number(req.headers['content-length'] ?? 0) <= DRAIN_LIMIT) {
        req.on('data', () => {});
        req.on('end', () => answer(false));
        req.on('error', () => answer(true));
      } else answer(true);
      return;
    }
    // A fresh nonce per request: on the request, Next applies it to its scripts; on the response, the browser enforces it.
    const policy = contentSecurityPolicy(newNonce());
    req.headers['content-security-policy'] = policy;
    res.setHeader('Content-Security-Policy', policy);
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  console.log(`▲ serving on http://${opts.hostname ?? 'localhost'}:${opts.port}`);
  startReminderTimer(server);
  return server;
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
