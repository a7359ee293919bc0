// A 钉钉 custom robot with the 加签 security setting takes a message only on a URL signed when it is
// sent: `&timestamp=<ms>&sign=<urlencoded Base64(HMAC-SHA256(secret, timestamp + "\n" + secret))>`,
// the timestamp within an hour of 钉钉's clock. A wrong or missing signature answers errcode 310000.
import { createHmac } from 'node:crypto';

/** The robot's URL signed with its secret at `nowMs` (the real clock: 钉钉 refuses an old timestamp). */
export function signedDingtalkUrl(url: string, secret: string, nowMs: number = Date.now()): string {
  const timestamp = String(nowMs);
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  return `${url}${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
}
