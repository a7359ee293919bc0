// `npm run remind [-- --day YYYY-MM-DD] [--wait MINUTES]`: queues the day's reminders (idempotent:
// a second run the same day queues nothing new) and sends the due outbox deliveries to the units'
// group robots. With --wait it keeps retrying failed deliveries (with their backoff) for up to that
// many minutes. For cron or a systemd timer; the server can also run it itself
// (REMINDERS_EVERY_MINUTES, scripts/serve.ts).
import path from 'node:path';
import { z } from 'zod';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * One run: null when another server on the same PostgreSQL database is running it now (its
 * REMINDERS_EVERY_MINUTES timer, say) — one sender at a time (lib/prisma.ts unlessRunningElsewhere).
 */
export async function remind(day: string, waitMinutes = 0, log: (s: string) => void = console.log) {
  const { unlessRunningElsewhere } = await import('@/lib/prisma');
  const ran = await unlessRunningElsewhere('reminders', () => run(day, waitMinutes, log));
  if (ran === null) log(`[remind] ${day}: another server is sending reminders now; skipped`);
  return ran;
}

async function run(day: string, waitMinutes: number, log: (s: string) => void) {
  const { queueReminders } = await import('@/lib/reminders/queue');
  const { deliverDue } = await import('@/lib/reminders/deliver');
  const { prisma } = await import('@/lib/prisma');
  const queued = await queueReminders(day);
  log(`[remind] ${day}: ${queued.reminders} new reminder(s), ${queued.deliveries} delivery(ies) queued`);
  const until = Date.now() + waitMinutes * 60_000;
  for (;;) {
    const r = await deliverDue(new Date());
    if (r.sent || r.failed || r.retrying) log(`[remind] sent ${r.sent}, retrying ${r.retrying}, given up ${r.failed}`);
    const next = await prisma.delivery.findFirst({ where: { status: 'PENDING' }, orderBy: { nextAttemptAt: 'asc' }, select: { nextAttemptAt: true } });
    if (!next || next.nextAttemptAt.getTime() > until) break;
    await new Promise((res) => setTimeout(res, Math.max(0, next.nextAttemptAt.getTime() - Date.now()) + 50));
  }
  const pending = await prisma.delivery.count({ where: { status: 'PENDING' } });
  if (pending) log(`[remind] ${pending} delivery(ies) still pending (retried by the next run)`);
  return queued;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const argv = process.argv.slice(2);
  (async () => {
    const { today } = await import('@/lib/env');
    const day = z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .parse(arg(argv, 'day') ?? today());
    const wait = z.coerce
      .number()
      .min(0)
      .max(24 * 60)
      .parse(arg(argv, 'wait') ?? '0');
    await remind(day, wait);
    const { prisma } = await import('@/lib/prisma');
    await prisma.$disconnect();
  })().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
