// Server-side sessions: a token names a Session row; logout, a password change, deactivation and
// the idle timeout end it at once, even for a copied cookie.
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { migrateWithAccounts, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv({ APP_MODE: 'demo', SQL_LOG: '1' }); // SQL_LOG: statements are counted
const jar = vi.hoisted(() => {
  const store = new Map<string, string>();
  return {
    store,
    api: {
      get: (k: string) => (store.has(k) ? { value: store.get(k)! } : undefined),
      set: (k: string, v: string) => void store.set(k, v),
      delete: (k: string) => void store.delete(k),
    },
  };
});
vi.mock('next/headers', () => ({ cookies: async () => jar.api }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

type Session = typeof import('@/lib/auth/session');
let s: Session;
let prisma: typeof import('@/lib/prisma').prisma;
let mzj: { id: number; version: number };

beforeAll(async () => {
  await migrateWithAccounts(file);
  s = await import('@/lib/auth/session');
  prisma = (await import('@/lib/prisma')).prisma;
  mzj = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj' }, select: { id: true, version: true } });
});

describe('sessions', () => {
  it('a signed-in cookie names a stored session; after logout the same cookie (a copy) is worthless', async () => {
    await s.startSession(mzj.id, mzj.version, { ip: '10.0.0.1', userAgent: 'test' });
    const copied = jar.store.get(s.SESSION_COOKIE)!;
    expect((await s.actorFromToken(copied))?.username).toBe('mzj');
    expect(await prisma.session.count({ where: { userId: mzj.id } })).toBe(1);
    const stored = await prisma.session.findFirstOrThrow({ where: { userId: mzj.id } });
    expect(copied).not.toContain(stored.id); // only the id's hash is stored
    await s.endSession();
    expect(jar.store.has(s.SESSION_COOKIE)).toBe(false);
    expect(await s.actorFromToken(copied)).toBeNull();
    expect(await prisma.session.count({ where: { userId: mzj.id } })).toBe(0);
  });

  it('a password change (version bump) or deactivation ends the session; a forged or foreign token never counts', async () => {
    const token = await s.createSessionToken(mzj.id, mzj.version);
    await prisma.user.update({ where: { id: mzj.id }, data: { version: { increment: 1 } } });
    expect(await s.actorFromToken(token)).toBeNull();
    const fresh = await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } });
    const t2 = await s.createSessionToken(mzj.id, fresh.version);
    expect(await s.actorFromToken(t2)).not.toBeNull();
    await prisma.user.update({ where: { id: mzj.id }, data: { active: false } });
    expect(await s.actorFromToken(t2)).toBeNull();
    await prisma.user.update({ where: { id: mzj.id }, data: { active: true } });
    expect(await s.actorFromToken(`${t2.slice(0, -2)}xx`)).toBeNull();
    expect(await s.actorFromToken('not-a-token')).toBeNull();
  });

  it('an idle session ends after the idle timeout (a setting) and its row is removed', async () => {
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } })).version;
    const token = await s.createSessionToken(mzj.id, v);
    await prisma.setting.upsert({ where: { key: 'sessionIdleMinutes' }, create: { key: 'sessionIdleMinutes', value: '30' }, update: { value: '30' } });
    const in29 = new Date(Date.now() + 29 * 60_000);
    expect(await s.actorFromToken(token, in29)).not.toBeNull(); // and touches lastSeenAt
    const in29plus31 = new Date(in29.getTime() + 31 * 60_000);
    expect(await s.actorFromToken(token, in29plus31)).toBeNull();
    expect(await prisma.session.count({ where: { userId: mzj.id } })).toBe(0);
  });
});

