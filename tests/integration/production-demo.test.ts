// A database seeded in demo mode, then started with APP_MODE=production: every account that still
// has its demo password is deactivated (and says so); an account with a real password stays.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { hashPassword } from '@/lib/auth/password';

const file = tempDatabaseEnv({ APP_MODE: 'demo' });

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  const db = new Database(file);
  db.prepare('UPDATE User SET passwordHash = ? WHERE username = ?').run(await hashPassword('a-real-password-9'), 'lingdao');
  db.close();
});

describe('production start on a demo database', () => {
  it('deactivates the accounts still using demo passwords, says so, keeps the others', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-db.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `file:${file}`, APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('deactivated 14 account(s) still using a demo password');
    const db = new Database(file, { readonly: true });
    const active = (db.prepare('SELECT username FROM User WHERE active = 1').all() as { username: string }[]).map((u) => u.username);
    const audits = (db.prepare("SELECT COUNT(*) AS n FROM AuditEvent WHERE action = 'user.deactivated'").get() as { n: number }).n;
    db.close();
    expect(active).toEqual(['lingdao']);
    expect(audits).toBe(14);
  });
});

describe('production refusals', () => {
  const tsx = (script: string, args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `file:${file}`, ...env },
    });
  const counts = () => {
    const db = new Database(file, { readonly: true });
    const n = db.prepare('SELECT (SELECT COUNT(*) FROM User) AS users, (SELECT COUNT(*) FROM AuditEvent) AS audit').get() as { users: number; audit: number };
    db.close();
    return n;
  };
  it('db:seed refuses APP_MODE=production without --allow-production, and changes nothing', () => {
    const before = counts();
    const r = tsx('seeds/seed.ts', [], { APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Refusing to seed a production database');
    expect(counts()).toEqual(before);
  });
  it('a production server needs SESSION_SECRET: signing a session without one fails, saying which variable', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './scripts/server-only-off.mjs',
        '-e',
        "import('@/lib/auth/secret').then((m) => m.sessionKey()).then(() => console.log('SIGNED'), (e) => { console.error(String(e)); process.exit(3); })",
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, SESSION_SECRET: undefined, DATABASE_URL: `file:${file}`, APP_MODE: 'production' },
      },
    );
    expect(r.stdout).not.toContain('SIGNED');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('SESSION_SECRET (at least 32 characters) is required when APP_MODE=production');
  });
});
