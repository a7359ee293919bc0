// Where the browser may go after signing in or changing a password: a path on this site only.
// The value is resolved as a URL (dot segments, percent-encoded dots, backslashes and tabs
// normalised the way browsers do) against an origin of our own, must stay on that origin, and the
// path that comes out must start with exactly one "/" followed by neither "/" nor "\": a result
// such as "//evil.example/" (from "/..//evil.example/") is a network-path reference that the
// browser would take to another host.
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
  const path = `${url.pathname}${url.search}${url.hash}`;
  return /^\/(?![/\\])/.test(path) ? path : '/';
}

/**
 * Where a sign-in lands: when it asked for no page (the home page), a unit account on 我的任务 and a leader on the
 * 领导驾驶舱 (their summary, 我牵头的任务 and 我的批示 on it); else where it asked.
 */
export const landingPath = (role: string, next: string): string => {
  if (next !== '/') return next;
  return role === 'UNIT' ? '/my' : role === 'LEADER' ? '/leadership' : next;
};