describe('the session check on every signed-in request', () => {
  it('is one statement: the session row, its user, the unit and the idle timeout together', async () => {
    const { sqlCounter } = await import('@/lib/prisma');
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } })).version;
    const token = await s.createSessionToken(mzj.id, v);
    await prisma.setting.upsert({ where: { key: 'sessionIdleMinutes' }, create: { key: 'sessionIdleMinutes', value: '30' }, update: { value: '30' } });
    const before = sqlCounter.count;
    const actor = await s.actorFromToken(token);
    expect(sqlCounter.count - before).toBe(1);
    expect(actor).toMatchObject({ id: mzj.id, role: 'UNIT', username: 'mzj', unitName: '区民政局' });
    // The idle timeout read in the same statement still counts: 31 minutes later the session is gone.
    expect(await s.actorFromToken(token, new Date(Date.now() + 31 * 60_000))).toBeNull();
    await prisma.setting.delete({ where: { key: 'sessionIdleMinutes' } });
  });

  it.skipIf(process.env.DB === 'postgres')('reads a time SQLite wrote itself (text without an offset) as UTC', async () => {
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } })).version;
    const token = await s.createSessionToken(mzj.id, v);
    const { decodeJwt } = await import('jose');
    const { createHash } = await import('node:crypto');
    const id = createHash('sha256')
      .update(String(decodeJwt(token).sid))
      .digest('hex');
    // A server in Shenzhen runs on China time: the text must still be read as UTC.
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    onTestFinished(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    // Two hours ago, as SQLite's CURRENT_TIMESTAMP writes it: 'YYYY-MM-DD HH:MM:SS', UTC.
    const seen = new Date(Math.floor(Date.now() / 1000) * 1000 - 2 * 3600_000);
    const text = seen.toISOString().replace('T', ' ').slice(0, 19);
    await prisma.$executeRaw`UPDATE "Session" SET "lastSeenAt" = ${text} WHERE "id" = ${id}`;
    // 59 minutes after it the session is valid (60 minutes idle by default); 61 minutes after, idle.
    expect(await s.actorFromToken(token, new Date(seen.getTime() + 59 * 60_000))).not.toBeNull();
    await prisma.$executeRaw`UPDATE "Session" SET "lastSeenAt" = ${text} WHERE "id" = ${id}`;
    expect(await s.actorFromToken(token, new Date(seen.getTime() + 61 * 60_000))).toBeNull();
  });
});

describe('the session cookie and row', () => {
  it('is httpOnly, SameSite=Lax, for the whole site, 8 hours; the row keeps address and a 200-character agent; lastSeenAt is touched at most once a minute', async () => {
    const set = vi.spyOn(jar.api, 'set');
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } })).version;
    await s.startSession(mzj.id, v, { ip: '10.0.0.2', userAgent: 'a'.repeat(300) });
    const [name, , opts] = set.mock.calls.at(-1) as unknown as [string, string, Record<string, unknown>];
    expect(name).toBe('msd_session');
    expect(opts).toEqual({ httpOnly: true, sameSite: 'lax', secure: false, path: '/', maxAge: 8 * 60 * 60 });
    set.mockRestore();
    const row = await prisma.session.findFirstOrThrow({ where: { userId: mzj.id, ip: '10.0.0.2' } });
    expect(row.userAgent).toBe('a'.repeat(200));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(8 * 3600_000 - 5_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(8 * 3600_000 + 5_000);
    const token = jar.store.get(s.SESSION_COOKIE)!;
    const actor = await s.actorFromToken(token, new Date(row.lastSeenAt.getTime() + 30_000));
    expect(actor).toEqual({ id: mzj.id, role: 'UNIT', unitId: expect.any(Number), displayName: expect.any(String), username: 'mzj', unitName: '区民政局' });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: row.id } })).lastSeenAt).toEqual(row.lastSeenAt);
    const later = new Date(row.lastSeenAt.getTime() + 61_000);
    await s.actorFromToken(token, later);
    expect((await prisma.session.findUniqueOrThrow({ where: { id: row.id } })).lastSeenAt).toEqual(later);
    // Past its absolute expiry, the session is gone.
    expect(await s.actorFromToken(token, new Date(row.expiresAt.getTime() + 1))).toBeNull();
    expect(await prisma.session.count({ where: { id: row.id } })).toBe(0);
  });

  it('a token naming another user than its session row never counts; an account that must change its password says so', async () => {
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: mzj.id }, select: { version: true } })).version;
    const token = await s.createSessionToken(mzj.id, v);
    const other = await prisma.user.findUniqueOrThrow({ where: { username: 'clh' }, select: { id: true } });
    const { decodeJwt, SignJWT } = await import('jose');
    const { sessionKey } = await import('@/lib/auth/secret');
    const claims = decodeJwt(token);
    const swapped = await new SignJWT({ v: claims.v, sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(other.id))
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(sessionKey());
    expect(await s.actorFromToken(swapped)).toBeNull();
    const noSid = await new SignJWT({ v: claims.v })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(mzj.id))
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(sessionKey());
    expect(await s.actorFromToken(noSid)).toBeNull();
    expect(await s.actorFromToken(undefined)).toBeNull();
    await prisma.user.update({ where: { id: mzj.id }, data: { mustChangePassword: true } });
    const fresh = await s.createSessionToken(mzj.id, v);
    expect(await s.actorFromToken(fresh)).toMatchObject({ username: 'mzj', mustChangePassword: true });
    jar.store.set(s.SESSION_COOKIE, fresh);
    await expect(s.requireActor('/my')).rejects.toThrow('redirect /account/password?next=%2Fmy');
    await prisma.user.update({ where: { id: mzj.id }, data: { mustChangePassword: false } });
    expect(await s.requireActor('/my')).toMatchObject({ username: 'mzj' });
    expect((await s.getSession())?.username).toBe('mzj');
    // A cookie whose session ended (signed out here: the row is gone): the sign-in page is told so.
    await prisma.session.deleteMany({ where: { userId: mzj.id } });
    await expect(s.requireActor('/review?x=1')).rejects.toThrow('redirect /login?next=%2Freview%3Fx%3D1&ended=1');
    jar.store.delete(s.SESSION_COOKIE);
    await expect(s.requireActor('/review?x=1')).rejects.toThrow(/^redirect \/login\?next=%2Freview%3Fx%3D1$/);
    expect(await s.getSession()).toBeNull();
  });
});

