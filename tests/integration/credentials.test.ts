// checkCredentials against a real database: the account only for the right password of an active
// account; unknown and inactive accounts answer alike (no user), and `known` says whom to audit.
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateWithAccounts, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv();
let check: typeof import('@/lib/auth/credentials').checkCredentials;
const ids: Record<string, number> = {};

beforeAll(async () => {
  await migrateWithAccounts(file);
  const { prisma } = await import('@/lib/prisma');
  const { hashPassword } = await import('@/lib/auth/password');
  const hash = await hashPassword('Right-Passw0rd');
  const unit = await prisma.unit.findFirstOrThrow({ where: { code: 'mzj' } });
  for (const [username, data] of [
    ['active', { role: 'UNIT', unitId: unit.id, version: 3, mustChangePassword: false }],
    ['fresh', { role: 'SUPERVISOR', unitId: null, version: 0, mustChangePassword: true }],
    ['left', { role: 'UNIT', unitId: unit.id, version: 1, mustChangePassword: false, active: false }],
  ] as const) {
    ids[username] = (await prisma.user.create({ data: { username, displayName: username, passwordHash: hash, ...data } })).id;
  }
  check = (await import('@/lib/auth/credentials')).checkCredentials;
});

describe('checkCredentials', () => {
  it('the right password of an active account: the account, with what the session needs', async () => {
    expect(await check('active', 'Right-Passw0rd')).toEqual({
      user: { id: ids.active, version: 3, mustChangePassword: false, role: 'UNIT' },
      known: { id: ids.active },
    });
    expect(await check('fresh', 'Right-Passw0rd')).toEqual({
      user: { id: ids.fresh, version: 0, mustChangePassword: true, role: 'SUPERVISOR' },
      known: { id: ids.fresh },
    });
  });
  it('a wrong password: no account; known, so the failure is audited against it', async () => {
    expect(await check('active', 'right-passw0rd')).toEqual({ user: null, known: { id: ids.active } });
  });
  it('a deactivated account, even with its right password: no account, known', async () => {
    expect(await check('left', 'Right-Passw0rd')).toEqual({ user: null, known: { id: ids.left } });
  });
  it('an unknown username: no account and nobody known', async () => {
    expect(await check('nobody', 'Right-Passw0rd')).toEqual({ user: null, known: null });
    expect(await check('', '')).toEqual({ user: null, known: null });
  });
});
