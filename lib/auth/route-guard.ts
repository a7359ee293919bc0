// What a file route (an export, a download) answers a caller without the right to it, in plain
// text: 401 when signed out, 403 when signed in without the right. Pages answer with their own
// screens; routes that return files use this.
import 'server-only';
import { getSession } from './session';
import { can, type Action, type Actor } from './policy';
import { m } from '@/lib/i18n/messages';

export const textResponse = (body: string, status: number): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Whether the caller may send an upload route (JSON answers) a body at all, asked before the body is
 * read: a visitor's or an unentitled account's megabytes are never read or parsed. Null when it may.
 */
export async function uploadRefusal(right: Action): Promise<{ message: string; status: 401 | 403 } | null> {
  const actor = await getSession();
  if (!actor) return { message: m.sessionEnded, status: 401 };
  return can(actor, right) ? null : { message: m.forbidden, status: 403 };
}

/** The caller when it has `right`, else the refusal to send back. */
export async function routeCaller(right: Action): Promise<{ actor: Actor } | { refusal: Response }> {
  const actor = await getSession();
  if (!actor) return { refusal: textResponse(m.signInFirst, 401) };
  if (!can(actor, right)) return { refusal: textResponse(m.forbidden, 403) };
  return { actor };
}
