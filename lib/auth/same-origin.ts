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
