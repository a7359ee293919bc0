import { describe, expect, it } from 'vitest';
import { afterFailure, lockedMinutes, THROTTLE, throttleKeys } from './throttle';

const t0 = new Date('2026-11-29T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe('sign-in throttling', () => {
  it('locks an account+address pair after 5 failures within 15 minutes, for 15 minutes', () => {
    let s = null;
    for (let i = 0; i < 4; i++) s = afterFailure(s, at(i));
    expect(lockedMinutes(s, at(4))).toBe(0);
    s = afterFailure(s, at(4));
    expect(lockedMinutes(s, at(4))).toBe(15);
    expect(lockedMinutes(s, at(19))).toBe(0);
  });
  it('counts the address over all accounts with its own, higher limit', () => {
    let s = null;
    for (let i = 0; i < THROTTLE.address.maxFailures - 1; i++) s = afterFailure(s, at(0), THROTTLE.address);
    expect(lockedMinutes(s, at(0))).toBe(0);
    expect(lockedMinutes(afterFailure(s, at(0), THROTTLE.address), at(0))).toBe(15);
  });
  it('keys a failure by account and address, so another address is never locked out of the account', () => {
    const office = throttleKeys('duchashi', '10.0.0.5');
    const attacker = throttleKeys('DuChaShi', '203.0.113.7');
    expect(office.pair).not.toBe(attacker.pair);
    expect(attacker.pair).toBe('pair:duchashi|203.0.113.7');
  });
  it('a new window starts after 15 quiet minutes', () => {
    const s = afterFailure(afterFailure(null, at(0)), at(1));
    expect(afterFailure(s, at(17)).failures).toBe(1);
  });
});
