// Real session tokens for the authorization tests: one per account, plus three that must never
// count — a supervisor who changed the password after signing in (stale version), a deactivated
// supervisor, and a token for the office's own session signed with a key the server never had.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const UNTRUSTED = ['mx-stale', 'mx-inactive', 'mx-forged'] as const;

/** Call after the database is seeded; `office` names the account whose session the forged token copies. */
export async function sessionTokens(prisma: PrismaClient, office = 'duchashi'): Promise<{ cookieName: string; tokens: Record<string, string> }> {
  const { createSessionToken, SESSION_COOKIE } = await import('@/lib/auth/session');
  const tokens: Record<string, string> = {};
  for (const u of await prisma.user.findMany({ select: { id: true, username: true, version: true } }))
    tokens[u.username] = await createSessionToken(u.id, u.version);
  for (const [username, data] of [
    ['mx-stale', { version: { increment: 1 } }],
    ['mx-inactive', { active: false }],
  ] as const) {
    const u = await prisma.user.create({
      data: { username, displayName: username, role: 'SUPERVISOR', passwordHash: 'x' },
      select: { id: true, version: true },
    });
    tokens[username] = await createSessionToken(u.id, u.version);
    await prisma.user.update({ where: { id: u.id }, data });
  }
  const { SignJWT, decodeJwt } = await import('jose');
  const claims = decodeJwt(tokens[office]!);
  tokens['mx-forged'] = await new SignJWT({ v: claims.v, sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub))
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a key the server never had, 32+ characters long'));
  return { cookieName: SESSION_COOKIE, tokens };
}
