'use server';
// Sign-in and sign-out. Failed attempts are throttled per account and per client address.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { prisma, writeTransaction } from '@/lib/prisma';
import { verifyPassword } from '@/lib/auth/password';
import { endSession, getSession, startSession } from '@/lib/auth/session';
import { clearFailures, lockedFor, recordFailure } from '@/lib/auth/throttle';
import { audit } from '@/lib/audit';
import { safeNextPath } from '@/lib/auth/redirect';
import { formToObject, loginSchema } from '@/lib/validation/update';
import { m } from '@/lib/i18n/messages';
import type { ActionState } from './state';


export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formToObject(formData);
  delete values.password; // never echo a password back
  const parsed = loginSchema.safeParse(formToObject(formData));
  if (!parsed.success) return { status: 'error', message: m.fixErrors, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values };
  const { username, password, next } = parsed.data;
  const h = await headers();
  const ip = h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
  const keys = [`user:${username}`, `ip:${ip}`];
  const locked = await lockedFor(keys);
  if (locked > 0) return { status: 'error', message: m.locked(locked), values };

  const user = await prisma.user.findUnique({ where: { username }, select: { id: true, passwordHash: true, active: true, version: true } });
  const ok = user?.active ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await recordFailure(keys);
    await writeTransaction((tx) => audit(tx, { actorId: user?.id ?? null, action: 'login.failed', entityType: 'User', entityId: username, ip }));
    const nowLocked = await lockedFor(keys);
    return { status: 'error', message: nowLocked > 0 ? m.locked(nowLocked) : m.badLogin, values };
  }
  await clearFailures(keys);
  await writeTransaction((tx) => audit(tx, { actorId: user.id, action: 'login', entityType: 'User', entityId: user.id, ip }));
  await startSession(user.id, user.version);
  redirect(safeNextPath(next));
}

export async function logout(): Promise<void> {
  const actor = await getSession();
  if (actor) await writeTransaction((tx) => audit(tx, { actorId: actor.id, action: 'logout', entityType: 'User', entityId: actor.id }));
  await endSession();
  redirect('/');
}
