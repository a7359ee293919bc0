// Which network addresses a webhook may reach. A group robot lives on the internet (企业微信, 钉钉,
// 粤政易) or on a relay the office names; everything internal — loopback, private ranges, link-local
// (the cloud metadata address 169.254.169.254 among them), carrier-grade NAT, multicast, reserved —
// is refused, whatever form the address is written in. URLs are read with the WHATWG parser, which
// already turns 0x7f000001, 2130706433, 127.1 and 0177.0.0.1 into 127.0.0.1.
import { isIPv4, isIPv6 } from 'node:net';

export type AddressClass = 'public' | 'loopback' | 'private' | 'link_local' | 'cgnat' | 'multicast' | 'unspecified' | 'reserved';

const v4 = (ip: string): number[] => ip.split('.').map(Number);

function classifyV4(ip: string): AddressClass {
  const [a, b] = v4(ip) as [number, number, number, number];
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link_local';
  if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
  if (a >= 224 && a <= 239) return 'multicast';
  // 192.0.0/24 (IETF), 198.18/15 (benchmarking), 240/4 (reserved) and the broadcast address.
  if ((a === 192 && b === 0 && v4(ip)[2] === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 240) return 'reserved';
  return 'public';
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function groupsV6(ip: string): number[] {
  let s = ip.toLowerCase();
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4tail) {
    const [a, b, c, d] = v4(v4tail[1]!) as [number, number, number, number];
    s = s.slice(0, -v4tail[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

function classifyV6(ip: string): AddressClass {
  const g = groupsV6(ip.replace(/%.*$/, ''));
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms: judge the IPv4 address inside.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    return classifyV4(`${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`);
  }
  // NAT64 (64:ff9b::/96) carries an IPv4 address too.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyV4(`${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`);
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link_local';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved'; // documentation
  return 'public';
}

/** The class of an IP address (IPv4 dotted or IPv6), or null for something that is not one. */
export function classifyAddress(ip: string): AddressClass | null {
  const s = ip.replace(/^\[|\]$/g, '');
  if (isIPv4(s)) return classifyV4(s);
  if (isIPv6(s)) return classifyV6(s);
  return null;
}

export type WebhookProblem = 'not_url' | 'scheme' | 'credentials' | 'internal_host' | 'internal_address';

/** Host names that always mean this machine or its network. */
const INTERNAL_NAMES = /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.(?:localhost|local|internal|intranet|lan|home\.arpa)$/i;

/**
 * What is wrong with a webhook URL as written (before any name is resolved), or null. `https` only,
 * plain `http` only to a host the operator allowed; no user:password; no internal host name or
 * address literal unless allowed.
 */
export function webhookUrlProblem(raw: string, allowedHosts: readonly string[] = []): WebhookProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not_url';
  }
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const allowed = allowedHosts
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean)
    .includes(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowed)) return 'scheme';
  if (url.username || url.password) return 'credentials';
  if (allowed) return null;
  if (INTERNAL_NAMES.test(host)) return 'internal_host';
  const cls = classifyAddress(host);
  if (cls && cls !== 'public') return 'internal_address';
  return null;
}

/** Whether an address a name resolved to may be reached (the host is not on the operator's list). */
export const isPublicAddress = (ip: string): boolean => classifyAddress(ip) === 'public';

/**
 * A webhook address as the audit trail keeps it: the host and path say which robot, and each value of
 * its query — the robot's credential (钉钉 access_token, 企业微信 key) — keeps only its last four
 * characters, enough to tell two apart. The address as saved stays on the unit, which only the office reads.
 */
export function webhookForAudit(url: string | null): string | null {
  if (!url) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '…';
  }
  const query = [...parsed.searchParams].map(([key, value]) => `${key}=…${value.length > 8 ? value.slice(-4) : ''}`);
  return `${parsed.origin}${parsed.pathname}${query.length ? `?${query.join('&')}` : ''}`;
}

/** A 钉钉 signing secret as the audit trail keeps it: that one is set, and its last four characters to tell which. */
export const secretForAudit = (secret: string | null): string | null => (secret ? `SEC…${secret.slice(-4)}` : null);

/** A unit's robot settings as the audit trail keeps them: no credential whole (the webhooks' tokens, the secret). */
export const robotsForAudit = <T extends { wecomWebhook: string | null; dingtalkWebhook: string | null; dingtalkSecret: string | null }>(u: T): T => ({
  ...u,
  wecomWebhook: webhookForAudit(u.wecomWebhook),
  dingtalkWebhook: webhookForAudit(u.dingtalkWebhook),
  dingtalkSecret: secretForAudit(u.dingtalkSecret),
});
