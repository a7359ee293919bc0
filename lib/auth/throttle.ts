// Reads and writes login throttling state (per account+address pair and per address).
import 'server-only';
import { prisma, writeTransaction } from '@/lib/prisma';
import { afterFailure, lockedMinutes, staleBefore, THROTTLE, throttleKeys } from '@/lib/domain/throttle';

export async function lockedFor(username: string, address: string, now = new Date()): Promise<number> {
  const k = throttleKeys(username, address);
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: [k.pair, k.address] } } });
  return Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
}

export async function recordFailure(username: string, address: string, now = new Date()): Promise<void> {
  const k = throttleKeys(username, address);
  await writeTransaction(async (tx) => {
    for (const [key, limit] of [[k.pair, THROTTLE.pair], [k.address, THROTTLE.address]] as const) {
      const prev = await tx.loginThrottle.findUnique({ where: { key } });
      const next = afterFailure(prev, now, limit);
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
    // Forget what no longer matters, so guessing new usernames cannot grow the table without bound.
    const before = staleBefore(now);
    await tx.loginThrottle.deleteMany({ where: { windowStart: { lt: before }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
  });
}

/** A correct sign-in clears its pair's failures (the address's count stays, against spraying). */
export async function clearFailures(username: string, address: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: throttleKeys(username, address).pair } });
}
