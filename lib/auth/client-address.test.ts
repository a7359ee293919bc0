import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('the client address', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '10.1.1.1', [])).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.9, 10.0.0.2', [])).toBe('127.0.0.1');
  });
  it('behind a trusted proxy, the nearest untrusted hop (a client cannot prepend its way out)', () => {
    expect(clientAddress('10.0.0.1', '198.51.100.9', ['10.0.0.1'])).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.1', 'spoofed.1, 198.51.100.9', ['10.0.0.1'])).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.1', '198.51.100.9, 10.0.0.2', ['10.0.0.1', '10.0.0.2'])).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.1', undefined, ['10.0.0.1'])).toBe('10.0.0.1');
  });
});
