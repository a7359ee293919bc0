// The one Prisma client: SQLite through better-sqlite3, cached on globalThis so dev reloads reuse it.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { databaseFile, env } from '@/lib/env';

/** Milliseconds a connection waits on a locked database before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Statements sent since start, when SQL_LOG=1 (tests and benchmarks count them). */
export const sqlCounter = { count: 0 };

export function createPrismaClient(url: string = env.DATABASE_URL): PrismaClient {
  // better-sqlite3 turns foreign keys on by default; WAL is set on the file by the migrate step.
  const adapter = new PrismaBetterSqlite3({ url: `file:${databaseFile(url)}`, timeout: BUSY_TIMEOUT_MS });
  if (env.SQL_LOG !== '1') return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => {
    sqlCounter.count += 1;
  });
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

const globalForBulk = globalThis as unknown as { prismaBulk?: PrismaClient };

/**
 * A second connection for long bulk writes (the plan import of thousands of tasks). Its transaction
 * holds SQLite's write lock, not the app's own connection: pages keep reading meanwhile (WAL), and
 * other writes wait at the lock (busy timeout) instead of behind the whole import in one queue.
 */
export function bulkClient(): PrismaClient {
  globalForBulk.prismaBulk ??= createPrismaClient();
  return globalForBulk.prismaBulk;
}

/** Lets the event loop serve what is waiting (requests, timers) in the middle of a long piece of work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A write transaction that takes SQLite's write lock before anything else. The adapter opens
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
      await tx.$executeRawUnsafe('UPDATE "Setting" SET "value" = "value" WHERE 0');
      return fn(tx);
    },
    { maxWait: BUSY_TIMEOUT_MS + 5_000, timeout: opts.timeoutMs ?? BUSY_TIMEOUT_MS + 20_000 },
  );
}
