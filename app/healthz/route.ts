// GET /healthz: 200 when the database answers and its migrations are current, else 503.
import { getHealth } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const health = await getHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
