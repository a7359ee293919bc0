// The outbox dispatcher: sends due deliveries to the units' group robots (企业微信 / 钉钉), marks each
// sent once the chat accepted it, retries failures with backoff (lib/domain/reminders.ts), gives up
// after MAX_ATTEMPTS. A delivery is claimed (leased) before it is sent, so two dispatchers — the
// server's timer and a cron job — never send the same one twice.
import { prisma } from '@/lib/prisma';
import { backoffMs, MAX_ATTEMPTS } from '@/lib/domain/reminders';

const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;

type Fetch = typeof fetch;

/** What a group robot answers: HTTP 200 and errcode 0 (WeCom and DingTalk both say so in JSON). */
async function accepted(res: Response): Promise<string | null> {
  if (!res.ok) return `HTTP ${res.status}`;
  const body = await res.text();
  try {
    const j = JSON.parse(body) as { errcode?: number; errmsg?: string };
    return j.errcode === undefined || j.errcode === 0 ? null : `errcode ${j.errcode}: ${j.errmsg ?? ''}`;
  } catch {
    return null; // a plain 200 (a relay or test receiver) counts as accepted
  }
}

/** Sends every delivery due at `now`; returns what happened. */
export async function deliverDue(now: Date = new Date(), send: Fetch = fetch): Promise<{ sent: number; failed: number; retrying: number }> {
  const due = await prisma.delivery.findMany({ where: { status: 'PENDING', nextAttemptAt: { lte: now } }, orderBy: { id: 'asc' }, take: 200, select: { id: true, url: true, payload: true, attempts: true, nextAttemptAt: true } });
  const result = { sent: 0, failed: 0, retrying: 0 };
  for (const d of due) {
    // Claim it: only the dispatcher that moves nextAttemptAt from the value it read sends it.
    const claimed = await prisma.delivery.updateMany({ where: { id: d.id, status: 'PENDING', nextAttemptAt: d.nextAttemptAt }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
    if (claimed.count !== 1) continue;
    let error: string | null;
    try {
      const res = await send(d.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: d.payload, signal: AbortSignal.timeout(TIMEOUT_MS) });
      error = await accepted(res);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const attempts = d.attempts + 1;
    if (error === null) {
      await prisma.delivery.update({ where: { id: d.id }, data: { status: 'SENT', sentAt: now, attempts, lastError: null } });
      result.sent++;
    } else if (attempts >= MAX_ATTEMPTS) {
      await prisma.delivery.update({ where: { id: d.id }, data: { status: 'FAILED', attempts, lastError: error.slice(0, 500) } });
      result.failed++;
    } else {
      await prisma.delivery.update({ where: { id: d.id }, data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) } });
      result.retrying++;
    }
  }
  return result;
}
