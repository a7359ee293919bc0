// The account commands (production has no default passwords): create, change password, deactivate.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { verifyPassword } from '@/lib/auth/password';

const file = tempDatabaseEnv({ APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) });
beforeAll(() => migrateAndSeed(file, { demoUsers: false }));

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/user.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
const user = (name: string) => {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT * FROM User WHERE username = ?').get(name) as
    { passwordHash: string; active: number; version: number; role: string } | undefined;
  const audits = db.prepare("SELECT action FROM AuditEvent WHERE entityType = 'User' ORDER BY id").all() as { action: string }[];
  db.close();
  return { row, audits: audits.map((a) => a.action) };
};

describe('user commands', () => {
  it('production seeding creates no accounts', () => {
    expect(user('duchashi').row).toBeUndefined();
  });
  it('create, change password, deactivate — each audited', async () => {
    const created = run(['create', '--username', 'zhangsan', '--role', 'SUPERVISOR', '--name', '张三'], 'first-password-1\n');
    expect(created.stderr).toBe('');
    expect(await verifyPassword('first-password-1', user('zhangsan').row!.passwordHash)).toBe(true);
    expect(run(['password', '--username', 'zhangsan'], 'short\n').status).toBe(1);
    expect(run(['password', '--username', 'zhangsan'], 'second-password-2\n').status).toBe(0);
    const after = user('zhangsan').row!;
    expect(await verifyPassword('second-password-2', after.passwordHash)).toBe(true);
    expect(after.version).toBe(2); // older sessions no longer match
    expect(run(['deactivate', '--username', 'zhangsan']).status).toBe(0);
    expect(user('zhangsan').row!.active).toBe(0);
    expect(user('zhangsan').audits).toEqual(['user.created', 'user.password', 'user.deactivated']);
  });
  it('a unit account needs a known unit', () => {
    const r = run(['create', '--username', 'nobody', '--role', 'UNIT', '--unit', 'xx'], 'long-enough-pass\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--unit CODE is required/);
  });
});
