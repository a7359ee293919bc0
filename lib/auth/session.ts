// Sessions: a signed JWT (jose, HS256) in an httpOnly, SameSite=Lax cookie that names a Session
// row by a random id. Every request checks the row (so logout, a password change or deactivation
// ends a session at once, even for a copied cookie), the idle timeout and the user.
import 'server-only';
import { cache } from 'react';
import { createHash, randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { jwtVerify, SignJWT } from 'jose';
import { prisma } from '@/lib/prisma';
import { cookieSecure } from '@/lib/env';
import type { Actor } from './policy';
import { sessionKey } from './secret';
import { idleMinutesOf, SESSION_MAX_AGE_S, sessionState, TOUCH_EVERY_MS } from './session-rules';

export const SESSION_COOKIE = 'msd_session';

const hashSid = (sid: string) => createHash('sha256').update(sid).digest('hex');

/** Creates the session row and returns the signed token that names it. */
export async function createSessionToken(userId: number, version: number, meta: { ip?: string | null; userAgent?: string | null } = {}): Promise<string> {
  const sid = randomBytes(32).toString('base64url');
  const now = new Date();
  await prisma.session.create({
    data: {
      id: hashSid(sid),
      userId,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 200) ?? null,
    },
  });
  return new SignJWT({ v: version, sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuedAt()
    .setExpirationTime(`${SESSION_MAX_AGE_S}s`)
    .sign(sessionKey());
}

export async function startSession(userId: number, version: number, meta: { ip?: string | null; userAgent?: string | null } = {}): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, await createSessionToken(userId, version, meta), {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(),
    path: '/',
    maxAge: SESSION_MAX_AGE_S,
  });
}

async function readToken(token: string | undefined): Promise<{ sid: string; userId: number; v: unknown } | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, sessionKey(), { algorithms: ['HS256'] });
    return typeof payload.sid === 'string' ? { sid: payload.sid, userId: Number(payload.sub), v: payload.v } : null;
  } catch {
    return null;
  }
}

/** Ends this browser's session: the row is deleted (a copy of the cookie is worthless), the cookie cleared. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const claims = await readToken(jar.get(SESSION_COOKIE)?.value);
  if (claims) await prisma.session.deleteMany({ where: { id: hashSid(claims.sid) } });
  jar.delete(SESSION_COOKIE);
}

/** The user behind a session token, or null (no such session, expired, idle, revoked). */
export async function actorFromToken(token: string | undefined, now = new Date()): Promise<Actor | null> {
  const claims = await readToken(token);
  if (!claims) return null;
  const id = hashSid(claims.sid);
  const [row, idle] = await Promise.all([
    prisma.session.findUnique({
      where: { id },
      select: {
        expiresAt: true,
        lastSeenAt: true,
        userId: true,
        user: {
          select: {
            id: true,
            role: true,
            unitId: true,
            displayName: true,
            username: true,
            active: true,
            version: true,
            mustChangePassword: true,
            unit: { select: { name: true } },
          },
        },
      },
    }),
    prisma.setting.findUnique({ where: { key: 'sessionIdleMinutes' }, select: { value: true } }),
  ]);
  if (row && row.userId !== claims.userId) return null;
  const state = sessionState(row, claims.v, now, idleMinutesOf(idle?.value));
  if (state !== 'valid' || !row) {
    if (row) await prisma.session.deleteMany({ where: { id } }); // expired, idle or stale: gone for good
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  const u = row.user;
  return {
    id: u.id,
    role: u.role,
    unitId: u.unitId,
    displayName: u.displayName,
    username: u.username,
    unitName: u.unit?.name ?? null,
    ...(u.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

/** The signed-in user of this request, or null. */
export const getSession = cache(async (): Promise<Actor | null> => actorFromToken((await cookies()).get(SESSION_COOKIE)?.value));

/** The signed-in user for a page that needs one; anyone else is sent to sign in and brought back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getSession();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (actor.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
