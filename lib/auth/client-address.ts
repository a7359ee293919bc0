// The client's address for sign-in throttling. X-Forwarded-For is believed only when the request
// comes from a configured proxy (TRUSTED_PROXIES); then the nearest address in it that is not a
// trusted proxy is the client. Otherwise the socket's own address — so nobody can dodge the
// address limit or lock out an office by writing a header.

const normalise = (a: string) => a.trim().replace(/^::ffff:/, '');

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: string[]): string {
  const socket = normalise(socketAddress ?? '') || 'unknown';
  const trusted = new Set(trustedProxies.map(normalise));
  if (!trusted.has(socket)) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i]!)) return hops[i]!;
  return socket;
}

/** The header the server wrapper (scripts/serve.ts) writes for the app; any incoming copy is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-msd-client-address';
