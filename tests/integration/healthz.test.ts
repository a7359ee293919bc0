// /healthz tells an anonymous caller from elsewhere only whether the app is up; this machine (a
// monitor) and the signed-in office see migration counts and names.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({});
const req = vi.hoisted(() => ({ address: '203.0.113.5', actor: null as Actor | null }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-msd-client-address': req.address }), cookies: async () => ({ get: () => undefined }) }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => req.actor }));

beforeAll(() => migrateAndSeed(file, { demoUsers: false }));

describe('/healthz', () => {
  it('anonymous from elsewhere: ok only; from this machine or for the office: the details', async () => {
    const { GET } = await import('@/app/healthz/route');
    const body = async () => (await GET()).json() as Promise<Record<string, unknown>>;
    req.address = '203.0.113.5';
    expect(await body()).toEqual({ ok: true, status: 'ok' });
    req.actor = { id: 1, role: 'UNIT', unitId: 1, displayName: '单位', username: 'u' };
    expect(await body()).toEqual({ ok: true, status: 'ok' });
    req.actor = { id: 2, role: 'SUPERVISOR', unitId: null, displayName: '督查室', username: 'd' };
    expect(await body()).toMatchObject({
      ok: true,
      kind: process.env.DB === 'postgres' ? 'postgresql' : 'sqlite',
      database: true,
      migrations: { pending: [] },
    });
    req.actor = null;
    for (const local of ['127.0.0.1', '::1']) {
      req.address = local;
      expect(await body()).toMatchObject({ ok: true, migrations: { pending: [] } });
    }
  });
});
