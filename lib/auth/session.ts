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
import { storedInstant } from '@/lib/domain/dates';
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

/** A session row with its user, its unit's name and the idle timeout, as one statement returns them (on either database). */
type SessionRow = {
  expiresAt: Date | string;
  lastSeenAt: Date | string;
  userId: number | bigint;
  role: Actor['role'];
  unitId: number | bigint | null;
  displayName: string;
  username: string;
  active: boolean | number | bigint;
  version: number | bigint;
  mustChangePassword: boolean | number | bigint;
  unitName: string | null;
  idle: string | null;
};

/**
 * The session, its user, the user's unit and the idle timeout in one statement: this runs on every
 * signed-in request (twice when a form is posted: the action, then the page), and Prisma's nested
 * select sent four. The two times go through COALESCE: on SQLite an expression has no declared type,
 * so its text comes back as written and `storedInstant` reads it as UTC (Prisma's raw conversion of a
 * DATETIME column reads a time SQLite wrote without an offset in the server's zone — China time on
 * a server in Shenzhen); on PostgreSQL the expression keeps its type and comes back as a Date.
 */
async function loadSession(id: string): Promise<SessionRow | null> {
  const [row] = await prisma.$queryRaw<SessionRow[]>`
    SELECT COALESCE(s."expiresAt", s."expiresAt") AS "expiresAt", COALESCE(s."lastSeenAt", s."lastSeenAt") AS "lastSeenAt", s."userId" AS "userId",
      u."role" AS "role", u."unitId" AS "unitId", u."displayName" AS "displayName", u."username" AS "username",
      u."active" AS "active", u."version" AS "version", u."mustChangePassword" AS "mustChangePassword",
      n."name" AS "unitName", (SELECT g."value" FROM "Setting" g WHERE g."key" = 'sessionIdleMinutes') AS "idle"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "Unit" n ON n."id" = u."unitId"
    WHERE s."id" = ${id}`;
  return row ?? null;
}

/** The user behind a session token, or null (no such session, expired, idle, revoked). */
export async function actorFromToken(token: string | undefined, now = new Date()): Promise<Actor | null> {
  const claims = await readToken(token);
  if (!claims) return null;
  const id = hashSid(claims.sid);
  const found = await loadSession(id);
  const row = found && {
    expiresAt: storedInstant(found.expiresAt),
    lastSeenAt: storedInstant(found.lastSeenAt),
    userId: Number(found.userId),
    user: { active: Boolean(Number(found.active)), version: Number(found.version) },
  };
  if (row && row.userId !== claims.userId) return null;
  const state = sessionState(row, claims.v, now, idleMinutesOf(found?.idle));
  if (state !== 'valid' || !row || !found) {
    if (row) await prisma.session.deleteMany({ where: { id } }); // expired, idle or stale: gone for good
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  const u = found;
  return {
    id: Number(u.userId),
    role: u.role,
    unitId: u.unitId === null ? null : Number(u.unitId),
    displayName: u.displayName,
    username: u.username,
    unitName: u.unitName ?? null,
    ...(Number(u.mustChangePassword) ? { mustChangePassword: true } : {}),
  };
}

/** The signed-in user of this request, or null. */
export const getSession = cache(async (): Promise<Actor | null> => actorFromToken((await cookies()).get(SESSION_COOKIE)?.value));

/**
 * The account a session that ended was signed in as, by this browser's token (its signature and
 * expiry checked; the row may be gone — idle, signed out elsewhere), or null. Only for a request
 * `getSession` found no session for: it names the writer of a form kept as a draft, no more.
 */
export async function endedSessionUser(): Promise<number | null> {
  const claims = await readToken((await cookies()).get(SESSION_COOKIE)?.value);
  return claims && Number.isInteger(claims.userId) && claims.userId > 0 ? claims.userId : null;
}

/** The signed-in user for a page that needs one; anyone else is sent to sign in and brought back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getSession();
  // A browser that still sends a session cookie had a session that ended (idle, expired, signed out
  // elsewhere): the sign-in page says so.
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}${(await cookies()).get(SESSION_COOKIE) ? '&ended=1' : ''}`);
  if (actor.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
