// Failed-login throttling: after MAX failures within the window, the key is locked for a while.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };
export const THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

/** Minutes until the lock lifts (rounded up), or 0 when not locked. */
export function lockedMinutes(s: ThrottleState | null, now: Date): number {
  if (!s?.lockedUntil || s.lockedUntil <= now) return 0;
  return Math.ceil((s.lockedUntil.getTime() - now.getTime()) / 60_000);
}

export function afterFailure(s: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !s || now.getTime() - s.windowStart.getTime() > THROTTLE.windowMs || (s.lockedUntil !== null && s.lockedUntil <= now);
  const failures = fresh ? 1 : s.failures + 1;
  return {
    failures,
    windowStart: fresh ? now : s.windowStart,
    lockedUntil: failures >= THROTTLE.maxFailures ? new Date(now.getTime() + THROTTLE.lockMs) : null,
  };
}
