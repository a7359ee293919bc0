// When a stored session still counts: not past its absolute expiry, not idle for longer than the
// idle timeout, and its user active with the password version the token was issued for.

export const SESSION_MAX_AGE_S = 8 * 60 * 60;
export const DEFAULT_IDLE_MINUTES = 60;
/** lastSeenAt is written at most this often, so reading a page is not a write each time. */
export const TOUCH_EVERY_MS = 60_000;

export type StoredSession = { expiresAt: Date; lastSeenAt: Date; user: { active: boolean; version: number } };

export function sessionState(s: StoredSession | null, tokenVersion: unknown, now: Date, idleMinutes: number): 'valid' | 'expired' | 'idle' | 'revoked' {
  if (!s || !s.user.active || s.user.version !== tokenVersion) return 'revoked';
  if (s.expiresAt <= now) return 'expired';
  if (now.getTime() - s.lastSeenAt.getTime() > idleMinutes * 60_000) return 'idle';
  return 'valid';
}

/** The idle timeout from the Setting table's `sessionIdleMinutes` (whole minutes, 5 to 480), else the default. */
export function idleMinutesOf(stored: string | null | undefined): number {
  const n = Number(stored);
  return Number.isInteger(n) && n >= 5 && n <= 480 ? n : DEFAULT_IDLE_MINUTES;
}
