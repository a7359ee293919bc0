// Reaching a group robot safely: the URL's rules (lib/domain/net-address.ts), then the addresses its
// name resolves to — checked when the office saves a webhook and again at every send, inside the
// connection itself (the socket connects only to an address that passed), so a name that changes
// its answer between the check and the send reaches nothing internal. Redirects are never followed.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { env } from '@/lib/env';
import { isPublicAddress, webhookUrlProblem, type WebhookProblem } from '@/lib/domain/net-address';

/** Hosts the operator allowed for plain http or an internal relay (WEBHOOK_ALLOW_HOSTS, comma-separated). */
export const allowedWebhookHosts = (): string[] =>
  (env.WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Whether a webhook may be saved: the URL as written, then every address its name resolves to. */
export async function webhookTargetProblem(url: string): Promise<WebhookProblem | null> {
  const allowed = allowedWebhookHosts();
  const problem = webhookUrlProblem(url, allowed);
  if (problem) return problem;
  const host = hostOf(url);
  if (allowed.includes(host)) return null;
  try {
    const found = await dns.promises.lookup(host, { all: true, verbatim: true });
    return found.every((a) => isPublicAddress(a.address)) ? null : 'internal_address';
  } catch {
    // Not resolvable now (an intranet without outside DNS): saved; every send checks again.
    return null;
  }
}

/** A lookup that fails for any internal address (unless the host is allowed): the socket never connects to one. */
type Resolve = (hostname: string, options: dns.LookupAllOptions, callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;
const systemResolve: Resolve = (h, o, cb) => dns.lookup(h, o, cb);

const guardedLookup =
  (allowed: boolean, resolve: Resolve): LookupFunction =>
  (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const ok = allowed ? list : list.filter((a) => isPublicAddress(a.address));
      if (ok.length === 0) return callback(Object.assign(new Error('internal address refused'), { code: 'EINTERNAL' }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, ok);
      callback(null, ok[0]!.address, ok[0]!.family);
    });
  };

export type PostResult = { status: number; body: string };

/** POSTs JSON to a webhook: the URL checked, addresses checked while connecting, no redirects, a time limit, the answer's first 4 KB. */
export function postWebhook(url: string, payload: string, timeoutMs = 10_000, resolver: Resolve = systemResolve): Promise<PostResult> {
  const allowedHosts = allowedWebhookHosts();
  const problem = webhookUrlProblem(url, allowedHosts);
  if (problem) return Promise.reject(new Error(`refused: ${problem}`));
  const allowed = allowedHosts.includes(hostOf(url));
  const lib = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
        lookup: guardedLookup(allowed, resolver),
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (body.length < 4096) body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: body.slice(0, 4096) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EINTERNAL' ? new Error('refused: internal_address') : e));
    req.end(payload);
  });
}
