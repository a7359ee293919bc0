// Reads and writes login throttling state (per account+address pair and per address).
// An attempt is *reserved* before its password is verified: the lock check and the count are one
// write transaction (SQLite's write lock serialises them), so a burst of concurrent guesses
// verifies at most the limit's number of passwords. A correct password settles its reservation.
import 'server-only';
import { prisma, writeTransaction } from '@/lib/prisma';
import { afterFailure, lockedMinutes, staleBefore, THROTTLE, throttleKeys } from '@/lib/domain/throttle';
import type { Prisma } from '@/lib/generated/prisma/client';

export async function lockedFor(username: string, address: string, now = new Date()): Promise<number> {
  const k = throttleKeys(username, address);
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: [k.pair, k.address] } } });
  return Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
}

async function countFailure(tx: Prisma.TransactionClient, username: string, address: string, now: Date): Promise<void> {
  const k = throttleKeys(username, address);
  for (const [key, limit] of [
    [k.pair, THROTTLE.pair],
    [k.address, THROTTLE.address],
  ] as const) {
    const prev = await tx.loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(prev, now, limit);
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  }
  // Forget what no longer matters, so guessing new usernames cannot grow the table without bound.
  const before = staleBefore(now);
  await tx.loginThrottle.deleteMany({ where: { windowStart: { lt: before }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
}

/**
 * Checks the locks and, when none is in force, counts this attempt as a failure — in one write
 * transaction. Returns the minutes left of a lock (the attempt was refused, nothing counted), or 0
 * (reserved: verify the password now; on success call `settleSuccess`).
 */
export async function reserveAttempt(username: string, address: string, now = new Date()): Promise<number> {
  const k = throttleKeys(username, address);
  return writeTransaction(async (tx) => {
    const rows = await tx.loginThrottle.findMany({ where: { key: { in: [k.pair, k.address] } } });
    const locked = Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
    if (locked > 0) return locked;
    await countFailure(tx, username, address, now);
    return 0;
  });
}

/** Counts one failure (used where the attempt was not reserved first, e.g. tests of the counters). */
export async function recordFailure(username: string, address: string, now = new Date()): Promise<void> {
  await writeTransaction((tx) => countFailure(tx, username, address, now));
}

/**
 * A correct sign-in: its pair's failures are cleared, and the reservation it made on the address
 * is given back (the address's other failures stay, against spraying).
 */
export async function settleSuccess(username: string, address: string): Promise<void> {
  const k = throttleKeys(username, address);
  await writeTransaction(async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key: k.pair } });
    await tx.loginThrottle.updateMany({ where: { key: k.address, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  });
}
