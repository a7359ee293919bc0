// Environment variables, parsed once. App code reads `env`, never `process.env`.
import path from 'node:path';
import { z } from 'zod';
import { chinaDay } from './domain/dates';

const PROJECT_ROOT = process.cwd();
const DEFAULT_DB = `file:${path.join(/*turbopackIgnore: true*/ PROJECT_ROOT, 'data', 'app.db')}`;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // file:relative/or/absolute.db — relative paths resolve against the project root; or
  // postgresql://user:password@host:port/database for PostgreSQL.
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'DATABASE_URL must start with file: or postgresql://')
    .default(DEFAULT_DB),
  // demo: the seed creates demo accounts with known passwords; production: it never does.
  APP_MODE: z.enum(['demo', 'production']).default('demo'),
  SESSION_SECRET: z.string().min(32).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  // The interface to listen on (default: all); tests and the benchmark use 127.0.0.1.
  HOST: z.string().optional(),
  // Shown in the UI and used as "today" by time-dependent views when set (tests, demos).
  APP_TODAY: z.iso.date().optional(),
  SQL_LOG: z.enum(['0', '1']).default('0'),
  // Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (default: none).
  TRUSTED_PROXIES: z.string().optional(),
  // Comma-separated webhook hosts that may be reached over plain http or at an internal address
  // (an intranet relay); every other webhook must be https to a public address.
  WEBHOOK_ALLOW_HOSTS: z.string().optional(),
  // 1: the session cookie is sent over TLS only. Default: on in production mode, off in demo mode;
  // set 0 for a plain-HTTP intranet deployment (documented in the README).
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  // When set, the server itself queues and sends reminders every this many minutes (npm run remind otherwise).
  REMINDERS_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).optional(),
  // Where evidence files (佐证材料) are kept; default: a `files` folder beside the database.
  FILES_DIR: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);

/** Whether the session cookie carries `Secure`. */
export const cookieSecure = (e: Pick<Env, 'COOKIE_SECURE' | 'APP_MODE'> = env): boolean =>
  (e.COOKIE_SECURE ?? (e.APP_MODE === 'production' ? '1' : '0')) === '1';

/** Today in China for time-dependent views, as an ISO date (APP_TODAY pins it for demos and tests). */
export const today = (): string => env.APP_TODAY ?? chinaDay(new Date());

/** Which database DATABASE_URL names: the embedded SQLite file (the default) or PostgreSQL. */
export const databaseKind = (url: string = env.DATABASE_URL): 'sqlite' | 'postgres' => (url.startsWith('file:') ? 'sqlite' : 'postgres');

/**
 * The folder the app keeps its own files in (evidence files, the demo session key): beside the
 * SQLite file, or `data/` in the project with PostgreSQL.
 */
export const dataHome = (url: string = env.DATABASE_URL): string =>
  databaseKind(url) === 'sqlite' ? path.dirname(databaseFile(url)) : path.join(/*turbopackIgnore: true*/ PROJECT_ROOT, 'data');

/** Absolute filesystem path of the SQLite database behind DATABASE_URL (an error for PostgreSQL). */
export function databaseFile(url: string = env.DATABASE_URL): string {
  if (databaseKind(url) !== 'sqlite') throw new Error('DATABASE_URL names PostgreSQL: there is no database file');
  const p = url.slice('file:'.length).split('?')[0] ?? '';
  return path.isAbsolute(p) ? p : path.join(/*turbopackIgnore: true*/ PROJECT_ROOT, p);
}
