// The small security parts: the session key's source, password hashes, the signed "seen" field of
// the update form, and the Content-Security-Policy.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const dir = vi.hoisted(() => ({ path: '' }));
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});
/** Fresh modules under the given environment (lib/env parses process.env once, at import). */
async function withEnv(vars: Record<string, string | undefined>) {
  dir.path = mkdtempSync(path.join(os.tmpdir(), 'msd-secret-'));
  process.env = { ...saved, DATABASE_URL: `file:${path.join(dir.path, 'app.db')}`, ...vars };
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  vi.resetModules();
  return { secret: await import('./secret'), token: await import('./form-token') };
}

describe('the session key', () => {
  it('is SESSION_SECRET when set', async () => {
    const { secret } = await withEnv({ SESSION_SECRET: 's'.repeat(40), APP_MODE: 'production' });
    expect(new TextDecoder().decode(secret.sessionKey())).toBe('s'.repeat(40));
  });
  it('in demo mode without one: a random key in a file beside the database (owner-only), the same on every call and every start', async () => {
    const { secret } = await withEnv({ SESSION_SECRET: undefined, APP_MODE: 'demo' });
    const key = new TextDecoder().decode(secret.sessionKey());
    const file = path.join(dir.path, 'session-secret');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(file, 'utf8')).toBe(key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secret.sessionKey()).toBe(secret.sessionKey());
    vi.resetModules();
    const again = await import('./secret');
    expect(new TextDecoder().decode(again.sessionKey())).toBe(key);
  });
  it('production without SESSION_SECRET refuses to start', async () => {
    const { secret } = await withEnv({ SESSION_SECRET: undefined, APP_MODE: 'production' });
    expect(() => secret.sessionKey()).toThrow('SESSION_SECRET (at least 32 characters) is required when APP_MODE=production');
  });
});

describe('the signed "newest pending update seen" field', () => {
  it('verifies only the exact task and update it was signed for, and nothing unsigned', async () => {
    const { token } = await withEnv({ SESSION_SECRET: 'k'.repeat(40) });
    const t = token.signSeenPending(16, 7);
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token.verifySeenPending(16, 7, t)).toBe(true);
    expect(token.verifySeenPending(16, 8, t)).toBe(false);
    expect(token.verifySeenPending(17, 7, t)).toBe(false);
    expect(token.verifySeenPending(16, 7, undefined)).toBe(false);
    expect(token.verifySeenPending(16, 7, '')).toBe(false);
    expect(token.verifySeenPending(16, 7, `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(token.verifySeenPending(16, 7, t.slice(1))).toBe(false);
    // Another key signs differently.
    const other = await withEnv({ SESSION_SECRET: 'z'.repeat(40) });
    expect(other.token.verifySeenPending(16, 7, t)).toBe(false);
  });
});

describe('passwords', () => {
  it('hash with scrypt N=16384, r=8, p=1, a 16-byte salt and a 32-byte key; verify the right one only', async () => {
    const { hashPassword, verifyPassword } = await import('./password');
    const h = await hashPassword('correct horse');
    const [tag, n, r, p, salt, key] = h.split('$');
    expect([tag, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(await hashPassword('correct horse')).not.toBe(h); // salted
    expect(await verifyPassword('correct horse', h)).toBe(true);
    expect(await verifyPassword('correct horsE', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
  });
  it('a malformed stored hash never verifies', async () => {
    const { hashPassword, verifyPassword } = await import('./password');
    const parts = (await hashPassword('pw')).split('$');
    expect(await verifyPassword('pw', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false);
    for (let i = 1; i < parts.length; i++) {
      const broken = [...parts];
      broken[i] = '';
      expect(await verifyPassword('pw', broken.join('$')), `part ${i} empty`).toBe(false);
    }
    expect(await verifyPassword('pw', parts.slice(0, 5).join('$'))).toBe(false);
    expect(await verifyPassword('pw', '')).toBe(false);
  });
  it('unknown accounts are checked against one dummy hash of the same cost', async () => {
    const { dummyHash, verifyPassword } = await import('./password');
    const d = await dummyHash();
    expect(await dummyHash()).toBe(d);
    expect(d.split('$').slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(await verifyPassword('', d)).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows scripts only with the nonce, no framing, nothing from elsewhere', async () => {
    const { contentSecurityPolicy, newNonce } = await import('./csp');
    expect(contentSecurityPolicy('abc')).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
