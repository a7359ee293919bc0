import { describe, expect, it } from 'vitest';
import { idleMinutesOf, sessionState } from './session-rules';

const now = new Date('2026-11-29T10:00:00Z');
const s = (over: { expiresAt?: string; lastSeenAt?: string; active?: boolean; version?: number } = {}) => ({
  expiresAt: new Date(over.expiresAt ?? '2026-11-29T15:00:00Z'),
  lastSeenAt: new Date(over.lastSeenAt ?? '2026-11-29T09:30:00Z'),
  user: { active: over.active ?? true, version: over.version ?? 3 },
});

describe('a stored session', () => {
  it('is valid while used, within its lifetime, for the password version it was issued for', () => {
    expect(sessionState(s(), 3, now, 60)).toBe('valid');
  });
  it('is revoked when its row is gone (logout), the account deactivated, or the password changed', () => {
    expect(sessionState(null, 3, now, 60)).toBe('revoked');
    expect(sessionState(s({ active: false }), 3, now, 60)).toBe('revoked');
    expect(sessionState(s({ version: 4 }), 3, now, 60)).toBe('revoked');
  });
  it('expires at its absolute end and after the idle timeout (exactly at the limit it still counts)', () => {
    expect(sessionState(s({ expiresAt: '2026-11-29T10:00:00Z' }), 3, now, 60)).toBe('expired');
    expect(sessionState(s({ lastSeenAt: '2026-11-29T09:00:00Z' }), 3, now, 60)).toBe('valid');
    expect(sessionState(s({ lastSeenAt: '2026-11-29T08:59:59Z' }), 3, now, 60)).toBe('idle');
  });
  it('reads the idle timeout setting within bounds', () => {
    expect(idleMinutesOf('30')).toBe(30);
    expect(idleMinutesOf(undefined)).toBe(60);
    expect(idleMinutesOf('2')).toBe(60);
    expect(idleMinutesOf('abc')).toBe(60);
  });
});
