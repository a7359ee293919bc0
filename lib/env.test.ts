import { describe, expect, it } from 'vitest';
import { cookieSecure } from './env';

describe('session cookie Secure flag', () => {
  it('is on by default in production and off in demo mode; COOKIE_SECURE overrides both ways', () => {
    expect(cookieSecure({ APP_MODE: 'production', COOKIE_SECURE: undefined })).toBe(true);
    expect(cookieSecure({ APP_MODE: 'demo', COOKIE_SECURE: undefined })).toBe(false);
    expect(cookieSecure({ APP_MODE: 'production', COOKIE_SECURE: '0' })).toBe(false);
    expect(cookieSecure({ APP_MODE: 'demo', COOKIE_SECURE: '1' })).toBe(true);
  });
});
