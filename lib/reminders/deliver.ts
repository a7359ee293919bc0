// The outbox dispatcher: sends due deliveries to the units' group robots (企业微信 / 钉钉), marks each
// sent once the chat accepted it, retries failures with backoff (lib/domain/reminders.ts), gives up
// after MAX_ATTEMPTS. A delivery is claimed (leased) before it is sent, so two dispatchers — the
// server's timer and a cron job — never send the same one twice.
import { prisma } from '@/lib/prisma';
import { backoffMs, MAX_ATTEMPTS } from '@/lib/domain/reminders';
import { postWebhook, type PostResult } from './target';
import { signedDingtalkUrl } from './dingtalk';
import { webhookPayload } from './queue';

const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;

type Send = (url: string, payload: string) => Promise<PostResult>;

/**
 * What a group robot answers: HTTP 2xx and errcode 0 (WeCom and DingTalk both say so in JSON); a
 * redirect is not followed and not accepted. The error kept is short and carries no text of the
 * answer beyond the robot's own errcode and a cleaned errmsg.
 */
export function acceptedAnswer(res: PostResult): string | null {
  if (res.status >= 300 && res.status < 400) return `HTTP ${res.status} (redirect not followed)`;
  if (res.status < 200 || res.status >= 300) return `HTTP ${res.status}`;
  try {
    const j = JSON.parse(res.body) as { errcode?: unknown; errmsg?: unknown };
    if (j.errcode === undefined || j.errcode === 0) return null;
    const msg = typeof j.errmsg === 'string' ? j.errmsg.replace(/[^\p{L}\p{N} .,:;_-]/gu, '').slice(0, 80) : '';
    return `errcode ${String(j.errcode).slice(0, 12)}${msg ? `: ${msg}` : ''}`;
  } catch {
    return null; // a plain 2xx (a relay) counts as accepted
  }
}

const defaultSend: Send = (url, payload) => postWebhook(url, payload, TIMEOUT_MS);

/**
 * Sends one message to one robot with its unit's settings as they are now (the office may have fixed
 * a secret or keyword since it was queued): the text after the unit's prefix, a 钉钉 URL signed at the
 * moment of sending. Returns the body sent and the error, null when the robot took it.
 */
export async function sendToRobot(
  m: { channel: 'WECOM' | 'DINGTALK'; url: string; text: string; unit: { dingtalkSecret: string | null; robotPrefix: string | null } },
  send: Send = defaultSend,
): Promise<{ payload: string; error: string | null }> {
  const payload = webhookPayload(m.text, m.unit.robotPrefix);
  const url = m.channel === 'DINGTALK' && m.unit.dingtalkSecret ? signedDingtalkUrl(m.url, m.unit.dingtalkSecret) : m.url;
  try {
    return { payload, error: acceptedAnswer(await send(url, payload)) };
  } catch (e) {
    // Only the kind of failure: never an internal service's text.
    const code = (e as NodeJS.ErrnoException).code;
    return { payload, error: e instanceof Error && e.message.startsWith('refused:') ? e.message : `network error${code ? ` ${code}` : ''}` };
  }
}

/** Sends every delivery due at `now`; returns what happened. */
export async function deliverDue(now: Date = new Date(), send: Send = defaultSend): Promise<{ sent: number; failed: number; retrying: number }> {
  const due = await prisma.delivery.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: now } },
    orderBy: { id: 'asc' },
    take: 200,
    select: {
      id: true,
      channel: true,
      url: true,
      attempts: true,
      nextAttemptAt: true,
      reminder: { select: { text: true, unit: { select: { dingtalkSecret: true, robotPrefix: true } } } },
    },
  });
  const result = { sent: 0, failed: 0, retrying: 0 };
  for (const d of due) {
    // Claim it: only the dispatcher that moves nextAttemptAt from the value it read sends it.
    const claimed = await prisma.delivery.updateMany({
      where: { id: d.id, status: 'PENDING', nextAttemptAt: d.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    const { payload, error } = await sendToRobot({ channel: d.channel, url: d.url, text: d.reminder.text, unit: d.reminder.unit }, send);
    const attempts = d.attempts + 1;
    if (error === null) {
      await prisma.delivery.update({ where: { id: d.id }, data: { status: 'SENT', sentAt: now, attempts, lastError: null, payload } });
      result.sent++;
    } else if (attempts >= MAX_ATTEMPTS) {
      await prisma.delivery.update({ where: { id: d.id }, data: { status: 'FAILED', attempts, lastError: error.slice(0, 500), payload } });
      result.failed++;
    } else {
      await prisma.delivery.update({
        where: { id: d.id },
        data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)), payload },
      });
      result.retrying++;
    }
  }
  return result;
}
