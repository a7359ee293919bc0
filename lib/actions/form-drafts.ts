// A form posted by a browser without JavaScript after its session ended (idle, or ended elsewhere)
// is kept as a draft instead of lost: with a script the form itself keeps the input and signs in in
// a new window; without one the answer can only be the sign-in page. The draft is its writer's —
// the account the ended session's signed token names — and this browser's, by a cookie holding a
// random id of which only the SHA-256 is stored; it belongs to the page the form was posted from
// and to one form of it (`form`, lib/links.ts formKey, named by the action). Once the same account
// has signed in again in this browser that page shows it in that form, until the account posts
// that form from this browser (its answer carries the input from then on) or it expires
// (lib/auth/draft-rules.ts). One draft per account: a newer one replaces it.
// Not a server-action module: the actions in this folder and the pages that show drafts call it.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { prisma } from '@/lib/prisma';
import { cookieSecure } from '@/lib/env';
import { endedSessionUser } from '@/lib/auth/session';
import { DRAFT_MAX_AGE_S, DRAFT_MAX_CHARS, draftValues, isDraftOf, parseDraft } from '@/lib/auth/draft-rules';
import { t } from '@/lib/i18n/zh-CN';
import type { Prefill } from './form-state';
import { pageOf, postedWithoutScript } from './without-script';

export const DRAFT_COOKIE = 'msd_draft';

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * A form sent after its session ended, posted without JavaScript from a page of this site by a
 * browser whose token still names its account: kept, and the browser sent to sign in, told so,
 * and brought back to the page. Otherwise returns, and the caller answers as before (with a script
 * the form keeps the input itself).
 */
export async function keepDraftWithoutScript(form: string, values: Record<string, string>): Promise<void> {
  if (!(await postedWithoutScript())) return;
  const h = await headers();
  const page = pageOf(h.get('referer'), h.get('x-forwarded-host') ?? h.get('host'));
  const userId = await endedSessionUser();
  const json = JSON.stringify(draftValues(values));
  if (!page || userId === null || json.length > DRAFT_MAX_CHARS) return;
  const id = randomBytes(32).toString('base64url');
  const now = new Date();
  // One per account; the expired ones of anyone go with it.
  await prisma.formDraft.deleteMany({ where: { OR: [{ userId }, { expiresAt: { lte: now } }] } });
  await prisma.formDraft.create({ data: { id: hashId(id), userId, page, form, values: json, expiresAt: new Date(now.getTime() + DRAFT_MAX_AGE_S * 1000) } });
  (await cookies()).set(DRAFT_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: cookieSecure(), path: '/', maxAge: DRAFT_MAX_AGE_S });
  redirect(`/login?next=${encodeURIComponent(page)}&ended=1&kept=1`);
}

export type Draft = { form: string; values: Record<string, string> };

/** The draft this browser holds for this account on the page at `path`, or null (no statement without the cookie). */
export async function draftFor(userId: number, path: string): Promise<Draft | null> {
  const id = (await cookies()).get(DRAFT_COOKIE)?.value;
  if (!id) return null;
  const row = await prisma.formDraft.findFirst({
    where: { id: hashId(id), userId, expiresAt: { gt: new Date() } },
    select: { page: true, form: true, values: true },
  });
  const values = row && isDraftOf(row.page, path) ? parseDraft(row.values) : null;
  return row && values ? { form: row.form, values } : null;
}

/** What the form named `form` starts with when `draft` is its: the fields, and the note that says so. */
export const restoredIn = (draft: Draft | null, form: string): Prefill | undefined =>
  draft?.form === form ? { note: t.form.draftRestored, values: draft.values } : undefined;

/** The form named `form` posted by this account from this browser: the draft this browser holds for it is done with (no statement without the cookie). */
export async function dropDraft(userId: number, form: string): Promise<void> {
  const jar = await cookies();
  const id = jar.get(DRAFT_COOKIE)?.value;
  if (!id) return;
  // Another form's draft, or another account's (someone else signed in in this browser), stays.
  const { count } = await prisma.formDraft.deleteMany({ where: { id: hashId(id), userId, form } });
  if (count) jar.delete(DRAFT_COOKIE);
}
