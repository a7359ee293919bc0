// Forms posted by a browser without JavaScript (its own post of the form: no Next-Action header,
// the hidden $ACTION fields instead) — an old intranet browser that cannot run the app's scripts
// posts every form that way. After a stored change such a post is answered with a redirect
// (POST-redirect-GET): the page shows the new state, and a reload does not post the form again.
// Not a server-action module: the actions in this folder call it.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

/** Whether this action was posted by the browser itself, without JavaScript. */
export async function postedWithoutScript(): Promise<boolean> {
  return !(await headers()).has('next-action');
}

/**
 * The path and query of this site's page the form was posted from (the Referer), or null — none
 * sent, another site's, or a path a redirect would read as another host (`//host/…`). Only the path
 * is kept, so the redirect stays on this site whatever the header says.
 */
export function pageOf(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if (url.host !== host || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}`;
}

/** `page` (a path and query) with `saved=anchor` in its query and `#anchor`: where a saved change leads back to. */
export function savedAt(page: string, anchor: string): string {
  const url = new URL(page, 'http://page.invalid');
  url.searchParams.set('saved', anchor);
  return `${url.pathname}${url.search}#${anchor}`;
}

/**
 * After a stored change posted without JavaScript: redirects to the page it was posted from, at
 * `anchor` (the record changed) — with `saved`, also naming it in the query (`?saved=anchor`) so the
 * page says there that it was saved. Returns (and the action answers with its state, the page
 * rendered again) when it was posted with JavaScript or the page is not known.
 */
export async function backWithoutScript(anchor: string, { saved = false }: { saved?: boolean } = {}): Promise<void> {
  if (!(await postedWithoutScript())) return;
  const h = await headers();
  const page = pageOf(h.get('referer'), h.get('x-forwarded-host') ?? h.get('host'));
  if (page) redirect(saved ? savedAt(page, anchor) : `${page}#${anchor}`);
}
