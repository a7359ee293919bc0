// Whole pages for visitors, kept in the server's memory (scripts/serve.ts). A visitor (no session
// cookie) sees the same dashboard as every other visitor until the data or the day changes, so the
// rendered page is kept under (the database's data version, today's date, the URL). The version is
// the database's own (triggers raise it on every write, from any process: another app server, the
// plan import, a restore), so a page is never served after a write — the next request renders anew.
// What is kept is the HTML without its script nonce; every response gets a fresh one.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** The dashboards a visitor may read, and nothing else (no forms, no files, no signed-in screens). */
const CACHED_PATHS = /^\/(?:timeline|leadership|half-year|tasks\/\d{1,6}|projects\/\d{1,6})?$/;
/** The session cookie's name (lib/auth/session.ts): any request carrying it is rendered for its user. */
const SESSION_COOKIE = 'msd_session';
/** Headers of Next's client navigations and actions: their answers are RSC payloads or per-user. */
const NEXT_REQUEST_HEADERS = ['rsc', 'next-action', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];
const NONCE_SLOT = '\u0000nonce\u0000';

export type RequestFacts = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** Whether a request may be answered from (and its answer kept in) the cache. */
export function cacheableRequest(req: RequestFacts): boolean {
  if (req.method !== 'GET' || !req.url) return false;
  const url = new URL(req.url, 'http://x');
  if (!CACHED_PATHS.test(url.pathname) || url.searchParams.has('_rsc')) return false;
  if (NEXT_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  const cookie = req.headers.cookie;
  const cookies = Array.isArray(cookie) ? cookie.join(';') : (cookie ?? '');
  return !cookies.split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`));
}

/** The key of a page: the data version, the day, and the URL as asked (path and query). */
export const pageKey = (version: number | bigint, day: string, url: string): string => `${version}\n${day}\n${url}`;

export type Kept = { status: number; headers: Record<string, string>; body: string };

/** Whether a rendered answer may be kept: a whole HTML page (200), setting no cookie. */
export function keepable(status: number, headers: Record<string, string | string[] | number | undefined>): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined || headers['content-encoding'] !== undefined) return false;
  return String(headers['content-type'] ?? '').startsWith('text/html');
}

/** The body with this response's nonce taken out (and put back per response by `withNonce`). */
export const withoutNonce = (body: string, nonce: string): string => body.split(nonce).join(NONCE_SLOT);
export const withNonce = (body: string, nonce: string): string => body.split(NONCE_SLOT).join(nonce);

/**
 * The pages kept, at most `maxBytes` of them (the oldest used go first). Only the newest data
 * version's pages are kept: when a key of a newer version comes, all older ones are dropped.
 */
export class PageCache {
  private readonly pages = new Map<string, Kept>();
  private bytes = 0;
  private version: bigint = -1n;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): Kept | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page); // most recently used last
    }
    return page;
  }

  set(version: number | bigint, key: string, page: Kept): void {
    const v = BigInt(version);
    if (v < this.version) return; // rendered from data already superseded
    if (v > this.version) this.clear(v);
    const size = page.body.length * 2;
    if (size > this.maxBytes) return;
    const old = this.pages.get(key);
    if (old) this.bytes -= old.body.length * 2;
    this.pages.set(key, page);
    this.bytes += size;
    for (const [k, p] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.bytes -= p.body.length * 2;
    }
  }

  get size(): number {
    return this.pages.size;
  }

  private clear(version: bigint): void {
    this.pages.clear();
    this.bytes = 0;
    this.version = version;
  }
}

/** The bytes to send for a kept page with this response's nonce: gzip when the client takes it. */
export async function answerBody(page: Kept, nonce: string, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding?: 'gzip' }> {
  const html = Buffer.from(withNonce(page.body, nonce));
  if (!/\bgzip\b/.test(acceptEncoding ?? '')) return { body: html };
  return { body: await gzipAsync(html, { level: 6 }), encoding: 'gzip' };
}
