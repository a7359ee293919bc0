// Server-side sessions: a token names a Session row; logout, a password change, deactivation and
// the idle timeout end it at once, even for a copied cookie.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv({ APP_MODE: 'demo' });
const jar = vi.hoisted(() => {
  const store = new Map<string, string>();
  return { store, api: { get: (k: string) => (store.has(k) ? { value: store.get(k)! } : undefined), set: (k: string, v: string) => void store.set(k, v), delete: (k: string) => void store.delete(k) } };
});
vi.mock('next/headers', () => ({ cookies: async () => jar.api }));
vi.mock('next/navigation', () => ({ redirect: (to: string) => { throw new Error(`redirect ${to}`); } }));

type Session = typeof import('@/lib/auth/session');
let s: Session;
let prisma: typeof import('@/lib/prisma').prisma;
let mzj: { id: number; version: number };

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  s = await import('@/lib/auth/session');
  prisma = (await import('@/lib/prisma')).prisma;
  mzj = (await prisma.user.findUniqueOrThrow({ where: { username: 'mzj' }, select: { id: true, version: true } }));
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
