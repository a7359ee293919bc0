// Whether a POST to one of the app's own routes comes from one of its pages. Server actions get this
// check from Next; a route handler that changes data makes it itself (with SameSite cookies as the
// second line): the browser's Sec-Fetch-Site, when sent, must say same-origin, and the Origin header
// must name the host the request was sent to.
export function isSameOrigin(h: { origin: string | null; host: string | null; secFetchSite: string | null }): boolean {
  if (h.secFetchSite !== null && h.secFetchSite !== 'same-origin') return false;
  if (!h.origin || !h.host) return false;
  try {
    return new URL(h.origin).host === h.host;
  } catch {
    return false;
  }
}

/** Why a caller may not post to an upload route at all (its message and status), or null when it may. */
export type CallerCheck = () => Promise<{ message: string; status: 401 | 403 } | null>;

/**
 * The first checks of an upload route, before its body is read: from one of the app's pages, by a
 * caller `caller` lets post (signed in, with the route's right), with a length, not over `limit`
 * bytes; then the multipart form. The route turns each refusal into its own message.
 */
export async function readUpload(
  request: Request,
  limit: number,
  caller: CallerCheck = async () => null,
): Promise<
  | { form: FormData }
  | { refused: 'cross_site' | 'no_length' | 'too_large' | 'unreadable'; status: 403 | 411 | 413 | 400 }
  | { refused: 'caller'; status: 401 | 403; message: string }
> {
  const h = request.headers;
  if (!isSameOrigin({ origin: h.get('origin'), host: h.get('x-forwarded-host') ?? h.get('host'), secFetchSite: h.get('sec-fetch-site') })) {
    return { refused: 'cross_site', status: 403 };
  }
  const refusal = await caller();
  if (refusal) return { refused: 'caller', ...refusal };
  const length = Number(h.get('content-length'));
  if (!Number.isSafeInteger(length) || length <= 0) return { refused: 'no_length', status: 411 };
  if (length > limit) return { refused: 'too_large', status: 413 };
  try {
    return { form: await request.formData() };
  } catch {
    return { refused: 'unreadable', status: 400 };
  }
}
