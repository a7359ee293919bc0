// Failed sign-in throttling that gives attackers no denial of service (NIST SP 800-63B §5.2.2:
// limit failed attempts, but do not let anyone lock a user out). Failures count per account *and
// client address* pair — guessing from one address slows only that address's attempts at that
// account, so nobody elsewhere can lock the supervisor out — and per address over all accounts,
// against one address spraying many accounts. A lock lifts by itself after `lockMs`.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };
export type ThrottleLimit = { maxFailures: number; windowMs: number; lockMs: number };

export const THROTTLE = {
  /** One account from one address: 5 failures in 15 minutes → that pair waits 15 minutes. */
  pair: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  /** One address over all accounts: 30 failures in 15 minutes → the address waits 15 minutes. */
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleLimit>;

export const throttleKeys = (username: string, address: string) => ({
  pair: `pair:${username.toLowerCase()}|${address}`,
  address: `ip:${address}`,
});

/** Minutes until the lock lifts (rounded up), or 0 when not locked. */
export function lockedMinutes(s: ThrottleState | null, now: Date): number {
  if (!s?.lockedUntil || s.lockedUntil <= now) return 0;
  return Math.ceil((s.lockedUntil.getTime() - now.getTime()) / 60_000);
}

export function afterFailure(s: ThrottleState | null, now: Date, limit: ThrottleLimit = THROTTLE.pair): ThrottleState {
  const fresh = !s || now.getTime() - s.windowStart.getTime() > limit.windowMs || (s.lockedUntil !== null && s.lockedUntil <= now);
  const failures = fresh ? 1 : s.failures + 1;
  return {
    failures,
    windowStart: fresh ? now : s.windowStart,
    lockedUntil: failures >= limit.maxFailures ? new Date(now.getTime() + limit.lockMs) : null,
  };
}

/** Rows that no longer matter (window over, no lock in force) may be deleted: the table stays small. */
export const staleBefore = (now: Date, limit: ThrottleLimit = THROTTLE.address): Date => new Date(now.getTime() - Math.max(limit.windowMs, limit.lockMs));
