// The one Prisma client, cached on globalThis so dev reloads reuse it: SQLite through better-sqlite3
// (the default), or PostgreSQL through pg when DATABASE_URL says postgresql://. Both clients are
// generated from the one schema (scripts/prisma-generate.mjs) and have the same models; the
// PostgreSQL one is typed as the SQLite one, which is what the app is written against.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresClient } from '@/lib/generated/prisma-pg/client';
import { databaseFile, databaseKind, env } from '@/lib/env';

/** Milliseconds a connection waits on a locked database before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Statements sent since start, when SQL_LOG=1 (tests and benchmarks count them). */
export const sqlCounter = { count: 0 };

/** Which database each client talks to (writeTransaction's lock statement differs). */
const kinds = new WeakMap<PrismaClient, 'sqlite' | 'postgres'>();

/**
 * The statement a write transaction starts with, taking the database's write lock. SQLite: a write
 * that changes nothing takes the file's lock. PostgreSQL: a transaction-scoped advisory lock, so
 * writes run one after another as on SQLite (each reads the state it then changes, with no
 * serialization failure to retry), across every app server on that database.
 */
export const WRITE_LOCK = { sqlite: 'UPDATE "Setting" SET "value" = "value" WHERE 0', postgres: 'SELECT pg_advisory_xact_lock(72710)' } as const;

export function createPrismaClient(url: string = env.DATABASE_URL): PrismaClient {
  const log = env.SQL_LOG === '1' ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let client: PrismaClient;
  if (databaseKind(url) === 'postgres') {
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as PrismaClient;
  } else {
    // better-sqlite3 turns foreign keys on by default; WAL is set on the file by the migrate step.
    const adapter = new PrismaBetterSqlite3({ url: `file:${databaseFile(url)}`, timeout: BUSY_TIMEOUT_MS });
    client = new PrismaClient({ adapter, log });
  }
  kinds.set(client, databaseKind(url));
  if (env.SQL_LOG !== '1') return client;
  (client as unknown as { $on(event: 'query', cb: () => void): void }).$on('query', () => {
    sqlCounter.count += 1;
  });
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

/**
 * A write transaction that takes the write lock before anything else (WRITE_LOCK). The adapter opens
 * transactions with a plain (deferred) BEGIN; one that reads first and then writes cannot wait
 * for another writer (SQLITE_BUSY at once, see prisma/orm#29933), whereas a first write waits up
 * to the busy timeout. So every mutation goes through here.
 */
export function writeTransaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  client: PrismaClient = prisma,
  opts: { timeoutMs?: number } = {},
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(WRITE_LOCK[kinds.get(client) ?? 'sqlite']);
      return fn(tx);
    },
    { maxWait: BUSY_TIMEOUT_MS + 5_000, timeout: opts.timeoutMs ?? BUSY_TIMEOUT_MS + 20_000 },
  );
}

/** Advisory-lock keys of the jobs only one process may run at a time (the write lock is 72710). */
export const JOB_LOCKS = { reminders: 72711 } as const;

/**
 * Runs `fn` unless another process on the same database is running the same job; null then.
 * PostgreSQL (several app servers on one database): a transaction-scoped advisory lock, tried, not
 * waited for, held by a transaction kept open while `fn` works on the client's other connections.
 * SQLite: one server per database file (lib/server-lock.ts), and the job's claims keep a cron run
 * beside it from sending twice — `fn` runs.
 */
export async function unlessRunningElsewhere<T>(job: keyof typeof JOB_LOCKS, fn: () => Promise<T>, client: PrismaClient = prisma): Promise<T | null> {
  if (kinds.get(client) !== 'postgres') return fn();
  return client.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ ok: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${JOB_LOCKS[job]}) AS ok`);
      return row?.ok ? fn() : null;
    },
    // A run with --wait retries deliveries for up to a day.
    { maxWait: BUSY_TIMEOUT_MS + 5_000, timeout: 25 * 60 * 60_000 },
  );
}
