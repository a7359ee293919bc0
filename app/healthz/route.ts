// GET /healthz: 200 when the database answers and its migrations are current, else 503. Anonymous
// callers from elsewhere learn only ok / unavailable; this machine (a monitor, the systemd unit) and
// the signed-in office see the details (migration counts and names).
import { headers } from 'next/headers';
import { getHealth } from '@/lib/data/health';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';

export const dynamic = 'force-dynamic';

const LOCAL = new Set(['127.0.0.1', '::1']);

export async function GET(): Promise<Response> {
  const health = await getHealth();
  const local = LOCAL.has((await headers()).get(CLIENT_ADDRESS_HEADER) ?? '');
  const detailed = local || can(await getSession(), 'view_audit');
  const body = detailed ? health : { ok: health.ok, status: health.ok ? 'ok' : 'unavailable' };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
