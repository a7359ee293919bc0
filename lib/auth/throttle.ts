// Reads and writes login throttling state (per account and per client address).
import 'server-only';
import { prisma, writeTransaction } from '@/lib/prisma';
import { afterFailure, lockedMinutes } from '@/lib/domain/throttle';

export async function lockedFor(keys: string[], now = new Date()): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  await writeTransaction(async (tx) => {
    for (const key of keys) {
      const prev = await tx.loginThrottle.findUnique({ where: { key } });
      const next = afterFailure(prev, now);
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

export async function clearFailures(keys: string[]): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
