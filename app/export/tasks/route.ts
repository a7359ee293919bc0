// GET /export/tasks?year=&asOf= [&format=xlsx] — the overview's tasks as it lists them (its filters; as published with ?snapshot=), as CSV or Excel.
import { listResponse, tasksList } from '@/lib/data/exports';

export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  return listResponse(await tasksList(Object.fromEntries(sp)), sp.get('format'));
}
