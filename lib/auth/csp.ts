// The Content-Security-Policy of every response: scripts only with this request's nonce (Next
// puts it on its own inline bootstrap and chunks when it finds the policy on the request), and
// what they load ('strict-dynamic'); everything else from this origin; no framing. Inline style
// attributes stay allowed (the charts and bars position themselves with them).
import { randomBytes } from 'node:crypto';

export const newNonce = (): string => randomBytes(16).toString('base64');

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
