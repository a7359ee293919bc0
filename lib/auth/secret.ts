// The key that signs session cookies: SESSION_SECRET, or in demo mode a random key kept in a file
// beside the database (created on first use; with PostgreSQL in data/). Production requires SESSION_SECRET.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { dataHome, env } from '@/lib/env';

let cached: Uint8Array | undefined;

export function sessionKey(): Uint8Array {
  if (cached) return cached;
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (env.APP_MODE === 'production') throw new Error('SESSION_SECRET (at least 32 characters) is required when APP_MODE=production');
    const file = path.join(dataHome(), 'session-secret');
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    secret = readFileSync(file, 'utf8').trim();
  }
  cached = new TextEncoder().encode(secret);
  return cached;
}
