// What the server wrapper (scripts/serve.ts) decides before a request reaches Next: posts too large
// or malformed to be a form of ours are answered 413/400 with a message (not a 500 from deep
// inside Next), a file sent as it is asked for with another method than GET or HEAD 405, and
// forwarded-host/proto headers count only from a trusted proxy.
import { m } from '@/lib/i18n/messages';

/** Next's own limit for server-action bodies (next.config.js `serverActions.bodySizeLimit`, 6 MB). */
export const ACTION_BODY_LIMIT = 6 * 1024 * 1024;

/** The routes that parse their own multipart uploads (and answer a broken one 400). */
const UPLOAD_ROUTES = new Set(['/plan/import/upload', '/evidence/upload']);

/** Headers only a reverse proxy may set: dropped from any other peer before the app sees them. */
export const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'] as const;

type Posted = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** A request's path, without its query. */
const pathOf = (req: { url?: string }): string => (req.url ?? '/').split('?')[0]!;

/**
 * The largest post to a page the app takes: Next's action limit and a margin for the multipart
 * framing. Larger is answered 413 here (`postProblem`); up to it, a multipart one or an action call is read whole and
 * judged (`bodyProblem`).
 */
export const PAGE_POST_LIMIT = ACTION_BODY_LIMIT + 64 * 1024;

export type RequestProblem = { status: 413 | 405 | 400; message: string; allow?: string };

/**
 * A POST the app cannot take: larger than the action limit (413), or naming a server action with
 * an id that is not one (400). The upload routes have their own limits (a 佐证材料 file may be 20 MB)
 * and answer themselves, in the JSON their page reads.
 */
export function postProblem(req: Posted): RequestProblem | null {
  if (req.method !== 'POST') return null;
  if (UPLOAD_ROUTES.has(pathOf(req))) return null;
  const length = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(length) && length > PAGE_POST_LIMIT) return { status: 413, message: m.postTooLarge };
  const action = req.headers['next-action'];
  if (action !== undefined && (Array.isArray(action) || !/^[0-9a-f]{16,128}$/i.test(action))) return { status: 400, message: m.postMalformed };
  return null;
}

/**
 * A file Next sends as it is (the build's /_next/static/…, a file of public/ by its path) asked for
 * with a method other than GET or HEAD: 405 with what is allowed. Next itself answers these by
 * rendering a /405 page, which the App Router does not have: HTTP 500.
 */
export function staticMethodProblem(req: { method?: string; url?: string }, publicFiles: ReadonlySet<string>): RequestProblem | null {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOf(req));
  } catch {
    return null;
  }
  return decoded.startsWith('/_next/static/') || publicFiles.has(decoded) ? { status: 405, message: m.methodNotAllowed, allow: 'GET, HEAD' } : null;
}

/**
 * A post to a page (a form, a server action) whose body cannot be one of ours, judged as Next would
 * decode it, which fails with HTTP 500 — answered 400 instead:
 * - a multipart body that cannot be a form — no boundary in its content type, a part without its
 *   headers or its blank line, a body cut short or running on past its last boundary — parsed here
 *   with the platform's `formData()`, the parser Next uses for a form sent without JavaScript;
 * - React's rows that are no JSON: a form sent without JavaScript carries its action's bound
 *   arguments as "$ACTION_1:0", "$ACTION_1:1"… (the form's previous state among them); an action
 *   called with JavaScript sends its arguments as rows "0" (always there), "1"… beside a form's own
 *   fields ("1_username": any text) and files, or, with plain arguments, as one JSON text.
 * Judged on the `whole` body only (read up to PAGE_POST_LIMIT; a longer one is passed on unjudged, for
 * Next to answer 413). The upload routes parse their own posts and answer 400 themselves.
 */
export async function bodyProblem(req: Posted, body: Buffer, whole: boolean): Promise<RequestProblem | null> {
  if (!judgesBody(req) || !whole) return null;
  const malformed = { status: 400, message: m.postMalformed } as const;
  const withScript = req.headers['next-action'] !== undefined;
  if (!isMultipart(req)) return isJson(body.toString('utf8')) ? null : malformed;
  let form: FormData;
  try {
    // (A Buffer the server read is never on a SharedArrayBuffer: the cast only narrows its type.)
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
  } catch {
    return malformed;
  }
  if (withScript && typeof form.get('0') !== 'string') return malformed;
  const row = withScript ? /^\d+$/ : /^\$ACTION_\d+:\d+$/;
  for (const [name, value] of form) if (row.test(name) && typeof value === 'string' && !isJson(value)) return malformed;
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const isMultipart = (req: Posted): boolean => {
  const type = req.headers['content-type'];
  return typeof type === 'string' && type.toLowerCase().startsWith('multipart/form-data');
};

/** Whether a post is one `bodyProblem` judges (its body is read before Next sees it): a post to a page that is multipart or calls an action. */
export function judgesBody(req: Posted): boolean {
  return req.method === 'POST' && (isMultipart(req) || req.headers['next-action'] !== undefined) && !UPLOAD_ROUTES.has(pathOf(req));
}
