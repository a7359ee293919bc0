import { describe, expect, it } from 'vitest';
import { cookieSecure } from './env';

describe('session cookie Secure flag', () => {
  it('is on by default in production and off in demo mode; COOKIE_SECURE overrides both ways', () => {
    expect(cookieSecure({ APP_MODE: 'production', COOKIE_SECURE: undefined })).toBe(true);
    expect(cookieSecure({ APP_MODE: 'demo', COOKIE_SECURE: undefined })).toBe(false);
    expect(cookieSecure({ APP_MODE: 'production', COOKIE_SECURE: '0' })).toBe(false);
    expect(cookieSecure({ APP_MODE: 'demo', COOKIE_SECURE: '1' })).toBe(true);
  });
});

describe('which database DATABASE_URL names', () => {
  it('file: is SQLite (its file and the folder beside it); postgres:// and postgresql:// are PostgreSQL (data/ in the project, no file)', async () => {
    const { databaseKind, databaseFile, dataHome } = await import('./env');
    expect(databaseKind('file:/srv/ms/app.db')).toBe('sqlite');
    expect(databaseFile('file:/srv/ms/app.db')).toBe('/srv/ms/app.db');
    expect(dataHome('file:/srv/ms/app.db')).toBe('/srv/ms');
    for (const url of ['postgresql://u:p@db:5432/ms', 'postgres://u:p@db/ms']) {
      expect(databaseKind(url)).toBe('postgres');
      expect(dataHome(url)).toBe(`${process.cwd()}/data`);
      expect(() => databaseFile(url)).toThrow(/PostgreSQL/);
    }
  });
  it('anything else is refused when the app starts', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (url: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "await import('./lib/env.ts')"], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: url },
      });
    expect(run('mysql://u:p@db/ms').stderr).toContain('DATABASE_URL must start with file: or postgresql://');
    expect(run('postgresql://u:p@db/ms').status).toBe(0);
  });
});

describe('today', () => {
  it('is the calendar day in China, not in UTC: at 07:30 Beijing time on 1 July it is 1 July (23:30 UTC on 30 June)', async () => {
    const { vi } = await import('vitest');
    const { today } = await import('./env');
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2023-06-30T23:30:00Z'));
      expect(today()).toBe('2023-07-01');
      vi.setSystemTime(new Date('2023-06-30T15:59:59Z')); // 23:59:59 in Beijing
      expect(today()).toBe('2023-06-30');
    } finally {
      vi.useRealTimers();
    }
  });
});
