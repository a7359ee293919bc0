// Where the browser may go after signing in: a path on this site only. Parsed as a URL against
// a placeholder origin and compared, so "/\evil.example/", "/<TAB>/evil.example/" and the like —
// which browsers normalise to another host — are refused.
const ORIGIN = 'http://app.invalid';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== ORIGIN) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
