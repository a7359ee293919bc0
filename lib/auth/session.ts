// Sessions: a signed JWT (jose, HS256) in an httpOnly, SameSite=Lax cookie. The user row is
// re-read on every request, so a deactivated account or changed role takes effect at once.
import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { jwtVerify, SignJWT } from 'jose';
import { prisma } from '@/lib/prisma';
import { cookieSecure } from '@/lib/env';
import type { Actor } from './policy';
import { sessionKey } from './secret';

export const SESSION_COOKIE = 'msd_session';
const MAX_AGE_S = 8 * 60 * 60;

export async function signSession(userId: number, version: number): Promise<string> {
  return new SignJWT({ v: version })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuedAt()
    .setExpirationTime(`${MAX_AGE_S}s`)
    .sign(sessionKey());
}

export async function startSession(userId: number, version: number): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, await signSession(userId, version), {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(),
    path: '/',
    maxAge: MAX_AGE_S,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** The signed-in user, or null. A password change (version bump) ends older sessions. */
export const getSession = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, sessionKey(), { algorithms: ['HS256'] });
    const user = await prisma.user.findUnique({
      where: { id: Number(payload.sub) },
      select: { id: true, role: true, unitId: true, displayName: true, username: true, active: true, version: true, unit: { select: { name: true } } },
    });
    if (!user || !user.active || user.version !== payload.v) return null;
    return { id: user.id, role: user.role, unitId: user.unitId, displayName: user.displayName, username: user.username, unitName: user.unit?.name ?? null };
  } catch {
    return null;
  }
});

/** The signed-in user for a page that needs one; anyone else is sent to sign in and brought back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