describe('login throttling state', () => {
  const t0 = new Date('2026-11-29T08:00:00Z');
  const min = (n: number) => new Date(t0.getTime() + n * 60_000);
  it('five failures of one account from one address lock that pair for 15 minutes; another address is not locked; a success clears the pair only', async () => {
    const th = await import('@/lib/auth/throttle');
    await prisma.loginThrottle.deleteMany();
    for (let i = 0; i < 4; i++) await th.recordFailure('Mzj', '10.1.1.1', min(i));
    expect(await th.lockedFor('mzj', '10.1.1.1', min(4))).toBe(0);
    await th.recordFailure('mzj', '10.1.1.1', min(4));
    expect(await th.lockedFor('mzj', '10.1.1.1', min(4))).toBe(15);
    expect(await th.lockedFor('MZJ', '10.1.1.1', min(10))).toBe(9);
    expect(await th.lockedFor('mzj', '10.2.2.2', min(4))).toBe(0);
    expect(await th.lockedFor('mzj', '10.1.1.1', min(19))).toBe(0);
    expect(await prisma.loginThrottle.findUniqueOrThrow({ where: { key: 'ip:10.1.1.1' } })).toMatchObject({ failures: 5, lockedUntil: null });
    await th.settleSuccess('mzj', '10.1.1.1');
    expect(await prisma.loginThrottle.count({ where: { key: 'pair:mzj|10.1.1.1' } })).toBe(0);
    // The success gives back the one reservation it made on the address; the other failures stay.
    expect(await prisma.loginThrottle.findUniqueOrThrow({ where: { key: 'ip:10.1.1.1' } })).toMatchObject({ failures: 4 });
  });
  it('an attempt is reserved before verification: the lock check and the count are one step, so concurrent attempts stop at the limit', async () => {
    const th = await import('@/lib/auth/throttle');
    await prisma.loginThrottle.deleteMany();
    const answers = await Promise.all(Array.from({ length: 60 }, () => th.reserveAttempt('duchashi', '10.5.5.5', min(0))));
    expect(answers.filter((a) => a === 0)).toHaveLength(5);
    expect(answers.filter((a) => a === 15)).toHaveLength(55);
    // Thirty reservations from one address over many accounts, then the address is locked for all.
    const spray = await Promise.all(Array.from({ length: 80 }, (_, i) => th.reserveAttempt(`u${i}`, '10.6.6.6', min(0))));
    expect(spray.filter((a) => a === 0)).toHaveLength(30);
    expect(await prisma.loginThrottle.findUniqueOrThrow({ where: { key: 'ip:10.6.6.6' } })).toMatchObject({ failures: 30 });
  });
  it('thirty failures from one address over many accounts lock the address; rows past their window are pruned', async () => {
    const th = await import('@/lib/auth/throttle');
    await prisma.loginThrottle.deleteMany();
    for (let i = 0; i < 30; i++) await th.recordFailure(`user${i}`, '10.3.3.3', min(0));
    expect(await th.lockedFor('someone-else', '10.3.3.3', min(1))).toBe(14);
    expect(await prisma.loginThrottle.count()).toBe(31);
    // 31 minutes later a failure elsewhere prunes every row whose window and lock are over.
    await th.recordFailure('x', '10.4.4.4', min(31));
    expect((await prisma.loginThrottle.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key)).toEqual([
      'ip:10.4.4.4',
      'pair:x|10.4.4.4',
    ]);
  });
});
