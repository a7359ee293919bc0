// The update form carries "the newest pending update I saw" (for the conflict check) signed by the
// server, so an edited hidden field cannot claim to have seen a submission it never saw.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sessionKey } from './secret';

const mac = (taskId: number, seenPendingId: number) => createHmac('sha256', sessionKey()).update(`seen:${taskId}:${seenPendingId}`).digest('base64url');

export const signSeenPending = (taskId: number, seenPendingId: number): string => mac(taskId, seenPendingId);

export function verifySeenPending(taskId: number, seenPendingId: number, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(mac(taskId, seenPendingId));
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
