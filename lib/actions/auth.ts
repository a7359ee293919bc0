'use server';
// Sign-in and sign-out. Failed attempts are throttled per account and per client address.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { writeTransaction } from '@/lib/prisma';
import { checkCredentials } from '@/lib/auth/credentials';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { endSession, getSession, startSession } from '@/lib/auth/session';
import { lockedFor, reserveAttempt, settleSuccess } from '@/lib/auth/throttle';
import { audit } from '@/lib/audit';
import { landingPath, safeNextPath } from '@/lib/auth/redirect';
import { formToObject, isForm, loginSchema } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import { notAForm, refusedForm, type ActionState } from './state';

export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return notAForm();
  const values = formToObject(formData);
  delete values.password; // never echo a password back
  const parsed = loginSchema.safeParse(formToObject(formData));
  if (!parsed.success) return refusedForm(parsed.error, values);
  const { username, password, next } = parsed.data;
  const h = await headers();
  // Written by the server wrapper from the socket (and trusted proxies only); see scripts/serve.ts.
  const ip = h.get(CLIENT_ADDRESS_HEADER) || 'unknown';
  // The attempt is counted before the password is verified (one atomic step with the lock check),
  // so concurrent guesses cannot slip past the limit.
  const locked = await reserveAttempt(username, ip);
  if (locked > 0) return { status: 'error', message: m.locked(locked), values };

  const { user, known } = await checkCredentials(username, password);
  if (!user) {
    // Only failures on real accounts are audited: guessing new names adds no audit rows.
    if (known) await writeTransaction((tx) => audit(tx, { actorId: known.id, action: 'login.failed', entityType: 'User', entityId: known.id, ip }));
    const nowLocked = await lockedFor(username, ip);
    return { status: 'error', message: nowLocked > 0 ? m.locked(nowLocked) : m.badLogin, values };
  }
  await settleSuccess(username, ip);
  await writeTransaction((tx) => audit(tx, { actorId: user.id, action: 'login', entityType: 'User', entityId: user.id, ip }));
  await startSession(user.id, user.version, { ip, userAgent: h.get('user-agent') });
  // A unit lands on its own work (我的任务) unless it asked for a page; everyone else where they asked.
  const target = landingPath(user.role, safeNextPath(next));
  // A one-time password set by the office is replaced before anything else.
  if (user.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(target)}`);
  redirect(target);
}

export async function logout(): Promise<void> {
  const actor = await getSession();
  if (actor) await writeTransaction((tx) => audit(tx, { actorId: actor.id, action: 'logout', entityType: 'User', entityId: actor.id }));
  await endSession();
  redirect('/');
}
